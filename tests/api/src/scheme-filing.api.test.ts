import { Caller, Role } from '@jifen/kit';
import { dataOf, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import { schemeGraphql } from './generated/scheme';

describe('filing a scheme with the upper level, through the gateway', () => {
  let platform: TestPlatform;
  const org: Record<string, { id: string; path: string }> = {};
  const as = (role: Role, key: string): Caller => ({ role, scopePath: org[key].path, subject: `${role}@${key}` });

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: string, name: string, parent?: string) => {
      const data = dataOf(
        await platform.query(
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }',
          { input: { level, name, parentId: parent ? org[parent].id : null } },
        ),
      );
      org[key] = data.createOrganization;
    };
    await create('district', 'DISTRICT', '备案区');
    await create('town', 'TOWNSHIP', '东镇党委', 'district');
    await create('otherTown', 'TOWNSHIP', '西镇党委', 'district');
    await create('branch', 'BRANCH', '东村党支部', 'town');
    await create('sister', 'BRANCH', '南村党支部', 'town');
    await create('group', 'GROUP', '第一党小组', 'branch');
  });
  afterAll(() => platform.stop());

  const adopt = async (orgKey: string, code: string, name?: string) =>
    dataOf(
      await platform.query(
        apiGraphql(
          `mutation SchemeFilingAdopt($o: ID!, $c: String!, $n: String) { adoptTemplate(organizationId: $o, templateCode: $c, name: $n) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }`,
        ),
        { o: org[orgKey].id, c: code, n: name ?? null },
      ),
    ).adoptTemplate;

  it('lists the templates with their codes, names and descriptions, and serves the rule schema', async () => {
    const data = dataOf(await platform.query('{ schemeTemplates { code name description } ruleDocumentSchema }'));
    expect(data.schemeTemplates.map((t: { code: string }) => t.code)).toContain('pioneer-index');
    for (const t of data.schemeTemplates) expect(t.name.length > 0 && t.description.length > 20).toBe(true);
    expect(data.ruleDocumentSchema.title).toBe('积分规则文件');
  });

  it('takes a draft through return, resubmission and approval; the approved version takes effect from its date', async () => {
    const draft = await adopt('branch', 'pioneer-index', '东村党支部积分办法');
    expect(draft).toMatchObject({
      status: 'DRAFT',
      approvedVersion: null,
      history: [{ action: 'CREATE' }],
      scheme: { name: '东村党支部积分办法', latestVersion: null },
    });

    const early = await platform.query(
      'mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2027-01-01") { id } }',
      { id: draft.id },
    );
    expect(errorCodeOf(early)).toBe('INVALID_TRANSITION');
    expect(early.errors?.[0].message).toContain('尚未报送');

    const rules = dataOf(await platform.query('query($id: ID!) { filing(id: $id) { rules } }', { id: draft.id })).filing
      .rules;
    const edited = dataOf(
      await platform.query(
        apiGraphql(
          `mutation SchemeFilingEditFiling($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r, note: "公示期改为 10 天") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }`,
        ),
        { id: draft.id, r: { ...rules, workflow: { publicityDays: 10 } } },
      ),
    ).editFiling;
    expect(edited).toMatchObject({ status: 'DRAFT', note: '公示期改为 10 天' });

    const submitted = dataOf(
      await platform.query('mutation($id: ID!) { submitFiling(id: $id, comment: "请审核") { status } }', {
        id: draft.id,
      }),
    ).submitFiling;
    expect(submitted.status).toBe('SUBMITTED');
    const queue = dataOf(
      await platform.query(
        apiGraphql(
          `query SchemeFilingQueue { filings(status: SUBMITTED) { id organization { name } history { action actorName } } }`,
        ),
      ),
    ).filings;
    expect(queue.find((f) => f.id === draft.id)).toEqual({
      id: draft.id,
      organization: { name: '东村党支部' },
      history: [
        { action: 'CREATE', actorName: '平台' },
        { action: 'EDIT', actorName: '平台' },
        { action: 'SUBMIT', actorName: '平台' },
      ],
    });
    const whileSubmitted = await platform.query(
      'mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }',
      { id: draft.id, r: rules },
    );
    expect(errorCodeOf(whileSubmitted)).toBe('INVALID_TRANSITION');

    const returned = dataOf(
      await platform.query(
        'mutation($id: ID!) { returnFiling(id: $id, comments: "扣分标准请细化") { status decisionComment } }',
        { id: draft.id },
      ),
    ).returnFiling;
    expect(returned).toEqual({ status: 'RETURNED', decisionComment: '扣分标准请细化' });
    await platform.query('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: draft.id });
    const approved = dataOf(
      await platform.query(
        apiGraphql(
          `mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2027-01-01", comments: "同意备案") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }`,
        ),
        { id: draft.id },
      ),
    ).approveFiling;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      effectiveFrom: '2027-01-01',
      decisionComment: '同意备案',
      approvedVersion: { version: 1 },
      scheme: { latestVersion: { version: 1 } },
    });
    expect(approved.history.map((h: { action: string }) => h.action)).toEqual([
      'CREATE',
      'EDIT',
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'APPROVE',
    ]);

    const inForce = dataOf(
      await platform.query(
        'query($id: ID!) { organization(id: $id) { before: effectiveSchemeVersion(on: "2026-12-31") { id } after: effectiveSchemeVersion(on: "2027-01-01") { id rules } filings { status } } }',
        { id: org.branch.id },
      ),
    ).organization;
    expect(inForce.before).toBeNull();
    expect(inForce.after.id).toBe(approved.approvedVersion!.id);
    expect(inForce.after.rules.workflow.publicityDays).toBe(10);
    expect(inForce.filings).toEqual([{ status: 'APPROVED' }]);

    const editApproved = await platform.query(
      'mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }',
      { id: draft.id, r: rules },
    );
    expect(errorCodeOf(editApproved)).toBe('INVALID_TRANSITION');
    expect(editApproved.errors?.[0].message).toContain('已批准的方案版本不能修改');
  });

  it('makes a later edit a new version and leaves the earlier version as it was', async () => {
    const [scheme] = dataOf(
      await platform.query('query($id: ID!) { organization(id: $id) { filings { scheme { id } } } }', {
        id: org.branch.id,
      }),
    ).organization.filings.map((f: { scheme: unknown }) => f.scheme);
    const revision = dataOf(
      await platform.query(
        apiGraphql(
          `mutation SchemeFilingReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } rules } }`,
        ),
        { s: scheme.id },
      ),
    ).reviseScheme;
    expect(revision).toMatchObject({ status: 'DRAFT', baseVersion: { version: 1 } });
    const second = await platform.query('mutation($s: ID!) { reviseScheme(schemeId: $s) { id } }', { s: scheme.id });
    expect(errorCodeOf(second)).toBe('OPEN_FILING_EXISTS');

    await platform.query('mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }', {
      id: revision.id,
      r: { ...revision.rules, workflow: { publicityDays: 7 } },
    });
    await platform.query('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: revision.id });
    const tooEarly = await platform.query(
      'mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-06-01") { id } }',
      { id: revision.id },
    );
    expect(errorCodeOf(tooEarly)).toBe('INVALID_EFFECTIVE_DATE');
    const approved = dataOf(
      await platform.query(
        'mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2028-01-01") { approvedVersion { version } } }',
        { id: revision.id },
      ),
    ).approveFiling;
    expect(approved.approvedVersion.version).toBe(2);

    const data = dataOf(
      await platform.query(
        'query($id: ID!, $s: ID!) { organization(id: $id) { y2027: effectiveSchemeVersion(on: "2027-06-01") { version rules } y2028: effectiveSchemeVersion(on: "2028-06-01") { version rules } } scheme(id: $s) { versions { version } } }',
        { id: org.branch.id, s: scheme.id },
      ),
    );
    expect(data.organization.y2027).toMatchObject({ version: 1, rules: { workflow: { publicityDays: 10 } } });
    expect(data.organization.y2028).toMatchObject({ version: 2, rules: { workflow: { publicityDays: 7 } } });
    expect(data.scheme.versions).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('refuses an invalid rule document with every problem listed by path in Chinese, and keeps the draft as it was', async () => {
    const draft = await adopt('sister', 'pioneer-index', '南村草稿');
    const bad = await platform.query('mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }', {
      id: draft.id,
      r: {
        format: 'jifen.rules/1',
        name: '',
        fullScore: 100.25,
        cycle: { start: { month: 13, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: [] },
        workflow: { publicityDays: 7 },
        components: [],
        vetoes: [],
        directGrades: [],
        grading: { per: 'YEAR', gradedKinds: ['FULL'], bands: [{ code: 'A', name: '合格', min: 60 }] },
        consequences: [],
        eligibilities: [],
        awards: [],
        extra: 1,
      },
    });
    expect(errorCodeOf(bad)).toBe('INVALID_RULE_DOCUMENT');
    const paths = (bad.errors?.[0].extensions?.problems as { path: string; message: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.name', '$.cycle.start.month', '$.components', '$.extra']));
    expect(bad.errors?.[0].message).toMatch(/^规则文件有 \d+ 处问题/);
    const unchanged = dataOf(
      await platform.query('query($id: ID!) { filing(id: $id) { rules history { action } } }', { id: draft.id }),
    ).filing;
    expect(unchanged.rules.name).toBe('“先锋指数”积分制管理');
    expect(unchanged.history).toEqual([{ action: 'CREATE' }]);
  });

  it('copies the upper level’s scheme in force as a draft of a new scheme', async () => {
    const townDraft = await adopt('town', 'pioneer-index', '东镇积分办法');
    await platform.query('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: townDraft.id });
    const townApproved = dataOf(
      await platform.query(
        'mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { approvedVersion { id } } }',
        { id: townDraft.id },
      ),
    ).approveFiling;
    await platform.query('mutation($id: ID!) { withdrawFiling(id: $id) { id } }', {
      id: (await adopt('sister', 'pioneer-index', '南村另一草稿')).id,
    });
    const copy = dataOf(
      await platform.query(
        apiGraphql(
          `mutation SchemeFilingCopyEffectiveScheme($o: ID!) { copyEffectiveScheme(organizationId: $o) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }`,
        ),
        {
          o: org.sister.id,
        },
      ),
    ).copyEffectiveScheme;
    expect(copy).toMatchObject({ status: 'DRAFT', scheme: { name: '东镇积分办法（南村党支部）' } });
    const base = dataOf(
      await platform.query(
        apiGraphql(`query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }`),
        { id: copy.id },
      ),
    ).filing!.baseVersion;
    expect(base!.id).toBe(townApproved.approvedVersion.id);
  });

  it('lets only the upper level decide, and no one file for a party group', async () => {
    const draft = await adopt('sister', 'pioneer-index', '南村待审');
    await platform.querySubgraph(
      'scheme',
      schemeGraphql(`mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`),
      { id: draft.id },
      as(Role.BRANCH_SECRETARY, 'sister'),
    );
    const approve = (caller: Caller) =>
      platform.querySubgraph(
        'scheme',
        schemeGraphql(
          `mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2029-01-01") { status } }`,
        ),
        { id: draft.id },
        caller,
      );
    expect(errorCodeOf(await approve(as(Role.BRANCH_SECRETARY, 'sister')))).toBe('FORBIDDEN');
    expect(errorCodeOf(await approve(as(Role.TOWNSHIP, 'otherTown')))).toBe('FILING_NOT_FOUND');
    expect(dataOf(await approve(as(Role.TOWNSHIP, 'town'))).approveFiling.status).toBe('APPROVED');

    const forGroup = await platform.query(
      apiGraphql(
        `mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index") { id } }`,
      ),
      { o: org.group.id },
    );
    expect(errorCodeOf(forGroup)).toBe('FORBIDDEN');
    const unknown = await platform.query(
      apiGraphql(
        `mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "no-such") { id } }`,
      ),
      { o: org.branch.id },
    );
    expect(errorCodeOf(unknown)).toBe('TEMPLATE_NOT_FOUND');
  });

  it('lets one of two simultaneous approvals win; the other is told the filing moved on', async () => {
    const draft = await adopt('district', 'pioneer-index', '备案区积分办法');
    await platform.query(apiGraphql(`mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }`), {
      id: draft.id,
    });
    const results = await Promise.all(
      [0, 1].map(() =>
        platform.query(
          apiGraphql(
            `mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { status } }`,
          ),
          {
            id: draft.id,
          },
        ),
      ),
    );
    expect(results.filter((r) => r.data?.approveFiling?.status === 'APPROVED')).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCodeOf)).toEqual(['INVALID_TRANSITION']);
    const versions = dataOf(
      await platform.query(
        apiGraphql(`query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }`),
        { id: draft.scheme.id },
      ),
    ).scheme!.versions;
    expect(versions).toEqual([{ version: 1 }]);
  });
});
