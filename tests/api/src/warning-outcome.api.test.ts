import { randomUUID } from 'node:crypto';
import { Caller, Role } from '@jifen/kit';
import { planned, Planned } from '../../support/src/planned-members';
import { buildRatedDistrict, RATED_BRANCHES, RATED_PERIOD, RatedDistrict } from '../../support/src/rated-district';
import { halfYearEntries, PeriodEntry, scorePeriod } from '../../support/src/scored-period';
import { dataOf, Document, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, OrgLevel } from './generated/api/graphql';

/**
 * Issue 22, items 5 and 6, through the gateway. A dual warning's outcome follows the next confirmed rating, never a
 * typed figure: the district's 2026-H1 rating warns 何亮 (45), 高原 (38) and 朱红 (42); once 2026-H2 is confirmed
 * (何亮 63, 高原 41, 朱红 55) each case holds that total and the run, 何亮's case can only close as improved and
 * 高原's only escalate, and 高原, warned again, has one case with both half-years. Then a township under 先锋指数
 * (T1, seed 000) rates 2026: 不合格 at 52, 不合格 below 50, a probationary member 不合格 and a member 基本合格 in
 * 2025 and again in 2026 each get one case in the disposal stage, counted in the township's rollup.
 */

const Cases = apiGraphql(`query WarningOutcomeCases($o: ID!) {
  organization(id: $o) { warningCases(first: 50) {
    id memberId memberName memberKind periodKey trigger triggerNote total status outcome outcomeBy warnedPeriods
    nextPeriodKey nextTotal nextRunId nextDisposal measuresAvailable
    history { seq kind periodKey runId total note recordedBy }
  } }
}`);
const MemberCases = apiGraphql(`query WarningOutcomeMemberCases($m: ID!) {
  member(id: $m) { warningCases { id periodKey warnedPeriods status } }
}`);
const Interview = apiGraphql(`mutation WarningOutcomeInterview($i: RecordWarningInterviewInput!) {
  recordWarningInterview(input: $i) { id status }
}`);
const Pair = apiGraphql(`mutation WarningOutcomePair($i: PairWarningHelperInput!) {
  pairWarningHelper(input: $i) { id status }
}`);
const Plan = apiGraphql(`mutation WarningOutcomePlan($i: SetRectificationPlanInput!) {
  setRectificationPlan(input: $i) { id status rectifyDeadline }
}`);
const Decide = apiGraphql(`mutation WarningOutcomeDecide($i: DecideWarningOutcomeInput!) {
  decideWarningOutcome(input: $i) { id status outcome outcomeOn nextPeriodKey nextTotal warnedPeriods measuresAvailable }
}`);
const Preview = apiGraphql(`mutation WarningOutcomePreview($o: ID!, $p: String!) {
  previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings } }
}`);
const Confirm = apiGraphql(`mutation WarningOutcomeConfirm($r: ID!) {
  confirmRating(runId: $r) { id status confirmedByName }
}`);
const Rollup = apiGraphql(`query WarningOutcomeRollup($o: ID!, $p: String!) {
  organization(id: $o) { ratingRollup(period: $p) { warnings { open overdue escalated closed } } }
}`);
const CreateOrg = apiGraphql(`mutation WarningOutcomeCreateOrg($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id }
}`);
const Adopt = apiGraphql(`mutation WarningOutcomeAdopt($o: ID!) {
  adoptTemplate(organizationId: $o, templateCode: "pioneer-index") { id }
}`);
const Submit = apiGraphql(`mutation WarningOutcomeSubmit($id: ID!) { submitFiling(id: $id) { id } }`);
const Approve = apiGraphql(`mutation WarningOutcomeApprove($id: ID!, $from: Date!) {
  approveFiling(id: $id, effectiveFrom: $from) { id }
}`);
const AddMember = apiGraphql(`mutation WarningOutcomeAddMember($input: AddMemberInput!) {
  addMember(input: $input) { id }
}`);
const ProposeDisposal = apiGraphql(`mutation WarningOutcomePropose($i: RecordDisposalStepInput!) {
  recordDisposalStep(input: $i) { id status disposalMeasure disposalStep }
}`);

/** The second half-year: 何亮 improves to 63, 高原 stays below 50 at 41, 朱红 reaches 55; the others as in the first. */
const SECOND_HALF: Record<string, [number, number]> = { A5: [53, 10], A6: [35, 6], C3: [45, 10] };
const secondHalf = (m: Planned) => (SECOND_HALF[m.no] ? planned(m.no, m.name, ...SECOND_HALF[m.no]) : m);

/** 先锋指数 members of 2026: entries as hand-computed (daily 100 less deductions × 0.8 + review × 0.2). */
const DEDUCTED_70: PeriodEntry[] = [
  { item: 'orgLife', on: '2026-02-15', points: 10 },
  { item: 'study', on: '2026-03-15', points: 10 },
  { item: 'dues', on: '2026-04-15', points: 10 },
  { item: 'dutyPledge', on: '2026-05-15', points: 20 },
  { item: 'assignedTask', on: '2026-06-15', points: 20 },
];
const PIONEERS: {
  no: string;
  name: string;
  kind: 'FULL' | 'PROBATIONARY';
  entries: PeriodEntry[];
  earlier?: PeriodEntry[];
}[] = [
  // daily 100 − 50 = 50 → 40; review 60 → 12: 52, 不合格 (< 60) but not below 50 → disposal only
  {
    no: 'P1',
    name: '孟一',
    kind: 'FULL',
    entries: [...DEDUCTED_70.slice(0, 4), { item: 'reviewResult', on: '2026-12-20', points: 60 }],
  },
  // daily 100 − 70 = 30 → 24; review 40 → 8: 32, 不合格 and below 50 → one case, in disposal
  {
    no: 'P2',
    name: '孟二',
    kind: 'FULL',
    entries: [...DEDUCTED_70, { item: 'reviewResult', on: '2026-12-20', points: 40 }],
  },
  // the same 32 for a probationary member → 取消预备党员资格: a case whose measures are the probation's
  {
    no: 'P3',
    name: '孟三',
    kind: 'PROBATIONARY',
    entries: [...DEDUCTED_70, { item: 'reviewResult', on: '2026-12-20', points: 40 }],
  },
  // daily 100 − 10 = 90 → 72; review 80 → 16: 88, 合格 → no case
  {
    no: 'P4',
    name: '孟四',
    kind: 'FULL',
    entries: [
      { item: 'orgLife', on: '2026-02-15', points: 10 },
      { item: 'reviewResult', on: '2026-12-20', points: 80 },
    ],
  },
];

/** 北二村, 先锋指数 in 2025 and 2026: 30 deducted and review 60 is 56 + 12 = 68, 基本合格; 10 deducted and 80 is 88, 合格. */
const BASIC_68 = (year: number): PeriodEntry[] => [
  ...DEDUCTED_70.slice(0, 3).map((e) => ({ ...e, on: `${year}${e.on.slice(4)}` })),
  { item: 'reviewResult', on: `${year}-12-20`, points: 60 },
];
const TWO_YEARS: ((typeof PIONEERS)[number] & { earlier: PeriodEntry[] })[] = [
  // 基本合格 in 2025 and again in 2026 → 连续两年基本合格: disposal
  { no: 'P5', name: '孟五', kind: 'FULL', earlier: BASIC_68(2025), entries: BASIC_68(2026) },
  // 合格 in 2025 (88), 基本合格 in 2026 (68) → the secretary's talk only
  {
    no: 'P6',
    name: '孟六',
    kind: 'FULL',
    earlier: [
      { item: 'orgLife', on: '2025-02-15', points: 10 },
      { item: 'reviewResult', on: '2025-12-20', points: 80 },
    ],
    entries: BASIC_68(2026),
  },
];

describe('warning outcomes from the next confirmed run, and disposal from consequences, through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  const advance = (to: Date) => {
    now = to;
  };
  let district: RatedDistrict;
  let committee: Caller;
  let h2RunId = '';
  const caseIds: Record<string, string> = {};

  const casesOf = async (orgId: string) =>
    dataOf(await platform.query(Cases, { o: orgId })).organization!.warningCases!;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    district = await buildRatedDistrict(platform, advance);
    committee = {
      role: Role.DISTRICT,
      scopePath: district.org.district.path,
      subject: `account:${randomUUID()}`,
      name: '汇总区委组织部 组织员 陈某',
    };
  });
  afterAll(() => platform?.stop());

  it('brings two warned members to rectification; no outcome can be decided before the next half-year is rated', async () => {
    advance(new Date('2026-07-20T08:00:00Z'));
    const cases = await casesOf(district.org.district.id);
    expect(cases.map((c) => [c.memberName, c.periodKey, c.total, c.status, c.warnedPeriods]).sort()).toEqual([
      ['何亮', RATED_PERIOD, 45, 'OPEN', [RATED_PERIOD]],
      ['朱红', RATED_PERIOD, 42, 'OPEN', [RATED_PERIOD]],
      ['高原', RATED_PERIOD, 38, 'OPEN', [RATED_PERIOD]],
    ]);
    for (const c of cases) caseIds[c.memberName] = c.id;
    for (const name of ['何亮', '高原']) {
      const caseId = caseIds[name];
      dataOf(
        await platform.query(Interview, {
          i: {
            caseId,
            interviewedOn: '2026-07-20',
            interviewedBy: '东一村党支部书记 王建国',
            note: '上半年缺席组织生活',
          },
        }),
      );
      dataOf(await platform.query(Pair, { i: { caseId, helperName: '李秀英', pairedOn: '2026-07-20' } }));
      const plan = dataOf(
        await platform.query(Plan, { i: { caseId, plan: '按时参加“三会一课”', plannedOn: '2026-07-20' } }),
      ).setRectificationPlan;
      expect(plan).toMatchObject({ status: 'RECTIFYING', rectifyDeadline: '2027-01-20' });
    }
    const early = await platform.query(Decide, {
      i: { caseId: caseIds['何亮'], outcome: 'IMPROVED', decidedOn: '2026-07-20', decidedBy: '东一村党支部委员会' },
    });
    expect(errorCodeOf(early)).toBe('NEXT_RATING_REQUIRED');
    expect(early.errors?.[0].message).toBe(
      '须先确认下一期（2026-H2）的评定：整改结果依据下一期评定的得分认定（达到 50 分为已转化提高，否则转入处置程序）',
    );
  });

  it('records each case’s next total and run when 2026-H2 is confirmed; a member warned again keeps one case', async () => {
    advance(new Date('2027-01-05T08:00:00Z'));
    await scorePeriod(platform, advance, {
      period: '2026-H2',
      branches: (['a', 'b', 'c'] as const).map((key) => ({
        id: district.org[key].id,
        members: RATED_BRANCHES[key].map((m) => ({
          no: m.no,
          name: m.name,
          id: district.members[m.no],
          entries: halfYearEntries(secondHalf(m), 2026, 2),
        })),
      })),
      meetingOn: '2027-01-05',
      publicity: { startsOn: '2027-01-06', endsOn: '2027-01-12' },
      closeAt: new Date('2027-01-13T08:00:00Z'),
    });
    const preview = dataOf(
      await platform.query(Preview, { o: district.org.district.id, p: '2026-H2' }, committee),
    ).previewRating;
    expect(preview).toMatchObject({ pendingCount: 0, summary: { rated: 14, warnings: 1 } });
    const confirmed = dataOf(await platform.query(Confirm, { r: preview.id }, committee)).confirmRating;
    expect(confirmed).toEqual({ id: preview.id, status: 'CONFIRMED', confirmedByName: committee.name });
    h2RunId = preview.id;

    const byName = new Map((await casesOf(district.org.district.id)).map((c) => [c.memberName, c]));
    expect(byName.size).toBe(3);
    expect(byName.get('何亮')).toMatchObject({
      periodKey: RATED_PERIOD,
      warnedPeriods: [RATED_PERIOD],
      nextPeriodKey: '2026-H2',
      nextTotal: 63,
      nextRunId: h2RunId,
      nextDisposal: null,
      status: 'RECTIFYING',
    });
    expect(byName.get('朱红')).toMatchObject({ status: 'OPEN', nextTotal: 55, nextRunId: h2RunId });
    const again = byName.get('高原')!;
    expect(again).toMatchObject({
      periodKey: RATED_PERIOD,
      warnedPeriods: [RATED_PERIOD, '2026-H2'],
      nextPeriodKey: '2026-H2',
      nextTotal: 41,
      status: 'RECTIFYING',
    });
    expect(again.history.map(({ kind, periodKey, total, recordedBy }) => [kind, periodKey, total, recordedBy])).toEqual(
      [
        ['OPENED', RATED_PERIOD, 38, '平台'],
        ['NEXT_RATED', '2026-H2', 41, committee.name],
        ['WARNED_AGAIN', '2026-H2', 41, committee.name],
      ],
    );
    expect(again.history[1]).toMatchObject({ runId: h2RunId, note: '下一期（2026-H2）评定确认，总分 41 分' });
    expect(again.history[2].note).toBe('2026-H2 再次受到预警，继续在本案办理');
    // One case for the member, not a fresh unlinked one for 2026-H2.
    const own = dataOf(await platform.query(MemberCases, { m: district.members.A6 })).member!.warningCases!;
    expect(own).toEqual([
      { id: caseIds['高原'], periodKey: RATED_PERIOD, warnedPeriods: [RATED_PERIOD, '2026-H2'], status: 'RECTIFYING' },
    ]);
  });

  it('decides only what the recorded total allows: a contradicting outcome or a typed figure is refused', async () => {
    advance(new Date('2027-01-15T08:00:00Z'));
    const decide = (name: string, outcome: 'IMPROVED' | 'ESCALATED') =>
      platform.query(Decide, {
        i: {
          caseId: caseIds[name],
          outcome,
          decidedOn: '2027-01-15',
          decidedBy: '东一村党支部委员会',
          note: outcome === 'ESCALATED' ? '经帮扶仍无转化提高' : null,
        },
      });
    // Not dated before the rating it follows was decided (2027-01-13).
    const early = await platform.query(Decide, {
      i: { caseId: caseIds['何亮'], outcome: 'IMPROVED', decidedOn: '2027-01-12', decidedBy: '东一村党支部委员会' },
    });
    expect(errorCodeOf(early)).toBe('INVALID_WARNING_INPUT');
    expect(early.errors?.[0].message).toBe('认定日期（2027-01-12）不能早于下一期（2026-H2）评定的日期（2027-01-13）');
    const notImproved = await decide('高原', 'IMPROVED');
    expect(errorCodeOf(notImproved)).toBe('WARNING_STEP_REFUSED');
    expect(notImproved.errors?.[0].message).toBe('下一期（2026-H2）评定得分 41 分，低于 50 分，不能认定为已转化提高');
    const notEscalated = await decide('何亮', 'ESCALATED');
    expect(errorCodeOf(notEscalated)).toBe('WARNING_STEP_REFUSED');
    expect(notEscalated.errors?.[0].message).toBe(
      '下一期（2026-H2）评定得分 63 分，已达到 50 分，应认定为已转化提高，不能转入处置程序',
    );
    // A figure typed in is not part of the input any more (a plain document: the schema refuses it).
    const typed = await platform.query(
      'mutation($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { id } }',
      {
        i: {
          caseId: caseIds['高原'],
          outcome: 'IMPROVED',
          decidedOn: '2027-01-15',
          decidedBy: '东一村党支部委员会',
          nextPeriodKey: '2026-H2',
          nextTotal: 80,
        },
      },
    );
    expect(typed.data ?? null).toBeNull();
    expect(errorCodeOf(typed)).toBe('BAD_USER_INPUT');

    expect(dataOf(await decide('何亮', 'IMPROVED')).decideWarningOutcome).toMatchObject({
      status: 'IMPROVED',
      outcome: 'IMPROVED',
      outcomeOn: '2027-01-15',
      nextPeriodKey: '2026-H2',
      nextTotal: 63,
    });
    expect(dataOf(await decide('高原', 'ESCALATED')).decideWarningOutcome).toMatchObject({
      status: 'ESCALATED',
      nextTotal: 41,
      warnedPeriods: [RATED_PERIOD, '2026-H2'],
      measuresAvailable: ['RECTIFY_DEADLINE', 'ADVISE_WITHDRAWAL', 'REMOVAL'],
    });
    expect(
      dataOf(await platform.query(Rollup, { o: district.org.district.id, p: RATED_PERIOD })).organization!.ratingRollup!
        .warnings,
    ).toEqual({ open: 2, overdue: 1, escalated: 1, closed: 1 });
  });

  it('opens one disposal case for each 先锋指数 member whose result carries a disposal consequence, counted in the rollup', async () => {
    const q = async <R, V>(query: Document<R, V>, variables: NoInfer<V>) =>
      dataOf(await platform.query(query, variables));
    const create = async (level: OrgLevel, name: string, parentId: string) =>
      (await q(CreateOrg, { input: { level, name, parentId } })).createOrganization.id;
    // 北镇 adopts 先锋指数 in force from 2025, so that 2025's grades are the members' earlier grades in 2026.
    advance(new Date('2026-01-10T08:00:00Z'));
    const town = await create('TOWNSHIP', '北镇党委', district.org.district.id);
    const branch = await create('BRANCH', '北一村党支部', town);
    const second = await create('BRANCH', '北二村党支部', town);
    const filing = (await q(Adopt, { o: town })).adoptTemplate;
    await q(Submit, { id: filing.id });
    await q(Approve, { id: filing.id, from: '2025-01-01' });
    const ids: Record<string, string> = {};
    for (const p of [...PIONEERS.map((p) => ({ ...p, branch })), ...TWO_YEARS.map((p) => ({ ...p, branch: second }))]) {
      const input: AddMemberInput = {
        organizationId: p.branch,
        memberNo: p.no,
        name: p.name,
        gender: 'FEMALE',
        kind: p.kind,
        joinDate: p.kind === 'FULL' ? '2010-07-01' : '2026-01-05',
        birthDate: '1985-03-01',
      };
      ids[p.no] = (await q(AddMember, { input })).addMember.id;
    }
    const membersOf = (list: typeof PIONEERS, year: 2025 | 2026) =>
      list.map((p) => ({ no: p.no, name: p.name, id: ids[p.no], entries: year === 2025 ? p.earlier! : p.entries }));
    // 2025 in 北二村: 孟五 基本合格 (68), 孟六 合格 (88).
    advance(new Date('2026-01-20T08:00:00Z'));
    await scorePeriod(platform, advance, {
      period: '2025',
      branches: [{ id: second, members: membersOf(TWO_YEARS, 2025) }],
      meetingOn: '2026-01-20',
      publicity: { startsOn: '2026-01-21', endsOn: '2026-01-27' },
      closeAt: new Date('2026-01-28T08:00:00Z'),
    });
    advance(new Date('2027-01-20T08:00:00Z'));
    await scorePeriod(platform, advance, {
      period: '2026',
      branches: [
        { id: branch, members: membersOf(PIONEERS, 2026) },
        { id: second, members: membersOf(TWO_YEARS, 2026) },
      ],
      meetingOn: '2027-01-20',
      publicity: { startsOn: '2027-01-21', endsOn: '2027-01-27' },
      closeAt: new Date('2027-01-28T08:00:00Z'),
    });
    const preview = dataOf(await platform.query(Preview, { o: town, p: '2026' }, committee)).previewRating;
    expect(preview).toMatchObject({ pendingCount: 0, summary: { rated: 6, warnings: 2 } });
    dataOf(await platform.query(Confirm, { r: preview.id }, committee));

    const cases = await casesOf(town);
    const byName = new Map(cases.map((c) => [c.memberName, c]));
    expect(cases).toHaveLength(4);
    expect(byName.has('孟四')).toBe(false);
    // 基本合格 two years running (2025 and 2026) → disposal; 基本合格 once → the secretary's talk, no case.
    expect(byName.get('孟五')).toMatchObject({
      periodKey: '2026',
      trigger: 'DISPOSAL_CONSEQUENCE',
      total: 68,
      status: 'ESCALATED',
      triggerNote: '评定结果运用：连续两年基本合格：纳入不合格党员处置范围',
      measuresAvailable: ['RECTIFY_DEADLINE', 'ADVISE_WITHDRAWAL', 'REMOVAL'],
    });
    expect(byName.has('孟六')).toBe(false);
    expect(byName.get('孟一')).toMatchObject({
      periodKey: '2026',
      trigger: 'DISPOSAL_CONSEQUENCE',
      total: 52,
      status: 'ESCALATED',
      outcome: 'ESCALATED',
      outcomeBy: committee.name,
      triggerNote: '评定结果运用：不合格：纳入不合格党员处置范围',
      measuresAvailable: ['RECTIFY_DEADLINE', 'ADVISE_WITHDRAWAL', 'REMOVAL'],
    });
    // Below 50 as well: one case, in disposal, naming both.
    expect(byName.get('孟二')).toMatchObject({ trigger: 'DISPOSAL_CONSEQUENCE', total: 32, status: 'ESCALATED' });
    expect(byName.get('孟二')!.triggerNote).toContain('不合格：纳入不合格党员处置范围；');
    expect(byName.get('孟二')!.triggerNote).toContain('双预警');
    expect(byName.get('孟三')).toMatchObject({
      memberKind: 'PROBATIONARY',
      trigger: 'DISPOSAL_CONSEQUENCE',
      triggerNote: expect.stringContaining('预备党员不合格：取消预备党员资格'),
      measuresAvailable: ['PROBATION_EXTENDED', 'PROBATION_CANCELLED'],
    });
    expect(byName.get('孟一')!.history).toEqual([
      expect.objectContaining({
        seq: 1,
        kind: 'DISPOSAL_OPENED',
        periodKey: '2026',
        total: 52,
        recordedBy: committee.name,
      }),
    ]);
    expect(dataOf(await platform.query(Rollup, { o: town, p: '2026' })).organization!.ratingRollup!.warnings).toEqual({
      open: 4,
      overdue: 0,
      escalated: 4,
      closed: 0,
    });
    // The disposal steps apply at once.
    const proposed = dataOf(
      await platform.query(ProposeDisposal, {
        i: {
          caseId: byName.get('孟一')!.id,
          measure: 'RECTIFY_DEADLINE',
          step: 'PROPOSED',
          decidedBy: '北一村党支部委员会',
          decidedOn: '2027-01-28',
        },
      }),
    ).recordDisposalStep;
    expect(proposed).toMatchObject({
      status: 'ESCALATED',
      disposalMeasure: 'RECTIFY_DEADLINE',
      disposalStep: 'PROPOSED',
    });
  });
});
