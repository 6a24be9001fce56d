import {
  DisposalMeasure,
  DisposalStepKind,
  measureLabel,
  WarningCaseStatus,
  WarningMemberKind,
  warningStatusLabel,
} from './warning-rules';

/**
 * The disposal procedure (不合格党员组织处置, rules of 2024), pure: which measures apply, the steps in order and
 * where a case's disposals stand. What each step must carry and the assembly vote: disposal-step.ts.
 */

const FULL_MEASURES = [DisposalMeasure.RECTIFY_DEADLINE, DisposalMeasure.ADVISE_WITHDRAWAL, DisposalMeasure.REMOVAL];
const PROBATION_MEASURES = [DisposalMeasure.PROBATION_EXTENDED, DisposalMeasure.PROBATION_CANCELLED];
/** Measures after which the member is no longer in the party (or no longer a probationary member). */
const FINAL_MEASURES = [DisposalMeasure.REMOVAL, DisposalMeasure.PROBATION_CANCELLED];

/** Measures that apply to a member kind: 劝退/除名 are for full members, a probationary member's probation is extended or cancelled. */
export function measuresFor(kind: WarningMemberKind): DisposalMeasure[] {
  return kind === 'FULL' ? [...FULL_MEASURES] : kind === 'PROBATIONARY' ? [...PROBATION_MEASURES] : [];
}

const BASE_ORDER = [
  DisposalStepKind.PROPOSED,
  DisposalStepKind.INVESTIGATED,
  DisposalStepKind.TALKED,
  DisposalStepKind.PRE_REVIEWED,
  DisposalStepKind.ASSEMBLY_VOTED,
  DisposalStepKind.APPROVED,
  DisposalStepKind.NOTIFIED,
  DisposalStepKind.APPEALED,
];

/** The steps of a measure in order; APPEALED may be skipped, RECTIFICATION_REVIEWED belongs to 限期改正 only. */
export function stepsOf(measure: DisposalMeasure): DisposalStepKind[] {
  return measure === DisposalMeasure.RECTIFY_DEADLINE
    ? [...BASE_ORDER, DisposalStepKind.RECTIFICATION_REVIEWED, DisposalStepKind.ARCHIVED]
    : [...BASE_ORDER, DisposalStepKind.ARCHIVED];
}

const OPTIONAL_STEPS = [DisposalStepKind.APPEALED];

/** What a recorded step contributes to the disposal's course. */
export interface StepFacts {
  measure: DisposalMeasure;
  step: DisposalStepKind;
  decidedOn: string;
  approval: boolean | null;
  result: boolean | null;
  rectifyUntil: string | null;
}

export interface DisposalState<S extends StepFacts = StepFacts> {
  measure: DisposalMeasure;
  steps: S[];
  /** Archived. */
  finished: boolean;
  /** Not approved at pre-review or approval, or the appeal was upheld: only archiving is left. */
  stopped: boolean;
  /** Finished without taking effect: stopped, or archived before the procedure's end. */
  terminated: boolean;
  /** Steps that may come next; ARCHIVED is always among them while unfinished (early archiving needs a reason). */
  nextSteps: DisposalStepKind[];
  /** The next step that keeps the procedure going normally; null when finished or stopped. */
  due: DisposalStepKind | null;
  /** The rectification or extended probation runs until this day (from APPROVED). */
  rectifyUntil: string | null;
}

/** Steps reachable after `last` in the normal course (an optional step and the one after it). */
function normalNext(measure: DisposalMeasure, last: DisposalStepKind | null): DisposalStepKind[] {
  const order = stepsOf(measure);
  const next: DisposalStepKind[] = [];
  for (let i = last === null ? 0 : order.indexOf(last) + 1; i < order.length; i++) {
    next.push(order[i]);
    if (!OPTIONAL_STEPS.includes(order[i])) break;
  }
  return next;
}

const stopsAt = (s: StepFacts) =>
  ((s.step === DisposalStepKind.PRE_REVIEWED || s.step === DisposalStepKind.APPROVED) && s.approval === false) ||
  (s.step === DisposalStepKind.APPEALED && s.result === true);

/** Where one measure's procedure stands, from its steps in the order recorded. */
export function disposalState<S extends StepFacts>(measure: DisposalMeasure, steps: readonly S[]): DisposalState<S> {
  const own = steps.filter((s) => s.measure === measure);
  const last = own.length ? own[own.length - 1] : null;
  const finished = last?.step === DisposalStepKind.ARCHIVED;
  const stopped = own.some(stopsAt);
  let terminated = false;
  if (finished) {
    const before = own.length > 1 ? own[own.length - 2].step : null;
    terminated = stopped || !normalNext(measure, before).includes(DisposalStepKind.ARCHIVED);
  }
  const normal = finished || stopped ? [] : normalNext(measure, last?.step ?? null);
  let nextSteps: DisposalStepKind[];
  if (finished) nextSteps = [];
  else if (!last) nextSteps = [DisposalStepKind.PROPOSED];
  else if (stopped) nextSteps = [DisposalStepKind.ARCHIVED];
  else nextSteps = [...new Set([...normal, DisposalStepKind.ARCHIVED])];
  const rectifyUntil = own.find((s) => s.step === DisposalStepKind.APPROVED)?.rectifyUntil ?? null;
  return {
    measure,
    steps: own,
    finished,
    stopped,
    terminated,
    nextSteps,
    due: normal.find((s) => !OPTIONAL_STEPS.includes(s)) ?? null,
    rectifyUntil,
  };
}

/** Every measure taken on a case, in the order it was first proposed. */
export function disposalsOf<S extends StepFacts>(steps: readonly S[]): DisposalState<S>[] {
  const measures = [...new Set(steps.map((s) => s.measure))];
  return measures.map((m) => disposalState(m, steps));
}

const resultOf = (d: DisposalState, step: DisposalStepKind) => d.steps.find((s) => s.step === step)?.result ?? null;

/**
 * The measures a case may start now, or why none: an escalated case, not an activist, no disposal under way,
 * each measure once per case; after a finished 限期改正 with no change only 劝其退党, after 劝退 refused only 除名,
 * after an extended probation only its cancellation; after a terminated disposal any unused measure of the kind.
 */
export function measuresOpen(
  status: WarningCaseStatus,
  kind: WarningMemberKind,
  disposals: readonly DisposalState[],
): { measures: DisposalMeasure[]; reason: string | null } {
  const none = (reason: string) => ({ measures: [], reason });
  if (status !== WarningCaseStatus.ESCALATED)
    return none(`双预警尚未转入不合格党员处置程序（现为“${warningStatusLabel[status]}”）`);
  if (kind === 'ACTIVIST') return none('入党积极分子不适用不合格党员处置程序');
  const running = disposals.find((d) => !d.finished);
  if (running) return none(`“${measureLabel[running.measure]}”处置尚未办结（归档），不能另行启动处置`);
  const used = new Set(disposals.map((d) => d.measure));
  const unused = (list: DisposalMeasure[], reason: string) => {
    const measures = list.filter((m) => measuresFor(kind).includes(m) && !used.has(m));
    return { measures, reason: measures.length ? null : reason };
  };
  const last = disposals[disposals.length - 1];
  if (!last || last.terminated) return unused(measuresFor(kind), '本案适用的处置方式均已使用过，同一问题不再重复处置');
  switch (last.measure) {
    case DisposalMeasure.RECTIFY_DEADLINE:
      return resultOf(last, DisposalStepKind.RECTIFICATION_REVIEWED) === false
        ? unused([DisposalMeasure.ADVISE_WITHDRAWAL], '限期改正期满仍无转变，但本案已作过劝其退党处置')
        : none('限期改正期满已有转变，本案不再处置');
    case DisposalMeasure.ADVISE_WITHDRAWAL:
      return resultOf(last, DisposalStepKind.NOTIFIED) === false
        ? unused([DisposalMeasure.REMOVAL], '本案已作过除名处置')
        : none('本人已同意退党，本案不再处置');
    case DisposalMeasure.PROBATION_EXTENDED:
      return unused([DisposalMeasure.PROBATION_CANCELLED], '本案已作过取消预备党员资格处置');
    default:
      return FINAL_MEASURES.includes(last.measure)
        ? none(`已作出“${measureLabel[last.measure]}”处置，本案不再处置`)
        : none('本案不再处置');
  }
}
