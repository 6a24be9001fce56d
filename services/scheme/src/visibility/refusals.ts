import { Right, rightLabels } from '@jifen/kit';
import { SchemeError, SchemeErrorCode } from '../scheme-error';

/**
 * FORBIDDEN answers, said to the person: what their account may not do, and who may. Only for things the
 * caller sees; anything outside their view answers as not found instead.
 */
const nameOf = (org: { name: string } | null) => (org ? `“${org.name}”` : '该组织');

export function refuseDrafting(org: { name: string } | null, details: Record<string, unknown>): SchemeError {
  return new SchemeError(
    SchemeErrorCode.FORBIDDEN,
    `您的账号无权为${nameOf(org)}制定或修订积分方案：需要“${rightLabels[Right.DRAFT_SCHEME]}”权限，且只能为本组织或下级组织制定`,
    { ...details, right: Right.DRAFT_SCHEME },
  );
}

export function refuseFilingStep(org: { name: string } | null, details: Record<string, unknown>): SchemeError {
  return new SchemeError(
    SchemeErrorCode.FORBIDDEN,
    `您的账号无权修改、报送或撤回${nameOf(org)}的积分方案草稿：需要“${rightLabels[Right.DRAFT_SCHEME]}”权限，且只能办理本组织或下级组织的方案`,
    { ...details, right: Right.DRAFT_SCHEME },
  );
}

export function refuseDecision(org: { name: string } | null, details: Record<string, unknown>): SchemeError {
  return new SchemeError(
    SchemeErrorCode.FORBIDDEN,
    `您的账号无权审核备案${nameOf(org)}的积分方案：只有它的上级党组织（需要“${rightLabels[Right.APPROVE]}”权限）可以批准或退回`,
    { ...details, right: Right.APPROVE },
  );
}

export function refuseAssignment(org: { name: string }, details: Record<string, unknown>): SchemeError {
  return new SchemeError(
    SchemeErrorCode.FORBIDDEN,
    `您的账号无权指定“${org.name}”执行的方案：只有它的上级党组织（需要“${rightLabels[Right.APPROVE]}”权限）可以指定；本组织自己的方案经上级批准后自动生效`,
    { ...details, right: Right.APPROVE },
  );
}

export function refuseGroupScheme(details: Record<string, unknown>): SchemeError {
  return new SchemeError(SchemeErrorCode.FORBIDDEN, '党小组不单独制定积分方案，请由所在党支部制定', details);
}

export function refusePreview(): SchemeError {
  return new SchemeError(SchemeErrorCode.FORBIDDEN, `您的账号无权试算积分：需要“${rightLabels[Right.READ]}”权限`, {
    right: Right.READ,
  });
}
