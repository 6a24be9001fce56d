/**
 * Who may be given what, as the ledger's access rules say (services/kit rights.ts and the ledger's account-rules.ts):
 * the console offers only what the API would accept, and the API still decides (its refusals are shown as they come).
 */

/** The rights in Chinese (the schema's AccessRight descriptions). */
export const rightLabels: Record<string, string> = {
  READ: '查看',
  DECLARE: '申报积分',
  KEEP_REGISTER: '记录台账',
  REVIEW: '支委评议与公示',
  OBJECT: '异议与申诉',
  DRAFT_SCHEME: '制定积分方案',
  APPROVE: '上级审批',
  RATE: '评星定级',
  FOLLOW_WARNINGS: '双预警跟进',
  DISPOSE: '处置审批',
  MANAGE_ORGS: '管理组织',
  MANAGE_ACCESS: '管理账号与密钥',
  EXPORT: '导出',
  READ_AUDIT: '查看审计日志',
};

const upper = [
  'READ',
  'OBJECT',
  'DRAFT_SCHEME',
  'APPROVE',
  'RATE',
  'FOLLOW_WARNINGS',
  'DISPOSE',
  'MANAGE_ORGS',
  'MANAGE_ACCESS',
  'EXPORT',
  'READ_AUDIT',
];

/** Each role's rights (kit's roleRights). */
const roleRights: Record<string, readonly string[]> = {
  DISTRICT: upper,
  TOWNSHIP: upper,
  BRANCH_SECRETARY: [
    'READ',
    'DECLARE',
    'KEEP_REGISTER',
    'REVIEW',
    'OBJECT',
    'DRAFT_SCHEME',
    'FOLLOW_WARNINGS',
    'MANAGE_ACCESS',
    'EXPORT',
  ],
  BRANCH_RECORDER: ['READ', 'DECLARE', 'KEEP_REGISTER', 'OBJECT', 'FOLLOW_WARNINGS', 'EXPORT'],
  MEMBER: ['READ', 'DECLARE', 'OBJECT'],
};

/** The roles, highest first, with the levels of organisation each sits at (a secretary or recorder at a 党总支 too). */
const levelsOfRole: Record<string, readonly string[]> = {
  DISTRICT: ['DISTRICT'],
  TOWNSHIP: ['TOWNSHIP'],
  BRANCH_SECRETARY: ['BRANCH', 'GENERAL_BRANCH'],
  BRANCH_RECORDER: ['BRANCH', 'GENERAL_BRANCH'],
  MEMBER: ['BRANCH'],
};
const accountRoles = Object.keys(levelsOfRole);
const rank = (role: string) => accountRoles.length - accountRoles.indexOf(role);

/** The roles of accounts one may open at a node: its level's, and at one's own node none above one's own role. */
export function accountRolesAt(level: string, atOwnNode: boolean, ownRole: string): string[] {
  return accountRoles.filter(
    (role) => levelsOfRole[role]!.includes(level) && (!atOwnNode || rank(role) <= rank(ownRole)),
  );
}

/** The roles a key may act as at a node: as for accounts, but never a member (a tool is not a person). */
export function keyRolesAt(level: string, atOwnNode: boolean, ownRole: string): string[] {
  return accountRolesAt(level, atOwnNode, ownRole).filter((role) => role !== 'MEMBER');
}

/** The rights a key of `role` may be given by an issuer holding `issuerRights`: its role's and the issuer's, never access. */
export function keyRightChoices(role: string, issuerRights: readonly string[]): string[] {
  return (roleRights[role] ?? []).filter((right) => issuerRights.includes(right) && right !== 'MANAGE_ACCESS');
}
