import { randomUUID } from 'node:crypto';
import { PeerUrls } from '@jifen/kit';
import { addDays } from '@jifen/rules';
import {
  confirmRatings,
  CycleLoaded,
  DistrictLoad,
  loadCycle,
  loadPending,
  loadQuotas,
  loadRoster,
  loadSchemes,
  loadTree,
  RatingRunSummary,
  startLoad,
  progressReporter,
  OperationStats,
  seedClient,
} from '@jifen/seed';
import { demoAccounts } from './demo-accounts';
import { buildDemoPlan, DemoPlan } from './demo-plan';

export interface DemoLoadOptions {
  urls: PeerUrls;
  tokenSecret: string;
  /** The day the demo is loaded, YYYY-MM-DD: ages, join dates and the cycles follow from it (the services' clock must agree). */
  today: string;
  /** The password of the demo accounts (one per role). */
  password: string;
  progress: (line: string) => void;
  /** Requests at a time (default 4: the machine's cores are shared with the services and PostgreSQL). */
  concurrency?: number;
}

export interface DemoSummary {
  districtId: string;
  organizations: number;
  members: number;
  exempt: number;
  /** The last complete cycle, loaded in full, and the cycle in progress. */
  lastCycle: number;
  currentCycle: number;
  /** Entries accepted by the committee, in the last cycle and in the current one so far. */
  entries: { last: number; current: number };
  /** Declarations rejected with a reason (both cycles). */
  rejected: number;
  /** Declarations awaiting the committee's review today. */
  pending: number;
  /** Publicity windows closed, and running today. */
  windowsClosed: number;
  windowsRunning: number;
  /** Objections raised in the running windows: still open, and answered. */
  objectionsOpen: number;
  objectionsAnswered: number;
  ratingRuns: RatingRunSummary[];
  /** Dual warnings the demo planned (its low scorers in every period rated) and their cases by status. */
  plannedWarnings: number;
  warningCases: Record<string, number>;
  /** Cases still awaiting the secretary's interview past its due day, on the day of the load (the first branch's). */
  overdueInterviews: number;
  /** The services' operations by total time, the slowest first (what to look at when the load is slow). */
  operations: OperationStats[];
}

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

/**
 * Loads 示范区 through the services' own APIs (as the platform itself, with the seed's loader and generator), so
 * that every rule the services enforce holds for the demo too: the tree, the roster, the schemes, the township's
 * quota policies; the last complete cycle in full (entries of every kind, votes, rejections, assemblies and
 * publicity closed) and the cycle in progress up to today (assemblies so far, the latest publicity still running in
 * some branches with an objection open, declarations awaiting review); the rating runs confirmed with their stars
 * and dual warnings (each run dated on its rating meeting), most warnings followed up (interview, helper, plan), the
 * first branch's still awaiting the interview and overdue, one escalated to the disposal procedure; one account per role. Does nothing when the ledger already has a district.
 */
export async function loadDemoIfEmpty(options: DemoLoadOptions): Promise<DemoSummary | null> {
  const client = seedClient(options.urls, options.tokenSecret);
  const existing = await client.call<{ organizations: unknown[] }>(
    'ledger',
    '{ organizations(level: DISTRICT) { id } }',
  );
  if (existing.organizations.length > 0) return null;

  const demo = buildDemoPlan(options.today);
  const { plan } = demo;
  const say = (line: string) => options.progress(line);
  const phase = progressReporter({
    out: {
      isTTY: false,
      write: (text) =>
        text
          .split('\n')
          .filter((line) => line.trim())
          .forEach((line) => say(`  ${line}`)),
    },
    stepPercent: 50,
  });
  const load = startLoad(plan, {
    call: client.call,
    phase,
    say,
    concurrency: options.concurrency ?? 4,
    password: options.password,
  });

  say(
    `  示范区：${plan.townships.length} 个镇街、${plan.branches.length} 个党支部、${plan.members.length} 名党员；` +
      `载入 ${plan.cycle} 年度完整积分周期和 ${demo.current} 年度截至今天（${options.today}）的进展`,
  );
  await loadTree(load);
  const districtId = load.idOf(plan.orgs[0].key);
  await loadSchemes(load);
  await loadQuotas(load);
  await loadRoster(load);
  const last = await loadCycle(load, demo.lastCycle);
  const current = await loadCycle(load, demo.currentCycle);
  await loadPending(load, demo.pending);
  const ratingRuns = await confirmRatings(load, districtId, demo.ratingPeriods, demo.decidedOn);
  const objections = await raiseObjections(load, demo, current);
  const warnings = await followWarnings(load, demo, districtId, options.today);
  await createDemoAccounts(load, demo, options.password);
  say(`  演示账号 ${demoAccounts.length} 个（每个角色一个）`);

  const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((a, list) => a + list.length, 0);
  return {
    districtId,
    organizations: plan.orgs.length,
    members: plan.members.length,
    exempt: plan.members.filter((m) => m.exempt).length,
    lastCycle: plan.cycle,
    currentCycle: demo.current,
    entries: { last: last.entries, current: current.entries },
    rejected: last.rejected + current.rejected,
    pending: count(demo.pending),
    windowsClosed: last.windows + current.windows - current.running.length,
    windowsRunning: current.running.length,
    objectionsOpen: objections.open,
    objectionsAnswered: objections.answered,
    ratingRuns,
    plannedWarnings: demo.plannedWarnings,
    warningCases: warnings.byStatus,
    overdueInterviews: warnings.overdueInterviews,
    operations: client.stats(),
  };
}

/**
 * Objections in the running windows: in the first branch's one (open), in the first running window of each other
 * township (open), and one answered by its branch; each about a member with entries in the period, never the
 * `member` account's own score.
 */
async function raiseObjections(
  load: DistrictLoad,
  demo: DemoPlan,
  current: CycleLoaded,
): Promise<{ open: number; answered: number }> {
  const { plan } = load;
  const branchOf = new Map(plan.branches.map((b) => [b.key, b]));
  const chosen: CycleLoaded['running'] = [];
  const byTownship = new Set<number>();
  for (const w of current.running) {
    const township = branchOf.get(w.branchKey)!.townshipIndex;
    if (w.branchKey === demo.accounts.branchKey || !byTownship.has(township)) {
      chosen.push(w);
      byTownship.add(township);
    }
  }
  const answered = current.running.find((w) => !chosen.includes(w));
  let open = 0;
  let closed = 0;
  for (const w of [...chosen, ...(answered ? [answered] : [])]) {
    const branch = branchOf.get(w.branchKey)!;
    const subject = branch.members.find(
      (i) => !plan.members[i].exempt && !plan.members[i].tail && i !== demo.accounts.memberIndex,
    );
    if (subject === undefined) continue;
    const objection = await load.ctx.call<{ raiseObjection: { id: string } }>(
      'ledger',
      'mutation($input: RaiseObjectionInput!, $clientKey: String) { raiseObjection(input: $input, clientKey: $clientKey) { id } }',
      {
        clientKey: randomUUID(),
        input: {
          windowId: w.windowId,
          memberId: load.memberIds[subject],
          content: `对${plan.members[subject].name}同志 ${w.period} 的积分有异议：所报志愿服务次数与社区登记不符，请支部核实`,
        },
      },
    );
    if (w === answered) {
      await load.ctx.call(
        'ledger',
        'mutation($id: ID!, $a: String!) { answerObjection(id: $id, answer: $a, upheld: false) { id } }',
        {
          id: objection.raiseObjection.id,
          a: '经支委会核实，志愿服务记录与社区签到表一致，积分无误，异议不成立',
        },
      );
      closed += 1;
    } else open += 1;
  }
  load.ctx.say(`  公示期内的异议 ${open + closed} 条（待答复 ${open} 条，已答复 ${closed} 条）`);
  return { open, answered: closed };
}

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

/**
 * The dual warnings the confirmed runs opened, each on its run's decision day, followed up as branches do: the first
 * branch's (where the demo accounts work) still await the secretary's interview, overdue on the day of the load;
 * elsewhere, in turn, interviewed the day after the decision (within the first township's one-day limit), paired
 * with a helper, rectifying under a plan; one full member's case whose next period's total (recorded by that
 * period's run) stayed below 50 escalated to the disposal procedure (限期改正, its first steps). Cases a scheme's
 * disposal consequence opened start in the disposal stage and are left as they are. Each step is dated a few days
 * after the one before it, never after today.
 */
async function followWarnings(
  load: DistrictLoad,
  demo: DemoPlan,
  districtId: string,
  today: string,
): Promise<{ byStatus: Record<string, number>; overdueInterviews: number }> {
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
  const byStatus: Record<string, number> = {};
  let overdueInterviews = 0;
  let turn = 0;
  let escalated = false;
  for (const c of cases) {
    const branch = branchByid.get(c.branchId)!;
    let status = c.status;
    // A case a scheme's disposal consequence opened is in the disposal stage already: nothing to follow up here.
    if (status !== 'OPEN') {
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      continue;
    }
    if (branch.key === demo.accounts.branchKey) {
      if (today > c.interviewDue) overdueInterviews += 1;
    } else {
      const step = 1 + (turn++ % 3);
      const secretary = `${branch.name.replace(/党支部$/, '')}党支部书记`;
      await ctx.call('rating', WARNING_STEP.interview, {
        input: {
          caseId: c.id,
          interviewedOn: dayAfter(c.openedOn, 1, today),
          interviewedBy: secretary,
          note: INTERVIEW_NOTES[turn % INTERVIEW_NOTES.length],
        },
      });
      status = 'INTERVIEWED';
      if (step >= 2) {
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
        status = 'HELPER_PAIRED';
      }
      if (step >= 3) {
        const plannedOn = dayAfter(c.openedOn, 10, today);
        await ctx.call('rating', WARNING_STEP.plan, {
          input: { caseId: c.id, plan: PLANS[turn % PLANS.length], plannedOn },
        });
        status = 'RECTIFYING';
        // The outcome follows the next period's confirmed rating: only a case whose next total stayed below 50 escalates.
        if (!escalated && c.memberKind === 'FULL' && c.nextTotal !== null && c.nextTotal < 50) {
          // Decided a month after the plan, and not before the next period's rating meeting it follows.
          const after = [dayAfter(plannedOn, 30, today), demo.decidedOn.get(c.nextPeriodKey!) ?? plannedOn]
            .sort()
            .at(-1)!;
          await escalate(load, c, secretary, after, today);
          escalated = true;
          status = 'ESCALATED';
        }
      }
    }
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  ctx.say(
    `  双预警 ${cases.length} 件：${Object.entries(byStatus)
      .map(([s, n]) => `${STATUS_LABELS[s] ?? s} ${n} 件`)
      .join('，')}；今天约谈逾期 ${overdueInterviews} 件`,
  );
  return { byStatus, overdueInterviews };
}

const STATUS_LABELS: Record<string, string> = {
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

/** One account per role: the district, the first township, the first branch's secretary and recorder, and a member of it. */
async function createDemoAccounts(load: DistrictLoad, demo: DemoPlan, password: string): Promise<void> {
  const nodeOf = {
    district: load.idOf(load.plan.orgs[0].key),
    township: load.idOf(demo.accounts.townshipKey),
    branch: load.idOf(demo.accounts.branchKey),
  };
  for (const { at, ...account } of demoAccounts) {
    await load.ctx.call('ledger', 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: {
        ...account,
        organizationId: nodeOf[at],
        memberId: account.role === 'MEMBER' ? load.memberIds[demo.accounts.memberIndex] : null,
        password,
      },
    });
  }
}

/** What `npm start` prints once the demo is loaded. */
export function demoSummaryLines(s: DemoSummary): string[] {
  const runs = s.ratingRuns
    .map((r) => `${r.period}（评定 ${r.rated} 人，获星 ${r.starred} 人，双预警 ${r.warnings} 人）`)
    .join('；');
  return [
    `已载入示范区演示数据：${s.organizations} 个组织，${s.members} 名党员（其中 ${s.exempt} 名高龄党员不纳入积分管理）`,
    `  ${s.lastCycle} 年度：完整积分周期，${s.entries.last} 条已认定记录，公示均已结束`,
    `  ${s.currentCycle} 年度（进行中）：${s.entries.current} 条已认定记录，${s.pending} 条申报待初评，${s.windowsRunning} 个公示正在进行，${s.objectionsOpen} 条异议待答复`,
    `  评星定级已确认：${runs}`,
  ];
}
