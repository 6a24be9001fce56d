import { isLocalDate } from '@jifen/kit/server';
import { addDays } from '@jifen/rules';
import { disposalsOf, disposalState, measuresFor, measuresOpen, StepFacts } from './disposal-rules';
import { invalidWarningInput, WarningError, WarningErrorCode } from './warning-error';
import { addMonths, checkDay, cleanText, MAX_NAME, optionalText } from './warning-input';
import {
  DEFAULT_RECTIFY_MONTHS,
  DisposalMeasure,
  DisposalStepKind,
  MAX_RECTIFY_MONTHS,
  measureLabel,
  stepLabel,
  WarningCaseStatus,
  WarningMemberKind,
} from './warning-rules';

/**
 * One step of the disposal procedure, pure: checked against the case, the steps already taken and the day (order,
 * measure, what the step must carry), and the assembly vote (more than half present, more than half in favour).
 */

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
function resultMeaning(measure: DisposalMeasure, step: DisposalStepKind): string | null {
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
