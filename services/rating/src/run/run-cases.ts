import { idsOnPath } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { effectivePolicy } from '../quota/quota-policy.service';
import { policiesOn } from '../quota/quota-policy.storage';
import { CaseChange, planCaseChanges } from '../warning/case-plan';
import {
  CaseEvent,
  casesForRun,
  insertCaseEvents,
  NextRow,
  openCases,
  recordNext,
  RunActor,
  upgradeCases,
  WarningCaseDraft,
  withdrawCases,
} from '../warning/case-run.storage';
import { cycleOfPeriod, previousPeriodKeys } from './period-key';
import { CaseResult, caseResultsOfRun, figuresOfRun } from './run-results.storage';
import { RunRecord } from './run.storage';

/**
 * What confirming a run does to warning and disposal cases (case-plan.ts decides, this writes), in the confirming
 * transaction: cases of the period opened or withdrawn, the next period's figures recorded on the cases the period
 * follows, and the history lines naming who confirmed. Returns how many cases were opened.
 */
export async function applyRunToCases(
  db: EntityManager,
  run: RunRecord,
  previous: RunRecord | null,
  decided: string,
  by: RunActor,
  at: string,
): Promise<number> {
  const results = await caseResultsOfRun(db, run.id);
  const current = new Set(results.map((r) => r.memberId));
  const dropped = previous
    ? (await figuresOfRun(db, previous.id)).map((r) => r.memberId).filter((id) => !current.has(id))
    : [];
  const [previousKey] = previousPeriodKeys(run.periodKey, 1);
  const cases = await casesForRun(db, run.periodKey, previousKey, [...current, ...dropped]);
  const changes = planCaseChanges({
    periodKey: run.periodKey,
    previousKey,
    results,
    droppedMemberIds: dropped,
    cases,
  });
  const district = new Map(cases.map((c) => [c.id, c.districtId]));
  const byMember = new Map(results.map((r) => [r.memberId, r]));
  const event = (caseId: string, kind: CaseEvent['kind'], total: number | null, note: string): CaseEvent => ({
    caseId,
    districtId: district.get(caseId)!,
    kind,
    periodKey: run.periodKey,
    runId: run.id,
    total,
    note,
  });
  const events: CaseEvent[] = [];
  const of = <K extends CaseChange['kind']>(kind: K) =>
    changes.filter((c): c is Extract<CaseChange, { kind: K }> => c.kind === kind);

  const withdrawn = of('WITHDRAW');
  await withdrawCases(
    db,
    withdrawn.map((c) => ({ id: c.caseId, note: c.note })),
    run.id,
    decided,
    by,
  );
  for (const c of withdrawn) events.push(event(c.caseId, 'WITHDRAWN', null, c.note));
  for (const c of of('KEEP')) events.push(event(c.caseId, 'KEPT', null, c.note));
  const upgraded = of('UPGRADE');
  await upgradeCases(
    db,
    upgraded.map((c) => ({ id: c.caseId, note: c.note })),
    run.id,
    decided,
    by,
  );
  for (const c of upgraded) events.push(event(c.caseId, 'UPGRADED', null, c.note));

  const next = of('NEXT');
  const rows: NextRow[] = next.map((c) => ({
    id: c.caseId,
    touch: c.next !== null || c.hadNext,
    nextPeriodKey: c.next ? run.periodKey : null,
    nextTotal: c.next?.total ?? null,
    nextDisposal: c.next?.disposal ?? null,
    warnedPeriods: c.warnedPeriods,
  }));
  await recordNext(db, rows, run.id, decided, by);
  for (const c of next) events.push(...nextEvents(c, run.periodKey, event));

  const drafts = await draftsOf(db, run, of('OPEN'), byMember);
  const opened = await openCases(db, drafts, decided, by);
  for (const o of opened) {
    const r = byMember.get(o.memberId)!;
    const draft = drafts.find((d) => d.memberId === o.memberId)!;
    district.set(o.id, o.districtId);
    events.push(
      event(
        o.id,
        o.trigger === 'DISPOSAL_CONSEQUENCE' ? 'DISPOSAL_OPENED' : 'OPENED',
        r.total,
        o.trigger === 'DISPOSAL_CONSEQUENCE'
          ? `${run.periodKey} 评定确认：${draft.triggerNote}，直接转入不合格党员处置程序`
          : `${run.periodKey} 评定确认：${draft.triggerNote}`,
      ),
    );
  }
  await insertCaseEvents(db, events, by.subject, at);
  return opened.length;
}

/** The history lines of a next-period record: the figure (or its clearing), and a repeated or corrected warning. */
function nextEvents(
  c: Extract<CaseChange, { kind: 'NEXT' }>,
  period: string,
  event: (caseId: string, kind: CaseEvent['kind'], total: number | null, note: string) => CaseEvent,
): CaseEvent[] {
  const lines: CaseEvent[] = [];
  if (c.next) {
    const disposal = c.next.disposal ? `，评定结果运用：${c.next.disposal}` : '';
    lines.push(
      event(c.caseId, 'NEXT_RATED', c.next.total, `下一期（${period}）评定确认，总分 ${c.next.total} 分${disposal}`),
    );
  } else if (c.hadNext) {
    lines.push(event(c.caseId, 'NEXT_CLEARED', null, `更正后的 ${period} 评定中没有本人的评定得分，下一期得分已清除`));
  }
  if (c.warned === 'AGAIN')
    lines.push(event(c.caseId, 'WARNED_AGAIN', c.next?.total ?? null, `${period} 再次受到预警，继续在本案办理`));
  if (c.warned === 'NO_LONGER')
    lines.push(event(c.caseId, 'NO_LONGER_WARNED', c.next?.total ?? null, `更正后的 ${period} 评定不再预警`));
  return lines;
}

/** The cases to open, with the interview days and rectification months of the policy in force for each branch. */
async function draftsOf(
  db: EntityManager,
  run: RunRecord,
  openings: readonly Extract<CaseChange, { kind: 'OPEN' }>[],
  byMember: ReadonlyMap<string, CaseResult>,
): Promise<WarningCaseDraft[]> {
  if (openings.length === 0) return [];
  const results = openings.map((o) => byMember.get(o.memberId)!);
  const policies = await policiesOn(db, [...new Set(results.flatMap((r) => idsOnPath(r.branchPath)))]);
  const cycle = cycleOfPeriod(run.periodKey);
  return openings.map((o) => {
    const r = byMember.get(o.memberId)!;
    const policy = effectivePolicy(r.branchPath, r.branchId, policies, cycle);
    return {
      districtId: r.districtId,
      branchId: r.branchId,
      branchPath: r.branchPath,
      memberId: r.memberId,
      memberName: r.memberName,
      memberKind: r.memberKind,
      runId: run.id,
      periodKey: run.periodKey,
      trigger: o.trigger,
      total: r.total,
      triggerNote: o.note,
      interviewDays: policy.interviewDays,
      rectifyMonths: policy.rectifyMonths,
    };
  });
}
