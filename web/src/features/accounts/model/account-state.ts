import { beijingClock, beijingDateTime } from '../../../lib/beijing-time';

export interface AccountStateInput {
  disabledAt: string | null;
  lockedUntil: string | null;
  failedLogins: number;
}

export interface AccountState {
  /** 在用, 已停用, 等待中 (after five wrong passwords in a row). */
  label: string;
  /** The tag's colour. */
  color: 'success' | 'default' | 'warning';
  /** What more a person should know, in Chinese; empty when nothing. */
  note: string;
  /** Whether unlocking would change anything (wrong passwords counted). */
  unlockable: boolean;
}

/** An account's state as the console shows it, at `now`. */
export function accountState(account: AccountStateInput, now: Date): AccountState {
  const unlockable = account.failedLogins > 0 || account.lockedUntil !== null;
  const wrong = account.failedLogins > 0 ? `连续输错密码 ${account.failedLogins} 次` : '';
  if (account.disabledAt)
    return { label: '已停用', color: 'default', note: `停用于 ${beijingDateTime(account.disabledAt)}`, unlockable };
  if (account.lockedUntil && Date.parse(account.lockedUntil) > now.getTime())
    return {
      label: '等待中',
      color: 'warning',
      note: `${wrong}，须等到 ${beijingClock(Date.parse(account.lockedUntil))} 后再登录`,
      unlockable,
    };
  return { label: '在用', color: 'success', note: wrong, unlockable };
}
