export enum MemberKind {
  /** 正式党员 */
  FULL = 'FULL',
  /** 预备党员 */
  PROBATIONARY = 'PROBATIONARY',
  /** 入党积极分子: scored, not graded */
  ACTIVIST = 'ACTIVIST',
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  /** 不纳入积分管理 (exempt), with the reason and the upper level's approval */
  EXEMPT = 'EXEMPT',
  /** 组织关系转出 (left the district's roster) */
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum ExemptionReason {
  /** 年龄 70/75 岁以上 */
  AGE = 'AGE',
  /** 患病 */
  ILLNESS = 'ILLNESS',
  /** 长期出国(境) */
  ABROAD = 'ABROAD',
  OTHER = 'OTHER',
}
