import { RatingError, RatingErrorCode } from '../rating-error';
import type { BranchInput } from '../run/rating-inputs';
import { effectivePolicy } from './quota-policy.service';
import { QuotaPolicyDraft, QuotaPolicyRecord } from './quota-policy.storage';
import { QuotaPolicy } from './quota-policy.type';

/** The id a draft carries while it is planned with; never stored, never shown. */
const DRAFT_ID = 'draft';

/**
 * The stored policies with the draft in place of its node's own (every cycle of them): what a run of the period
 * would use if the draft were the node's policy. A draft from a later cycle than the period's does not apply to it.
 */
export function policiesWithDraft(
  stored: readonly QuotaPolicyRecord[],
  draft: QuotaPolicyDraft,
  period: string,
  periodCycle: number,
): QuotaPolicyRecord[] {
  if (draft.cycle > periodCycle) {
    throw new RatingError(
      RatingErrorCode.INVALID_QUOTA_POLICY,
      `草案自 ${draft.cycle} 年度起执行，不适用于期间 ${period}；请选择 ${draft.cycle} 年度及以后的期间，或将执行周期改为 ${periodCycle}`,
      { field: 'cycle', cycle: draft.cycle, period },
    );
  }
  return [
    ...stored.filter((p) => p.organizationId !== draft.organizationId),
    { ...draft, id: DRAFT_ID, setAt: '', setByName: '' },
  ];
}

/** The policy in force for each branch among these, the draft shown as unsaved (no id, time or setter). */
export function draftPolicyOf(
  policies: readonly QuotaPolicyRecord[],
  cycle: number,
): (branch: BranchInput) => QuotaPolicy {
  return (branch) => {
    const policy = effectivePolicy(branch.path, branch.id, policies, cycle);
    return policy.id === DRAFT_ID ? { ...policy, id: null, setAt: null, setByName: null } : policy;
  };
}
