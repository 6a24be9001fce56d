/** Where an objection (异议) stands. OPEN and APPEALED hold the member's score. */
export enum ObjectionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  APPEALED = 'APPEALED',
  APPEAL_DECIDED = 'APPEAL_DECIDED',
}

const objectionStatusLabel: Record<ObjectionStatus, string> = {
  OPEN: '待答复',
  ANSWERED: '已答复',
  APPEALED: '已申诉',
  APPEAL_DECIDED: '申诉已处理',
};

export type ObjectionStep = 'ANSWER' | 'APPEAL' | 'DECIDE_APPEAL';

const transitions: Record<ObjectionStep, { from: ObjectionStatus; to: ObjectionStatus; refusal: string }> = {
  ANSWER: { from: ObjectionStatus.OPEN, to: ObjectionStatus.ANSWERED, refusal: '只有待答复的异议可以答复' },
  APPEAL: {
    from: ObjectionStatus.ANSWERED,
    to: ObjectionStatus.APPEALED,
    refusal: '支部答复之后才能向上级申诉，且只能申诉一次',
  },
  DECIDE_APPEAL: {
    from: ObjectionStatus.APPEALED,
    to: ObjectionStatus.APPEAL_DECIDED,
    refusal: '只有已申诉的异议可以由上级处理',
  },
};

/** The status a step leads to, or the Chinese reason it cannot be taken now. */
export function objectionStep(
  status: ObjectionStatus,
  step: ObjectionStep,
): { ok: true; to: ObjectionStatus } | { ok: false; reason: string } {
  const rule = transitions[step];
  return status === rule.from
    ? { ok: true, to: rule.to }
    : { ok: false, reason: `${rule.refusal}（现为“${objectionStatusLabel[status]}”）` };
}

/** Whether the objection still holds the member's score. */
export const holdsScore = (status: ObjectionStatus) =>
  status === ObjectionStatus.OPEN || status === ObjectionStatus.APPEALED;
