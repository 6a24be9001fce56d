import { randomUUID } from 'node:crypto';
import { assertPage, Caller, Right } from '@jifen/kit';
import { dayOf } from '@jifen/kit/server';
import { readScope, seesOrganisationRatings } from '../rating-access';
import { DataSource, EntityManager } from 'typeorm';
import { disposalsOf, DisposalState, measuresOpen } from './disposal-rules';
import { checkDisposalStep, DisposalStepInput } from './disposal-step';
import * as steps from './disposal-step.storage';
import { DisposalStepRecord } from './disposal-step.storage';
import { overdueItems } from './overdue-rules';
import { assertMayAct, rightOfStep, WarningRight } from './warning-access';
import { checkDay, checkHelperId, cleanText, MAX_NAME, optionalText } from './warning-input';
import { outcomeStep } from './warning-outcome';
import { checkPlanRevision, PlanRevisionInput } from './plan-revision';
import { insertPlanRevision, revisionsOfCases } from './plan-revision.storage';
import { invalidWarningInput, warningCaseNotFound } from './warning-error';
import {
  assertCaseStep,
  DisposalMeasure,
  DisposalStepKind,
  rectifyDeadline,
  WarningCaseStatus,
  WarningOutcome,
} from './warning-rules';
import * as storage from './warning.storage';
import { WarningCaseRecord } from './warning.storage';

export interface RecordInterview {
  interviewedOn: string;
  interviewedBy: string;
  note: string;
}

export interface PairHelper {
  helperName: string;
  helperMemberId?: string | null;
  pairedOn: string;
}

export interface SetRectificationPlan {
  plan: string;
  plannedOn: string;
  /** Default: the plan day plus the case's rectification months (six unless the policy says otherwise). */
  deadline?: string | null;
}

export interface DecideOutcome {
  outcome: WarningOutcome;
  decidedOn: string;
  decidedBy: string;
  note?: string | null;
}

export interface CaseListFilter {
  status?: WarningCaseStatus | null;
  overdueOnly?: boolean;
  first: number;
  offset: number;
}

/** Dual-warning cases (双预警) and the disposal procedure: each write one transaction on the locked case row. */
export class WarningCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  today(): string {
    return dayOf(this.clock);
  }

  /** Overdue items of a case today, in Chinese. */
  overdue(c: WarningCaseRecord): string[] {
    return overdueItems(c, this.today());
  }

  /** 书记约谈: the secretary talks with the warned member. */
  recordInterview(caller: Caller, caseId: string, input: RecordInterview): Promise<WarningCaseRecord> {
    return this.change(caller, caseId, Right.FOLLOW_WARNINGS, (c, today) => {
      const status = assertCaseStep(c.status, 'INTERVIEW');
      return {
        ...c,
        status,
        interviewedOn: checkDay(input.interviewedOn, '约谈日期', today, { day: c.openedOn, what: '预警日期' }),
        interviewedBy: cleanText(input.interviewedBy, '约谈人', MAX_NAME),
        interviewNote: cleanText(input.note, '约谈情况（发现的问题、原因分析）'),
      };
    });
  }

  /** 结对帮扶: a helper is paired with the member. */
  pairHelper(caller: Caller, caseId: string, input: PairHelper): Promise<WarningCaseRecord> {
    return this.change(caller, caseId, Right.FOLLOW_WARNINGS, (c, today) => {
      const status = assertCaseStep(c.status, 'PAIR_HELPER');
      return {
        ...c,
        status,
        helperName: cleanText(input.helperName, '帮扶人', MAX_NAME),
        helperMemberId: checkHelperId(input.helperMemberId, c.memberId),
        pairedOn: checkDay(input.pairedOn, '结对日期', today, { day: c.interviewedOn, what: '约谈日期' }),
      };
    });
  }

  /** 整改计划 with its deadline (限期改正: six months by default, at most one year). */
  setRectificationPlan(caller: Caller, caseId: string, input: SetRectificationPlan): Promise<WarningCaseRecord> {
    return this.change(caller, caseId, Right.FOLLOW_WARNINGS, (c, today) => {
      const status = assertCaseStep(c.status, 'SET_PLAN');
      const plannedOn = checkDay(input.plannedOn, '计划制定日期', today, { day: c.pairedOn, what: '结对日期' });
      return {
        ...c,
        status,
        plan: cleanText(input.plan, '整改计划'),
        plannedOn,
        rectifyDeadline: rectifyDeadline(plannedOn, c.rectifyMonths, input.deadline),
      };
    });
  }

  /**
   * A revision of the plan in force while the member rectifies (the plan, the deadline or both, within a year of
   * the plan's first day), appended to the case's revisions with who decided it and why; the case keeps the new plan.
   */
  async revisePlan(caller: Caller, caseId: string, input: PlanRevisionInput): Promise<WarningCaseRecord> {
    const today = this.today();
    const now = this.clock().toISOString();
    return this.dataSource.transaction(async (db) => {
      const c = await this.locked(db, caller, caseId);
      assertMayAct(caller, Right.FOLLOW_WARNINGS, c.branchPath);
      const before = await revisionsOfCases(db, [c.id]);
      const revision = checkPlanRevision(c, input, before.at(-1)?.revisedOn ?? c.plannedOn!, today);
      await insertPlanRevision(db, {
        ...revision,
        caseId: c.id,
        districtId: c.districtId,
        seq: before.length + 1,
        recordedBy: caller.subject,
        recordedAt: now,
      });
      const saved = {
        ...c,
        plan: revision.plan,
        rectifyDeadline: revision.deadline,
        updatedBy: caller.subject,
        updatedAt: now,
      };
      await storage.saveCase(db, saved);
      return saved;
    });
  }

  /**
   * The outcome after rectification: IMPROVED closes the case, ESCALATED opens the disposal procedure; which one the
   * next period's confirmed rating allows (recorded on the case by its run, see warning-outcome.ts).
   */
  decideOutcome(caller: Caller, caseId: string, input: DecideOutcome): Promise<WarningCaseRecord> {
    return this.change(caller, caseId, Right.FOLLOW_WARNINGS, (c, today) => {
      const status = outcomeStep(c, input.outcome);
      const note = optionalText(input.note, '说明');
      if (input.outcome === WarningOutcome.ESCALATED && !note)
        throw invalidWarningInput('转入处置程序请写明帮扶后仍无转化提高的情况', { field: 'note' });
      return {
        ...c,
        status,
        outcome: input.outcome,
        // Not before the plan, nor before the rating it follows was decided.
        outcomeOn: checkDay(
          input.decidedOn,
          '认定日期',
          today,
          c.nextDecidedOn && c.nextDecidedOn > (c.plannedOn ?? '')
            ? { day: c.nextDecidedOn, what: `下一期（${c.nextPeriodKey}）评定的日期` }
            : { day: c.plannedOn, what: '整改计划制定日期' },
        ),
        outcomeBy: cleanText(input.decidedBy, '认定人或认定机构', MAX_NAME),
        outcomeNote: note,
      };
    });
  }

  /** One step of the disposal procedure, appended; the case keeps where its disposal stands. */
  async recordDisposalStep(caller: Caller, caseId: string, input: DisposalStepInput): Promise<WarningCaseRecord> {
    const today = this.today();
    const now = this.clock().toISOString();
    return this.dataSource.transaction(async (db) => {
      const c = await this.locked(db, caller, caseId);
      assertMayAct(caller, rightOfStep(input.step), c.branchPath);
      const taken = await steps.stepsOfCases(db, [c.id]);
      const step = checkDisposalStep(c, taken, input, today);
      await steps.insertDisposalStep(db, {
        ...step,
        id: randomUUID(),
        caseId: c.id,
        districtId: c.districtId,
        seq: taken.length + 1,
        recordedBy: caller.subject,
        recordedAt: now,
      });
      const due =
        step.step === DisposalStepKind.PROPOSED
          ? null
          : step.step === DisposalStepKind.APPROVED
            ? step.rectifyUntil
            : c.disposalDue;
      const saved: WarningCaseRecord = {
        ...c,
        disposalMeasure: step.measure,
        disposalStep: step.step,
        disposalStepOn: step.decidedOn,
        disposalDue: due,
        updatedBy: caller.subject,
        updatedAt: now,
      };
      await storage.saveCase(db, saved);
      return saved;
    });
  }

  // ---- reads ----

  async byId(caller: Caller, caseId: string): Promise<WarningCaseRecord | null> {
    const [found] = await storage.findCases(this.dataSource.manager, [caseId], readScope(caller));
    return found ?? null;
  }

  /** Cases under an organisation path (inside the caller's scope), by status and overdue on today; none for a member, who sees only their own. */
  async underPath(caller: Caller, path: string, filter: CaseListFilter): Promise<WarningCaseRecord[]> {
    assertPage(filter.first, filter.offset);
    if (!seesOrganisationRatings(caller)) return [];
    return storage.casesUnder(this.dataSource.manager, [path], readScope(caller), {
      statuses: filter.status ? [filter.status] : null,
      overdueOnly: filter.overdueOnly ?? false,
      today: this.today(),
      first: filter.first,
      offset: filter.offset,
    });
  }

  ofMember(caller: Caller, memberId: string): Promise<WarningCaseRecord[]> {
    return storage.casesOfMembers(this.dataSource.manager, [memberId], readScope(caller));
  }

  disposalSteps(caseId: string): Promise<DisposalStepRecord[]> {
    return steps.stepsOfCases(this.dataSource.manager, [caseId]);
  }

  // ---- the one way a case changes ----

  private async locked(db: EntityManager, caller: Caller, caseId: string): Promise<WarningCaseRecord> {
    const [c] = await storage.findCases(db, [caseId], readScope(caller), true);
    if (!c) throw warningCaseNotFound(caseId);
    return c;
  }

  private change(
    caller: Caller,
    caseId: string,
    right: WarningRight,
    apply: (c: WarningCaseRecord, today: string) => WarningCaseRecord,
  ): Promise<WarningCaseRecord> {
    const today = this.today();
    const now = this.clock().toISOString();
    return this.dataSource.transaction(async (db) => {
      const c = await this.locked(db, caller, caseId);
      assertMayAct(caller, right, c.branchPath);
      const saved = { ...apply(c, today), updatedBy: caller.subject, updatedAt: now };
      await storage.saveCase(db, saved);
      return saved;
    });
  }
}

/** Where a case's disposals stand and which measures it may start now: what the API shows beside the steps. */
export function disposalView(
  c: WarningCaseRecord,
  steps: readonly DisposalStepRecord[],
): { disposals: DisposalState<DisposalStepRecord>[]; measuresOpen: DisposalMeasure[] } {
  const disposals = disposalsOf(steps);
  return { disposals, measuresOpen: measuresOpen(c.status, c.memberKind, disposals).measures };
}
