// The rights and their names, apart from the role table (rights.ts): the caller type names them without an import cycle.

/**
 * What a caller may do, one right per kind of work. A person's account has all the rights of its role;
 * a branch tool's API key has the subset it was issued with (never more than its role's).
 */
export enum Right {
  /** See what the role sees inside its scope (a member: self and the branch's publicity list). */
  READ = 'READ',
  /** Declare point entries (a member: only their own). */
  DECLARE = 'DECLARE',
  /** Keep the register: record attendance, import entries, upload evidence, record votes, keep the roster. */
  KEEP_REGISTER = 'KEEP_REGISTER',
  /** The branch committee's decisions: review and reverse entries, confirm assemblies, publish, answer objections, conditions, exemption requests. */
  REVIEW = 'REVIEW',
  /** Object to a published score, or appeal an answer. */
  OBJECT = 'OBJECT',
  /** Adopt and revise scoring schemes, submit them for filing. */
  DRAFT_SCHEME = 'DRAFT_SCHEME',
  /** An upper level's decisions below itself: filings, appeals, exemptions. */
  APPROVE = 'APPROVE',
  /** Quota policies and rating runs. */
  RATE = 'RATE',
  /** The branch's steps in a dual-warning case: interview, helper, rectification plan, outcome. */
  FOLLOW_WARNINGS = 'FOLLOW_WARNINGS',
  /** An upper level's steps in a disposal: pre-review, approval. */
  DISPOSE = 'DISPOSE',
  /** Create, rename and move organisation nodes. */
  MANAGE_ORGS = 'MANAGE_ORGS',
  /** Accounts and API keys below oneself. */
  MANAGE_ACCESS = 'MANAGE_ACCESS',
  /** Register exports (files). */
  EXPORT = 'EXPORT',
  /** Read the audit log of one's scope. */
  READ_AUDIT = 'READ_AUDIT',
}

/** Chinese names of the rights, for messages and key listings. */
export const rightLabels: Record<Right, string> = {
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
