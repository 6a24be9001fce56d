import { randomUUID } from 'node:crypto';
import { Caller, Right, Role } from '@jifen/kit';
import {
  dataOf,
  Document,
  entitiesOf,
  errorCodeOf,
  GraphQLResponse,
  startTestPlatform,
  TestPlatform,
} from '../../support/src/test-platform';
import { ledgerGraphql } from './generated/ledger';
import type { OrgLevel } from './generated/ledger/graphql';
import { schemeGraphql } from './generated/scheme';

/**
 * Who may see and change which schemes, straight at the scheme subgraph with each caller's internal token:
 * a scheme, its versions and its filings are seen from every node below its owner and from every node
 * above it; siblings and cousins never (their ids answer exactly like unknown ids). Drafting needs
 * DRAFT_SCHEME at the owner, in the caller's scope; approving needs APPROVE strictly below the caller
 * (the district decides its own scheme). In view but not allowed: FORBIDDEN.
 */
type Outcome = 'ALLOW' | 'NOT_FOUND' | 'FORBIDDEN';
type Op = 'readScheme' | 'listSchemes' | 'readFiling' | 'adoptTemplate' | 'submitFiling' | 'approveFiling';
type Relation = 'own' | 'child' | 'sibling' | 'parent';
/** Outcomes per operation, in the order own node, child, sibling, parent; `-` where the caller has no such node or the node can have no scheme. */
type Row = Record<Op, string>;

const ops: Op[] = ['readScheme', 'listSchemes', 'readFiling', 'adoptTemplate', 'submitFiling', 'approveFiling'];
const relations: Relation[] = ['own', 'child', 'sibling', 'parent'];
const codes: Record<string, Outcome | null> = { A: 'ALLOW', N: 'NOT_FOUND', F: 'FORBIDDEN', '-': null };

/** The tree: 访问区 → 东镇, 西镇; 东镇 → 东村 (with 第一党小组), 南村; 西镇 → 西村; and 邻区 beside 访问区. */
const targetsOf: Record<string, Record<Relation, string | null>> = {
  district: { own: 'district', child: 'east', sibling: 'otherDistrict', parent: null },
  township: { own: 'east', child: 'branch', sibling: 'west', parent: 'district' },
  siblingTownship: { own: 'west', child: 'westBranch', sibling: 'east', parent: 'district' },
  secretary: { own: 'branch', child: 'group', sibling: 'sister', parent: 'east' },
  recorder: { own: 'branch', child: 'group', sibling: 'sister', parent: 'east' },
  member: { own: 'branch', child: 'group', sibling: 'sister', parent: 'east' },
  readOnlyKey: { own: 'east', child: 'branch', sibling: 'west', parent: 'district' },
};

//                     own child sibling parent  (a party group has no scheme: nothing to read, submit or approve there)
const table: Record<string, Row> = {
  district: {
    readScheme: 'AAN-',
    listSchemes: 'AAN-',
    readFiling: 'AAN-',
    adoptTemplate: 'AAN-',
    submitFiling: 'AAN-',
    approveFiling: 'AAN-', // its own district-level scheme too: no level above it on the platform
  },
  township: {
    readScheme: 'AANA',
    listSchemes: 'AANA',
    readFiling: 'AANA',
    adoptTemplate: 'AANN', // the district node is outside its scope
    submitFiling: 'AANF', // the district's filing is in view, not its to file
    approveFiling: 'FANF', // never its own: its upper level decides
  },
  siblingTownship: {
    readScheme: 'AANA',
    listSchemes: 'AANA',
    readFiling: 'AANA',
    adoptTemplate: 'AANN',
    submitFiling: 'AANF',
    approveFiling: 'FANF',
  },
  secretary: {
    readScheme: 'A-NA',
    listSchemes: 'A-NA',
    readFiling: 'A-NA',
    adoptTemplate: 'AFNN', // a party group drafts no scheme of its own
    submitFiling: 'A-NF',
    approveFiling: 'F-NF',
  },
  recorder: {
    readScheme: 'A-NA',
    listSchemes: 'A-NA',
    readFiling: 'A-NA',
    adoptTemplate: 'FFNN',
    submitFiling: 'F-NF',
    approveFiling: 'F-NF',
  },
  member: {
    readScheme: 'A-NA',
    listSchemes: 'A-NA',
    readFiling: 'A-NA',
    adoptTemplate: 'FFNN',
    submitFiling: 'F-NF',
    approveFiling: 'F-NF',
  },
  readOnlyKey: {
    readScheme: 'AANA',
    listSchemes: 'AANA',
    readFiling: 'AANA',
    adoptTemplate: 'FFNN',
    submitFiling: 'FFNF',
    approveFiling: 'FFNF',
  },
};

const cases = Object.entries(table).flatMap(([who, row]) =>
  ops.flatMap((op) =>
    relations.flatMap((relation, index) => {
      const outcome = codes[row[op][index]];
      const target = targetsOf[who][relation];
      return outcome && target ? [{ who, op, relation, target, outcome }] : [];
    }),
  ),
);

describe('access to schemes and filings, by caller, operation and target', () => {
  let platform: TestPlatform;
  const org: Record<string, { id: string; path: string }> = {};
  const schemeOf: Record<string, string> = {};
  const filingOf: Record<string, string> = {};
  const callers: Record<string, Caller> = {};
  let day = 0;
  const nextDay = () => new Date(Date.UTC(2030, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);

  const scheme = <R, V>(query: Document<R, V>, variables: NoInfer<V>, caller?: Caller) =>
    platform.querySubgraph('scheme', query, variables, caller);
  const adoptAsPlatform = async (orgKey: string) => {
    const data = dataOf(
      await scheme(
        schemeGraphql(
          `mutation AccessSchemeAdoptTemplate($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index", name: $n) { id scheme { id } } }`,
        ),
        { o: org[orgKey].id, n: `方案 ${randomUUID()}` },
      ),
    );
    return { filingId: data.adoptTemplate.id as string, schemeId: data.adoptTemplate.scheme.id as string };
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: OrgLevel, name: string, parent?: string) => {
      const data = dataOf(
        await platform.querySubgraph(
          'ledger',
          ledgerGraphql(
            `mutation AccessSchemeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          { input: { level, name, parentId: parent ? org[parent].id : null } },
        ),
      );
      org[key] = data.createOrganization;
    };
    await create('district', 'DISTRICT', '访问区');
    await create('otherDistrict', 'DISTRICT', '邻区');
    await create('east', 'TOWNSHIP', '东镇党委', 'district');
    await create('west', 'TOWNSHIP', '西镇党委', 'district');
    await create('branch', 'BRANCH', '东村党支部', 'east');
    await create('sister', 'BRANCH', '南村党支部', 'east');
    await create('westBranch', 'BRANCH', '西村党支部', 'west');
    await create('group', 'GROUP', '第一党小组', 'branch');
    const member = dataOf(
      await platform.querySubgraph(
        'ledger',
        ledgerGraphql(`mutation AccessSchemeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
        {
          input: {
            organizationId: org.branch.id,
            memberNo: 'D1',
            name: '周敏',
            gender: 'FEMALE',
            kind: 'FULL',
            joinDate: '2001-07-01',
            birthDate: '1975-03-01',
          },
        },
      ),
    );

    // One scheme with an open draft for every node that may have one (a party group may not).
    for (const key of ['district', 'otherDistrict', 'east', 'west', 'branch', 'sister', 'westBranch']) {
      const { filingId, schemeId } = await adoptAsPlatform(key);
      filingOf[key] = filingId;
      schemeOf[key] = schemeId;
    }

    const at = (key: string) => org[key].path;
    Object.assign(callers, {
      district: { role: Role.DISTRICT, scopePath: at('district'), subject: 'account:district' },
      township: { role: Role.TOWNSHIP, scopePath: at('east'), subject: 'account:east' },
      siblingTownship: { role: Role.TOWNSHIP, scopePath: at('west'), subject: 'account:west' },
      secretary: { role: Role.BRANCH_SECRETARY, scopePath: at('branch'), subject: 'account:secretary' },
      recorder: { role: Role.BRANCH_RECORDER, scopePath: at('branch'), subject: 'account:recorder' },
      member: { role: Role.MEMBER, scopePath: at('branch'), subject: 'account:member', memberId: member.addMember.id },
      // A township committee's API key issued to read only.
      readOnlyKey: {
        role: Role.TOWNSHIP,
        scopePath: at('east'),
        subject: 'key:read-only',
        keyId: randomUUID(),
        rights: [Right.READ],
      },
    } satisfies Record<string, Caller>);
  });
  afterAll(() => platform.stop());

  /** A refusal of an id that exists must read exactly like the refusal of an id that does not. */
  const sameAsUnknown = (response: GraphQLResponse, id: string, unknown: GraphQLResponse, unknownId: string) => {
    const shape = (r: GraphQLResponse, i: string) =>
      JSON.stringify({ message: r.errors?.[0].message, extensions: r.errors?.[0].extensions }).split(i).join('<id>');
    expect(shape(response, id)).toBe(shape(unknown, unknownId));
  };

  /** Runs one operation and reports what happened: the outcome, and the response for the checks of its kind. */
  async function run(
    op: Op,
    caller: Caller,
    target: string,
  ): Promise<{
    outcome: Outcome;
    response: GraphQLResponse;
    id: string;
    unknown?: GraphQLResponse;
    unknownId: string;
  }> {
    const unknownId = randomUUID();
    switch (op) {
      case 'readScheme': {
        const q = schemeGraphql(`query AccessSchemeScheme($id: ID!) { scheme(id: $id) { id versions { id } } }`);
        const response = await scheme(q, { id: schemeOf[target] }, caller);
        const unknown = await scheme(q, { id: unknownId }, caller);
        expect(dataOf(unknown).scheme).toBeNull();
        return {
          outcome: dataOf(response).scheme?.id === schemeOf[target] ? 'ALLOW' : 'NOT_FOUND',
          response,
          id: schemeOf[target],
          unknownId,
        };
      }
      case 'listSchemes': {
        const response = await scheme(schemeGraphql(`query AccessSchemeSchemes { schemes { id } }`), {}, caller);
        const ids = dataOf(response).schemes.map((s: { id: string }) => s.id);
        return {
          outcome: ids.includes(schemeOf[target]) ? 'ALLOW' : 'NOT_FOUND',
          response,
          id: schemeOf[target],
          unknownId,
        };
      }
      case 'readFiling': {
        const q = schemeGraphql(
          `query AccessSchemeFiling($id: ID!) { filing(id: $id) { id history { action } scheme { id } } }`,
        );
        const response = await scheme(q, { id: filingOf[target] }, caller);
        expect(dataOf(await scheme(q, { id: unknownId }, caller)).filing).toBeNull();
        return {
          outcome: dataOf(response).filing?.id === filingOf[target] ? 'ALLOW' : 'NOT_FOUND',
          response,
          id: filingOf[target],
          unknownId,
        };
      }
      case 'adoptTemplate': {
        const q = schemeGraphql(
          `mutation AccessSchemeAdoptTemplate2($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index", name: $n) { id status } }`,
        );
        const name = `试用方案 ${randomUUID()}`;
        const response = await scheme(q, { o: org[target].id, n: name }, caller);
        const unknown = await scheme(q, { o: unknownId, n: name }, caller);
        return {
          outcome: outcomeOf(response, 'ORGANIZATION_NOT_FOUND'),
          response,
          id: org[target].id,
          unknown,
          unknownId,
        };
      }
      case 'submitFiling': {
        const { filingId } = await adoptAsPlatform(target);
        const q = schemeGraphql(`mutation AccessSchemeSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }`);
        const response = await scheme(q, { id: filingId }, caller);
        if (!response.errors) expect(dataOf(response).submitFiling.status).toBe('SUBMITTED');
        const unknown = await scheme(q, { id: unknownId }, caller);
        return { outcome: outcomeOf(response, 'FILING_NOT_FOUND'), response, id: filingId, unknown, unknownId };
      }
      case 'approveFiling': {
        const { filingId } = await adoptAsPlatform(target);
        dataOf(
          await scheme(schemeGraphql(`mutation AccessSchemeSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }`), {
            id: filingId,
          }),
        );
        const q = schemeGraphql(
          `mutation AccessSchemeApproveFiling($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { id status } }`,
        );
        const response = await scheme(q, { id: filingId, from: nextDay() }, caller);
        if (!response.errors) expect(dataOf(response).approveFiling.status).toBe('APPROVED');
        const unknown = await scheme(q, { id: unknownId, from: nextDay() }, caller);
        return { outcome: outcomeOf(response, 'FILING_NOT_FOUND'), response, id: filingId, unknown, unknownId };
      }
    }
  }

  function outcomeOf(response: GraphQLResponse, notFound: string): Outcome {
    if (!response.errors) return 'ALLOW';
    const code = errorCodeOf(response);
    if (code === notFound) return 'NOT_FOUND';
    if (code === 'FORBIDDEN') return 'FORBIDDEN';
    throw new Error(`unexpected answer: ${JSON.stringify(response.errors)}`);
  }

  it.each(cases)('$who · $op · $relation ($target) → $outcome', async ({ who, op, target, outcome }) => {
    const result = await run(op, callers[who], target);
    expect(result.outcome).toBe(outcome);
    if (outcome === 'NOT_FOUND' && result.unknown)
      sameAsUnknown(result.response, result.id, result.unknown, result.unknownId);
    if (outcome === 'FORBIDDEN') {
      const message = result.response.errors?.[0].message ?? '';
      expect(message).toMatch(target === 'group' ? /^党小组不单独制定积分方案/ : /^您的账号无权/);
    }
  });

  it('tells a recorder and a member in Chinese what their account may not do', async () => {
    for (const who of ['recorder', 'member']) {
      const response = await scheme(
        schemeGraphql(
          `mutation AccessSchemeAdoptTemplate3($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index", name: "记录员方案") { id } }`,
        ),
        { o: org.branch.id },
        callers[who],
      );
      expect(errorCodeOf(response)).toBe('FORBIDDEN');
      expect(response.errors?.[0].message).toBe(
        '您的账号无权为“东村党支部”制定或修订积分方案：需要“制定积分方案”权限，且只能为本组织或下级组织制定',
      );
      expect(response.errors?.[0].extensions?.right).toBe('DRAFT_SCHEME');
    }
  });

  it('answers another scope’s schemes, versions and filings through _entities as null, and an organisation’s scheme fields only in view', async () => {
    const approved = await adoptAsPlatform('sister');
    dataOf(
      await scheme(schemeGraphql(`mutation AccessSchemeSubmitFiling3($id: ID!) { submitFiling(id: $id) { id } }`), {
        id: approved.filingId,
      }),
    );
    const version = dataOf(
      await scheme(
        schemeGraphql(
          `mutation AccessSchemeApproveFiling2($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }`,
        ),
        { id: approved.filingId, from: nextDay() },
      ),
    ).approveFiling.approvedVersion!.id;
    const entities = schemeGraphql(
      `query AccessSchemeEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Scheme { id } ... on Filing { id } ... on SchemeVersion { id } ... on Organization { filings { id } } } }`,
    );
    const representations = [
      { __typename: 'Scheme', id: approved.schemeId },
      { __typename: 'Filing', id: approved.filingId },
      { __typename: 'SchemeVersion', id: version },
      { __typename: 'Organization', id: org.sister.id, path: org.sister.path },
    ];
    expect(dataOf(await scheme(entities, { r: representations }, callers.secretary))._entities).toEqual([
      null,
      null,
      null,
      { filings: [] },
    ]);
    const fromAbove = dataOf(await scheme(entities, { r: representations }, callers.township))._entities;
    expect(fromAbove.slice(0, 3)).toEqual([{ id: approved.schemeId }, { id: approved.filingId }, { id: version }]);
    const organization = entitiesOf(fromAbove.slice(3), 'Organization')[0] as { filings: { id: string }[] | null };
    expect(organization.filings!.map((f) => f.id)).toContain(approved.filingId);
    // previewScore reads a version only in view.
    const preview = schemeGraphql(
      `query AccessSchemePreviewScore($v: ID!) { previewScore(schemeVersionId: $v, facts: { period: "2026", asOf: "2026-12-31", memberKind: FULL, entries: [] }) { total } }`,
    );
    expect(errorCodeOf(await scheme(preview, { v: version }, callers.secretary))).toBe('SCHEME_VERSION_NOT_FOUND');
    expect(dataOf(await scheme(preview, { v: version }, callers.township)).previewScore.total).toEqual(
      expect.any(Number),
    );
  });

  it('lets a branch read the rules of its township and district but revise only its own', async () => {
    const revise = (id: string, who: string) =>
      scheme(
        schemeGraphql(`mutation AccessSchemeReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id } }`),
        { s: id },
        callers[who],
      );
    const parent = await revise(schemeOf.east, 'secretary');
    expect(errorCodeOf(parent)).toBe('FORBIDDEN');
    expect(parent.errors?.[0].message).toMatch(/^您的账号无权/);
    const unknownId = randomUUID();
    sameAsUnknown(
      await revise(schemeOf.sister, 'secretary'),
      schemeOf.sister,
      await revise(unknownId, 'secretary'),
      unknownId,
    );
    expect(errorCodeOf(await revise(schemeOf.sister, 'secretary'))).toBe('SCHEME_NOT_FOUND');
  });

  it('lets only an upper level assign a scheme version, and only one of the node itself or of a node above it', async () => {
    const townScheme = await adoptAsPlatform('east');
    dataOf(
      await scheme(schemeGraphql(`mutation AccessSchemeSubmitFiling4($id: ID!) { submitFiling(id: $id) { id } }`), {
        id: townScheme.filingId,
      }),
    );
    const townVersion = dataOf(
      await scheme(
        schemeGraphql(
          `mutation AccessSchemeApproveFiling3($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }`,
        ),
        { id: townScheme.filingId, from: nextDay() },
      ),
    ).approveFiling.approvedVersion!.id;
    const sisterScheme = await adoptAsPlatform('sister');
    dataOf(
      await scheme(schemeGraphql(`mutation AccessSchemeSubmitFiling5($id: ID!) { submitFiling(id: $id) { id } }`), {
        id: sisterScheme.filingId,
      }),
    );
    const sisterVersion = dataOf(
      await scheme(
        schemeGraphql(
          `mutation AccessSchemeApproveFiling4($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }`,
        ),
        { id: sisterScheme.filingId, from: nextDay() },
      ),
    ).approveFiling.approvedVersion!.id;

    const assign = (o: string, v: string, who: string) =>
      scheme(
        schemeGraphql(
          `mutation AccessSchemeAssignScheme($o: ID!, $v: ID!, $from: Date!) { assignScheme(organizationId: $o, schemeVersionId: $v, effectiveFrom: $from) { organizationId schemeVersion { id } } }`,
        ),
        { o: org[o].id, v, from: nextDay() },
        callers[who],
      );
    const bySecretary = await assign('branch', townVersion, 'secretary');
    expect(errorCodeOf(bySecretary)).toBe('FORBIDDEN');
    expect(bySecretary.errors?.[0].message).toMatch(/^您的账号无权指定“东村党支部”执行的方案/);
    expect(errorCodeOf(await assign('branch', townVersion, 'readOnlyKey'))).toBe('FORBIDDEN');
    expect(errorCodeOf(await assign('westBranch', townVersion, 'township'))).toBe('ORGANIZATION_NOT_FOUND');
    expect(errorCodeOf(await assign('branch', sisterVersion, 'township'))).toBe('INVALID_SCHEME');
    expect(errorCodeOf(await assign('westBranch', townVersion, 'siblingTownship'))).toBe('SCHEME_VERSION_NOT_FOUND');
    expect(dataOf(await assign('branch', townVersion, 'township')).assignScheme).toEqual({
      organizationId: org.branch.id,
      schemeVersion: { id: townVersion },
    });
  });

  it('serves the templates to any signed-in caller and previews only with the right to read', async () => {
    for (const who of Object.keys(callers)) {
      const data = dataOf(
        await scheme(
          schemeGraphql(
            `query AccessSchemeSchemeTemplates { schemeTemplates { code } schemeTemplate(code: "pioneer-index") { name } }`,
          ),
          {},
          callers[who],
        ),
      );
      expect(data.schemeTemplates.length).toBeGreaterThanOrEqual(8);
    }
    const declareOnly: Caller = { ...callers.secretary, subject: 'key:declare-only', rights: [Right.DECLARE] };
    const preview = await scheme(
      schemeGraphql(
        `query AccessSchemePreviewScore2 { previewScore(templateCode: "pioneer-index", facts: { period: "2026", asOf: "2026-12-31", memberKind: FULL, entries: [] }) { total } }`,
      ),
      {},
      declareOnly,
    );
    expect(errorCodeOf(preview)).toBe('FORBIDDEN');
    const anonymous: Caller = { role: Role.ANONYMOUS, scopePath: 'anonymous', subject: 'anonymous' };
    expect(
      errorCodeOf(
        await scheme(schemeGraphql(`query AccessSchemeSchemeTemplates2 { schemeTemplates { code } }`), {}, anonymous),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});
