import { addDays } from '@jifen/rules';
import { DistrictLoad } from '@jifen/seed';
import { DemoPlan } from './demo-plan';

// The demo's dual warnings followed up as branches do, after the rating runs that opened them are confirmed.

const WARNING_STEP = {
  interview: 'mutation($input: RecordWarningInterviewInput!) { recordWarningInterview(input: $input) { id } }',
  helper: 'mutation($input: PairWarningHelperInput!) { pairWarningHelper(input: $input) { id } }',
  plan: 'mutation($input: SetRectificationPlanInput!) { setRectificationPlan(input: $input) { id } }',
  outcome: 'mutation($input: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $input) { id } }',
  disposal: 'mutation($input: RecordDisposalStepInput!) { recordDisposalStep(input: $input) { id } }',
};

const INTERVIEW_NOTES = [
  '本人对积分偏低原因认识较深刻，主要是参加组织生活次数少、承诺事项未按期完成，表示立即改正',
  '谈话中指出其长期外出务工、与支部联系不够，要求每月主动汇报思想和工作情况',
  '指出其缴纳党费不及时、学习教育参与不够，本人表示接受批评，按时参加支部活动',
];
const PLANS = [
  '每月参加主题党日和支部学习，按时足额缴纳党费；认领一项为民服务事项，每季度向支部汇报一次',
  '补学党章党规和近期重要会议精神，撰写心得体会；参加社区志愿服务不少于 6 次',
];

interface CaseRow {
  id: string;
  branchId: string;
  memberId: string;
  memberKind: string;
  memberName: string;
  periodKey: string;
  openedOn: string;
  interviewDue: string;
  status: string;
  /** The next period and its total, recorded on the case when that period's run was confirmed. */
  nextPeriodKey: string | null;
  nextTotal: number | null;
}

/** A step's day: `days` after `from`, but never after today (the services refuse a day in the future). */
const dayAfter = (from: string, days: number, today: string) => {
  const day = addDays(from, days);
  return day < today ? day : today;
};

/** The stages the first township's dual warnings are left in, one of each, in the order of its cases (the escalated one aside). */
const TOWNSHIP_STAGES = ['OPEN', 'OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING'] as const;
const ROTATION = ['INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING'] as const;
type Stage = (typeof TOWNSHIP_STAGES)[number];

export interface WarningsFollowed {
  byStatus: Record<string, number>;
  overdueInterviews: number;
  /** The first township's (where `township` works) cases by status and its interviews overdue today. */
  township: { byStatus: Record<string, number>; overdueInterviews: number };
}

/**
 * The dual warnings the confirmed runs opened, each on its run's decision day, followed up as branches do. In the
 * first township (where the demo accounts work; its committee gives a day for the interview) one case of each stage:
 * the first two still await the secretary's interview, overdue on the day of the load (one to walk through, one to
 * stay marked overdue), then one interviewed, one paired with a helper, one rectifying under a plan; and its one full
 * member's case whose next period's total (recorded by that period's run) stayed below 50 escalated to the disposal
 * procedure (限期改正, its first steps). Elsewhere, in turn, interviewed the day after the decision, paired with a
 * helper, rectifying under a plan. Cases a scheme's disposal consequence opened start in the disposal stage and are
 * left as they are. Each step is dated a few days after the one before it, never after today.
 */
export async function followWarnings(
  load: DistrictLoad,
  demo: DemoPlan,
  districtId: string,
  today: string,
): Promise<WarningsFollowed> {
  const { plan, ctx } = load;
  const { path } = (
    await ctx.call<{ organization: { path: string } }>('ledger', 'query($id: ID!) { organization(id: $id) { path } }', {
      id: districtId,
    })
  ).organization;
  // The rating service answers for an organisation as the gateway asks it: by its id and path; 200 a page.
  const cases: CaseRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const [district] = (
      await ctx.call<{ _entities: { warningCases: CaseRow[] }[] }>(
        'rating',
        'query($r: [_Any!]!, $o: Int!) { _entities(representations: $r) { ... on Organization { warningCases(offset: $o, first: 200) { id branchId memberId memberKind memberName periodKey openedOn interviewDue status nextPeriodKey nextTotal } } } }',
        { r: [{ __typename: 'Organization', id: districtId, path }], o: offset },
      )
    )._entities;
    cases.push(...district.warningCases);
    if (district.warningCases.length < 200) break;
  }
  cases.sort((a, b) => (a.periodKey + a.memberName).localeCompare(b.periodKey + b.memberName));
  const branchByid = new Map(plan.branches.map((b) => [load.idOf(b.key), b]));
  const townshipIndex = plan.townships.findIndex((t) => t.key === demo.accounts.townshipKey);
  const inTownship = (c: CaseRow) => branchByid.get(c.branchId)!.townshipIndex === townshipIndex;

  // The stage each case still awaiting its interview is taken to (a case a scheme's disposal consequence opened is
  // in the disposal stage already: nothing to follow up).
  const target = new Map<CaseRow, Stage | 'ESCALATED'>();
  const open = cases.filter((c) => c.status === 'OPEN');
  // The outcome follows the next period's confirmed rating: only a case whose next total stayed below 50 escalates.
  const escalating = open.find(
    (c) => inTownship(c) && c.memberKind === 'FULL' && c.nextTotal !== null && c.nextTotal < 50,
  );
  if (escalating) target.set(escalating, 'ESCALATED');
  let inTurn = 0;
  let elsewhere = 0;
  for (const c of open) {
    if (c === escalating) continue;
    if (inTownship(c)) target.set(c, TOWNSHIP_STAGES[inTurn++] ?? ROTATION[(inTurn - 1) % ROTATION.length]);
    else target.set(c, ROTATION[elsewhere++ % ROTATION.length]);
  }

  const byStatus: Record<string, number> = {};
  const township = { byStatus: {} as Record<string, number>, overdueInterviews: 0 };
  let overdueInterviews = 0;
  for (const [turn, c] of cases.entries()) {
    const status = target.has(c) ? await follow(load, demo, c, target.get(c)!, turn, today) : c.status;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const late = status === 'OPEN' && today > c.interviewDue ? 1 : 0;
    overdueInterviews += late;
    if (inTownship(c)) {
      township.byStatus[status] = (township.byStatus[status] ?? 0) + 1;
      township.overdueInterviews += late;
    }
  }
  const counts = (of: Record<string, number>) =>
    Object.entries(of)
      .map(([s, n]) => `${WARNING_STATUS_LABELS[s] ?? s} ${n} 件`)
      .join('，');
  ctx.say(`  双预警 ${cases.length} 件：${counts(byStatus)}；今天约谈逾期 ${overdueInterviews} 件`);
  const name = plan.orgs.find((o) => o.key === demo.accounts.townshipKey)!.name;
  ctx.say(`  其中${name}：${counts(township.byStatus)}；今天约谈逾期 ${township.overdueInterviews} 件`);
  return { byStatus, overdueInterviews, township };
}

/** Takes a case awaiting its interview to `stage`, step by step as its branch does; answers the status it is left in. */
async function follow(
  load: DistrictLoad,
  demo: DemoPlan,
  c: CaseRow,
  stage: Stage | 'ESCALATED',
  turn: number,
  today: string,
): Promise<string> {
  if (stage === 'OPEN') return 'OPEN';
  const { plan, ctx } = load;
  const branch = plan.branches.find((b) => load.idOf(b.key) === c.branchId)!;
  const secretary = `${branch.name.replace(/党支部$/, '')}党支部书记`;
  await ctx.call('rating', WARNING_STEP.interview, {
    input: {
      caseId: c.id,
      interviewedOn: dayAfter(c.openedOn, 1, today),
      interviewedBy: secretary,
      note: INTERVIEW_NOTES[turn % INTERVIEW_NOTES.length],
    },
  });
  if (stage === 'INTERVIEWED') return stage;
  const helper = branch.members.find(
    (i) => plan.members[i].kind === 'FULL' && !plan.members[i].exempt && !plan.members[i].tail,
  );
  await ctx.call('rating', WARNING_STEP.helper, {
    input: {
      caseId: c.id,
      helperName: helper === undefined ? secretary : plan.members[helper].name,
      helperMemberId: helper === undefined ? null : load.memberIds[helper],
      pairedOn: dayAfter(c.openedOn, 5, today),
    },
  });
  if (stage === 'HELPER_PAIRED') return stage;
  const plannedOn = dayAfter(c.openedOn, 10, today);
  await ctx.call('rating', WARNING_STEP.plan, {
    input: { caseId: c.id, plan: PLANS[turn % PLANS.length], plannedOn },
  });
  if (stage === 'RECTIFYING') return stage;
  // Decided a month after the plan, and not before the next period's rating meeting it follows.
  const after = [dayAfter(plannedOn, 30, today), demo.decidedOn.get(c.nextPeriodKey!) ?? plannedOn].sort().at(-1)!;
  await escalate(load, c, secretary, after, today);
  return 'ESCALATED';
}

export const WARNING_STATUS_LABELS: Record<string, string> = {
  OPEN: '待约谈',
  INTERVIEWED: '已约谈',
  HELPER_PAIRED: '已结对帮扶',
  RECTIFYING: '限期整改中',
  ESCALATED: '已转入处置程序',
};

/**
 * No change after the help: on `outcomeOn` the case goes to the disposal procedure, 限期改正, proposed, investigated
 * and talked to, a few days apart (never after today).
 */
async function escalate(
  load: DistrictLoad,
  c: CaseRow,
  secretary: string,
  outcomeOn: string,
  today: string,
): Promise<void> {
  const call = load.ctx.call;
  await call('rating', WARNING_STEP.outcome, {
    input: {
      caseId: c.id,
      outcome: 'ESCALATED',
      decidedOn: outcomeOn,
      decidedBy: '党支部委员会',
      note: '帮扶期间仍长期不参加组织生活、不按时交纳党费，经支委会研究启动不合格党员处置程序',
    },
  });
  const step = (step: string, days: number, extra: Record<string, unknown>) =>
    call('rating', WARNING_STEP.disposal, {
      input: { caseId: c.id, measure: 'RECTIFY_DEADLINE', step, decidedOn: dayAfter(outcomeOn, days, today), ...extra },
    });
  await step('PROPOSED', 3, {
    decidedBy: '党支部委员会',
    documents: ['支委会会议记录', '处置意见报告（报镇党委备案）'],
  });
  await step('INVESTIGATED', 10, { decidedBy: secretary, documents: ['调查核实情况说明'] });
  await step('TALKED', 17, {
    decidedBy: '党支部委员会',
    participants: ['支部组织委员', '支部宣传委员'],
    documents: ['谈话记录'],
  });
}
