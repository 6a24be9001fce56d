import { StepFacts, stepsOf } from './disposal-rules';
import { checkDisposalStep, DisposalCaseFacts, DisposalStepInput, DisposalVote } from './disposal-step';
import { DisposalMeasure as M, DisposalStepKind as K, WarningCaseStatus } from './warning-rules';

/** What the disposal table tests share: the cases, a carried vote, and steps taken one after another as the service would. */

const TODAY = '2026-06-30';
export const full: DisposalCaseFacts = {
  status: WarningCaseStatus.ESCALATED,
  memberKind: 'FULL',
  outcomeOn: '2025-01-10',
};
export const probationary: DisposalCaseFacts = { ...full, memberKind: 'PROBATIONARY' };
export const carried: DisposalVote = {
  eligible: 20,
  present: 15,
  inFavour: 9,
  against: 4,
  abstain: 2,
  memberSpoke: true,
};

export function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    const e = error as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
}

/** What each step needs by default, so that a table lists only what it is about. */
function defaults(measure: M, step: K): Partial<DisposalStepInput> {
  switch (step) {
    case K.TALKED:
      return { participants: ['张三', '李四'] };
    case K.PRE_REVIEWED:
      return { approval: true, upperOpinion: measure === M.ADVISE_WITHDRAWAL || measure === M.REMOVAL ? '同意' : null };
    case K.ASSEMBLY_VOTED:
      return { vote: carried };
    case K.APPROVED:
      return { approval: true };
    case K.NOTIFIED:
      return measure === M.ADVISE_WITHDRAWAL ? { result: true } : {};
    case K.APPEALED:
      return { result: false };
    case K.RECTIFICATION_REVIEWED:
      return { result: false };
    default:
      return {};
  }
}

/** Records steps one after another (a week apart from 2025-02-01), as the service would; returns what was taken. */
export function take(
  c: DisposalCaseFacts,
  list: [M, K, Partial<DisposalStepInput>?][],
  taken: StepFacts[] = [],
): StepFacts[] {
  const steps = [...taken];
  for (const [measure, step, extra] of list) {
    const last = steps.length ? steps[steps.length - 1].decidedOn : '2025-02-01';
    const decidedOn = extra?.decidedOn ?? (steps.length ? addWeek(last) : last);
    steps.push(
      checkDisposalStep(
        c,
        steps,
        { measure, step, decidedBy: '党支部委员会', decidedOn, ...defaults(measure, step), ...extra },
        TODAY,
      ),
    );
  }
  return steps;
}
const addWeek = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

export const through = (measure: M, last: K): [M, K][] => {
  const order: K[] = stepsOf(measure).filter((s) => s !== K.APPEALED);
  return order.slice(0, order.indexOf(last) + 1).map((s) => [measure, s]);
};
