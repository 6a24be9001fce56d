import { AppError } from '@jifen/kit';

export enum LedgerErrorCode {
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  INVALID_PARENT_LEVEL = 'INVALID_PARENT_LEVEL',
  MOVE_WOULD_CYCLE = 'MOVE_WOULD_CYCLE',
  CROSS_DISTRICT_MOVE = 'CROSS_DISTRICT_MOVE',
  DUPLICATE_SIBLING_NAME = 'DUPLICATE_SIBLING_NAME',
  INVALID_NAME = 'INVALID_NAME',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  MEMBER_NO_TAKEN = 'MEMBER_NO_TAKEN',
  INVALID_MEMBER = 'INVALID_MEMBER',
  NOT_A_MEMBER_UNIT = 'NOT_A_MEMBER_UNIT',
  MEMBER_NOT_ACTIVE = 'MEMBER_NOT_ACTIVE',
  FORBIDDEN = 'FORBIDDEN',
}

export class LedgerError extends AppError<LedgerErrorCode> {}

export const organizationNotFound = (id: string) =>
  new LedgerError(LedgerErrorCode.ORGANIZATION_NOT_FOUND, `找不到编号为 ${id} 的组织，或您无权访问它`, { id });

export const memberNotFound = (id: string) =>
  new LedgerError(LedgerErrorCode.MEMBER_NOT_FOUND, `找不到编号为 ${id} 的党员，或您无权访问他/她`, { id });
