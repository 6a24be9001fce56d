import 'reflect-metadata';

export { ledgerService } from './ledger-service';
export { LedgerErrorCode } from './ledger-error';
export { OrgLevel } from './organization/org-level';
export { MemberKind, MemberStatus, Gender } from './member/member-kind';
