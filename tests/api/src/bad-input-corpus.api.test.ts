import { startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { BadInputFixture, buildBadInputFixture, snapshotOf, TODAY } from './bad-input-fixture';

/**
 * Hostile and careless requests, each sent through the gateway in development and in production mode. Every row
 * states the HTTP status and the code it must get; every row is also checked for a Chinese message, the request
 * id, no internals (stack, SQL, paths, internal URLs) and nothing written (the tree, the rosters and the entries
 * read back unchanged). To add a case, add a row: `request` builds the body (and headers) from the fixture.
 */
interface Row {
  name: string;
  /** Who sends it: the platform itself (default), a member's or the township's login, the DECLARE-only key, or nobody. */
  as?: 'system' | 'memberA' | 'township' | 'declareOnlyKey' | 'anonymous';
  /** A GraphQL request (query and variables), or a raw HTTP body with its content type for requests that are not even JSON. */
  request: (
    f: BadInputFixture,
  ) => { query: string; variables?: Record<string, unknown> } | { raw: string; contentType?: string };
  status: number;
  code: string;
  /** Words the message must contain (besides a Chinese character). */
  says?: RegExp;
}

const rename = (id: string, name: string) => ({
  query: 'mutation($id: ID!, $n: String!) { renameOrganization(id: $id, name: $n) { id } }',
  variables: { id, n: name },
});
const addMember = (f: BadInputFixture, fields: Record<string, unknown>) => ({
  query: 'mutation($i: AddMemberInput!) { addMember(input: $i) { id } }',
  variables: {
    i: {
      organizationId: f.org.branch.id,
      memberNo: 'Y099',
      name: '赵新',
      gender: 'MALE',
      kind: 'FULL',
      joinDate: '2015-07-01',
      birthDate: '1990-01-01',
      ...fields,
    },
  },
});
const declare = (f: BadInputFixture, fields: Record<string, unknown>) => ({
  query:
    'mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id points evidence { fileName sha256 uploadedBy } } }',
  variables: { i: { memberId: f.member.a, item: 'assignedWork', occurredOn: '2026-04-01', points: 3, ...fields } },
});
const declareLiteral = (f: BadInputFixture, fields: string) => ({
  query: `mutation { declareEntry(input: { memberId: "${f.member.a}", item: "assignedWork", ${fields} }) { id } }`,
});
const read = (query: string, variables: Record<string, unknown>) => ({ query, variables });
const rows: Row[] = [
  // Control characters in every kind of text: names, notes, reasons, user names.
  {
    name: 'NUL in an organisation name',
    request: (f) => rename(f.org.branch.id, '语料\u0000村'),
    status: 400,
    code: 'INVALID_TEXT',
    says: /U\+0000/,
  },
  {
    name: 'NUL in a member name',
    request: (f) => addMember(f, { name: '赵\u0000新' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /input\.name/,
  },
  {
    name: 'NUL in a note',
    request: (f) => declare(f, { note: '完成\u0000任务' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /说明/,
  },
  {
    name: 'NUL in a reversal reason',
    request: (f) =>
      read('mutation($id: ID!) { reverseEntry(entryId: $id, reason: "录错\\u0000了") { id } }', { id: f.entryId }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /reason/,
  },
  {
    name: 'NUL in a login name',
    as: 'anonymous',
    request: () =>
      read('mutation($u: String!) { login(username: $u, password: "Corpus-pass-2026") { token } }', {
        u: 'corpus\u0000member-a',
      }),
    status: 400,
    code: 'INVALID_TEXT',
  },
  {
    name: 'escape character in a note',
    request: (f) => declare(f, { note: '\u001b[31m红字' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /U\+001B/,
  },
  {
    name: 'a line break in a name',
    request: (f) => addMember(f, { name: '赵\n新' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /只能写一行/,
  },
  {
    name: 'a tab in a member number',
    request: (f) => addMember(f, { memberNo: 'Y\t099' }),
    status: 400,
    code: 'INVALID_TEXT',
  },
  // Unicode tricks: direction overrides anywhere, invisible characters in names, broken UTF-16.
  {
    name: 'a right-to-left override in a member name',
    request: (f) => addMember(f, { name: '赵\u202e新' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /方向/,
  },
  {
    name: 'a right-to-left isolate in a note',
    request: (f) => declare(f, { note: '完成\u2067任务' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /方向/,
  },
  {
    name: 'a zero-width joiner in a name',
    request: (f) => rename(f.org.branch.id, '语料\u200d村党支部'),
    status: 400,
    code: 'INVALID_TEXT',
    says: /零宽/,
  },
  {
    name: 'a zero-width space in a member number',
    request: (f) => addMember(f, { memberNo: 'Y0\u200b99' }),
    status: 400,
    code: 'INVALID_TEXT',
  },
  {
    name: 'a lone surrogate in a note',
    request: (f) => declare(f, { note: '完成\ud800任务' }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /U\+D800/,
  },
  {
    name: 'U+FFFF in a name',
    request: (f) => rename(f.org.branch.id, '语料\uffff'),
    status: 400,
    code: 'INVALID_TEXT',
  },
  {
    name: 'control characters in a rule document',
    request: (f) =>
      read('mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }', {
        id: f.entryId,
        r: { name: '方案\u0000' },
      }),
    status: 400,
    code: 'INVALID_TEXT',
  },
  // Huge and deep input.
  {
    name: 'a 900 KB name',
    request: (f) => rename(f.org.branch.id, 'x'.repeat(900_000)),
    status: 400,
    code: 'INVALID_TEXT',
    says: /过长/,
  },
  {
    name: 'a 900 KB note',
    request: (f) => declare(f, { note: '注'.repeat(300_000) }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /过长/,
  },
  {
    name: 'a rule document nested 5,000 levels',
    request: (f) => ({
      raw: `{"query":"mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }","variables":{"id":"${f.entryId}","r":${'{"items":['.repeat(5000)}"项目"${']}'.repeat(5000)}}}`,
    }),
    status: 400,
    code: 'INVALID_TEXT',
    says: /嵌套/,
  },
  {
    name: 'a query nested past the depth limit',
    request: () => ({ query: `{ organizations { ${'children { '.repeat(14)}id${' }'.repeat(14)} } }` }),
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  // Wrong types.
  { name: 'a string for a number', request: (f) => declare(f, { points: '三' }), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'an object for a string',
    request: (f) => declare(f, { note: { text: '说明' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a string for a rule document',
    request: (f) =>
      read('mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }', {
        id: f.entryId,
        r: '{"name":"方案"}',
      }),
    status: 200,
    code: 'BAD_USER_INPUT',
    says: /^参数 \$r 有误：应为 JSON 对象/,
  },
  {
    name: 'an unknown enum value',
    request: (f) => addMember(f, { gender: 'OTHER' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    says: /“OTHER”不是 Gender 的可选值/,
  },
  {
    name: 'a number past 32 bits for an Int, written as a literal',
    request: (f) =>
      read('query($id: ID!) { organization(id: $id) { members(first: 1, offset: 4294967296) { total } } }', {
        id: f.org.branch.id,
      }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a number past 32 bits for an Int, in a variable',
    request: (f) =>
      read('query($id: ID!, $o: Int!) { organization(id: $id) { members(first: 1, offset: $o) { total } } }', {
        id: f.org.branch.id,
        o: 4294967296,
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a missing required field',
    request: (f) => ({
      query: 'mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }',
      variables: { i: { memberId: f.member.a, item: 'assignedWork' } },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  // Ids that are not ids, and ids of other scopes (answer as unknown).
  {
    name: 'a malformed organisation id',
    request: () => rename('not-a-uuid', '新名称'),
    status: 400,
    code: 'INVALID_ID',
    says: /UUID/,
  },
  {
    name: 'SQL in an id',
    request: () => read('query($id: ID!) { member(id: $id) { name } }', { id: "1' OR '1'='1" }),
    status: 400,
    code: 'INVALID_ID',
  },
  {
    name: 'a malformed id in a list',
    request: (f) =>
      read('mutation($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }', {
        ids: [f.entryId, 'abc'],
      }),
    status: 400,
    code: 'INVALID_ID',
    says: /entryIds\[1\]/,
  },
  {
    name: "another district's branch, renamed by a township",
    as: 'township',
    request: (f) => rename(f.org.otherBranch.id, '改名'),
    status: 200,
    code: 'ORGANIZATION_NOT_FOUND',
  },
  {
    name: "another district's member, declared for by a township",
    as: 'township',
    request: (f) => ({
      ...declare(f, {}),
      variables: { i: { memberId: f.member.other, item: 'leaderPraise', occurredOn: '2026-04-01' } },
    }),
    status: 200,
    code: 'MEMBER_NOT_FOUND',
  },
  {
    name: "another district's member, declared for by a member",
    as: 'memberA',
    request: (f) => ({
      ...declare(f, {}),
      variables: { i: { memberId: f.member.other, item: 'leaderPraise', occurredOn: '2026-04-01' } },
    }),
    status: 200,
    code: 'MEMBER_NOT_FOUND',
  },
  {
    name: "another member's evidence attached to one's own declaration",
    as: 'memberA',
    request: (f) => declare(f, { item: 'leaderPraise', points: null, evidenceIds: [f.evidenceOfB] }),
    status: 200,
    code: 'EVIDENCE_NOT_FOUND',
  },
  // Numbers: negative, zero, below the stored precision, huge, not finite.
  { name: 'negative points', request: (f) => declare(f, { points: -3 }), status: 200, code: 'INVALID_ENTRY' },
  { name: 'zero points', request: (f) => declare(f, { points: 0 }), status: 200, code: 'INVALID_ENTRY' },
  {
    name: 'points of 1e-9 (0.0 once stored)',
    request: (f) => declare(f, { points: 1e-9 }),
    status: 200,
    code: 'INVALID_ENTRY',
    says: /大于 0/,
  },
  { name: 'points of 1e308', request: (f) => declare(f, { points: 1e308 }), status: 200, code: 'INVALID_ENTRY' },
  {
    name: 'points of 1e400 in a variable (Infinity once parsed)',
    request: (f) => ({
      raw: `{"query":"mutation($p: Float) { declareEntry(input: { memberId: \\"${f.member.a}\\", item: \\"assignedWork\\", occurredOn: \\"2026-04-01\\", points: $p }) { id } }","variables":{"p":1e400}}`,
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'points of 1e400 written as a literal',
    request: (f) => declareLiteral(f, 'occurredOn: "2026-04-01", points: 1e400'),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'NaN written as a literal',
    request: (f) => declareLiteral(f, 'occurredOn: "2026-04-01", points: NaN'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a negative page size',
    request: (f) =>
      read('query($id: ID!) { organization(id: $id) { members(first: -1) { total } } }', { id: f.org.branch.id }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  // Impossible dates.
  {
    name: '30 February in a variable',
    request: (f) => declare(f, { occurredOn: '2026-02-30' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    says: /2 月只有 28 天/,
  },
  {
    name: '30 February written as a literal',
    request: (f) => declareLiteral(f, 'occurredOn: "2026-02-30", points: 3'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /2 月只有 28 天/,
  },
  {
    name: 'month 13',
    request: (f) => declare(f, { occurredOn: '2026-13-01' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    says: /月份/,
  },
  {
    name: 'a date with slashes',
    request: (f) => declare(f, { occurredOn: '2026/04/01' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    says: /YYYY-MM-DD/,
  },
  {
    name: 'a day after today',
    request: (f) => declare(f, { occurredOn: '2026-12-31' }),
    status: 200,
    code: 'INVALID_ENTRY',
    says: /晚于今天/,
  },
  // Invalid periods on every read that takes one, and on writes.
  {
    name: 'a member score for 2026-H3',
    request: (f) =>
      read('query($id: ID!) { member(id: $id) { score(period: "2026-H3") { total } } }', { id: f.member.a }),
    status: 400,
    code: 'INVALID_PERIOD',
    says: /2026-H1/,
  },
  {
    name: 'a score rollup for 99999',
    request: (f) =>
      read('query($id: ID!) { organization(id: $id) { scoreRollup(period: "99999") { mean } } }', {
        id: f.org.branch.id,
      }),
    status: 400,
    code: 'INVALID_PERIOD',
  },
  {
    name: 'a rating rollup for 2026-05',
    request: (f) =>
      read('query($id: ID!) { organization(id: $id) { ratingRollup(period: "2026-05") { warnings { open } } } }', {
        id: f.org.town.id,
      }),
    status: 400,
    code: 'INVALID_PERIOD',
  },
  {
    name: 'rating runs for "last year"',
    request: (f) =>
      read('query($id: ID!) { organization(id: $id) { ratingRuns(period: "last year") { id } } }', {
        id: f.org.town.id,
      }),
    status: 400,
    code: 'INVALID_PERIOD',
  },
  {
    name: 'a member rating for 2026-Q5',
    request: (f) =>
      read('query($id: ID!) { member(id: $id) { rating(period: "2026-Q5") { stars } } }', { id: f.member.a }),
    status: 400,
    code: 'INVALID_PERIOD',
  },
  {
    name: 'refreshing scores for 2026-M13',
    request: (f) =>
      read('mutation($id: ID!) { refreshScores(organizationId: $id, period: "2026-M13") }', { id: f.org.branch.id }),
    status: 400,
    code: 'INVALID_PERIOD',
  },
  // Empty and duplicated lists.
  {
    name: 'attendance with no one',
    request: (f) =>
      read('mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', {
        i: { organizationId: f.org.branch.id, item: 'leaderPraise', occurredOn: '2026-04-01', memberIds: [] },
      }),
    status: 200,
    code: 'INVALID_ENTRY',
  },
  {
    name: 'a review of no entries',
    request: () => read('mutation { reviewEntries(input: { entryIds: [], accept: true }) { id } }', {}),
    status: 200,
    code: 'INVALID_ENTRY',
  },
  {
    name: 'attendance naming one member twice',
    request: (f) =>
      read('mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', {
        i: {
          organizationId: f.org.branch.id,
          item: 'leaderPraise',
          occurredOn: '2026-04-01',
          memberIds: [f.member.a, f.member.a],
        },
      }),
    status: 200,
    code: 'INVALID_ENTRY',
  },
  // Rights and whole-branch figures.
  {
    name: "a member verifying the whole branch's ledger",
    as: 'memberA',
    request: (f) => read('query($id: ID!) { verifyLedger(organizationId: $id) { checked } }', { id: f.org.branch.id }),
    status: 200,
    code: 'FORBIDDEN',
  },
  {
    name: "a member counting the branch's members",
    as: 'memberA',
    request: (f) => read('query($id: ID!) { organization(id: $id) { memberCount } }', { id: f.org.branch.id }),
    status: 200,
    code: 'FORBIDDEN',
  },
  {
    name: 'a DECLARE-only key reading the member its entry points to',
    as: 'declareOnlyKey',
    request: (f) => ({
      query: 'mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id member { name } } }',
      variables: { i: { memberId: f.member.a, item: 'leaderPraise', occurredOn: '2026-04-02' } },
    }),
    status: 403,
    code: 'FORBIDDEN',
    says: /member/,
  },
  {
    name: 'a DECLARE-only key querying',
    as: 'declareOnlyKey',
    request: (f) => read('query($id: ID!) { organization(id: $id) { name } }', { id: f.org.branch.id }),
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'a district under a branch',
    request: (f) =>
      read(
        'mutation($p: ID!) { createOrganization(input: { level: DISTRICT, name: "错层区", parentId: $p }) { id } }',
        { p: f.org.branch.id },
      ),
    status: 200,
    code: 'INVALID_PARENT_LEVEL',
    says: /区\(县\)是最上级组织，不能设在党支部“语料村党支部”之下/,
  },
];

/** What no answer may carry: a stack, SQL, a file path, an internal address. */
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\/root\/|127\.0\.0\.1:|localhost:|\bSELECT\b|\bINSERT\b|violates|syntax error at|invalid input syntax|stacktrace/i;

describe.each([
  ['development', false],
  ['production', true],
])('the bad-input corpus through the gateway (%s mode)', (_mode, production) => {
  let platform: TestPlatform;
  let fixture: BadInputFixture;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date(`${TODAY}T08:00:00Z`), production });
    fixture = await buildBadInputFixture(platform);
  });
  afterAll(() => platform.stop());

  const send = async (row: Row) => {
    const built = row.request(fixture);
    const who = row.as ?? 'system';
    const authorization: Record<string, string> =
      who === 'anonymous'
        ? {}
        : {
            authorization: `Bearer ${who === 'system' ? platform.sessionFor({ role: 'SYSTEM', scopePath: null, subject: 'system' } as never) : fixture.bearer[who].bearer}`,
          };
    const body = 'raw' in built ? built.raw : JSON.stringify(built);
    const contentType = 'raw' in built ? (built.contentType ?? 'application/json') : 'application/json';
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': contentType, ...authorization },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const before = await snapshotOf(platform, fixture);
    const { status, text } = await send(row);
    const answer = JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    expect({ status, code: answer.errors?.[0]?.extensions?.code }).toEqual({ status: row.status, code: row.code });
    for (const error of answer.errors!) {
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.extensions?.requestId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    }
    if (row.says) expect(answer.errors![0].message).toMatch(row.says);
    expect(text).not.toMatch(INTERNALS);
    expect(await snapshotOf(platform, fixture)).toEqual(before);
  });

  it('lists the values of an enum it refuses with what each means, outside production only (as it suggests names)', async () => {
    const { text } = await send(rows.find((row) => row.name === 'an unknown enum value')!);
    const [error] = (JSON.parse(text) as { errors: { message: string }[] }).errors;
    expect(error.message.endsWith('“OTHER”不是 Gender 的可选值；可选值：MALE（男）、FEMALE（女）')).toBe(!production);
  });

  it('keeps what a Chinese register needs: line breaks and emoji in notes, the middle dot of a minority name', async () => {
    const note = '第一行\n第二行\t附：👨‍👩‍👧 全家参加志愿服务';
    const declared = await platform.query('mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { note } }', {
      i: { memberId: fixture.member.b, item: 'assignedWork', occurredOn: '2026-04-01', points: 0.5, note },
    });
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareEntry.note).toBe(note);
    const added = await platform.query('mutation($i: AddMemberInput!) { addMember(input: $i) { name } }', {
      i: {
        organizationId: fixture.org.branch.id,
        memberNo: production ? 'P100' : 'D100',
        name: '阿依古丽·买买提',
        gender: 'FEMALE',
        kind: 'FULL',
        joinDate: '2012-07-01',
        birthDate: '1988-03-08',
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data.addMember.name).toBe('阿依古丽·买买提');
  });

  it('lets a member attach evidence they uploaded and see it; it stays unseen by the other member', async () => {
    const input = {
      memberId: fixture.member.b,
      item: 'leaderPraise',
      occurredOn: '2026-04-04',
      evidenceIds: [fixture.evidenceOfB],
    };
    const declared = await platform.query(
      'mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id evidence { fileName uploadedBy } } }',
      { i: input },
      fixture.bearer.memberB,
    );
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareEntry.evidence).toEqual([
      { fileName: '李华的证明.png', uploadedBy: expect.stringMatching(/^account:/) },
    ]);
    const other = await platform.query(
      'query($id: ID!) { entry(id: $id) { id evidence { fileName } } }',
      { id: declared.data.declareEntry.id },
      fixture.bearer.memberA,
    );
    expect(other.data).toEqual({ entry: null });
  });

  it('lets a DECLARE-only key declare, answering what it wrote', async () => {
    const declared = await platform.query(
      'mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id state memberId itemCode review { decision } evidence { fileName } } }',
      { i: { memberId: fixture.member.a, item: 'leaderPraise', occurredOn: '2026-04-03' } },
      fixture.bearer.declareOnlyKey,
    );
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareEntry).toMatchObject({
      state: 'DECLARED',
      memberId: fixture.member.a,
      itemCode: 'leaderPraise',
      review: null,
      evidence: [],
    });
  });
});
