import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { dataOf, Document, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, DeclareEntryInput, OrgLevel } from './generated/api/graphql';

/**
 * A quarter of a finance-bureau branch (T6, scored per quarter, 7 days' publicity) through the gateway:
 * declared, reviewed, confirmed at the assembly, published, objected to, answered and final.
 */
describe('the register through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2024-04-02T08:00:00Z');
  const org: Record<string, { id: string; path: string }> = {};
  const member: Record<string, string> = {};
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (key: string, level: OrgLevel, name: string, parent?: string) => {
      org[key] = (
        await q(
          apiGraphql(
            `mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          {
            input: { level, name, parentId: parent ? org[parent].id : null },
          },
        )
      ).createOrganization;
    };
    await create('district', 'DISTRICT', '台账区');
    await create('town', 'TOWNSHIP', '财政镇党委', 'district');
    await create('branch', 'BRANCH', '财政局机关党支部', 'town');
    const filing = (
      await q(
        apiGraphql(
          `mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }`,
        ),
        {
          o: org.branch.id,
        },
      )
    ).adoptTemplate;
    await q(apiGraphql(`mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`), {
      id: filing.id,
    });
    await q(
      apiGraphql(
        `mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }`,
      ),
      { id: filing.id },
    );
    for (const [key, name, no] of [
      ['a', '张明', 'C001'],
      ['b', '李华', 'C002'],
      ['c', '王芳', 'C003'],
    ]) {
      const input: AddMemberInput = {
        organizationId: org.branch.id,
        memberNo: no,
        name,
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2010-07-01',
        birthDate: '1980-01-01',
      };
      member[key] = (
        await q(
          apiGraphql(`mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
          { input },
        )
      ).addMember.id;
    }
  });
  afterAll(() => platform.stop());

  const declare = async (input: DeclareEntryInput, clientKey?: string) =>
    platform.query(
      apiGraphql(
        `mutation LedgerRegisterDeclareEntry($input: DeclareEntryInput!, $key: String) { declareEntry(input: $input, clientKey: $key) { id seq state itemCode points review { decision points } memberId } }`,
      ),
      { input, key: clientKey ?? null },
    );
  const score = async (key: string, period: string) =>
    (
      await q(
        apiGraphql(
          `query LedgerRegisterScore($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total state grade { code } components { code score } } } }`,
        ),
        {
          id: member[key],
          p: period,
        },
      )
    ).member!.score;
  const entryIds: string[] = [];

  it('records declarations once per client key, and refuses a reused key with another body', async () => {
    const first = dataOf(
      await declare(
        { memberId: member.a, item: 'assignedWork', occurredOn: '2024-02-10', points: 12, note: '完成预算编制' },
        'tool-1',
      ),
    ).declareEntry;
    const retry = dataOf(
      await declare(
        { memberId: member.a, item: 'assignedWork', occurredOn: '2024-02-10', points: 12, note: '完成预算编制' },
        'tool-1',
      ),
    ).declareEntry;
    expect(retry).toEqual(first);
    expect(first).toMatchObject({ seq: 1, state: 'DECLARED', review: null });
    const reused = await declare(
      { memberId: member.a, item: 'assignedWork', occurredOn: '2024-02-11', points: 12 },
      'tool-1',
    );
    expect(errorCodeOf(reused)).toBe('CLIENT_KEY_REUSED');
    entryIds.push(first.id);
    const more: DeclareEntryInput[] = [
      { memberId: member.a, item: 'pledgedMatters', occurredOn: '2024-03-01', points: 3 },
      { memberId: member.a, item: 'leaderPraise', occurredOn: '2024-03-05' },
      { memberId: member.a, item: 'leaderPraise', occurredOn: '2024-03-06' },
      { memberId: member.a, item: 'honour', occurredOn: '2024-03-10', level: 'CITY', note: '市级先进工作者' },
      { memberId: member.b, item: 'assignedWork', occurredOn: '2024-02-15', points: 10 },
    ];
    for (const input of more) entryIds.push(dataOf(await declare(input)).declareEntry.id);
    const page = (
      await q('query($id: ID!) { organization(id: $id) { entries(states: [DECLARED]) { total } } }', {
        id: org.branch.id,
      })
    ).organization.entries;
    expect(page.total).toBe(6);
    // Declarations count once accepted: until then the member has what the scheme gives an empty register (财政局: the quarter's base 7.5).
    expect(await score('a', '2024-Q1')).toMatchObject({ state: 'PROVISIONAL', total: 7.5 });
  });

  it('refuses bad input with a code and a Chinese message, writing nothing', async () => {
    const future = await declare({ memberId: member.a, item: 'leaderPraise', occurredOn: '2024-05-01' });
    expect(errorCodeOf(future)).toBe('INVALID_ENTRY');
    const unknown = await declare({ memberId: member.a, item: 'noSuchItem', occurredOn: '2024-03-01' });
    expect(errorCodeOf(unknown)).toBe('INVALID_ENTRY');
    expect(unknown.errors?.[0].message).toContain('noSuchItem');
    const early = await platform.query('mutation($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }', {
      i: {
        organizationId: org.branch.id,
        period: '2024-Q1',
        meetingOn: '2024-04-02',
        attendeeIds: Object.values(member),
      },
    });
    expect(errorCodeOf(early)).toBe('ENTRIES_AWAIT_REVIEW');
    const verify = (
      await q('query($id: ID!) { verifyLedger(organizationId: $id) { ok checked } }', { id: org.branch.id })
    ).verifyLedger;
    expect(verify).toEqual({ ok: true, checked: 6 });
  });

  it('reviews the quarter in one batch; the scores are current when the call returns', async () => {
    const reviewed = (
      await q(
        apiGraphql(
          `mutation LedgerRegisterReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id seq state itemCode points review { decision points } memberId } }`,
        ),
        {
          ids: entryIds,
        },
      )
    ).reviewEntries;
    expect(reviewed.map((e: { state: string }) => e.state)).toEqual(Array(6).fill('ACCEPTED'));
    expect(reviewed.map((e) => e.review!.points)).toEqual([12, 3, 0.5, 0.5, 4, 10]);
    // A: base 7.5 (no deductions) + task 12 + 3 = 15 (its cap) + reward 0.5 + 0.5 + 4 = 5 → 27.5. B: 7.5 + 10 = 17.5. C: base only, 7.5.
    expect(await score('a', '2024-Q1')).toMatchObject({
      total: 27.5,
      state: 'PROVISIONAL',
      components: [
        { code: 'base', score: 7.5 },
        { code: 'task', score: 15 },
        { code: 'reward', score: 5 },
      ],
    });
    expect((await score('b', '2024-Q1'))!.total).toBe(17.5);
    // The year so far sums the quarters begun: Q1 27.5 + Q2's base 7.5 (Q2 began on 1 April).
    expect((await score('a', '2024'))!.total).toBe(35);
    const again = await platform.query(
      'mutation($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: false, reason: "重复" }) { id } }',
      { ids: [entryIds[0]] },
    );
    expect(errorCodeOf(again)).toBe('INVALID_TRANSITION');
  });

  let windowId = '';
  it('confirms the quarter at the assembly (quorum checked) and publishes it for at least the scheme’s days', async () => {
    const noQuorum = await platform.query('mutation($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }', {
      i: { organizationId: org.branch.id, period: '2024-Q1', meetingOn: '2024-04-02', attendeeIds: [member.a] },
    });
    expect(errorCodeOf(noQuorum)).toBe('NO_QUORUM');
    const assembly = (
      await q(
        'mutation($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i, clientKey: "assembly-q1") { id entryCount periodKey } }',
        {
          i: {
            organizationId: org.branch.id,
            period: '2024-Q1',
            meetingOn: '2024-04-02',
            attendeeIds: Object.values(member),
          },
        },
      )
    ).confirmAssembly;
    expect(assembly).toMatchObject({ entryCount: 6, periodKey: '2024-Q1' });
    expect(await score('c', '2024-Q1')).toMatchObject({ total: 7.5, state: 'PROVISIONAL' });
    const short = await platform.query(
      'mutation($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2024-04-03", endsOn: "2024-04-05" }) { id } }',
      { a: assembly.id },
    );
    expect(errorCodeOf(short)).toBe('PUBLICITY_TOO_SHORT');
    expect(short.errors?.[0].message).toContain('至少 7 天');
    const window = (
      await q(
        'mutation($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2024-04-03", endsOn: "2024-04-09" }) { id status } }',
        { a: assembly.id },
      )
    ).publishScores;
    windowId = window.id;
    expect(window.status).toBe('OPEN');
    expect((await score('a', '2024-Q1'))!.state).toBe('PUBLISHED');
    expect((await score('a', '2024'))!.state).toBe('PROVISIONAL');
  });

  let objectionId = '';
  it('holds the score of a member objected to; the branch answers; the window closes only after its last day', async () => {
    now = new Date('2024-04-05T08:00:00Z');
    const objection = (
      await q(
        'mutation($w: ID!, $m: ID!) { raiseObjection(input: { windowId: $w, memberId: $m, content: "三月份承诺事项未计分" }) { id status } }',
        { w: windowId, m: member.b },
      )
    ).raiseObjection;
    objectionId = objection.id;
    expect(objection.status).toBe('OPEN');
    expect((await score('b', '2024-Q1'))!.state).toBe('HELD');
    const early = await platform.query('mutation($w: ID!) { closePublicity(windowId: $w) { id } }', { w: windowId });
    expect(errorCodeOf(early)).toBe('WINDOW_STILL_RUNNING');

    now = new Date('2024-04-10T08:00:00Z');
    const late = await platform.query(
      'mutation($w: ID!, $m: ID!) { raiseObjection(input: { windowId: $w, memberId: $m, content: "迟到的异议" }) { id } }',
      { w: windowId, m: member.a },
    );
    expect(errorCodeOf(late)).toBe('OUTSIDE_PUBLICITY');
    expect(
      (await q('mutation($w: ID!) { closePublicity(windowId: $w) { status } }', { w: windowId })).closePublicity.status,
    ).toBe('CLOSED');
    expect(await score('a', '2024-Q1')).toMatchObject({ total: 27.5, state: 'FINAL' });
    expect((await score('c', '2024-Q1'))!.state).toBe('FINAL');
    expect((await score('b', '2024-Q1'))!.state).toBe('HELD');

    const answered = (
      await q(
        'mutation($id: ID!) { answerObjection(id: $id, answer: "经核实，承诺事项已在任务分中计分", upheld: false) { status upheld } }',
        { id: objectionId },
      )
    ).answerObjection;
    expect(answered).toEqual({ status: 'ANSWERED', upheld: false });
    expect(await score('b', '2024-Q1')).toMatchObject({ total: 17.5, state: 'FINAL' });
    const again = await platform.query(
      'mutation($id: ID!) { answerObjection(id: $id, answer: "再答一次", upheld: true) { id } }',
      { id: objectionId },
    );
    expect(errorCodeOf(again)).toBe('INVALID_TRANSITION');
  });

  it('lists the branch by total and rolls the quarter up for the branch and the township without a query per branch', async () => {
    const page = (
      await q(
        'query($id: ID!) { organization(id: $id) { members(period: "2024-Q1", orderBy: TOTAL_DESC) { total items { name score(period: "2024-Q1") { total } } } } }',
        { id: org.branch.id },
      )
    ).organization.members;
    expect(page.items.map((m: { name: string; score: { total: number } }) => [m.name, m.score.total])).toEqual([
      ['张明', 27.5],
      ['李华', 17.5],
      ['王芳', 7.5],
    ]);
    const rollup = (
      await q(
        'query($id: ID!) { organization(id: $id) { scoreRollup(period: "2024-Q1") { membersScored membersExempt mean median finalScores pendingReviews openObjections runningWindows distribution { label count } children { organizationId membersScored mean } } } }',
        { id: org.town.id },
      )
    ).organization.scoreRollup;
    expect(rollup).toMatchObject({
      membersScored: 3,
      membersExempt: 0,
      mean: 17.5,
      median: 17.5,
      finalScores: 3,
      pendingReviews: 0,
      openObjections: 0,
      runningWindows: 0,
    });
    expect(rollup.distribution.find((d: { label: string }) => d.label === '50 分以下').count).toBe(3);
    expect(rollup.children).toEqual([{ organizationId: org.branch.id, membersScored: 3, mean: 17.5 }]);
  });

  it('exports the three registers as xlsx downloads with the right figures', async () => {
    const read = async (name: string, params: Record<string, string>) => {
      const file = await platform.download('ledger', name, params);
      expect(file.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as unknown as Parameters<typeof book.xlsx.load>[0]);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const ledger = await read('ledger-book.xlsx', { organizationId: org.branch.id, period: '2024-Q1' });
    expect(ledger.find((row) => row.includes('张明'))).toEqual([
      1,
      'C001',
      '张明',
      '正式党员',
      7.5,
      15,
      5,
      27.5,
      undefined,
      '已确认',
    ]); // a quarter is not graded: no 等次
    const sheet = await read('register-sheet.xlsx', { memberId: member.a, period: '2024-Q1' });
    expect(sheet.filter((row) => typeof row[0] === 'number' && row.length >= 6).map((row) => row[5])).toEqual([
      12, 3, 0.5, 0.5, 4,
    ]);
    const board = await read('publicity-list.xlsx', { organizationId: org.branch.id, period: '2024-Q1' });
    expect(board.filter((row) => typeof row[0] === 'number').map((row) => row.slice(1, 3))).toEqual([
      ['张明', 27.5],
      ['李华', 17.5],
      ['王芳', 7.5],
    ]);
    const missing = await platform.download('ledger', 'ledger-book.xlsx', {
      organizationId: org.branch.id,
      period: '2023-Q1',
    });
    expect(missing.status).toBe(400);
  });

  it('corrects by a reversing entry: the original stays, the score drops in the same call', async () => {
    const reversal = (
      await q(
        'mutation($id: ID!) { reverseEntry(entryId: $id, reason: "表彰级别登记错误", clientKey: "fix-1") { kind state reversesEntryId seq } }',
        { id: entryIds[4] },
      )
    ).reverseEntry;
    expect(reversal).toMatchObject({ kind: 'REVERSAL', state: 'ACCEPTED', reversesEntryId: entryIds[4], seq: 7 });
    expect((await q('query($id: ID!) { entry(id: $id) { state reversedBy } }', { id: entryIds[4] })).entry.state).toBe(
      'REVERSED',
    );
    expect(await score('a', '2024-Q1')).toMatchObject({ total: 23.5, state: 'PROVISIONAL' });
    const twice = await platform.query('mutation($id: ID!) { reverseEntry(entryId: $id, reason: "再冲一次") { id } }', {
      id: entryIds[4],
    });
    expect(errorCodeOf(twice)).toBe('INVALID_TRANSITION');
  });

  it('imports an uploaded file all-or-nothing, naming each bad row, and takes the upload when it writes', async () => {
    const csv = (rows: string[]) => `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`;
    const upload = async (rows: string[]) => {
      const answer = await platform.upload(
        'import',
        csv(rows),
        { organizationId: org.branch.id, fileName: '四月表扬.csv' },
        { contentType: 'text/csv' },
      );
      expect(answer).toMatchObject({ status: 201, json: { fileName: '四月表扬.csv', format: 'CSV' } });
      return answer.json.id as string;
    };
    const count = async () =>
      (await q('query($id: ID!) { organization(id: $id) { entries { total } } }', { id: org.branch.id })).organization
        .entries.total;
    const importing = 'mutation($i: ImportEntriesInput!) { importEntries(input: $i) { state } }';
    const before = await count();
    const badUpload = await upload([
      'C001,张明,leaderPraise,2024-04-08,',
      'C002,王芳,leaderPraise,2024-04-08,',
      'C003,王芳,noSuchItem,2024-04-08,',
    ]);
    const bad = await platform.query(importing, { i: { organizationId: org.branch.id, uploadId: badUpload } });
    expect(errorCodeOf(bad)).toBe('IMPORT_REJECTED');
    const problems = bad.errors?.[0].extensions?.problems as { row: number }[];
    expect([...new Set(problems.map((p) => p.row))]).toEqual([3, 4]);
    expect(await count()).toBe(before);
    const goodUpload = await upload(['C001,张明,leaderPraise,2024-04-08,', 'C003,王芳,leaderPraise,2024-04-09,']);
    const good = (await q(importing, { i: { organizationId: org.branch.id, uploadId: goodUpload, accept: true } }))
      .importEntries;
    expect(good).toEqual([{ state: 'ACCEPTED' }, { state: 'ACCEPTED' }]);
    expect(await count()).toBe(before + 2);
    expect((await score('c', '2024-Q2'))!.total).toBe(8);
    // Imported once: the upload is taken, and a second import of it answers as unknown, writing nothing.
    const again = await platform.query(importing, {
      i: { organizationId: org.branch.id, uploadId: goodUpload, accept: true },
    });
    expect(errorCodeOf(again)).toBe('UPLOAD_NOT_FOUND');
    expect(await count()).toBe(before + 2);
  });

  it('has the database refuse UPDATE and DELETE on entries, and verifyLedger find a tampered entry', async () => {
    const db = platform.services.ledger.dataSource;
    await expect(db.query(`UPDATE ledger.entry SET note = '改' WHERE id = $1`, [entryIds[0]])).rejects.toThrow(
      '台账记录不可修改或删除',
    );
    await expect(db.query(`DELETE FROM ledger.entry WHERE id = $1`, [entryIds[0]])).rejects.toThrow(
      '台账记录不可修改或删除',
    );
    await expect(
      db.query(`UPDATE ledger.entry_review SET points = 99 WHERE entry_id = $1`, [entryIds[0]]),
    ).rejects.toThrow('台账记录不可修改或删除');
    await db.query('ALTER TABLE ledger.entry DISABLE TRIGGER entry_append_only');
    await db.query(`UPDATE ledger.entry SET points = 15 WHERE id = $1`, [entryIds[1]]);
    await db.query('ALTER TABLE ledger.entry ENABLE TRIGGER entry_append_only');
    const verify = (
      await q('query($id: ID!) { verifyLedger(organizationId: $id) { ok checked brokenAt brokenEntryId problem } }', {
        id: org.branch.id,
      })
    ).verifyLedger;
    expect(verify).toMatchObject({ ok: false, brokenAt: 2, brokenEntryId: entryIds[1] });
    expect(verify.problem).toContain('内容与其哈希不符');
  });
});

describe('evidence files through the gateway', () => {
  let platform: TestPlatform;
  const now = new Date('2024-04-02T08:00:00Z');

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
  });
  afterAll(() => platform.stop());

  it('keeps an uploaded photo in the database, refuses a file that is not what it says, and serves it back', async () => {
    const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
      dataOf(await platform.query(query, variables));
    const district = (await q('mutation { createOrganization(input: { level: DISTRICT, name: "材料区" }) { id } }'))
      .createOrganization.id;
    const town = (
      await q(
        'mutation($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: "材料镇", parentId: $p }) { id } }',
        { p: district },
      )
    ).createOrganization.id;
    const branch = (
      await q(
        'mutation($p: ID!) { createOrganization(input: { level: BRANCH, name: "材料村党支部", parentId: $p }) { id } }',
        { p: town },
      )
    ).createOrganization.id;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('证书照片')]);
    const upload = (contentType: string) =>
      platform.upload('evidence', png, { organizationId: branch, fileName: '荣誉证书（2024年）.png' }, { contentType });
    const wrong = await upload('application/pdf');
    expect(wrong).toMatchObject({
      status: 415,
      json: {
        error: {
          code: 'UNSUPPORTED_FILE_TYPE',
          message: '文件实际是 PNG 图片，与所报类型（PDF 文件）不符',
          requestId: expect.any(String),
        },
      },
    });
    const stored = await upload('image/png');
    expect(stored).toEqual({
      status: 201,
      json: {
        id: expect.any(String),
        fileName: '荣誉证书（2024年）.png',
        contentType: 'image/png',
        size: png.length,
        sha256: createHash('sha256').update(png).digest('hex'),
      },
    });
    const file = await platform.download('ledger', 'evidence', { id: stored.json.id });
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body, png)).toBe(0);
    expect(file.headers.get('content-type')).toBe('image/png');
  });
});

describe('a meeting’s attendance and an exemption through the gateway', () => {
  let platform: TestPlatform;
  const now = new Date('2026-03-20T08:00:00Z');
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  let branch = '';
  const members: string[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const district = (await q('mutation { createOrganization(input: { level: DISTRICT, name: "出席区" }) { id } }'))
      .createOrganization.id;
    const town = (
      await q(
        'mutation($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: "出席镇", parentId: $p }) { id } }',
        { p: district },
      )
    ).createOrganization.id;
    branch = (
      await q(
        'mutation($p: ID!) { createOrganization(input: { level: BRANCH, name: "出席村党支部", parentId: $p }) { id } }',
        { p: town },
      )
    ).createOrganization.id;
    const filing = (
      await q('mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "town-attendance") { id } }', {
        o: branch,
      })
    ).adoptTemplate;
    await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
    await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }', { id: filing.id });
    for (let i = 1; i <= 41; i += 1) {
      const input: AddMemberInput = {
        organizationId: branch,
        memberNo: `A${String(i).padStart(3, '0')}`,
        name: `党员${i}`,
        gender: 'FEMALE',
        kind: 'FULL',
        joinDate: '2005-07-01',
        birthDate: '1970-05-01',
      };
      members.push(
        (
          await q(
            apiGraphql(
              `mutation LedgerRegisterAddMember2($input: AddMemberInput!) { addMember(input: $input) { id } }`,
            ),
            { input },
          )
        ).addMember.id,
      );
    }
  });
  afterAll(() => platform.stop());

  it('records 40 members present at the activity day in one call, accepted, with their scores current', async () => {
    const present = members.slice(0, 40);
    const input = {
      organizationId: branch,
      item: 'activityDay',
      occurredOn: '2026-03-10',
      memberIds: present,
      note: '三月主题党日',
      accept: true,
    };
    const recorded = (
      await q(
        apiGraphql(
          `mutation LedgerRegisterRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: "day-0310") { seq state review { points } } }`,
        ),
        { i: input },
      )
    ).recordAttendance;
    expect(recorded).toHaveLength(40);
    expect(recorded.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(recorded.every((e) => e.state === 'ACCEPTED' && e.review!.points === 1)).toBe(true);
    const retried = (
      await q(
        apiGraphql(
          `mutation LedgerRegisterRecordAttendance2($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: "day-0310") { seq } }`,
        ),
        {
          i: input,
        },
      )
    ).recordAttendance;
    expect(retried).toHaveLength(40);
    expect(
      (
        await q(
          apiGraphql(`query LedgerRegisterOrganization($id: ID!) { organization(id: $id) { entries { total } } }`),
          { id: branch },
        )
      ).organization!.entries.total,
    ).toBe(40);
    const scoreOf = async (id: string) =>
      (
        await q(
          apiGraphql(`query LedgerRegisterMember($id: ID!) { member(id: $id) { score(period: "2026-H1") { total } } }`),
          { id },
        )
      ).member!.score;
    expect(await scoreOf(members[0])).toEqual({ total: 1 });
    // Absent, nothing recorded: the scheme's base of 0, a score all the same (issue 22 item 4).
    expect(await scoreOf(members[40])).toEqual({ total: 0 });
    const stranger = await platform.query(
      apiGraphql(
        `mutation LedgerRegisterRecordAttendance3($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`,
      ),
      { i: { ...input, memberIds: [members[0], members[0]] } },
    );
    expect(errorCodeOf(stranger)).toBe('INVALID_ENTRY');
  });

  it('exempts a member after the branch assembly agrees and the township approves; the score says so', async () => {
    const member = members[40];
    const request = (
      await q(
        apiGraphql(
          `mutation LedgerRegisterRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: AGE, note: "年满 75 周岁", fromOn: "2026-01-01" }) { id status } }`,
        ),
        { m: member },
      )
    ).requestExemption;
    expect(request.status).toBe('REQUESTED');
    const early = await platform.query(
      apiGraphql(`mutation LedgerRegisterDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { id } }`),
      {
        id: request.id,
      },
    );
    expect(errorCodeOf(early)).toBe('INVALID_TRANSITION');
    expect(
      (
        await q(
          apiGraphql(
            `mutation LedgerRegisterRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: "2026-03-15", agreed: true) { status } }`,
          ),
          { id: request.id },
        )
      ).recordExemptionAssembly.status,
    ).toBe('ASSEMBLY_AGREED');
    expect(
      (
        await q(
          apiGraphql(
            `mutation LedgerRegisterDecideExemption2($id: ID!) { decideExemption(id: $id, approve: true, note: "同意") { status decidedOn } }`,
          ),
          {
            id: request.id,
          },
        )
      ).decideExemption,
    ).toEqual({ status: 'APPROVED', decidedOn: '2026-03-20' });
    const data = (
      await q(
        apiGraphql(
          `query LedgerRegisterMember2($id: ID!) { member(id: $id) { status score(period: "2026") { status total } } }`,
        ),
        { id: member },
      )
    ).member;
    expect(data).toEqual({ status: 'EXEMPT', score: { status: 'EXEMPT', total: null } });
  });
});
