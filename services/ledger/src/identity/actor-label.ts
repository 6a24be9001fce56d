import { AccountRole, roleLabels } from './account-rules';

/** The title of each role in a signature (署名): what the person is at their organisation. */
const roleTitles: Record<AccountRole, string> = {
  DISTRICT: '管理员',
  TOWNSHIP: '管理员',
  BRANCH_SECRETARY: '书记',
  BRANCH_RECORDER: '积分记录员',
  MEMBER: '党员',
};

/** The organisation as a signature names it: a district's account acts for its organisation department (区委组织部). */
function officeOf(role: AccountRole, organizationName: string): string {
  const name = organizationName.trim();
  return role === 'DISTRICT' && !name.endsWith('组织部') ? `${name}委组织部` : name;
}

/**
 * How people read who acted through an account: organisation, role and person, e.g. “青山村党支部 书记 张某”,
 * “示范区委组织部 管理员 周明”. A display name that only repeats the organisation or the role (accounts opened before
 * names were asked for, such as “第一个党支部书记”) is left out rather than said twice.
 */
export function accountLabel(account: { role: AccountRole; organizationName: string; displayName: string }): string {
  const office = officeOf(account.role, account.organizationName);
  const title = roleTitles[account.role];
  const person = account.displayName.trim();
  const repeats =
    !person ||
    person.includes(account.organizationName.trim()) ||
    person.includes(office) ||
    person.includes(title) ||
    person.includes(roleLabels[account.role]);
  return [office, title, repeats ? '' : person].filter(Boolean).join(' ');
}

/** How people read a call made with an API key: the organisation and the key's name, e.g. “青山村党支部 密钥“考勤机””. */
export function apiKeyLabel(key: { organizationName: string; name: string }): string {
  return `${key.organizationName.trim()} 密钥“${key.name.trim()}”`;
}
