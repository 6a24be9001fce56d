import { Caller, INTERNAL_TOKEN_HEADER, mintInternalToken, Right, Role, systemCaller } from '@jifen/kit';
import { randomUUID } from 'node:crypto';
import { dataOf, Document, GraphQLResponse, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { ledgerGraphql } from './generated/ledger';
import type { AccessLedgerEntities2Query, AddMemberInput, OrgLevel } from './generated/ledger/graphql';
import { schemeGraphql } from './generated/scheme';

/** What a caller gets: the answer, an id that answers as unknown, or a refusal in scope. Any other error shows as its code. */
type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | string;

const CALLERS = [
  'district',
  'township',
  'siblingTownship',
  'secretary',
  'recorder',
  'member',
  'otherMember',
  'readKey',
] as const;
type CallerName = (typeof CALLERS)[number];
type Table = Partial<Record<CallerName, Record<string, Outcome>>>;
/** A period score as the `_entities` query's fragment on PeriodScore selects it. */
type ScoreEntity = Extract<AccessLedgerEntities2Query['_entities'][number], { memberId: string }>;

function outcomeOfCode(code: unknown): Outcome {
  if (typeof code !== 'string') return `UNKNOWN:${String(code)}`;
  if (code === 'FORBIDDEN') return 'FORBIDDEN';
  if (code.endsWith('NOT_FOUND')) return 'NOT_FOUND';
  return code;
}

/** OK when the response has data and `found` says the thing is there; NOT_FOUND when it answers as unknown (null); else the error. */
function outcomeOf(response: GraphQLResponse, found: (data: any) => boolean = () => true): Outcome {
  if (response.errors?.length) return outcomeOfCode(response.errors[0].extensions?.code);
  return found(response.data) ? 'OK' : 'NOT_FOUND';
}

/**
 * The ledger's access rules, straight to the subgraph with an internal token per caller: each operation is
 * asked by every kind of caller on its own node, a child, a sibling and the parent, and must be answered,
 * answered as unknown (NOT_FOUND, as for an id that does not exist) or refused in scope (FORBIDDEN).
 */
describe('access in the ledger', () => {
  let platform: TestPlatform;
  let now = new Date('2024-04-02T08:00:00Z');
  const org: Record<string, { id: string; path: string }> = {};
  const member: Record<string, string> = {};
  const entry: Record<string, string> = {};
  let evidenceId = '';
  let assemblyId = '';
  let windowId = '';
  const caller = {} as Record<CallerName, Caller>;

  const gql = <R, V>(who: Caller | undefined, query: Document<R, V>, variables: NoInfer<V>) =>
    platform.querySubgraph('ledger', query, variables, who);
  const system = async <R, V>(query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await gql(undefined, query, variables));
  const scheme = async <R, V>(query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await platform.querySubgraph('scheme', query, variables));
  const declareAsSystem = async (memberId: string, occurredOn: string, evidenceIds: string[] = []) =>
    (
      await system(
        ledgerGraphql(`mutation AccessLedgerDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }`),
        {
          i: { memberId, item: 'leaderPraise', occurredOn, evidenceIds },
        },
      )
    ).declareEntry.id as string;

  /** Every caller (or those named) on every target: the table of outcomes. */
  /** A file straight to the ledger's upload path (`POST /uploads/:kind`) with an internal token for `who`: the outcome and the answer. */
  const uploadAs = async (
    who: Caller,
    kind: string,
    body: Buffer | string,
    params: Record<string, string>,
    contentType: string,
  ): Promise<{ outcome: Outcome; json: any }> => {
    const url = `${new URL(platform.urls.ledger).origin}/uploads/${kind}?${new URLSearchParams(params)}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        [INTERNAL_TOKEN_HEADER]: mintInternalToken(platform.tokenSecret, who, randomUUID(), Date.now()),
      },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    const json = await response.json();
    return { outcome: response.ok ? 'OK' : outcomeOfCode(json.error?.code), json };
  };

  async function table(
    targets: Record<string, (who: Caller, name: CallerName) => Promise<Outcome>>,
    only: readonly CallerName[] = CALLERS,
  ): Promise<Table> {
    const result: Table = {};
    for (const name of only) {
      result[name] = {};
      for (const [target, run] of Object.entries(targets)) result[name]![target] = await run(caller[name], name);
    }
    return result;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (key: string, level: OrgLevel, name: string, parent?: string) => {
      org[key] = (
        await system(
          ledgerGraphql(
            `mutation AccessLedgerCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          {
            input: { level, name, parentId: parent ? org[parent].id : null },
          },
        )
      ).createOrganization;
    };
    await create('district', 'DISTRICT', '权限区');
    await create('town', 'TOWNSHIP', '东镇党委', 'district');
    await create('siblingTown', 'TOWNSHIP', '西镇党委', 'district');
    await create('branch', 'BRANCH', '东村党支部', 'town');
    await create('group', 'GROUP', '东村第一党小组', 'branch');
    await create('siblingBranch', 'BRANCH', '南村党支部', 'town');
    await create('farBranch', 'BRANCH', '西村党支部', 'siblingTown');
    for (const branch of [org.branch, org.siblingBranch]) {
      const filing = (
        await scheme(
          schemeGraphql(
            `mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }`,
          ),
          {
            o: branch.id,
          },
        )
      ).adoptTemplate;
      await scheme(schemeGraphql(`mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`), {
        id: filing.id,
      });
      await scheme(
        schemeGraphql(
          `mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }`,
        ),
        {
          id: filing.id,
        },
      );
    }
    for (const [key, unit, name, no] of [
      ['a', 'branch', '张明', 'Q001'],
      ['c', 'branch', '李华', 'Q002'],
      ['g', 'group', '王芳', 'Q003'],
      ['y', 'siblingBranch', '赵强', 'Q004'],
    ]) {
      const input: AddMemberInput = {
        organizationId: org[unit].id,
        memberNo: no,
        name,
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2010-07-01',
        birthDate: '1980-01-01',
      };
      member[key] = (
        await system(
          ledgerGraphql(`mutation AccessLedgerAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
          { input },
        )
      ).addMember.id;
    }
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('表扬信')]);
    evidenceId = (
      await uploadAs(
        systemCaller,
        'evidence',
        png,
        { organizationId: org.branch.id, fileName: '表扬信.png' },
        'image/png',
      )
    ).json.id;
    entry.a = await declareAsSystem(member.a, '2024-03-05', [evidenceId]);
    entry.c = await declareAsSystem(member.c, '2024-03-06');
    entry.y = await declareAsSystem(member.y, '2024-03-07');
    await system(
      ledgerGraphql(
        `mutation AccessLedgerReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }`,
      ),
      {
        ids: [entry.a, entry.c],
      },
    );
    const assembly = {
      organizationId: org.branch.id,
      period: '2024-Q1',
      meetingOn: '2024-04-02',
      attendeeIds: [member.a, member.c, member.g],
    };
    assemblyId = (
      await system(
        ledgerGraphql(
          `mutation AccessLedgerConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }`,
        ),
        { i: assembly },
      )
    ).confirmAssembly.id;

    const at = (role: Role, key: string, subject: string, extra: Partial<Caller> = {}): Caller => ({
      role,
      scopePath: org[key].path,
      subject,
      ...extra,
    });
    Object.assign(caller, {
      district: at(Role.DISTRICT, 'district', 'account:district'),
      township: at(Role.TOWNSHIP, 'town', 'account:township'),
      siblingTownship: at(Role.TOWNSHIP, 'siblingTown', 'account:sibling-township'),
      secretary: at(Role.BRANCH_SECRETARY, 'branch', 'account:secretary'),
      recorder: at(Role.BRANCH_RECORDER, 'branch', 'account:recorder'),
      member: at(Role.MEMBER, 'branch', 'account:member-a', { memberId: member.a }),
      otherMember: at(Role.MEMBER, 'branch', 'account:member-c', { memberId: member.c }),
      readKey: at(Role.BRANCH_RECORDER, 'branch', 'key:reader', { keyId: 'reader', rights: [Right.READ] }),
    } satisfies Record<CallerName, Caller>);
  });
  afterAll(() => platform.stop());

  it('reads an organisation in scope (own node, child, sibling, parent); one outside answers as unknown', async () => {
    const read = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(who, ledgerGraphql(`query AccessLedgerOrganization($id: ID!) { organization(id: $id) { id } }`), {
          id: org[key].id,
        }),
        (d) => d.organization !== null,
      );
    const actual = await table({
      branch: read('branch'),
      child: read('group'),
      sibling: read('siblingBranch'),
      parent: read('town'),
      district: read('district'),
    });
    const branchLevel = { branch: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND', district: 'NOT_FOUND' };
    expect(actual).toEqual({
      district: { branch: 'OK', child: 'OK', sibling: 'OK', parent: 'OK', district: 'OK' },
      township: { branch: 'OK', child: 'OK', sibling: 'OK', parent: 'OK', district: 'NOT_FOUND' },
      siblingTownship: {
        branch: 'NOT_FOUND',
        child: 'NOT_FOUND',
        sibling: 'NOT_FOUND',
        parent: 'NOT_FOUND',
        district: 'NOT_FOUND',
      },
      secretary: branchLevel,
      recorder: branchLevel,
      member: branchLevel,
      otherMember: branchLevel,
      readKey: branchLevel,
    });
  });

  it('lists the roster of a node to everyone in scope but a member, who finds only self on it', async () => {
    const listed: Partial<Record<CallerName, unknown>> = {};
    for (const name of CALLERS) {
      const data = dataOf(
        await gql(
          caller[name],
          ledgerGraphql(
            `query AccessLedgerOrganization2($id: ID!) { organization(id: $id) { members { total items { id } } } }`,
          ),
          {
            id: org.branch.id,
          },
        ),
      );
      listed[name] = data.organization
        ? {
            total: data.organization.members.total,
            ids: data.organization.members.items.map((m: { id: string }) => m.id).sort(),
          }
        : null;
    }
    const whole = { total: 3, ids: [member.a, member.c, member.g].sort() };
    expect(listed).toEqual({
      district: whole,
      township: whole,
      siblingTownship: null,
      secretary: whole,
      recorder: whole,
      member: { total: 1, ids: [member.a] },
      otherMember: { total: 1, ids: [member.c] },
      readKey: whole,
    });
  });

  it('reads a member by id: a member only self, another member as unknown', async () => {
    const read = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(who, ledgerGraphql(`query AccessLedgerMember($id: ID!) { member(id: $id) { id name } }`), {
          id: member[key],
        }),
        (d) => d.member !== null,
      );
    const actual = await table({
      self: read('a'),
      sameBranch: read('c'),
      inChildGroup: read('g'),
      siblingBranch: read('y'),
    });
    const branchLevel = { self: 'OK', sameBranch: 'OK', inChildGroup: 'OK', siblingBranch: 'NOT_FOUND' };
    expect(actual).toEqual({
      district: { self: 'OK', sameBranch: 'OK', inChildGroup: 'OK', siblingBranch: 'OK' },
      township: { self: 'OK', sameBranch: 'OK', inChildGroup: 'OK', siblingBranch: 'OK' },
      siblingTownship: {
        self: 'NOT_FOUND',
        sameBranch: 'NOT_FOUND',
        inChildGroup: 'NOT_FOUND',
        siblingBranch: 'NOT_FOUND',
      },
      secretary: branchLevel,
      recorder: branchLevel,
      member: { self: 'OK', sameBranch: 'NOT_FOUND', inChildGroup: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      otherMember: { self: 'NOT_FOUND', sameBranch: 'OK', inChildGroup: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      readKey: branchLevel,
    });
    // Through a reference too (the gateway resolves another subgraph's Member this way).
    const refs = dataOf(
      await gql(
        caller.member,
        ledgerGraphql(
          `query AccessLedgerEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id } } }`,
        ),
        {
          r: [member.a, member.c].map((id) => ({ __typename: 'Member', id })),
        },
      ),
    );
    expect(refs._entities).toEqual([{ id: member.a }, null]);
  });

  it('reads an entry by id and lists entries: a member only their own, with only their own evidence', async () => {
    const read = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(who, ledgerGraphql(`query AccessLedgerEntry($id: ID!) { entry(id: $id) { id } }`), {
          id: entry[key],
        }),
        (d) => d.entry !== null,
      );
    const actual = await table({ ownOfMemberA: read('a'), ofMemberC: read('c'), siblingBranch: read('y') });
    const branchLevel = { ownOfMemberA: 'OK', ofMemberC: 'OK', siblingBranch: 'NOT_FOUND' };
    expect(actual).toEqual({
      district: { ownOfMemberA: 'OK', ofMemberC: 'OK', siblingBranch: 'OK' },
      township: { ownOfMemberA: 'OK', ofMemberC: 'OK', siblingBranch: 'OK' },
      siblingTownship: { ownOfMemberA: 'NOT_FOUND', ofMemberC: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      secretary: branchLevel,
      recorder: branchLevel,
      member: { ownOfMemberA: 'OK', ofMemberC: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      otherMember: { ownOfMemberA: 'NOT_FOUND', ofMemberC: 'OK', siblingBranch: 'NOT_FOUND' },
      readKey: branchLevel,
    });
    const lists = ledgerGraphql(
      `query AccessLedgerOrganization3($o: ID!, $a: ID!) { organization(id: $o) { entries { total items { memberId } } } a: member(id: $a) { entries { total } } }`,
    );
    const own = dataOf(await gql(caller.member, lists, { o: org.branch.id, a: member.a }));
    expect(own.organization!.entries.items.every((e) => e.memberId === member.a)).toBe(true);
    expect(own.organization!.entries.total).toBe(1);
    expect(own.a!.entries.total).toBe(1);
    const evidence = ledgerGraphql(`query AccessLedgerEntry2($e: ID!) { entry(id: $e) { evidence { id } } }`);
    expect(dataOf(await gql(caller.member, evidence, { e: entry.a })).entry!.evidence).toEqual([{ id: evidenceId }]);
    expect(dataOf(await gql(caller.recorder, evidence, { e: entry.a })).entry!.evidence).toEqual([{ id: evidenceId }]);
  });

  it('declares for oneself, and as a member reports another member of the branch; the upper levels and a read-only key may not', async () => {
    const declare = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerDeclareEntry2($i: DeclareEntryInput!) { declareEntry(input: $i) { id state } }`,
          ),
          {
            i: { memberId: member[key], item: 'leaderPraise', occurredOn: '2024-04-01' },
          },
        ),
      );
    const actual = await table({ forMemberA: declare('a'), forMemberC: declare('c'), siblingBranch: declare('y') });
    expect(actual).toEqual({
      district: { forMemberA: 'FORBIDDEN', forMemberC: 'FORBIDDEN', siblingBranch: 'FORBIDDEN' },
      township: { forMemberA: 'FORBIDDEN', forMemberC: 'FORBIDDEN', siblingBranch: 'FORBIDDEN' },
      siblingTownship: { forMemberA: 'NOT_FOUND', forMemberC: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      secretary: { forMemberA: 'OK', forMemberC: 'OK', siblingBranch: 'NOT_FOUND' },
      recorder: { forMemberA: 'OK', forMemberC: 'OK', siblingBranch: 'NOT_FOUND' },
      member: { forMemberA: 'OK', forMemberC: 'OK', siblingBranch: 'NOT_FOUND' },
      otherMember: { forMemberA: 'OK', forMemberC: 'OK', siblingBranch: 'NOT_FOUND' },
      readKey: { forMemberA: 'FORBIDDEN', forMemberC: 'FORBIDDEN', siblingBranch: 'NOT_FOUND' },
    });
    const refused = await gql(
      caller.recorder,
      ledgerGraphql(`mutation AccessLedgerDeclareEntry3($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }`),
      {
        i: { memberId: member.y, item: 'leaderPraise', occurredOn: '2024-04-01' },
      },
    );
    const unknown = await gql(
      caller.recorder,
      ledgerGraphql(`mutation AccessLedgerDeclareEntry4($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }`),
      {
        i: { memberId: randomUUID(), item: 'leaderPraise', occurredOn: '2024-04-01' },
      },
    );
    expect(refused.errors?.[0].extensions?.code).toBe(unknown.errors?.[0].extensions?.code);
    const forbidden = await gql(
      caller.township,
      ledgerGraphql(`mutation AccessLedgerDeclareEntry5($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }`),
      { i: { memberId: member.a, item: 'leaderPraise', occurredOn: '2024-04-01' } },
    );
    expect(forbidden.errors?.[0].message).toMatch(/^您的账号无权申报积分/);
  });

  it('keeps the register (attendance, imports, the roster) with KEEP_REGISTER; accepting at once is the committee’s review', async () => {
    const attendance = (key: string, accept: boolean) => async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`,
          ),
          {
            i: {
              organizationId: org[key].id,
              item: 'leaderPraise',
              occurredOn: '2024-04-01',
              memberIds: key === 'branch' ? [member.a] : [member.y],
              accept,
            },
          },
        ),
      );
    const csv = '党员编号,姓名,项目,日期,分值\nQ001,张明,leaderPraise,2024-04-01,\n';
    // Uploading the file is record keeping already; the import then takes the upload.
    const importRows = async (who: Caller) => {
      const uploaded = await uploadAs(
        who,
        'import',
        csv,
        { organizationId: org.branch.id, fileName: '出席.csv' },
        'text/csv',
      );
      if (uploaded.outcome !== 'OK') return uploaded.outcome;
      return outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }`,
          ),
          {
            i: { organizationId: org.branch.id, uploadId: uploaded.json.id },
          },
        ),
      );
    };
    let n = 0;
    const addMember = (key: string) => async (who: Caller) => {
      n += 1;
      const input: AddMemberInput = {
        organizationId: org[key].id,
        memberNo: `N${n}`,
        name: `新党员${n}`,
        gender: 'FEMALE',
        kind: 'FULL',
        joinDate: '2015-07-01',
        birthDate: '1990-01-01',
      };
      return outcomeOf(
        await gql(
          who,
          ledgerGraphql(`mutation AccessLedgerAddMember2($i: AddMemberInput!) { addMember(input: $i) { id } }`),
          { i: input },
        ),
      );
    };
    const actual = await table({
      attendance: attendance('branch', false),
      accepted: attendance('branch', true),
      siblingBranch: attendance('siblingBranch', false),
      importFile: importRows,
      addToChildGroup: addMember('group'),
    });
    const refused = {
      attendance: 'FORBIDDEN',
      accepted: 'FORBIDDEN',
      siblingBranch: 'FORBIDDEN',
      importFile: 'FORBIDDEN',
      addToChildGroup: 'FORBIDDEN',
    };
    const inBranch = { ...refused, siblingBranch: 'NOT_FOUND' };
    expect(actual).toEqual({
      district: refused,
      township: refused,
      siblingTownship: {
        attendance: 'NOT_FOUND',
        accepted: 'NOT_FOUND',
        siblingBranch: 'NOT_FOUND',
        importFile: 'NOT_FOUND',
        addToChildGroup: 'NOT_FOUND',
      },
      secretary: {
        attendance: 'OK',
        accepted: 'OK',
        siblingBranch: 'NOT_FOUND',
        importFile: 'OK',
        addToChildGroup: 'OK',
      },
      recorder: {
        attendance: 'OK',
        accepted: 'FORBIDDEN',
        siblingBranch: 'NOT_FOUND',
        importFile: 'OK',
        addToChildGroup: 'OK',
      },
      member: inBranch,
      otherMember: inBranch,
      readKey: inBranch,
    });
  });

  it('reviews entries only as the branch committee: not the recorder, not an upper level', async () => {
    const review = (key: 'a' | 'y') => async (who: Caller) => {
      const id = await declareAsSystem(member[key], '2024-04-01');
      return outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id state } }`,
          ),
          { ids: [id] },
        ),
      );
    };
    const reverse = async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: "重复登记") { id } }`,
          ),
          {
            id: randomUUID(),
          },
        ),
      );
    const actual = await table({ entryOfMemberA: review('a'), siblingBranch: review('y') });
    expect(actual).toEqual({
      district: { entryOfMemberA: 'FORBIDDEN', siblingBranch: 'FORBIDDEN' },
      township: { entryOfMemberA: 'FORBIDDEN', siblingBranch: 'FORBIDDEN' },
      siblingTownship: { entryOfMemberA: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      secretary: { entryOfMemberA: 'OK', siblingBranch: 'NOT_FOUND' },
      recorder: { entryOfMemberA: 'FORBIDDEN', siblingBranch: 'NOT_FOUND' },
      // Member A's own entry is theirs to see, not to review; member C does not see it at all.
      member: { entryOfMemberA: 'FORBIDDEN', siblingBranch: 'NOT_FOUND' },
      otherMember: { entryOfMemberA: 'NOT_FOUND', siblingBranch: 'NOT_FOUND' },
      readKey: { entryOfMemberA: 'FORBIDDEN', siblingBranch: 'NOT_FOUND' },
    });
    expect(await reverse(caller.secretary)).toBe('NOT_FOUND');
    const recorder = await gql(
      caller.recorder,
      ledgerGraphql(
        `mutation AccessLedgerReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: "重复登记") { id } }`,
      ),
      { id: entry.a },
    );
    expect(recorder.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^您的账号无权作出支委会决定/),
    });
  });

  it('publishes only as the branch committee', async () => {
    const publish = async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2024-04-03", endsOn: "2024-04-09" }) { id } }`,
          ),
          { a: assemblyId },
        ),
      );
    // The secretary last: the assembly is published once.
    const order: CallerName[] = [
      'district',
      'township',
      'siblingTownship',
      'recorder',
      'member',
      'otherMember',
      'readKey',
      'secretary',
    ];
    const actual = await table({ q1: publish }, order);
    expect(actual).toEqual({
      district: { q1: 'FORBIDDEN' },
      township: { q1: 'FORBIDDEN' },
      siblingTownship: { q1: 'NOT_FOUND' },
      recorder: { q1: 'FORBIDDEN' },
      member: { q1: 'FORBIDDEN' },
      otherMember: { q1: 'FORBIDDEN' },
      readKey: { q1: 'FORBIDDEN' },
      secretary: { q1: 'OK' },
    });
    windowId = dataOf(
      await gql(
        caller.secretary,
        ledgerGraphql(`query AccessLedgerOrganization4($o: ID!) { organization(id: $o) { publicityWindows { id } } }`),
        {
          o: org.branch.id,
        },
      ),
    ).organization!.publicityWindows[0].id;
  });

  it("shows a member the branch's published scores as the publicity list does, and nothing else of others'", async () => {
    const score = ledgerGraphql(
      `query AccessLedgerEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on PeriodScore { memberId total state components { code } explanation { entryIds } veto { code } member { id } } } }`,
    );
    const ref = (key: string, period: string) => ({ __typename: 'PeriodScore', memberId: member[key], period });
    const refs = [ref('a', '2024-Q1'), ref('c', '2024-Q1'), ref('c', '2024'), ref('y', '2024-Q1')];
    const seen = dataOf(await gql(caller.member, score, { r: refs }))._entities as (ScoreEntity | null)[];
    const full = dataOf(await gql(caller.recorder, score, { r: refs }))._entities as (ScoreEntity | null)[];
    expect(seen[0]).toEqual(full[0]); // their own, in full
    expect(seen[0]).toMatchObject({ memberId: member.a, state: 'PUBLISHED', member: { id: member.a } });
    expect(seen[0]!.components.length).toBeGreaterThan(0);
    // Member C's published quarter as the publicity list shows it: the total, nothing that leads further.
    expect(full[1]!.components.length).toBeGreaterThan(0);
    expect(seen[1]).toEqual({
      memberId: member.c,
      total: full[1]!.total,
      state: 'PUBLISHED',
      components: [],
      explanation: [],
      veto: null,
      member: null,
    });
    expect(full[2]).not.toBeNull();
    expect(seen[2]).toBeNull(); // the year is not published
    expect(seen[3]).toBeNull(); // another branch

    // The whole branch's figures are not a member's: refused alike for the score page, its digest and the rollup.
    const wholeBranch: Document<unknown, { o: string }>[] = [
      ledgerGraphql(
        `query AccessLedgerPeriodScores($o: ID!) { organization(id: $o) { periodScores(period: "2024-Q1") { items { memberId } } } }`,
      ),
      ledgerGraphql(
        `query AccessLedgerPeriodScoreDigest($o: ID!) { organization(id: $o) { periodScoreDigest(period: "2024-Q1") } }`,
      ),
      ledgerGraphql(
        `query AccessLedgerScoreRollup($o: ID!) { organization(id: $o) { scoreRollup(period: "2024-Q1") { membersScored } } }`,
      ),
    ];
    for (const query of wholeBranch) {
      expect(outcomeOf(await gql(caller.member, query, { o: org.branch.id }))).toBe('FORBIDDEN');
      expect(outcomeOf(await gql(caller.readKey, query, { o: org.branch.id }))).toBe('OK');
    }
    const conditions = dataOf(
      await gql(
        caller.member,
        ledgerGraphql(
          `query AccessLedgerMember2($id: ID!) { member(id: $id) { conditions { id } reviewVotes { id } } }`,
        ),
        {
          id: member.a,
        },
      ),
    ).member;
    expect(conditions).toEqual({ conditions: [], reviewVotes: [] });
  });

  const objections: Record<string, string> = {};
  it('raises objections with OBJECT in scope (anyone who sees the publicity), not with a read-only key', async () => {
    now = new Date('2024-04-05T08:00:00Z');
    const raise = async (who: Caller, name: CallerName) => {
      const response = await gql(
        who,
        ledgerGraphql(
          `mutation AccessLedgerRaiseObjection($w: ID!, $m: ID!, $c: String!) { raiseObjection(input: { windowId: $w, memberId: $m, content: $c }) { id } }`,
        ),
        { w: windowId, m: member.c, c: `异议：${name}` },
      );
      if (response.data?.raiseObjection) objections[name] = response.data.raiseObjection.id;
      return outcomeOf(response);
    };
    const actual = await table({ aboutMemberC: raise });
    expect(actual).toEqual({
      district: { aboutMemberC: 'OK' },
      township: { aboutMemberC: 'OK' },
      siblingTownship: { aboutMemberC: 'NOT_FOUND' },
      secretary: { aboutMemberC: 'OK' },
      recorder: { aboutMemberC: 'OK' },
      member: { aboutMemberC: 'OK' },
      otherMember: { aboutMemberC: 'OK' },
      readKey: { aboutMemberC: 'FORBIDDEN' },
    });
    // A member sees the objections they raised or that are about them, nobody else's.
    const listed = async (who: Caller) =>
      dataOf(
        await gql(
          who,
          ledgerGraphql(
            `query AccessLedgerOrganization5($o: ID!, $w: ID!) { organization(id: $o) { objections { id } } publicityWindow(id: $w) { objections { id } } }`,
          ),
          { o: org.branch.id, w: windowId },
        ),
      );
    const byMemberA = await listed(caller.member);
    expect(byMemberA.organization!.objections).toEqual([{ id: objections.member }]);
    expect(byMemberA.publicityWindow!.objections).toEqual([{ id: objections.member }]);
    expect((await listed(caller.otherMember)).organization!.objections).toHaveLength(6); // all six are about member C
    const one = (who: Caller) =>
      gql(who, ledgerGraphql(`query AccessLedgerObjection($id: ID!) { objection(id: $id) { id } }`), {
        id: objections.recorder,
      });
    expect(outcomeOf(await one(caller.member), (d) => d.objection !== null)).toBe('NOT_FOUND');
    expect(outcomeOf(await one(caller.otherMember), (d) => d.objection !== null)).toBe('OK');
  });

  it('answers as the committee; appeals only by whoever raised the objection or the member it is about', async () => {
    const answer = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerAnswerObjection($id: ID!) { answerObjection(id: $id, answer: "经核实，计分无误", upheld: false) { id } }`,
          ),
          { id: objections[key] },
        ),
      );
    const answered = await table({ raisedByMemberA: answer('member') }, [
      'district',
      'township',
      'siblingTownship',
      'recorder',
      'member',
      'otherMember',
      'readKey',
      'secretary',
    ]);
    expect(answered).toEqual({
      district: { raisedByMemberA: 'FORBIDDEN' },
      township: { raisedByMemberA: 'FORBIDDEN' },
      siblingTownship: { raisedByMemberA: 'NOT_FOUND' },
      recorder: { raisedByMemberA: 'FORBIDDEN' },
      member: { raisedByMemberA: 'FORBIDDEN' },
      otherMember: { raisedByMemberA: 'FORBIDDEN' },
      readKey: { raisedByMemberA: 'FORBIDDEN' },
      secretary: { raisedByMemberA: 'OK' },
    });
    for (const key of ['recorder', 'township'])
      dataOf(
        await gql(
          caller.secretary,
          ledgerGraphql(
            `mutation AccessLedgerAnswerObjection2($id: ID!) { answerObjection(id: $id, answer: "已核实", upheld: false) { id } }`,
          ),
          { id: objections[key] },
        ),
      );

    const appeal = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerAppealObjection($id: ID!) { appealObjection(id: $id, content: "不服答复，申诉") { id } }`,
          ),
          {
            id: objections[key],
          },
        ),
      );
    // Raised by member A about member C: neither the recorder, the secretary, the township nor a key may appeal it.
    const notTheirs: CallerName[] = ['district', 'township', 'siblingTownship', 'secretary', 'recorder', 'readKey'];
    expect(await table({ raisedByMemberA: appeal('member') }, notTheirs)).toEqual({
      district: { raisedByMemberA: 'FORBIDDEN' },
      township: { raisedByMemberA: 'FORBIDDEN' },
      siblingTownship: { raisedByMemberA: 'NOT_FOUND' },
      secretary: { raisedByMemberA: 'FORBIDDEN' },
      recorder: { raisedByMemberA: 'FORBIDDEN' },
      readKey: { raisedByMemberA: 'FORBIDDEN' },
    });
    expect(await appeal('member')(caller.member)).toBe('OK'); // who raised it
    expect(await appeal('recorder')(caller.member)).toBe('NOT_FOUND'); // raised by the recorder about member C: not member A's to see
    expect(await appeal('recorder')(caller.otherMember)).toBe('OK'); // the member it is about
    expect(await appeal('township')(caller.township)).toBe('OK'); // the township raised this one itself
  });

  it('decides appeals only from above the branch, in scope', async () => {
    const decide = (key: string) => async (who: Caller) =>
      outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerDecideAppeal($id: ID!) { decideAppeal(id: $id, decision: "维持支部答复", upheld: false) { status } }`,
          ),
          { id: objections[key] },
        ),
      );
    const order: CallerName[] = [
      'siblingTownship',
      'secretary',
      'recorder',
      'member',
      'otherMember',
      'readKey',
      'township',
    ];
    expect(await table({ appealed: decide('member') }, order)).toEqual({
      siblingTownship: { appealed: 'NOT_FOUND' },
      secretary: { appealed: 'FORBIDDEN' },
      recorder: { appealed: 'FORBIDDEN' },
      member: { appealed: 'FORBIDDEN' },
      otherMember: { appealed: 'FORBIDDEN' },
      readKey: { appealed: 'FORBIDDEN' },
      township: { appealed: 'OK' },
    });
    expect(await decide('recorder')(caller.district)).toBe('OK');
  });

  it('creates and renames organisations with MANAGE_ORGS, only below the caller’s own node', async () => {
    let n = 0;
    const create = (level: OrgLevel, parent: string | null) => async (who: Caller) => {
      n += 1;
      const input = { level, name: `新组织${n}`, parentId: parent ? org[parent].id : null };
      return outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerCreateOrganization2($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
          ),
          { i: input },
        ),
      );
    };
    const rename = (key: string) => async (who: Caller) => {
      n += 1;
      return outcomeOf(
        await gql(
          who,
          ledgerGraphql(
            `mutation AccessLedgerRenameOrganization($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }`,
          ),
          {
            id: org[key].id,
            name: `${key}更名${n}`,
          },
        ),
      );
    };
    const actual = await table({
      groupUnderBranch: create('GROUP', 'branch'),
      branchUnderTownship: create('BRANCH', 'town'),
      branchUnderSiblingTownship: create('BRANCH', 'siblingTown'),
      district: create('DISTRICT', null),
      renameBranch: rename('branch'),
      renameTownship: rename('town'),
    });
    const branchLevel = {
      groupUnderBranch: 'FORBIDDEN',
      branchUnderTownship: 'NOT_FOUND',
      branchUnderSiblingTownship: 'NOT_FOUND',
      district: 'FORBIDDEN',
      renameBranch: 'FORBIDDEN',
      renameTownship: 'NOT_FOUND',
    };
    expect(actual).toEqual({
      district: {
        groupUnderBranch: 'OK',
        branchUnderTownship: 'OK',
        branchUnderSiblingTownship: 'OK',
        district: 'FORBIDDEN',
        renameBranch: 'OK',
        renameTownship: 'OK',
      },
      township: {
        groupUnderBranch: 'OK',
        branchUnderTownship: 'OK',
        branchUnderSiblingTownship: 'NOT_FOUND',
        district: 'FORBIDDEN',
        renameBranch: 'OK',
        renameTownship: 'FORBIDDEN',
      },
      siblingTownship: {
        groupUnderBranch: 'NOT_FOUND',
        branchUnderTownship: 'NOT_FOUND',
        branchUnderSiblingTownship: 'OK',
        district: 'FORBIDDEN',
        renameBranch: 'NOT_FOUND',
        renameTownship: 'NOT_FOUND',
      },
      secretary: branchLevel,
      recorder: branchLevel,
      member: branchLevel,
      otherMember: branchLevel,
      readKey: branchLevel,
    });
  });

  it('splits the rest of the register between record keeping (KEEP_REGISTER) and committee decisions (REVIEW)', async () => {
    const code = async <R, V>(who: Caller, query: Document<R, V>, variables: NoInfer<V>) =>
      outcomeOf(await gql(who, query, variables));
    const refresh = ledgerGraphql(
      `mutation AccessLedgerRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: "2024-Q2") }`,
    );
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('照片')]);
    const upload = async (who: Caller) =>
      (await uploadAs(who, 'evidence', png, { organizationId: org.branch.id, fileName: '照片.png' }, 'image/png'))
        .outcome;
    const transfer = ledgerGraphql(
      `mutation AccessLedgerTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: "2024-04-05", reason: "调整党小组") { id } }`,
    );
    const condition = ledgerGraphql(
      `mutation AccessLedgerRecordCondition($m: ID!) { recordCondition(input: { memberId: $m, code: "embezzlement", occurredOn: "2024-04-01", note: "经查属实", approvedBy: "东镇党委", approvedOn: "2024-04-02" }) { id } }`,
    );
    const exempt = ledgerGraphql(
      `mutation AccessLedgerExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: "2024-04-01", approvedBy: "东镇党委", approvedOn: "2024-04-02" }) { id } }`,
    );
    const request = ledgerGraphql(
      `mutation AccessLedgerRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: ILLNESS, fromOn: "2024-04-01" }) { id } }`,
    );
    const assembly = ledgerGraphql(
      `mutation AccessLedgerRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: "2024-04-05", agreed: true) { id } }`,
    );
    const decide = ledgerGraphql(
      `mutation AccessLedgerDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { status } }`,
    );

    expect(await code(caller.recorder, refresh, { o: org.branch.id })).toBe('OK');
    expect(await code(caller.member, refresh, { o: org.branch.id })).toBe('FORBIDDEN');
    expect(await upload(caller.member)).toBe('OK'); // for a declaration
    expect(await upload(caller.readKey)).toBe('FORBIDDEN');
    expect(await upload(caller.siblingTownship)).toBe('NOT_FOUND');
    expect(await code(caller.recorder, transfer, { id: member.g, to: org.branch.id })).toBe('OK');
    expect(await code(caller.member, transfer, { id: member.g, to: org.group.id })).toBe('FORBIDDEN');
    expect(await code(caller.secretary, transfer, { id: member.g, to: org.siblingBranch.id })).toBe('NOT_FOUND');
    // Between branches, or anywhere below it, a transfer is the township committee's decision.
    expect(await code(caller.township, transfer, { id: member.g, to: org.group.id })).toBe('OK');
    expect(await code(caller.recorder, condition, { m: member.g })).toBe('FORBIDDEN');
    expect(await code(caller.recorder, exempt, { id: member.g })).toBe('FORBIDDEN');
    expect(await code(caller.recorder, request, { m: member.g })).toBe('FORBIDDEN');
    const requested = dataOf(await gql(caller.secretary, request, { m: member.g })).requestExemption.id;
    expect(await code(caller.recorder, assembly, { id: requested })).toBe('FORBIDDEN');
    expect(await code(caller.secretary, assembly, { id: requested })).toBe('OK');
    expect(await code(caller.secretary, decide, { id: requested })).toBe('FORBIDDEN');
    expect(await code(caller.siblingTownship, decide, { id: requested })).toBe('NOT_FOUND');
    expect(await code(caller.township, decide, { id: requested })).toBe('OK');
  });

  it('exports the register with EXPORT in scope; evidence files as a read, a member only those of their own entries', async () => {
    const download = async (who: Caller, name: string, params: Record<string, string>): Promise<Outcome> => {
      const url = `${new URL(platform.urls.ledger).origin}/downloads/${name}?${new URLSearchParams(params)}`;
      const response = await fetch(url, {
        headers: { [INTERNAL_TOKEN_HEADER]: mintInternalToken(platform.tokenSecret, who, randomUUID(), Date.now()) },
      });
      if (response.status === 200) return 'OK';
      return outcomeOfCode(((await response.json()) as { error: { code: string } }).error.code);
    };
    const book = (key: string) => (who: Caller) =>
      download(who, 'ledger-book.xlsx', { organizationId: org[key].id, period: '2024-Q1' });
    const sheet = (key: string) => (who: Caller) =>
      download(who, 'register-sheet.xlsx', { memberId: member[key], period: '2024-Q1' });
    const board = (who: Caller) =>
      download(who, 'publicity-list.xlsx', { organizationId: org.branch.id, period: '2024-Q1' });
    const evidence = (who: Caller) => download(who, 'evidence', { id: evidenceId });
    const actual = await table({
      ledgerBook: book('branch'),
      siblingBranch: book('siblingBranch'),
      ownSheet: sheet('a'),
      publicityList: board,
      evidenceOfMemberA: evidence,
    });
    const exporting = {
      ledgerBook: 'OK',
      siblingBranch: 'NOT_FOUND',
      ownSheet: 'OK',
      publicityList: 'OK',
      evidenceOfMemberA: 'OK',
    };
    // In scope: the sibling branch's book too (its member, with nothing recorded, has the empty register's provisional score).
    const upper = { ...exporting, siblingBranch: 'OK' };
    expect(actual).toEqual({
      district: upper,
      township: upper,
      siblingTownship: {
        ledgerBook: 'NOT_FOUND',
        siblingBranch: 'NOT_FOUND',
        ownSheet: 'NOT_FOUND',
        publicityList: 'NOT_FOUND',
        evidenceOfMemberA: 'NOT_FOUND',
      },
      secretary: exporting,
      recorder: exporting,
      // A member downloads the branch's 公示名单 once the period is published (issue 22 item 8), no other register.
      member: {
        ledgerBook: 'FORBIDDEN',
        siblingBranch: 'NOT_FOUND',
        ownSheet: 'FORBIDDEN',
        publicityList: 'OK',
        evidenceOfMemberA: 'OK',
      },
      otherMember: {
        ledgerBook: 'FORBIDDEN',
        siblingBranch: 'NOT_FOUND',
        ownSheet: 'NOT_FOUND',
        publicityList: 'OK',
        evidenceOfMemberA: 'NOT_FOUND',
      },
      readKey: { ...exporting, ledgerBook: 'FORBIDDEN', ownSheet: 'FORBIDDEN', publicityList: 'FORBIDDEN' },
    });
  });
});
