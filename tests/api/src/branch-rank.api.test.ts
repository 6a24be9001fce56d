import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { DeclareEntryInput } from './generated/api/graphql';

/**
 * A year of the 财政局 scheme (T6, seed 002) through the gateway: the base is one pool of 30 for the year that
 * deductions empty wherever they fall, and the ledger ranks the branch's members so that “outside the top 20% of
 * the branch, no honours” resolves — for the member whose entry moved the ranking and for the others it moved.
 *
 * Ten full members and one probationary member (scored, not graded: no place, no eligibility). Each full member's
 * year is base 30 (less deductions) + four quarters of task points; 20% of 10 ranked members is two places.
 */
const FULL = [
  { no: 'C01', name: '周立新', task: 15 }, // 30 + 60 = 90  → 1st
  { no: 'C02', name: '吴海燕', task: 14 }, // 30 + 56 = 86  → 2nd
  { no: 'C03', name: '郑国强', task: 13 }, // 30 + 52 = 82  → 3rd: ≥ 80 but outside the top 20%
  { no: 'C04', name: '王丽', task: 12.5 }, // 30 + 50 = 80 → 4th: ≥ 80 but outside the top 20%
  // 70 (C05–C08 share 5th)
  { no: 'C05', name: '冯军', task: 10 },
  { no: 'C06', name: '陈晓', task: 10 },
  { no: 'C07', name: '褚明', task: 10 },
  { no: 'C08', name: '卫东', task: 10 },
  { no: 'C09', name: '蒋芳', task: 10 }, //   six deductions spread over Q1–Q4: base 0 → 40
  { no: 'C10', name: '沈阳', task: 10 }, //   six deductions all in Q4: base 0 → 40
];
const PROBATIONARY = { no: 'C11', name: '韩雪', task: 15 }; // 90, not graded, not ranked

const SPREAD = ['2024-01-10', '2024-02-10', '2024-04-10', '2024-05-10', '2024-07-10', '2024-10-10'];
const LATE = ['2024-10-08', '2024-10-15', '2024-11-05', '2024-11-20', '2024-12-03', '2024-12-18'];

const createOrganization = apiGraphql(
  `mutation BranchRankCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
);
const adopt = apiGraphql(
  `mutation BranchRankAdopt($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }`,
);
const submit = apiGraphql(`mutation BranchRankSubmit($id: ID!) { submitFiling(id: $id) { id } }`);
const approve = apiGraphql(
  `mutation BranchRankApprove($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }`,
);
const addMember = apiGraphql(
  `mutation BranchRankAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`,
);
const record = apiGraphql(
  `mutation BranchRankRecord($i: RecordEntriesInput!) { recordEntries(input: $i) { id state } }`,
);
const confirmAssembly = apiGraphql(
  `mutation BranchRankConfirm($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }`,
);
const publish = apiGraphql(
  `mutation BranchRankPublish($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2025-01-06", endsOn: "2025-01-12" }) { id } }`,
);
const close = apiGraphql(`mutation BranchRankClose($w: ID!) { closePublicity(windowId: $w) { status } }`);
const score = apiGraphql(
  `query BranchRankScore($m: ID!, $p: String!) {
    member(id: $m) {
      score(period: $p) {
        state total graded grade { code }
        rank { position of tied }
        eligibilities { code status reason }
        selectionCandidate { code }
        components { code score }
        explanation { rule text }
      }
    }
  }`,
);

describe('财政局: the base pool and the ranking in the branch through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2025-01-05T08:00:00Z');
  let branch = '';
  const id: Record<string, string> = {};
  const q = async <R, V>(query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const scoreOf = async (no: string, period = '2024') => (await q(score, { m: id[no], p: period })).member!.score!;
  const eligibility = async (no: string) =>
    Object.fromEntries((await scoreOf(no)).eligibilities.map((e) => [e.code, e.status]));

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: string, name: string, parentId: string | null) =>
      (await q(createOrganization, { input: { level: level as 'BRANCH', name, parentId } })).createOrganization.id;
    const district = await create('DISTRICT', '排名区', null);
    const township = await create('TOWNSHIP', '排名镇党委', district);
    branch = await create('BRANCH', '财政局机关支部', township);
    const filing = (await q(adopt, { o: branch })).adoptTemplate.id;
    await q(submit, { id: filing });
    await q(approve, { id: filing });
    for (const m of [...FULL, PROBATIONARY]) {
      const kind = m === PROBATIONARY ? 'PROBATIONARY' : 'FULL';
      id[m.no] = (
        await q(addMember, {
          input: {
            organizationId: branch,
            memberNo: m.no,
            name: m.name,
            gender: 'MALE',
            kind,
            joinDate: '2012-07-01',
            birthDate: '1985-05-01',
          },
        })
      ).addMember.id;
    }
    const entries: DeclareEntryInput[] = [];
    for (const m of [...FULL, PROBATIONARY])
      for (const month of ['02', '05', '08', '11'])
        entries.push({ memberId: id[m.no], item: 'assignedWork', occurredOn: `2024-${month}-15`, points: m.task });
    for (const day of SPREAD) entries.push({ memberId: id.C09, item: 'workStyle', occurredOn: day });
    for (const day of LATE) entries.push({ memberId: id.C10, item: 'workStyle', occurredOn: day });
    const recorded = (await q(record, { i: { organizationId: branch, entries, accept: true } })).recordEntries;
    expect(recorded.every((e) => e.state === 'ACCEPTED')).toBe(true);
  });
  afterAll(() => platform?.stop());

  it('empties the base after six deductions of 5, wherever in the year they fall', async () => {
    for (const no of ['C09', 'C10']) {
      const year = await scoreOf(no);
      expect([no, year.total, year.components]).toEqual([
        no,
        40,
        [
          { code: 'base', score: 0 },
          { code: 'task', score: 40 },
          { code: 'reward', score: 0 },
        ],
      ]);
    }
    // all six in Q4: Q1–Q3 keep their 7.5 each, Q4 gives back 22.5 of them (running 30 − 30 = 0)
    const late = await Promise.all([1, 2, 3, 4].map((quarter) => scoreOf('C10', `2024-Q${quarter}`)));
    expect(late.map((s) => s.components.find((c) => c.code === 'base')!.score)).toEqual([7.5, 7.5, 7.5, -22.5]);
    expect(late[3].explanation.map((s) => s.text)).toContain(
      '本期计入 7.5 分，扣 30 分；本周期累计计入 30 分、累计扣 30 分，累计余 0 分；本期计 -22.5 分（扣分用去此前计入的分值）',
    );
    // spread (10, 10, 5, 5): the running figure is 0 after every quarter
    const spread = await Promise.all([1, 2, 3, 4].map((quarter) => scoreOf('C09', `2024-Q${quarter}`)));
    expect(spread.map((s) => s.components.find((c) => c.code === 'base')!.score)).toEqual([0, 0, 0, 0]);
  });

  it('ranks the members the scheme grades (1, 2, 3, 4, 5 × 4, 9 × 2) and resolves “outside the top 20%, no honours”', async () => {
    const places = await Promise.all(FULL.map(async (m) => [m.no, (await scoreOf(m.no)).rank]));
    expect(Object.fromEntries(places)).toEqual({
      C01: { position: 1, of: 10, tied: 1 },
      C02: { position: 2, of: 10, tied: 1 },
      C03: { position: 3, of: 10, tied: 1 },
      C04: { position: 4, of: 10, tied: 1 },
      C05: { position: 5, of: 10, tied: 4 },
      C06: { position: 5, of: 10, tied: 4 },
      C07: { position: 5, of: 10, tied: 4 },
      C08: { position: 5, of: 10, tied: 4 },
      C09: { position: 9, of: 10, tied: 2 },
      C10: { position: 9, of: 10, tied: 2 },
    });
    expect(await eligibility('C01')).toEqual({
      financeSystemHonours: 'ELIGIBLE',
      countyHonours: 'ELIGIBLE',
      cityHonours: 'NOT_ELIGIBLE',
    });
    const third = await scoreOf('C03');
    expect(third.total).toBe(82);
    expect(third.eligibilities.map((e) => [e.code, e.status, e.reason])).toEqual([
      ['financeSystemHonours', 'NOT_ELIGIBLE', '排名第 3（共 10 人），不在前 20%'],
      ['countyHonours', 'NOT_ELIGIBLE', '积分 82 分，未达到 85 分'],
      ['cityHonours', 'NOT_ELIGIBLE', '积分 82 分，未达到 95 分'],
    ]);
    // nothing is left pending for want of a ranking
    expect(third.explanation.some((s) => s.text.includes('需要支部排名后确定'))).toBe(false);
  });

  it('gives the probationary member (scored, not graded) no place, no eligibility and no eligibility line', async () => {
    const probationary = await scoreOf('C11');
    expect([probationary.total, probationary.graded, probationary.grade, probationary.rank]).toEqual([
      90,
      false,
      null,
      null,
    ]);
    expect(probationary.eligibilities).toEqual([]);
    expect(probationary.explanation.filter((s) => s.rule.startsWith('可参加'))).toEqual([]);
  });

  it('re-ranks the branch when one member’s entry moves them: the member passed is re-scored too', async () => {
    // 郑国强 is commended at city level (+4): 86, level with 吴海燕 → both 2nd (2, 2 take places 2–3)
    await q(record, {
      i: {
        organizationId: branch,
        entries: [{ memberId: id.C03, item: 'honour', occurredOn: '2024-12-01', level: 'CITY' }],
        accept: true,
      },
    });
    const [second, third] = [await scoreOf('C02'), await scoreOf('C03')];
    for (const s of [second, third]) {
      expect([s.total, s.rank]).toEqual([86, { position: 2, of: 10, tied: 2 }]);
      expect(s.eligibilities[0]).toEqual({
        code: 'financeSystemHonours',
        status: 'ELIGIBLE',
        reason: '排名第 2（共 10 人，2 人并列），在前 20%内（并列者均计入，超出 1 人）',
      });
    }
    expect((await scoreOf('C01')).rank).toEqual({ position: 1, of: 10, tied: 1 });
  });

  it('keeps the top of the branch ELIGIBLE and the rest out once the year is final', async () => {
    const assembly = (
      await q(confirmAssembly, {
        i: {
          organizationId: branch,
          period: '2024',
          meetingOn: '2025-01-05',
          attendeeIds: [...FULL, PROBATIONARY].map((m) => id[m.no]),
        },
      })
    ).confirmAssembly.id;
    const window = (await q(publish, { a: assembly })).publishScores.id;
    now = new Date('2025-01-13T08:00:00Z');
    expect((await q(close, { w: window })).closePublicity.status).toBe('CLOSED');
    const top = await scoreOf('C01');
    expect([top.state, top.total, top.grade?.code, top.rank]).toEqual([
      'FINAL',
      90,
      'EXCELLENT',
      { position: 1, of: 10, tied: 1 },
    ]);
    expect(top.eligibilities.find((e) => e.code === 'financeSystemHonours')).toEqual({
      code: 'financeSystemHonours',
      status: 'ELIGIBLE',
      reason: '排名第 1（共 10 人），在前 20%内',
    });
    // 80 reaches the system honours' line, but 4th of 10 is outside the top 20%
    const outside = await scoreOf('C04');
    expect([outside.state, outside.total, outside.rank]).toEqual(['FINAL', 80, { position: 4, of: 10, tied: 1 }]);
    expect(outside.eligibilities.find((e) => e.code === 'financeSystemHonours')).toEqual({
      code: 'financeSystemHonours',
      status: 'NOT_ELIGIBLE',
      reason: '排名第 4（共 10 人），不在前 20%',
    });
  });
});
