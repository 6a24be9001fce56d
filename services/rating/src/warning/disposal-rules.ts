import { isLocalDate } from '@jifen/kit/server';
import { addDays } from '@jifen/rules';
import { invalidWarningInput, WarningError, WarningErrorCode } from './warning-error';
import {
  addMonths,
  checkDay,
  cleanText,
  DEFAULT_RECTIFY_MONTHS,
  DisposalMeasure,
  DisposalStepKind,
  MAX_NAME,
  MAX_RECTIFY_MONTHS,
  measureLabel,
  optionalText,
  stepLabel,
  WarningCaseStatus,
  WarningMemberKind,
  warningStatusLabel,
} from './warning-rules';

/**
 * The disposal procedure (不合格党员组织处置, rules of 2024), pure: which measures apply, the steps in order,
 * what each step must carry, and the assembly vote. The day comes in as an argument.
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

export interface DisposalVote {
  /** 有表决权的正式党员 */
  eligible: number;
  present: number;
  inFavour: number;
  against: number;
  abstain: number;
  /** Whether the member spoke in defence (本人申辩). */
  memberSpoke: boolean;
}

/** A valid vote: more than half the voting members present, more than half of those present in favour. */
export function checkVote(vote: DisposalVote): DisposalVote {
  const counts = [vote.eligible, vote.present, vote.inFavour, vote.against, vote.abstain];
  if (counts.some((n) => !Number.isInteger(n) || n < 0) || vote.eligible < 1)
    throw invalidWarningInput('表决人数应为不小于 0 的整数，有表决权的党员至少 1 人', { vote });
  if (vote.present > vote.eligible)
    throw invalidWarningInput(`到会 ${vote.present} 人，多于有表决权的党员 ${vote.eligible} 人`, { vote });
  if (vote.inFavour + vote.against + vote.abstain > vote.present) {
    throw invalidWarningInput(
      `赞成 ${vote.inFavour}、反对 ${vote.against}、弃权 ${vote.abstain}，合计多于到会的 ${vote.present} 人`,
      { vote },
    );
  }
  if (vote.present * 2 <= vote.eligible) {
    throw new WarningError(
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      `有表决权的党员 ${vote.eligible} 人，到会 ${vote.present} 人，未超过半数，表决无效；请另行召开党员大会`,
      { vote },
    );
  }
  if (vote.inFavour * 2 <= vote.present) {
    throw new WarningError(
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      `到会 ${vote.present} 人，赞成 ${vote.inFavour} 人（反对 ${vote.against}、弃权 ${vote.abstain}），未超过到会人数的半数，处置未获通过；如终止本次处置，请归档并写明原因`,
      { vote },
    );
  }
  return { ...vote, memberSpoke: Boolean(vote.memberSpoke) };
}

export interface DisposalStepInput {
  measure: DisposalMeasure;
  step: DisposalStepKind;
  decidedBy: string;
  decidedOn: string;
  documents?: readonly string[] | null;
  vote?: DisposalVote | null;
  approval?: boolean | null;
  result?: boolean | null;
  participants?: readonly string[] | null;
  upperOpinion?: string | null;
  rectifyUntil?: string | null;
  note?: string | null;
}

/** A step as it is stored: every field present, blanks as null. */
export interface CheckedStep {
  measure: DisposalMeasure;
  step: DisposalStepKind;
  decidedBy: string;
  decidedOn: string;
  documents: string[];
  vote: DisposalVote | null;
  approval: boolean | null;
  result: boolean | null;
  participants: string[];
  upperOpinion: string | null;
  rectifyUntil: string | null;
  note: string | null;
}

export interface DisposalCaseFacts {
  status: WarningCaseStatus;
  memberKind: WarningMemberKind;
  outcomeOn: string | null;
}

/** What the `result` of a step means, where a step has one (required there, refused elsewhere). */
export function resultMeaning(measure: DisposalMeasure, step: DisposalStepKind): string | null {
  if (step === DisposalStepKind.APPEALED) return '申诉是否成立';
  if (step === DisposalStepKind.RECTIFICATION_REVIEWED) return '期满是否已有转变';
  if (step === DisposalStepKind.NOTIFIED && measure === DisposalMeasure.ADVISE_WITHDRAWAL) return '本人是否同意退党';
  return null;
}

const refuse = (message: string, details: Record<string, unknown> = {}) =>
  new WarningError(WarningErrorCode.DISPOSAL_STEP_REFUSED, message, details);

function names(values: readonly string[] | null | undefined, what: string): string[] {
  const list = (values ?? []).map((v) => v.trim()).filter(Boolean);
  if (list.length > 50 || list.some((v) => v.length > MAX_NAME))
    throw invalidWarningInput(`${what}最多 50 项，每项最多 ${MAX_NAME} 个字`, { field: what });
  return [...new Set(list)];
}

/**
 * Checks one disposal step against the case, the steps already taken and the day: the measure applies to the
 * member and the case, the step comes in order, and the step carries what it needs (two talkers, the upper
 * opinion for 劝退/除名, a carried vote, the approval, the result, the rectification period). Returns the step
 * as it is to be stored.
 */
export function checkDisposalStep(
  c: DisposalCaseFacts,
  taken: readonly StepFacts[],
  input: DisposalStepInput,
  today: string,
): CheckedStep {
  const { measure, step } = input;
  const disposals = disposalsOf(taken);
  const current = disposals.find((d) => d.measure === measure);
  if (!current) {
    if (!measuresFor(c.memberKind).includes(measure)) {
      const who =
        c.memberKind === 'PROBATIONARY'
          ? '预备党员只能延长预备期或取消预备党员资格'
          : c.memberKind === 'FULL'
            ? '延长预备期、取消预备党员资格只适用于预备党员'
            : '入党积极分子不适用不合格党员处置程序';
      throw refuse(`${who}，不能作“${measureLabel[measure]}”处置`, { measure });
    }
    const open = measuresOpen(c.status, c.memberKind, disposals);
    if (!open.measures.includes(measure))
      throw refuse(open.reason ?? `本案现在不能启动“${measureLabel[measure]}”处置`, { measure, open: open.measures });
  }
  const state = current ?? disposalState(measure, []);
  if (!state.nextSteps.includes(step)) {
    const expected = state.nextSteps.map((s) => `“${stepLabel[s]}”`).join('或');
    throw refuse(
      state.finished
        ? `“${measureLabel[measure]}”处置已归档，不能再登记步骤`
        : `“${measureLabel[measure]}”处置的下一步应为${expected}，不能登记“${stepLabel[step]}”`,
      { measure, step, next: state.nextSteps },
    );
  }
  const lastOn = taken.reduce((max, s) => (s.decidedOn > max ? s.decidedOn : max), c.outcomeOn ?? '');
  const decidedOn = checkDay(input.decidedOn, `“${stepLabel[step]}”的日期`, today, {
    day: lastOn || null,
    what: '上一步骤或转入处置的日期',
  });
  const note = optionalText(input.note, '备注');
  if (step === DisposalStepKind.ARCHIVED && state.due !== DisposalStepKind.ARCHIVED && !state.stopped && !note) {
    throw invalidWarningInput(
      `“${measureLabel[measure]}”处置尚未走完（下一步应为“${stepLabel[state.due ?? step]}”），提前归档请在备注中写明终止原因`,
      { step },
    );
  }

  const only = (field: string, allowed: boolean, present: boolean, label: string) => {
    if (present && !allowed) throw invalidWarningInput(`“${stepLabel[step]}”不需要填写${label}`, { field });
  };
  only('vote', step === DisposalStepKind.ASSEMBLY_VOTED, input.vote != null, '表决情况');
  only(
    'approval',
    step === DisposalStepKind.PRE_REVIEWED || step === DisposalStepKind.APPROVED,
    input.approval != null,
    '是否同意',
  );
  const meaning = resultMeaning(measure, step);
  only('result', meaning !== null, input.result != null, '结果');
  only('participants', step === DisposalStepKind.TALKED, (input.participants ?? []).length > 0, '谈话人');
  only('upperOpinion', step === DisposalStepKind.PRE_REVIEWED, !!input.upperOpinion?.trim(), '上级组织部门意见');
  const extends_ = measure === DisposalMeasure.RECTIFY_DEADLINE || measure === DisposalMeasure.PROBATION_EXTENDED;
  only('rectifyUntil', step === DisposalStepKind.APPROVED && extends_, input.rectifyUntil != null, '期限');

  const participants = names(input.participants, '谈话人');
  if (step === DisposalStepKind.TALKED && participants.length < 2)
    throw invalidWarningInput('须由两名正式党员与本人谈话，请填写两名谈话人', { field: 'participants' });
  const upperOpinion = optionalText(input.upperOpinion, '上级组织部门意见');
  if (
    step === DisposalStepKind.PRE_REVIEWED &&
    (measure === DisposalMeasure.ADVISE_WITHDRAWAL || measure === DisposalMeasure.REMOVAL) &&
    !upperOpinion
  ) {
    throw invalidWarningInput(`“${measureLabel[measure]}”须有上一级党组织组织部门的书面意见，请填写其意见`, {
      field: 'upperOpinion',
    });
  }
  if ((step === DisposalStepKind.PRE_REVIEWED || step === DisposalStepKind.APPROVED) && input.approval == null) {
    throw invalidWarningInput(`请填写${stepLabel[step]}是否同意`, { field: 'approval' });
  }
  if (meaning && input.result == null) throw invalidWarningInput(`请填写${meaning}`, { field: 'result' });
  const vote = step === DisposalStepKind.ASSEMBLY_VOTED ? (input.vote ? checkVote(input.vote) : null) : null;
  if (step === DisposalStepKind.ASSEMBLY_VOTED && !vote)
    throw invalidWarningInput('请填写党员大会的表决情况', { field: 'vote' });

  let rectifyUntil: string | null = null;
  if (step === DisposalStepKind.APPROVED && extends_ && input.approval) {
    const latest = addMonths(decidedOn, MAX_RECTIFY_MONTHS);
    rectifyUntil = input.rectifyUntil ?? addMonths(decidedOn, DEFAULT_RECTIFY_MONTHS);
    if (!isLocalDate(rectifyUntil) || rectifyUntil <= decidedOn || rectifyUntil > latest) {
      throw invalidWarningInput(
        `${measureLabel[measure]}的期限一般为六个月，最长不超过一年（${addDays(decidedOn, 1)} 至 ${latest}），收到 ${rectifyUntil}`,
        { field: 'rectifyUntil' },
      );
    }
  }
  if (step === DisposalStepKind.RECTIFICATION_REVIEWED && state.rectifyUntil && decidedOn < state.rectifyUntil) {
    throw refuse(`限期改正至 ${state.rectifyUntil} 期满，期满后才能评估是否转变`, { rectifyUntil: state.rectifyUntil });
  }
  return {
    measure,
    step,
    decidedBy: cleanText(input.decidedBy, '决定人或决定机构', MAX_NAME),
    decidedOn,
    documents: names(input.documents, '材料'),
    vote,
    approval: input.approval ?? null,
    result: input.result ?? null,
    participants,
    upperOpinion,
    rectifyUntil,
    note,
  };
}
