import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { cleanName } from '../organization/org-rules';
import { Gender, MemberKind } from './member-kind';

export interface MemberFacts {
  memberNo: string;
  name: string;
  gender: Gender;
  kind: MemberKind;
  joinDate: string | null;
  birthDate: string;
}

/** Whole years between two YYYY-MM-DD days. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const invalid = (field: string, message: string) => new LedgerError(LedgerErrorCode.INVALID_MEMBER, message, { field });

/** Checks a member's facts as a roster keeper would, against today's date, and returns them cleaned. */
export function checkMemberFacts(facts: MemberFacts, today: string): MemberFacts {
  const memberNo = facts.memberNo.trim();
  if (!/^[0-9A-Za-z-]{1,32}$/.test(memberNo))
    throw invalid('memberNo', '党员编号只能由 1 到 32 位字母、数字或连字符组成');
  const name = cleanName(facts.name, '姓名');
  if (name.length > 40) throw invalid('name', '姓名不能超过 40 个字');
  if (facts.birthDate > today) throw invalid('birthDate', '出生日期不能晚于今天');
  if (ageOn(facts.birthDate, today) > 120) throw invalid('birthDate', '出生日期不合理（年龄超过 120 岁），请核对');
  if (facts.kind === MemberKind.ACTIVIST) {
    if (facts.joinDate) throw invalid('joinDate', '入党积极分子尚未入党，入党日期应留空');
    if (ageOn(facts.birthDate, today) < 16) throw invalid('birthDate', '入党积极分子应年满 16 周岁');
  } else {
    if (!facts.joinDate) throw invalid('joinDate', '正式党员和预备党员必须填写入党日期');
    if (facts.joinDate > today) throw invalid('joinDate', '入党日期不能晚于今天');
    if (ageOn(facts.birthDate, facts.joinDate) < 18)
      throw invalid('joinDate', '入党时应年满 18 周岁，请核对出生日期和入党日期');
  }
  return { ...facts, memberNo, name, joinDate: facts.kind === MemberKind.ACTIVIST ? null : facts.joinDate };
}

export function cleanReason(raw: string, what = '原因'): string {
  const reason = raw.trim();
  if (reason.length === 0) throw invalid('reason', `${what}不能为空`);
  if (reason.length > 500) throw invalid('reason', `${what}不能超过 500 个字`);
  return reason;
}
