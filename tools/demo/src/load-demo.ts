import { PeerUrls } from '@jifen/kit';
import {
  DistrictLoad,
  loadCycle,
  loadPending,
  loadQuotas,
  loadRoster,
  loadSchemes,
  loadTree,
  startLoad,
  progressReporter,
  OperationStats,
  seedClient,
} from '@jifen/seed';
import { demoAccounts } from './demo-accounts';
import { submitFilings } from './demo-filings';
import { raiseObjections } from './demo-objections';
import { buildDemoPlan, DemoPlan } from './demo-plan';
import { DemoRatingRun, rateDemo } from './demo-ratings';
import { followWarnings, WARNING_STATUS_LABELS } from './demo-warnings';

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
  /** Objections raised in the running windows: still open, and answered (the appealed among them). */
  objectionsOpen: number;
  objectionsAnswered: number;
  /** Of those answered, appealed to the first township: awaiting its decision. */
  objectionsAppealed: number;
  /** The runs confirmed: the district's of the last cycle, then the townships' of the current one. */
  ratingRuns: DemoRatingRun[];
  /** The runs previewed and left for the committee to confirm (the first township's of the current cycle). */
  ratingPreviews: (DemoRatingRun & { pendingCount: number })[];
  /** Dual warnings the demo planned (its low scorers in every period rated) and their cases by status. */
  plannedWarnings: number;
  warningCases: Record<string, number>;
  /** Cases still awaiting the secretary's interview past its due day, on the day of the load. */
  overdueInterviews: number;
  /** The first township (where `township` works): its cases by status and its interviews overdue on the day of the load. */
  township: { name: string; warningCases: Record<string, number>; overdueInterviews: number };
  /** Branch schemes submitted to the first township, awaiting its approval. */
  filingsSubmitted: number;
  /** The services' operations by total time, the slowest first (what to look at when the load is slow). */
  operations: OperationStats[];
}

/**
 * Loads 示范区 through the services' own APIs (as the platform itself, with the seed's loader and generator), so
 * that every rule the services enforce holds for the demo too: the tree, the roster, the schemes, the township's
 * quota policies; the last complete cycle in full (entries of every kind, votes, rejections, assemblies and
 * publicity closed) and the cycle in progress up to today (assemblies so far, the latest publicity still running in
 * some branches with an objection open, declarations awaiting review); the rating runs confirmed with their stars
 * and dual warnings (each run dated on its rating meeting); in the first township (where `township` works) one warning
 * case of each stage (two awaiting the interview, overdue; interviewed; helper paired; rectifying; one escalated to
 * the disposal procedure), elsewhere followed up in turn (interview, helper, plan); two branch schemes awaiting its
 * approval (demo-filings.ts); one account per role. Does
 * nothing when the ledger already has a district.
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
  const ratings = await rateDemo(load, demo, districtId);
  const objections = await raiseObjections(load, demo, current);
  const warnings = await followWarnings(load, demo, districtId, options.today);
  const filingsSubmitted = await submitFilings(load, demo);
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
    objectionsAppealed: objections.appealed,
    ratingRuns: ratings.confirmed,
    ratingPreviews: ratings.previews,
    plannedWarnings: demo.plannedWarnings,
    warningCases: warnings.byStatus,
    overdueInterviews: warnings.overdueInterviews,
    township: {
      name: plan.orgs.find((o) => o.key === demo.accounts.townshipKey)!.name,
      warningCases: warnings.township.byStatus,
      overdueInterviews: warnings.township.overdueInterviews,
    },
    filingsSubmitted,
    operations: client.stats(),
  };
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
    .map((r) => `${r.organization} ${r.period}（评定 ${r.rated} 人，获星 ${r.starred} 人，双预警 ${r.warnings} 人）`)
    .join('；');
  return [
    `已载入示范区演示数据：${s.organizations} 个组织，${s.members} 名党员（其中 ${s.exempt} 名高龄党员不纳入积分管理）`,
    `  ${s.lastCycle} 年度：完整积分周期，${s.entries.last} 条已认定记录，公示均已结束`,
    `  ${s.currentCycle} 年度（进行中）：${s.entries.current} 条已认定记录，${s.pending} 条申报待初评，${s.windowsRunning} 个公示正在进行，${s.objectionsOpen} 条异议待答复、${s.objectionsAppealed} 条申诉待处理`,
    `  评星定级已确认：${runs}`,
    ...s.ratingPreviews.map(
      (r) =>
        `  待确认：${r.organization} ${r.period} 的评星定级预览（评定 ${r.rated} 人，${r.pendingCount} 人积分未确认）`,
    ),
    `  ${s.township.name}的双预警：${Object.entries(s.township.warningCases)
      .map(([status, n]) => `${WARNING_STATUS_LABELS[status] ?? status} ${n} 件`)
      .join('，')}；今天约谈逾期 ${s.township.overdueInterviews} 件`,
  ];
}
