/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 权限（账号拥有其角色的全部权限；密钥只有签发时选定的部分） */
export type AccessRight =
  /** 上级审批：方案备案、申诉、不纳入积分管理 */
  | 'APPROVE'
  /** 申报积分 */
  | 'DECLARE'
  /** 处置的上级预审与审批 */
  | 'DISPOSE'
  /** 制定和报备积分方案 */
  | 'DRAFT_SCHEME'
  /** 导出台账文件 */
  | 'EXPORT'
  /** 双预警跟进 */
  | 'FOLLOW_WARNINGS'
  /** 记录台账：考勤、导入、证明材料、表决、名册 */
  | 'KEEP_REGISTER'
  /** 管理账号与密钥 */
  | 'MANAGE_ACCESS'
  /** 新建、更名、调整组织 */
  | 'MANAGE_ORGS'
  /** 提出异议与申诉 */
  | 'OBJECT'
  /** 星级名额与评星定级 */
  | 'RATE'
  /** 查看 */
  | 'READ'
  /** 查看审计日志 */
  | 'READ_AUDIT'
  /** 支委评议：初评、冲正、大会评定、公示、答复异议 */
  | 'REVIEW';

/** 账号或密钥的角色 */
export type AccountRole =
  /** 积分记录员 */
  | 'BRANCH_RECORDER'
  /** 党支部书记 */
  | 'BRANCH_SECRETARY'
  /** 区委组织部 */
  | 'DISTRICT'
  /** 党员 */
  | 'MEMBER'
  /** 镇(街道)党(工)委 */
  | 'TOWNSHIP';

/** 审计日志记录的种类 */
export type AuditKind =
  /** 导出（下载文件） */
  | 'EXPORT'
  /** 写操作（新增、修改、审批等） */
  | 'WRITE';

/** 一票否决或直接认定条件的发生 */
export type ConditionFactInput = {
  code: string;
  date: string;
  note?: string | null | undefined;
};

/** 开设账号 */
export type CreateAccountInput = {
  /** 使用人的姓名，如“张某”（署名由组织、角色和姓名组成：“青山村党支部 书记 张某”）；党员账号不填则取党员本人姓名 */
  displayName?: string | null | undefined;
  /** 党员账号对应的党员 */
  memberId?: string | number | null | undefined;
  /** 所在组织：区委组织部设在区，党(工)委设在镇街，书记和记录员设在党支部（或党总支），党员设在所在党支部 */
  organizationId: string | number;
  /** 初始密码：至少 10 位，含字母和数字 */
  password: string;
  /** 角色 */
  role: AccountRole;
  /** 用户名：3–40 位字母、数字、点、下划线或连字符 */
  username: string;
};

/** 签发密钥 */
export type CreateApiKeyInput = {
  /** 名称，如“支部考勤机” */
  name: string;
  /** 绑定的组织 */
  organizationId: string | number;
  /** 每分钟调用上限，缺省 600，最多 6000 */
  rateLimitPerMinute?: number | null | undefined;
  /** 权限：该角色权限的子集，不超过签发人本人的权限 */
  rights: Array<AccessRight>;
  /** 以何种角色调用（不能是党员） */
  role: AccountRole;
};

/** 认定整改结果：依据下一期评定确认时记录的总分，达到 50 分才能认定为已转化提高，否则只能转入处置程序；下一期评定确认之前不能认定 */
export type DecideWarningOutcomeInput = {
  caseId: string | number;
  /** 认定人或认定机构，如“党支部委员会” */
  decidedBy: string;
  /** 认定日期 */
  decidedOn: string;
  /** 说明；启动处置程序时必填 */
  note?: string | null | undefined;
  /** IMPROVED 结案，ESCALATED 启动处置程序 */
  outcome: WarningOutcome;
};

/** 不合格党员组织处置方式 */
export type DisposalMeasure =
  /** 劝其退党（限期改正期满仍无转变等；正式党员） */
  | 'ADVISE_WITHDRAWAL'
  /** 取消预备党员资格（预备党员） */
  | 'PROBATION_CANCELLED'
  /** 延长预备期（预备党员，最长不超过一年） */
  | 'PROBATION_EXTENDED'
  /** 限期改正（一般六个月，最长不超过一年；正式党员） */
  | 'RECTIFY_DEADLINE'
  /** 除名（劝而不退，或无正当理由连续六个月不参加组织生活、不交党费、不做党所分配的工作；正式党员） */
  | 'REMOVAL';

/** 处置程序的步骤（按顺序办理） */
export type DisposalStepKind =
  /** 本人申诉 */
  | 'APPEALED'
  /** 基层党委审批 */
  | 'APPROVED'
  /** 材料归档 */
  | 'ARCHIVED'
  /** 党员大会表决 */
  | 'ASSEMBLY_VOTED'
  /** 调查核实 */
  | 'INVESTIGATED'
  /** 通知本人 */
  | 'NOTIFIED'
  /** 基层党委预审 */
  | 'PRE_REVIEWED'
  /** 支委会提出处置意见并报基层党委备案 */
  | 'PROPOSED'
  /** 限期改正期满评估 */
  | 'RECTIFICATION_REVIEWED'
  /** 两名正式党员谈话 */
  | 'TALKED';

/** 党员大会表决情况：到会须超过有表决权党员的半数，赞成须超过到会人数的半数 */
export type DisposalVoteInput = {
  /** 弃权 */
  abstain: number;
  /** 反对 */
  against: number;
  /** 有表决权的正式党员人数 */
  eligible: number;
  /** 赞成 */
  inFavour: number;
  /** 本人是否到会申辩 */
  memberSpoke?: boolean;
  /** 到会人数 */
  present: number;
};

/** 一条已认定的积分记录 */
export type EntryFactInput = {
  /** 参与单位（人）数，平分时用 */
  contributors?: number | null | undefined;
  /** 发生日期 */
  date: string;
  /** 记录编号（解释中引用） */
  id: string;
  /** 规则文件中的项目代码 */
  item: string;
  /** 起带头、组织、主导作用 */
  leading?: boolean | null | undefined;
  /** 级别（按级别计分的项目） */
  level?: HonourLevel | null | undefined;
  /** 事项：同一事项只计最高级别时用 */
  matter?: string | null | undefined;
  /** 分值（支部酌情定分的项目） */
  points?: number | null | undefined;
  /** 数量（按数量计分的项目） */
  quantity?: number | null | undefined;
};

/** 记录类型 */
export type EntryKind =
  /** 积分记录 */
  | 'CLAIM'
  /** 冲正记录 */
  | 'REVERSAL';

/** 积分记录所处环节 */
export type EntryState =
  /** 支委初评认定，待党员大会评定 */
  | 'ACCEPTED'
  /** 党员大会已评定，待公示 */
  | 'CONFIRMED'
  /** 已申报，待支委初评 */
  | 'DECLARED'
  /** 公示期满，已确认 */
  | 'FINAL'
  /** 公示中 */
  | 'PUBLISHED'
  /** 初评不予认定 */
  | 'REJECTED'
  /** 已冲正（被一条冲正记录抵消） */
  | 'REVERSED';

/** 不纳入积分管理 */
export type ExemptionFactInput = {
  from: string;
  /** 支部根据平时表现给予的年度积分 */
  manualTotal?: number | null | undefined;
  reason: string;
  until?: string | null | undefined;
};

/** 报审过程中的一步 */
export type FilingAction =
  /** 批准 */
  | 'APPROVE'
  /** 新建草稿 */
  | 'CREATE'
  /** 修改 */
  | 'EDIT'
  /** 退回修改 */
  | 'RETURN'
  /** 报送上级 */
  | 'SUBMIT'
  /** 撤回 */
  | 'WITHDRAW';

/** 方案报审状态 */
export type FilingStatus =
  /** 已批准，成为方案的一个版本 */
  | 'APPROVED'
  /** 草稿，支部可修改 */
  | 'DRAFT'
  /** 上级退回修改 */
  | 'RETURNED'
  /** 已报送上级，等待审核备案 */
  | 'SUBMITTED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** 表彰、成果等的级别 */
export type HonourLevel =
  /** 党支部 */
  | 'BRANCH'
  /** 市级 */
  | 'CITY'
  /** 县（区）级 */
  | 'COUNTY'
  /** 国家级 */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCIAL'
  /** 乡镇（党工委）级 */
  | 'TOWNSHIP'
  /** 本单位 */
  | 'UNIT';

/** 人员类别 */
export type MemberKind =
  /** 入党积极分子（计分，不评定等次） */
  | 'ACTIVIST'
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

/** 名册状态 */
export type MemberStatus =
  /** 在册，纳入积分管理 */
  | 'ACTIVE'
  /** 不纳入积分管理（经支部党员大会决定、上级批准） */
  | 'EXEMPT'
  /** 组织关系已转出 */
  | 'TRANSFERRED_OUT';

/** 组织层级 */
export type OrgLevel =
  /** 党支部 */
  | 'BRANCH'
  /** 区(县) */
  | 'DISTRICT'
  /** 党总支 */
  | 'GENERAL_BRANCH'
  /** 党小组 */
  | 'GROUP'
  /** 镇(街道)党(工)委 */
  | 'TOWNSHIP';

/** 结对帮扶 */
export type PairWarningHelperInput = {
  caseId: string | number;
  /** 帮扶人是本系统中的党员时，其编号 */
  helperMemberId?: string | number | null | undefined;
  /** 帮扶人姓名 */
  helperName: string;
  /** 结对日期 */
  pairedOn: string;
};

/** 单独核定名额的党支部 */
export type QuotaOverrideInput = {
  branchId: string | number;
  fiveStarPercent?: number;
  fourStarPercent?: number;
  /** 理由，如“连续三年被评为先进基层党组织” */
  reason: string;
  threeStarPercent?: number;
};

/** 名额人数不是整数时的取整方式（最少为 0） */
export type QuotaRounding =
  /** 向下取整 */
  | 'DOWN'
  /** 四舍五入 */
  | 'HALF_UP'
  /** 向上取整 */
  | 'UP';

/** 名额的核定范围 */
export type QuotaScope =
  /** 按每个党支部的人数分别核定 */
  | 'BRANCH'
  /** 按制定政策的镇(街道)或区的全体人数统筹核定 */
  | 'POOL';

/** 依次比较后仍完全相同的处理 */
export type QuotaStillTied =
  /** 并列者都获评该星级，超出名额的人数在评定中列明 */
  | 'ALL_TAKE'
  /** 并列者都不占该星级名额，名额空出，转入下一星级比较 */
  | 'NONE_TAKE';

/** 名额分界处总分相同时依次比较的分数（高者优先） */
export type QuotaTieBreaker =
  /** 共性分（基础分） */
  | 'BASE'
  /** 评星分 */
  | 'STAR_POINTS';

/** 在支部中的排名 */
export type RankInput = {
  of: number;
  position: number;
  /** 并列此名次的人数（含本人），缺省为 1 */
  tied?: number | null | undefined;
};

/** 党员在评定中的情况 */
export type RatingResultStatus =
  /** 不纳入积分管理 */
  | 'EXEMPT'
  /** 本期不评定等次 */
  | 'NOT_GRADED'
  /** 已评定 */
  | 'RATED';

/** 评定的状态 */
export type RatingRunStatus =
  /** 已确认：本期现行的评定结果 */
  | 'CONFIRMED'
  /** 预览：尚未确认，结果不公布，不启动双预警 */
  | 'PREVIEW'
  /** 已被更正后的新版本取代 */
  | 'SUPERSEDED';

/** 登记处置程序的一个步骤（须按顺序，登记后不可修改） */
export type RecordDisposalStepInput = {
  /** 是否同意（仅“基层党委预审”“基层党委审批”） */
  approval?: boolean | null | undefined;
  caseId: string | number;
  /** 决定人或决定机构 */
  decidedBy: string;
  /** 办理日期 */
  decidedOn: string;
  /** 材料（名称或编号） */
  documents?: Array<string> | null | undefined;
  measure: DisposalMeasure;
  /** 备注；提前归档时写明终止原因 */
  note?: string | null | undefined;
  /** 谈话人（仅“两名正式党员谈话”，至少两名） */
  participants?: Array<string> | null | undefined;
  /** 限期改正或延长预备期至（仅审批；缺省六个月，最长一年） */
  rectifyUntil?: string | null | undefined;
  /** 申诉是否成立（本人申诉）；期满是否已有转变（限期改正期满评估）；本人是否同意退党（劝其退党的通知本人） */
  result?: boolean | null | undefined;
  step: DisposalStepKind;
  /** 上一级党组织组织部门的书面意见（劝其退党、除名的预审必填） */
  upperOpinion?: string | null | undefined;
  /** 党员大会表决（仅“党员大会表决”） */
  vote?: DisposalVoteInput | null | undefined;
};

/** 登记书记约谈 */
export type RecordWarningInterviewInput = {
  caseId: string | number;
  /** 约谈人（一般为党支部书记） */
  interviewedBy: string;
  /** 约谈日期 */
  interviewedOn: string;
  /** 约谈情况：发现的问题、原因分析 */
  note: string;
};

/** 修订整改计划（限期整改中；整改期限自首次制定计划起最长不超过一年） */
export type ReviseRectificationPlanInput = {
  caseId: string | number;
  /** 修订后的整改期限；不填则不变 */
  deadline?: string | null | undefined;
  /** 修订后的整改计划；不填则不变 */
  plan?: string | null | undefined;
  /** 修订理由 */
  reason: string;
  /** 修订决定人或机构，如“党支部委员会” */
  revisedBy: string;
  /** 修订日期：不早于上次制定或修订计划的日期，不晚于今天 */
  revisedOn: string;
};

/** 试算用的计分事实 */
export type ScoreFactsInput = {
  /** 评价日期：此后的记录不计 */
  asOf: string;
  conditions?: Array<ConditionFactInput> | null | undefined;
  entries: Array<EntryFactInput>;
  exemption?: ExemptionFactInput | null | undefined;
  memberKind?: MemberKind;
  /** 期间：2024、2024-H1、2024-Q3、2024-M05（自积分周期起始日起算） */
  period: string;
  /** 以往各评定期的等次，从早到晚：填代码或名称均可，如 BASIC 或“基本合格”（见方案的等次） */
  previousGrades?: Array<string> | null | undefined;
  rank?: RankInput | null | undefined;
  votes?: Array<VoteCountInput> | null | undefined;
};

/** 期间积分的确认程度 */
export type ScoreState =
  /** 公示期满无异议，已确认，报上级备案 */
  | 'FINAL'
  /** 有异议或申诉待处理，暂缓确认 */
  | 'HELD'
  /** 暂定：仍在申报、初评或评定中 */
  | 'PROVISIONAL'
  /** 公示中 */
  | 'PUBLISHED';

/** 设定星级名额政策；未给出的项取默认值 */
export type SetQuotaPolicyInput = {
  baseFloor?: number;
  /** 积分周期（年度），自该年度起执行，直至另行设定 */
  cycle: number;
  fiveStarPercent?: number;
  fourStarPercent?: number;
  interviewDays?: number;
  /** 镇(街道)党(工)委或区 */
  organizationId: string | number;
  overrides?: Array<QuotaOverrideInput>;
  reason?: string | null | undefined;
  rectifyMonths?: number;
  rounding?: QuotaRounding;
  scope?: QuotaScope;
  stillTied?: QuotaStillTied;
  threeStarPercent?: number;
  tieBreakers?: Array<QuotaTieBreaker>;
  totalFloor?: number;
};

/** 制定整改计划（限期改正） */
export type SetRectificationPlanInput = {
  caseId: string | number;
  /** 整改期限；缺省为制定日期后六个月（或名额政策规定的月数），最长不超过一年 */
  deadline?: string | null | undefined;
  /** 整改计划 */
  plan: string;
  /** 计划制定日期 */
  plannedOn: string;
};

/** 民主测评某一等次的票数 */
export type VoteCountInput = {
  count: number;
  /** 评议等次代码，如 GOOD */
  level: string;
};

/** 评定对双预警或处置案件的办理 */
export type WarningCaseEventKind =
  /** 评定结果运用列入处置范围，直接转入处置程序 */
  | 'DISPOSAL_OPENED'
  /** 更正后的评定不再列入处置范围，但已办理处置步骤，本案保留 */
  | 'KEPT'
  /** 更正后的下一期评定没有本人的得分，已清除 */
  | 'NEXT_CLEARED'
  /** 下一期评定确认，记录下一期总分 */
  | 'NEXT_RATED'
  /** 更正后的下一期评定不再预警 */
  | 'NO_LONGER_WARNED'
  /** 评定确认，实行双预警 */
  | 'OPENED'
  /** 更正后的评定列入处置范围，转入处置程序 */
  | 'UPGRADED'
  /** 下一期再次预警，继续在本案办理 */
  | 'WARNED_AGAIN'
  /** 更正后的评定不再触发，自动撤销 */
  | 'WITHDRAWN';

/** 双预警办理状态 */
export type WarningCaseStatus =
  /** 帮扶后仍无转化提高，已启动不合格党员处置程序 */
  | 'ESCALATED'
  /** 已结对帮扶，待制定整改计划 */
  | 'HELPER_PAIRED'
  /** 已转化提高，结案 */
  | 'IMPROVED'
  /** 已约谈，待结对帮扶 */
  | 'INTERVIEWED'
  /** 已预警，待书记约谈 */
  | 'OPEN'
  /** 限期整改中，待认定整改结果 */
  | 'RECTIFYING'
  /** 更正后的评定不再触发，已撤销 */
  | 'WITHDRAWN';

/** 整改结果 */
export type WarningOutcome =
  /** 仍无转化提高，启动不合格党员处置程序 */
  | 'ESCALATED'
  /** 已转化提高，结案 */
  | 'IMPROVED'
  /** 更正后的评定不再触发，自动撤销（不能手工认定） */
  | 'WITHDRAWN';

/** 本案的起因：双预警（低于 50 分、直接认定不合格），或评定结果运用列入处置范围 */
export type WarningTrigger =
  /** 有积分方案规定的直接评为不合格的情形 */
  | 'DIRECT_UNQUALIFIED'
  /** 评定结果运用列入不合格党员处置范围（如不合格、连续两年基本合格；预备党员延长或取消预备期），直接转入处置程序 */
  | 'DISPOSAL_CONSEQUENCE'
  /** 考核总分低于 50 分 */
  | 'SCORE_BELOW_50';

export type ConsoleCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConsoleCreateAccountMutation = { createAccount: { id: string, label: string } };

export type ConsoleSetAccountDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type ConsoleSetAccountDisabledMutation = { setAccountDisabled: { id: string, disabledAt: string | null } };

export type ConsoleUnlockAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnlockAccountMutation = { unlockAccount: { id: string, failedLogins: number, lockedUntil: string | null } };

export type ConsoleResetAccountPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type ConsoleResetAccountPasswordMutation = { resetAccountPassword: { id: string } };

export type ConsoleCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConsoleCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, organizationId: string, prefix: string } } };

export type ConsoleRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type AuditLogQueryVariables = Exact<{
  id: string | number;
  before?: string | null | undefined;
  first: number;
}>;


export type AuditLogQuery = { organization: { id: string, auditLog: Array<{ id: string, at: string, service: string, subject: string, subjectName: string, role: string, keyId: string | null, requestId: string, kind: AuditKind, operation: string, outcome: string, detail: string }> } | null };

export type AccountMemberChoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountMemberChoicesQuery = { organization: { id: string, members: { total: number, items: Array<{ id: string, name: string, memberNo: string }> } } | null };

export type ScopeAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeAccessQuery = { organization: { id: string, name: string, level: OrgLevel, levelLabel: string, accountsWithin: Array<{ id: string, username: string, displayName: string, label: string, role: AccountRole, organizationId: string, memberId: string | null, failedLogins: number, lockedUntil: string | null, disabledAt: string | null, createdAt: string, createdByName: string }>, apiKeysWithin: Array<{ id: string, name: string, organizationId: string, role: AccountRole, rights: Array<AccessRight>, prefix: string, rateLimitPerMinute: number, createdAt: string, createdByName: string, revokedAt: string | null, lastUsedAt: string | null }>, children: Array<{ id: string, name: string, level: OrgLevel, levelLabel: string, children: Array<{ id: string, name: string, level: OrgLevel, levelLabel: string, children: Array<{ id: string, name: string, level: OrgLevel, levelLabel: string }> }> }> } | null };

export type ScopeNodeFragment = { id: string, name: string, level: OrgLevel, levelLabel: string };

export type AccountRowFragment = { id: string, username: string, displayName: string, label: string, role: AccountRole, organizationId: string, memberId: string | null, failedLogins: number, lockedUntil: string | null, disabledAt: string | null, createdAt: string, createdByName: string };

export type ApiKeyRowFragment = { id: string, name: string, organizationId: string, role: AccountRole, rights: Array<AccessRight>, prefix: string, rateLimitPerMinute: number, createdAt: string, createdByName: string, revokedAt: string | null, lastUsedAt: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { role: string, rights: Array<AccessRight>, organizationId: string | null, memberId: string | null, account: { username: string, displayName: string, role: AccountRole } | null } };

export type BranchMembersQueryVariables = Exact<{
  id: string | number;
  period: string;
  offset: number;
  first: number;
}>;


export type BranchMembersQuery = { organization: { id: string, members: { total: number, items: Array<{ id: string, name: string, memberNo: string, kind: MemberKind, status: MemberStatus, stars: number | null, score: { total: number | null, state: ScoreState, grade: { name: string } | null } | null }> } } | null };

export type MemberDetailQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type MemberDetailQuery = { member: { id: string, name: string, memberNo: string, kind: MemberKind, status: MemberStatus, organization: { id: string, name: string } | null, score: { total: number | null, state: ScoreState, graded: boolean, reviewPending: boolean, grade: { name: string } | null, star: { base: number, starPoints: number } | null, veto: { label: string } | null, forcedGrade: { label: string } | null, consequences: Array<{ label: string }>, components: Array<{ code: string, label: string, kind: string, score: number, weight: number, contribution: number }>, explanation: Array<{ rule: string, text: string, component: string | null, entries: Array<{ id: string, kind: EntryKind, state: EntryState, itemLabel: string, occurredOn: string, points: number | null, note: string | null, review: { points: number | null } | null }> }> } | null, rating: { status: RatingResultStatus, total: number | null, base: number | null, starPoints: number | null, stars: number | null, rank: number | null, warning: WarningTrigger | null, explanation: Array<string>, grade: { name: string } | null, consequences: Array<{ label: string }> } | null, warningCases: Array<{ id: string, periodKey: string, trigger: WarningTrigger, total: number | null, triggerNote: string, openedOn: string, interviewDue: string, status: WarningCaseStatus, interviewedOn: string | null, interviewedBy: string | null, helperName: string | null, plan: string | null, rectifyDeadline: string | null, outcome: WarningOutcome | null, outcomeNote: string | null, disposalMeasure: DisposalMeasure | null, overdue: Array<string> }> | null } | null };

export type NodeDashboardQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type NodeDashboardQuery = { organization: { id: string, name: string, level: OrgLevel, levelLabel: string, parent: { id: string, name: string } | null, scoreRollup: { organizationId: string, name: string, level: OrgLevel, membersScored: number, membersExempt: number, mean: number | null, median: number | null, finalScores: number, pendingReviews: number, openObjections: number, runningWindows: number, children: Array<{ organizationId: string, name: string, level: OrgLevel, membersScored: number, membersExempt: number, mean: number | null, median: number | null, finalScores: number, pendingReviews: number, openObjections: number, runningWindows: number, grades: Array<{ code: string, name: string, count: number }>, distribution: Array<{ label: string, count: number }> }>, grades: Array<{ code: string, name: string, count: number }>, distribution: Array<{ label: string, count: number }> }, ratingRollup: { organizationId: string, rated: number, exempt: number, meanTotal: number | null, pooledAbove: boolean, children: Array<{ organizationId: string, rated: number, exempt: number, meanTotal: number | null, pooledAbove: boolean, organization: { id: string, name: string }, grades: Array<{ code: string, name: string, count: number }>, stars: Array<{ stars: number, places: number, taken: number, overflow: number }>, warnings: { open: number, overdue: number, escalated: number, closed: number } }>, trend: Array<{ period: string, rated: number, meanTotal: number | null, fiveStars: number, fourStars: number, threeStars: number, warned: number }>, grades: Array<{ code: string, name: string, count: number }>, stars: Array<{ stars: number, places: number, taken: number, overflow: number }>, warnings: { open: number, overdue: number, escalated: number, closed: number } } | null } | null };

export type ScoreFiguresFragment = { organizationId: string, name: string, level: OrgLevel, membersScored: number, membersExempt: number, mean: number | null, median: number | null, finalScores: number, pendingReviews: number, openObjections: number, runningWindows: number, grades: Array<{ code: string, name: string, count: number }>, distribution: Array<{ label: string, count: number }> };

export type RatingFigurePartsFragment = { organizationId: string, rated: number, exempt: number, meanTotal: number | null, pooledAbove: boolean, grades: Array<{ code: string, name: string, count: number }>, stars: Array<{ stars: number, places: number, taken: number, overflow: number }>, warnings: { open: number, overdue: number, escalated: number, closed: number } };

export type NodeScoreFiguresFragment = { organizationId: string, name: string, level: OrgLevel, membersScored: number, membersExempt: number, mean: number | null, median: number | null, finalScores: number, pendingReviews: number, openObjections: number, runningWindows: number, grades: Array<{ code: string, name: string, count: number }>, distribution: Array<{ label: string, count: number }> };

export type NodeRatingFiguresFragment = { organizationId: string, rated: number, exempt: number, meanTotal: number | null, pooledAbove: boolean, grades: Array<{ code: string, name: string, count: number }>, stars: Array<{ stars: number, places: number, taken: number, overflow: number }>, warnings: { open: number, overdue: number, escalated: number, closed: number } };

export type FilingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type FilingDetailQuery = { filing: { rules: unknown, createdAt: string, decisionComment: string | null, effectiveFrom: string | null, id: string, status: FilingStatus, note: string | null, updatedAt: string, baseVersion: { id: string, rules: unknown, version: number, scheme: { id: string, name: string } } | null, scheme: { id: string, name: string, templateCode: string | null, latestVersion: { id: string, version: number } | null }, organization: { id: string, name: string, path: string } | null, history: Array<{ action: FilingAction, actorName: string, at: string, comment: string | null }> } | null };

export type FilingTemplateRulesQueryVariables = Exact<{
  code: string;
}>;


export type FilingTemplateRulesQuery = { schemeTemplate: { code: string, name: string, rules: unknown } | null };

export type ConsoleApproveFilingMutationVariables = Exact<{
  id: string | number;
  effectiveFrom: string;
  comments?: string | null | undefined;
}>;


export type ConsoleApproveFilingMutation = { approveFiling: { id: string, status: FilingStatus, effectiveFrom: string | null, approvedVersion: { id: string, version: number } | null } };

export type ConsoleReturnFilingMutationVariables = Exact<{
  id: string | number;
  comments: string;
}>;


export type ConsoleReturnFilingMutation = { returnFiling: { id: string, status: FilingStatus, decisionComment: string | null } };

export type FilingQueueQueryVariables = Exact<{
  scope: string | number;
}>;


export type FilingQueueQuery = { organization: { id: string, name: string, path: string } | null, filings: Array<{ id: string, status: FilingStatus, note: string | null, updatedAt: string, organization: { id: string, name: string, path: string } | null, scheme: { id: string, name: string, templateCode: string | null }, baseVersion: { id: string, version: number, scheme: { id: string, name: string } } | null, history: Array<{ action: FilingAction, actorName: string, at: string, comment: string | null }> }> };

export type FilingQueueRowFragment = { id: string, status: FilingStatus, note: string | null, updatedAt: string, organization: { id: string, name: string, path: string } | null, scheme: { id: string, name: string, templateCode: string | null }, baseVersion: { id: string, version: number, scheme: { id: string, name: string } } | null, history: Array<{ action: FilingAction, actorName: string, at: string, comment: string | null }> };

export type FilingPreviewScoreQueryVariables = Exact<{
  filingId: string | number;
  facts: ScoreFactsInput;
}>;


export type FilingPreviewScoreQuery = { previewScore: { status: string, total: number | null, graded: boolean, grade: { code: string, name: string } | null, selectionCandidate: { name: string } | null, components: Array<{ code: string, label: string, score: number, contribution: number }>, consequences: Array<{ code: string, label: string }>, explanation: Array<{ rule: string, text: string }> } };

export type HomeOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type HomeOrganizationQuery = { organization: { id: string, name: string, level: OrgLevel, levelLabel: string, parent: { id: string, name: string } | null } | null };

export type QuotaEditorQueryVariables = Exact<{
  id: string | number;
  cycle: number;
}>;


export type QuotaEditorQuery = { organization: { id: string, name: string, level: OrgLevel, children: Array<{ id: string, name: string, level: OrgLevel, children: Array<{ id: string, name: string, level: OrgLevel, children: Array<{ id: string, name: string, level: OrgLevel }> }> }>, quotaPolicy: { id: string | null, cycle: number, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, scope: QuotaScope, rounding: QuotaRounding, baseFloor: number, totalFloor: number, tieBreakers: Array<QuotaTieBreaker>, stillTied: QuotaStillTied, interviewDays: number, rectifyMonths: number, organizationId: string | null, isDefault: boolean, inherited: boolean, reason: string | null, setAt: string | null, setByName: string | null, overrides: Array<{ branchId: string, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, reason: string, branch: { id: string, name: string } | null }> } | null, quotaPolicyHistory: Array<{ id: string | null, cycle: number, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, scope: QuotaScope, rounding: QuotaRounding, baseFloor: number, totalFloor: number, tieBreakers: Array<QuotaTieBreaker>, stillTied: QuotaStillTied, interviewDays: number, rectifyMonths: number, organizationId: string | null, isDefault: boolean, inherited: boolean, reason: string | null, setAt: string | null, setByName: string | null, overrides: Array<{ branchId: string, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, reason: string, branch: { id: string, name: string } | null }> }> | null } | null };

export type QuotaBranchChoiceFragment = { id: string, name: string, level: OrgLevel };

export type QuotaPolicyFieldsFragment = { id: string | null, cycle: number, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, scope: QuotaScope, rounding: QuotaRounding, baseFloor: number, totalFloor: number, tieBreakers: Array<QuotaTieBreaker>, stillTied: QuotaStillTied, interviewDays: number, rectifyMonths: number, organizationId: string | null, isDefault: boolean, inherited: boolean, reason: string | null, setAt: string | null, setByName: string | null, overrides: Array<{ branchId: string, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, reason: string, branch: { id: string, name: string } | null }> };

export type QuotaRatedPeriodsQueryVariables = Exact<{
  id: string | number;
  p0: string;
  p1: string;
  p2: string;
  p3: string;
  p4: string;
  p5: string;
}>;


export type QuotaRatedPeriodsQuery = { organization: { id: string, r0: { period: string, rated: number } | null, r1: { period: string, rated: number } | null, r2: { period: string, rated: number } | null, r3: { period: string, rated: number } | null, r4: { period: string, rated: number } | null, r5: { period: string, rated: number } | null } | null };

export type QuotaPreviewQueryVariables = Exact<{
  input: SetQuotaPolicyInput;
  period: string;
}>;


export type QuotaPreviewQuery = { previewQuotaPolicy: { organizationName: string, period: string, pendingCount: number, summary: { scores: number, rated: number, exempt: number, notGraded: number, levels: Array<{ stars: number, places: number, taken: number, overflow: number }> }, units: Array<{ unitId: string, name: string, basis: string, count: number, levels: Array<{ stars: number, percent: number | null, places: number, taken: number, overflow: number, explanation: string | null }>, ties: Array<{ stars: number, explanation: string }> }>, members: Array<{ memberId: string, memberName: string, branchName: string, unitName: string | null, status: RatingResultStatus, total: number | null, stars: number | null, standingStars: number | null, rank: number | null, explanation: Array<string>, grade: { name: string } | null }>, pendingBranches: Array<{ branchId: string, branchName: string, count: number, reason: string }>, changes: Array<{ memberId: string, memberName: string, kind: string, text: string, starsBefore: number | null, starsAfter: number | null }> } };

export type SetQuotaPolicyMutationVariables = Exact<{
  input: SetQuotaPolicyInput;
}>;


export type SetQuotaPolicyMutation = { setQuotaPolicy: { id: string | null, cycle: number, setByName: string | null } };

export type RatingRunsQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type RatingRunsQuery = { organization: { id: string, name: string, level: OrgLevel, levelLabel: string, ratingRuns: Array<{ id: string, period: string, version: number, status: RatingRunStatus, createdByName: string, createdAt: string, confirmedByName: string | null, confirmedAt: string | null, decidedOn: string | null, periodEnd: string | null, comparedWith: string | null, pendingCount: number, pendingBranches: Array<{ branchId: string, branchName: string, count: number, provisional: number, published: number, held: number, reason: string }>, summary: { scores: number, rated: number, exempt: number, notGraded: number, warnings: number, units: number, grades: Array<{ code: string, name: string, count: number }>, levels: Array<{ stars: number, percent: number | null, places: number, taken: number, overflow: number, explanation: string | null }> }, changes: Array<{ memberId: string, memberName: string, kind: string, text: string, starsBefore: number | null, starsAfter: number | null }>, units: Array<{ unitId: string, name: string, basis: string, count: number, levels: Array<{ stars: number, percent: number | null, places: number, taken: number, overflow: number, explanation: string | null }>, ties: Array<{ stars: number, placesLeft: number, outcome: string, explanation: string }> }> }> | null, children: Array<{ id: string, name: string, level: OrgLevel, children: Array<{ id: string, name: string, level: OrgLevel, children: Array<{ id: string, name: string, level: OrgLevel }> }> }> } | null };

export type RunScopeNodeFragment = { id: string, name: string, level: OrgLevel };

export type StarLevelFiguresFragment = { stars: number, percent: number | null, places: number, taken: number, overflow: number, explanation: string | null };

export type RatingRunDetailFragment = { id: string, period: string, version: number, status: RatingRunStatus, createdByName: string, createdAt: string, confirmedByName: string | null, confirmedAt: string | null, decidedOn: string | null, periodEnd: string | null, comparedWith: string | null, pendingCount: number, pendingBranches: Array<{ branchId: string, branchName: string, count: number, provisional: number, published: number, held: number, reason: string }>, summary: { scores: number, rated: number, exempt: number, notGraded: number, warnings: number, units: number, grades: Array<{ code: string, name: string, count: number }>, levels: Array<{ stars: number, percent: number | null, places: number, taken: number, overflow: number, explanation: string | null }> }, changes: Array<{ memberId: string, memberName: string, kind: string, text: string, starsBefore: number | null, starsAfter: number | null }>, units: Array<{ unitId: string, name: string, basis: string, count: number, levels: Array<{ stars: number, percent: number | null, places: number, taken: number, overflow: number, explanation: string | null }>, ties: Array<{ stars: number, placesLeft: number, outcome: string, explanation: string }> }> };

export type PreviewRatingMutationVariables = Exact<{
  organizationId: string | number;
  period: string;
}>;


export type PreviewRatingMutation = { previewRating: { id: string, version: number } };

export type ConfirmRatingMutationVariables = Exact<{
  runId: string | number;
  decidedOn?: string | null | undefined;
}>;


export type ConfirmRatingMutation = { confirmRating: { id: string, version: number, decidedOn: string | null } };

export type RunResultsQueryVariables = Exact<{
  runId: string | number;
  offset: number;
  first: number;
  warningOnly: boolean;
  stars?: number | null | undefined;
  branchId?: string | number | null | undefined;
}>;


export type RunResultsQuery = { ratingRun: { id: string, results: { total: number, items: Array<{ memberId: string, memberName: string, memberNo: string, memberKind: string, branchId: string, status: RatingResultStatus, total: number | null, base: number | null, starPoints: number | null, stars: number | null, rank: number | null, warning: WarningTrigger | null, explanation: Array<string>, grade: { code: string, name: string } | null, consequences: Array<{ code: string, label: string }> }> } } | null };

export type OrgBranchesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgBranchesQuery = { organization: { id: string, name: string, level: OrgLevel, levelLabel: string, memberCount: number, children: Array<{ id: string, name: string, level: OrgLevel, levelLabel: string, memberCount: number, children: Array<{ id: string, name: string, level: OrgLevel, levelLabel: string, memberCount: number }> }> } | null };

export type ConsoleRecordWarningInterviewMutationVariables = Exact<{
  input: RecordWarningInterviewInput;
}>;


export type ConsoleRecordWarningInterviewMutation = { recordWarningInterview: { id: string, status: WarningCaseStatus } };

export type ConsolePairWarningHelperMutationVariables = Exact<{
  input: PairWarningHelperInput;
}>;


export type ConsolePairWarningHelperMutation = { pairWarningHelper: { id: string, status: WarningCaseStatus } };

export type ConsoleSetRectificationPlanMutationVariables = Exact<{
  input: SetRectificationPlanInput;
}>;


export type ConsoleSetRectificationPlanMutation = { setRectificationPlan: { id: string, status: WarningCaseStatus } };

export type ConsoleReviseRectificationPlanMutationVariables = Exact<{
  input: ReviseRectificationPlanInput;
}>;


export type ConsoleReviseRectificationPlanMutation = { reviseRectificationPlan: { id: string, status: WarningCaseStatus } };

export type ConsoleDecideWarningOutcomeMutationVariables = Exact<{
  input: DecideWarningOutcomeInput;
}>;


export type ConsoleDecideWarningOutcomeMutation = { decideWarningOutcome: { id: string, status: WarningCaseStatus } };

export type ConsoleRecordDisposalStepMutationVariables = Exact<{
  input: RecordDisposalStepInput;
}>;


export type ConsoleRecordDisposalStepMutation = { recordDisposalStep: { id: string, status: WarningCaseStatus } };

export type WarningBoardQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type WarningBoardQuery = { organization: { id: string, name: string, warningCases: Array<{ id: string, branchId: string, memberName: string, memberKind: string, periodKey: string, trigger: WarningTrigger, total: number | null, status: WarningCaseStatus, interviewDue: string, disposalStep: DisposalStepKind | null, isOverdue: boolean, overdue: Array<string> }> | null, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }> } | null };

export type WarningBoardNodeFragment = { id: string, name: string };

export type WarningBoardCaseFragment = { id: string, branchId: string, memberName: string, memberKind: string, periodKey: string, trigger: WarningTrigger, total: number | null, status: WarningCaseStatus, interviewDue: string, disposalStep: DisposalStepKind | null, isOverdue: boolean, overdue: Array<string> };

export type WarningCasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type WarningCasePageQuery = { warningCase: { id: string, branchId: string, memberId: string, memberName: string, memberKind: string, runId: string, periodKey: string, trigger: WarningTrigger, total: number | null, triggerNote: string, openedOn: string, interviewDue: string, status: WarningCaseStatus, interviewedOn: string | null, interviewedBy: string | null, interviewNote: string | null, helperName: string | null, helperMemberId: string | null, pairedOn: string | null, plan: string | null, plannedOn: string | null, rectifyDeadline: string | null, outcome: WarningOutcome | null, outcomeOn: string | null, outcomeBy: string | null, outcomeNote: string | null, warnedPeriods: Array<string>, nextPeriodKey: string | null, nextTotal: number | null, nextDisposal: string | null, disposalMeasure: DisposalMeasure | null, disposalStep: DisposalStepKind | null, updatedAt: string, updatedByName: string, overdue: Array<string>, isOverdue: boolean, measuresAvailable: Array<DisposalMeasure>, planRevisions: Array<{ seq: number, plan: string, deadline: string, planBefore: string, deadlineBefore: string, revisedOn: string, revisedBy: string, reason: string, recordedAt: string }>, history: Array<{ seq: number, kind: WarningCaseEventKind, periodKey: string, total: number | null, note: string, recordedBy: string, recordedAt: string }>, disposals: Array<{ measure: DisposalMeasure, finished: boolean, terminated: boolean, nextSteps: Array<DisposalStepKind>, rectifyUntil: string | null, steps: Array<{ seq: number, measure: DisposalMeasure, step: DisposalStepKind, decidedBy: string, decidedOn: string, documents: Array<string>, approval: boolean | null, result: boolean | null, participants: Array<string>, upperOpinion: string | null, rectifyUntil: string | null, note: string | null, recordedAt: string, recordedByName: string, vote: { eligible: number, present: number, inFavour: number, against: number, abstain: number, memberSpoke: boolean } | null }> }> } | null };

export type WarningCaseBranchQueryVariables = Exact<{
  id: string | number;
}>;


export type WarningCaseBranchQuery = { organization: { id: string, name: string, members: { items: Array<{ id: string, name: string, memberNo: string }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ScopeNodeFragmentDoc = new TypedDocumentString(`
    fragment ScopeNode on Organization {
  id
  name
  level
  levelLabel
}
    `, {"fragmentName":"ScopeNode"}) as unknown as TypedDocumentString<ScopeNodeFragment, unknown>;
export const AccountRowFragmentDoc = new TypedDocumentString(`
    fragment AccountRow on Account {
  id
  username
  displayName
  label
  role
  organizationId
  memberId
  failedLogins
  lockedUntil
  disabledAt
  createdAt
  createdByName
}
    `, {"fragmentName":"AccountRow"}) as unknown as TypedDocumentString<AccountRowFragment, unknown>;
export const ApiKeyRowFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyRow on ApiKey {
  id
  name
  organizationId
  role
  rights
  prefix
  rateLimitPerMinute
  createdAt
  createdByName
  revokedAt
  lastUsedAt
}
    `, {"fragmentName":"ApiKeyRow"}) as unknown as TypedDocumentString<ApiKeyRowFragment, unknown>;
export const ScoreFiguresFragmentDoc = new TypedDocumentString(`
    fragment ScoreFigures on ScoreRollupFigures {
  organizationId
  name
  level
  membersScored
  membersExempt
  mean
  median
  finalScores
  pendingReviews
  openObjections
  runningWindows
  grades {
    code
    name
    count
  }
  distribution {
    label
    count
  }
}
    `, {"fragmentName":"ScoreFigures"}) as unknown as TypedDocumentString<ScoreFiguresFragment, unknown>;
export const RatingFigurePartsFragmentDoc = new TypedDocumentString(`
    fragment RatingFigureParts on RatingFigures {
  organizationId
  rated
  exempt
  meanTotal
  pooledAbove
  grades {
    code
    name
    count
  }
  stars {
    stars
    places
    taken
    overflow
  }
  warnings {
    open
    overdue
    escalated
    closed
  }
}
    `, {"fragmentName":"RatingFigureParts"}) as unknown as TypedDocumentString<RatingFigurePartsFragment, unknown>;
export const NodeScoreFiguresFragmentDoc = new TypedDocumentString(`
    fragment NodeScoreFigures on ScoreRollup {
  organizationId
  name
  level
  membersScored
  membersExempt
  mean
  median
  finalScores
  pendingReviews
  openObjections
  runningWindows
  grades {
    code
    name
    count
  }
  distribution {
    label
    count
  }
}
    `, {"fragmentName":"NodeScoreFigures"}) as unknown as TypedDocumentString<NodeScoreFiguresFragment, unknown>;
export const NodeRatingFiguresFragmentDoc = new TypedDocumentString(`
    fragment NodeRatingFigures on RatingRollup {
  organizationId
  rated
  exempt
  meanTotal
  pooledAbove
  grades {
    code
    name
    count
  }
  stars {
    stars
    places
    taken
    overflow
  }
  warnings {
    open
    overdue
    escalated
    closed
  }
}
    `, {"fragmentName":"NodeRatingFigures"}) as unknown as TypedDocumentString<NodeRatingFiguresFragment, unknown>;
export const FilingQueueRowFragmentDoc = new TypedDocumentString(`
    fragment FilingQueueRow on Filing {
  id
  status
  note
  updatedAt
  organization {
    id
    name
    path
  }
  scheme {
    id
    name
    templateCode
  }
  baseVersion {
    id
    version
    scheme {
      id
      name
    }
  }
  history {
    action
    actorName
    at
    comment
  }
}
    `, {"fragmentName":"FilingQueueRow"}) as unknown as TypedDocumentString<FilingQueueRowFragment, unknown>;
export const QuotaBranchChoiceFragmentDoc = new TypedDocumentString(`
    fragment QuotaBranchChoice on Organization {
  id
  name
  level
}
    `, {"fragmentName":"QuotaBranchChoice"}) as unknown as TypedDocumentString<QuotaBranchChoiceFragment, unknown>;
export const QuotaPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuotaPolicyFields on QuotaPolicy {
  id
  cycle
  fiveStarPercent
  fourStarPercent
  threeStarPercent
  scope
  rounding
  baseFloor
  totalFloor
  tieBreakers
  stillTied
  overrides {
    branchId
    fiveStarPercent
    fourStarPercent
    threeStarPercent
    reason
    branch {
      id
      name
    }
  }
  interviewDays
  rectifyMonths
  organizationId
  isDefault
  inherited
  reason
  setAt
  setByName
}
    `, {"fragmentName":"QuotaPolicyFields"}) as unknown as TypedDocumentString<QuotaPolicyFieldsFragment, unknown>;
export const RunScopeNodeFragmentDoc = new TypedDocumentString(`
    fragment RunScopeNode on Organization {
  id
  name
  level
}
    `, {"fragmentName":"RunScopeNode"}) as unknown as TypedDocumentString<RunScopeNodeFragment, unknown>;
export const StarLevelFiguresFragmentDoc = new TypedDocumentString(`
    fragment StarLevelFigures on StarLevelQuota {
  stars
  percent
  places
  taken
  overflow
  explanation
}
    `, {"fragmentName":"StarLevelFigures"}) as unknown as TypedDocumentString<StarLevelFiguresFragment, unknown>;
export const RatingRunDetailFragmentDoc = new TypedDocumentString(`
    fragment RatingRunDetail on RatingRun {
  id
  period
  version
  status
  createdByName
  createdAt
  confirmedByName
  confirmedAt
  decidedOn
  periodEnd
  comparedWith
  pendingCount
  pendingBranches {
    branchId
    branchName
    count
    provisional
    published
    held
    reason
  }
  summary {
    scores
    rated
    exempt
    notGraded
    warnings
    units
    grades {
      code
      name
      count
    }
    levels {
      ...StarLevelFigures
    }
  }
  changes {
    memberId
    memberName
    kind
    text
    starsBefore
    starsAfter
  }
  units {
    unitId
    name
    basis
    count
    levels {
      ...StarLevelFigures
    }
    ties {
      stars
      placesLeft
      outcome
      explanation
    }
  }
}
    fragment StarLevelFigures on StarLevelQuota {
  stars
  percent
  places
  taken
  overflow
  explanation
}`, {"fragmentName":"RatingRunDetail"}) as unknown as TypedDocumentString<RatingRunDetailFragment, unknown>;
export const WarningBoardNodeFragmentDoc = new TypedDocumentString(`
    fragment WarningBoardNode on Organization {
  id
  name
}
    `, {"fragmentName":"WarningBoardNode"}) as unknown as TypedDocumentString<WarningBoardNodeFragment, unknown>;
export const WarningBoardCaseFragmentDoc = new TypedDocumentString(`
    fragment WarningBoardCase on WarningCase {
  id
  branchId
  memberName
  memberKind
  periodKey
  trigger
  total
  status
  interviewDue
  disposalStep
  isOverdue
  overdue
}
    `, {"fragmentName":"WarningBoardCase"}) as unknown as TypedDocumentString<WarningBoardCaseFragment, unknown>;
export const ConsoleCreateAccountDocument = new TypedDocumentString(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAccountMutation, ConsoleCreateAccountMutationVariables>;
export const ConsoleSetAccountDisabledDocument = new TypedDocumentString(`
    mutation ConsoleSetAccountDisabled($id: ID!, $disabled: Boolean!) {
  setAccountDisabled(id: $id, disabled: $disabled) {
    id
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetAccountDisabledMutation, ConsoleSetAccountDisabledMutationVariables>;
export const ConsoleUnlockAccountDocument = new TypedDocumentString(`
    mutation ConsoleUnlockAccount($id: ID!) {
  unlockAccount(id: $id) {
    id
    failedLogins
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnlockAccountMutation, ConsoleUnlockAccountMutationVariables>;
export const ConsoleResetAccountPasswordDocument = new TypedDocumentString(`
    mutation ConsoleResetAccountPassword($id: ID!, $password: String!) {
  resetAccountPassword(id: $id, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleResetAccountPasswordMutation, ConsoleResetAccountPasswordMutationVariables>;
export const ConsoleCreateApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      organizationId
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateApiKeyMutation, ConsoleCreateApiKeyMutationVariables>;
export const ConsoleRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleRevokeApiKeyMutation, ConsoleRevokeApiKeyMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($id: ID!, $before: String, $first: Int!) {
  organization(id: $id) {
    id
    auditLog(before: $before, first: $first) {
      id
      at
      service
      subject
      subjectName
      role
      keyId
      requestId
      kind
      operation
      outcome
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AccountMemberChoicesDocument = new TypedDocumentString(`
    query AccountMemberChoices($id: ID!) {
  organization(id: $id) {
    id
    members(status: ACTIVE, first: 1000) {
      total
      items {
        id
        name
        memberNo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountMemberChoicesQuery, AccountMemberChoicesQueryVariables>;
export const ScopeAccessDocument = new TypedDocumentString(`
    query ScopeAccess($id: ID!) {
  organization(id: $id) {
    ...ScopeNode
    accountsWithin {
      ...AccountRow
    }
    apiKeysWithin {
      ...ApiKeyRow
    }
    children {
      ...ScopeNode
      children {
        ...ScopeNode
        children {
          ...ScopeNode
        }
      }
    }
  }
}
    fragment ScopeNode on Organization {
  id
  name
  level
  levelLabel
}
fragment AccountRow on Account {
  id
  username
  displayName
  label
  role
  organizationId
  memberId
  failedLogins
  lockedUntil
  disabledAt
  createdAt
  createdByName
}
fragment ApiKeyRow on ApiKey {
  id
  name
  organizationId
  role
  rights
  prefix
  rateLimitPerMinute
  createdAt
  createdByName
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<ScopeAccessQuery, ScopeAccessQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    role
    rights
    organizationId
    memberId
    account {
      username
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const BranchMembersDocument = new TypedDocumentString(`
    query BranchMembers($id: ID!, $period: String!, $offset: Int!, $first: Int!) {
  organization(id: $id) {
    id
    members(orderBy: TOTAL_DESC, period: $period, offset: $offset, first: $first) {
      total
      items {
        id
        name
        memberNo
        kind
        status
        score(period: $period) {
          total
          state
          grade {
            name
          }
        }
        stars(period: $period)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BranchMembersQuery, BranchMembersQueryVariables>;
export const MemberDetailDocument = new TypedDocumentString(`
    query MemberDetail($id: ID!, $period: String!) {
  member(id: $id) {
    id
    name
    memberNo
    kind
    status
    organization {
      id
      name
    }
    score(period: $period) {
      total
      state
      graded
      reviewPending
      grade {
        name
      }
      star {
        base
        starPoints
      }
      veto {
        label
      }
      forcedGrade {
        label
      }
      consequences {
        label
      }
      components {
        code
        label
        kind
        score
        weight
        contribution
      }
      explanation {
        rule
        text
        component
        entries {
          id
          kind
          state
          itemLabel
          occurredOn
          points
          note
          review {
            points
          }
        }
      }
    }
    rating(period: $period) {
      status
      total
      base
      starPoints
      stars
      rank
      warning
      grade {
        name
      }
      consequences {
        label
      }
      explanation
    }
    warningCases {
      id
      periodKey
      trigger
      total
      triggerNote
      openedOn
      interviewDue
      status
      interviewedOn
      interviewedBy
      helperName
      plan
      rectifyDeadline
      outcome
      outcomeNote
      disposalMeasure
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<MemberDetailQuery, MemberDetailQueryVariables>;
export const NodeDashboardDocument = new TypedDocumentString(`
    query NodeDashboard($id: ID!, $period: String!) {
  organization(id: $id) {
    id
    name
    level
    levelLabel
    parent {
      id
      name
    }
    scoreRollup(period: $period) {
      ...NodeScoreFigures
      children {
        ...ScoreFigures
      }
    }
    ratingRollup(period: $period) {
      ...NodeRatingFigures
      children {
        ...RatingFigureParts
        organization {
          id
          name
        }
      }
      trend {
        period
        rated
        meanTotal
        fiveStars
        fourStars
        threeStars
        warned
      }
    }
  }
}
    fragment ScoreFigures on ScoreRollupFigures {
  organizationId
  name
  level
  membersScored
  membersExempt
  mean
  median
  finalScores
  pendingReviews
  openObjections
  runningWindows
  grades {
    code
    name
    count
  }
  distribution {
    label
    count
  }
}
fragment RatingFigureParts on RatingFigures {
  organizationId
  rated
  exempt
  meanTotal
  pooledAbove
  grades {
    code
    name
    count
  }
  stars {
    stars
    places
    taken
    overflow
  }
  warnings {
    open
    overdue
    escalated
    closed
  }
}
fragment NodeScoreFigures on ScoreRollup {
  organizationId
  name
  level
  membersScored
  membersExempt
  mean
  median
  finalScores
  pendingReviews
  openObjections
  runningWindows
  grades {
    code
    name
    count
  }
  distribution {
    label
    count
  }
}
fragment NodeRatingFigures on RatingRollup {
  organizationId
  rated
  exempt
  meanTotal
  pooledAbove
  grades {
    code
    name
    count
  }
  stars {
    stars
    places
    taken
    overflow
  }
  warnings {
    open
    overdue
    escalated
    closed
  }
}`) as unknown as TypedDocumentString<NodeDashboardQuery, NodeDashboardQueryVariables>;
export const FilingDetailDocument = new TypedDocumentString(`
    query FilingDetail($id: ID!) {
  filing(id: $id) {
    ...FilingQueueRow
    rules
    createdAt
    decisionComment
    effectiveFrom
    baseVersion {
      id
      rules
    }
    scheme {
      id
      latestVersion {
        id
        version
      }
    }
  }
}
    fragment FilingQueueRow on Filing {
  id
  status
  note
  updatedAt
  organization {
    id
    name
    path
  }
  scheme {
    id
    name
    templateCode
  }
  baseVersion {
    id
    version
    scheme {
      id
      name
    }
  }
  history {
    action
    actorName
    at
    comment
  }
}`) as unknown as TypedDocumentString<FilingDetailQuery, FilingDetailQueryVariables>;
export const FilingTemplateRulesDocument = new TypedDocumentString(`
    query FilingTemplateRules($code: String!) {
  schemeTemplate(code: $code) {
    code
    name
    rules
  }
}
    `) as unknown as TypedDocumentString<FilingTemplateRulesQuery, FilingTemplateRulesQueryVariables>;
export const ConsoleApproveFilingDocument = new TypedDocumentString(`
    mutation ConsoleApproveFiling($id: ID!, $effectiveFrom: Date!, $comments: String) {
  approveFiling(id: $id, effectiveFrom: $effectiveFrom, comments: $comments) {
    id
    status
    effectiveFrom
    approvedVersion {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleApproveFilingMutation, ConsoleApproveFilingMutationVariables>;
export const ConsoleReturnFilingDocument = new TypedDocumentString(`
    mutation ConsoleReturnFiling($id: ID!, $comments: String!) {
  returnFiling(id: $id, comments: $comments) {
    id
    status
    decisionComment
  }
}
    `) as unknown as TypedDocumentString<ConsoleReturnFilingMutation, ConsoleReturnFilingMutationVariables>;
export const FilingQueueDocument = new TypedDocumentString(`
    query FilingQueue($scope: ID!) {
  organization(id: $scope) {
    id
    name
    path
  }
  filings(status: SUBMITTED) {
    ...FilingQueueRow
  }
}
    fragment FilingQueueRow on Filing {
  id
  status
  note
  updatedAt
  organization {
    id
    name
    path
  }
  scheme {
    id
    name
    templateCode
  }
  baseVersion {
    id
    version
    scheme {
      id
      name
    }
  }
  history {
    action
    actorName
    at
    comment
  }
}`) as unknown as TypedDocumentString<FilingQueueQuery, FilingQueueQueryVariables>;
export const FilingPreviewScoreDocument = new TypedDocumentString(`
    query FilingPreviewScore($filingId: ID!, $facts: ScoreFactsInput!) {
  previewScore(filingId: $filingId, facts: $facts) {
    status
    total
    graded
    grade {
      code
      name
    }
    selectionCandidate {
      name
    }
    components {
      code
      label
      score
      contribution
    }
    consequences {
      code
      label
    }
    explanation {
      rule
      text
    }
  }
}
    `) as unknown as TypedDocumentString<FilingPreviewScoreQuery, FilingPreviewScoreQueryVariables>;
export const HomeOrganizationDocument = new TypedDocumentString(`
    query HomeOrganization($id: ID!) {
  organization(id: $id) {
    id
    name
    level
    levelLabel
    parent {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HomeOrganizationQuery, HomeOrganizationQueryVariables>;
export const QuotaEditorDocument = new TypedDocumentString(`
    query QuotaEditor($id: ID!, $cycle: Int!) {
  organization(id: $id) {
    id
    name
    level
    children {
      ...QuotaBranchChoice
      children {
        ...QuotaBranchChoice
        children {
          ...QuotaBranchChoice
        }
      }
    }
    quotaPolicy(cycle: $cycle) {
      ...QuotaPolicyFields
    }
    quotaPolicyHistory {
      ...QuotaPolicyFields
    }
  }
}
    fragment QuotaBranchChoice on Organization {
  id
  name
  level
}
fragment QuotaPolicyFields on QuotaPolicy {
  id
  cycle
  fiveStarPercent
  fourStarPercent
  threeStarPercent
  scope
  rounding
  baseFloor
  totalFloor
  tieBreakers
  stillTied
  overrides {
    branchId
    fiveStarPercent
    fourStarPercent
    threeStarPercent
    reason
    branch {
      id
      name
    }
  }
  interviewDays
  rectifyMonths
  organizationId
  isDefault
  inherited
  reason
  setAt
  setByName
}`) as unknown as TypedDocumentString<QuotaEditorQuery, QuotaEditorQueryVariables>;
export const QuotaRatedPeriodsDocument = new TypedDocumentString(`
    query QuotaRatedPeriods($id: ID!, $p0: String!, $p1: String!, $p2: String!, $p3: String!, $p4: String!, $p5: String!) {
  organization(id: $id) {
    id
    r0: ratingRollup(period: $p0) {
      period
      rated
    }
    r1: ratingRollup(period: $p1) {
      period
      rated
    }
    r2: ratingRollup(period: $p2) {
      period
      rated
    }
    r3: ratingRollup(period: $p3) {
      period
      rated
    }
    r4: ratingRollup(period: $p4) {
      period
      rated
    }
    r5: ratingRollup(period: $p5) {
      period
      rated
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaRatedPeriodsQuery, QuotaRatedPeriodsQueryVariables>;
export const QuotaPreviewDocument = new TypedDocumentString(`
    query QuotaPreview($input: SetQuotaPolicyInput!, $period: String!) {
  previewQuotaPolicy(input: $input, period: $period) {
    organizationName
    period
    summary {
      scores
      rated
      exempt
      notGraded
      levels {
        stars
        places
        taken
        overflow
      }
    }
    units {
      unitId
      name
      basis
      count
      levels {
        stars
        percent
        places
        taken
        overflow
        explanation
      }
      ties {
        stars
        explanation
      }
    }
    members {
      memberId
      memberName
      branchName
      unitName
      status
      total
      grade {
        name
      }
      stars
      standingStars
      rank
      explanation
    }
    pendingCount
    pendingBranches {
      branchId
      branchName
      count
      reason
    }
    changes {
      memberId
      memberName
      kind
      text
      starsBefore
      starsAfter
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaPreviewQuery, QuotaPreviewQueryVariables>;
export const SetQuotaPolicyDocument = new TypedDocumentString(`
    mutation SetQuotaPolicy($input: SetQuotaPolicyInput!) {
  setQuotaPolicy(input: $input) {
    id
    cycle
    setByName
  }
}
    `) as unknown as TypedDocumentString<SetQuotaPolicyMutation, SetQuotaPolicyMutationVariables>;
export const RatingRunsDocument = new TypedDocumentString(`
    query RatingRuns($id: ID!, $period: String!) {
  organization(id: $id) {
    id
    name
    level
    levelLabel
    ratingRuns(period: $period) {
      ...RatingRunDetail
    }
    children {
      ...RunScopeNode
      children {
        ...RunScopeNode
        children {
          ...RunScopeNode
        }
      }
    }
  }
}
    fragment RunScopeNode on Organization {
  id
  name
  level
}
fragment StarLevelFigures on StarLevelQuota {
  stars
  percent
  places
  taken
  overflow
  explanation
}
fragment RatingRunDetail on RatingRun {
  id
  period
  version
  status
  createdByName
  createdAt
  confirmedByName
  confirmedAt
  decidedOn
  periodEnd
  comparedWith
  pendingCount
  pendingBranches {
    branchId
    branchName
    count
    provisional
    published
    held
    reason
  }
  summary {
    scores
    rated
    exempt
    notGraded
    warnings
    units
    grades {
      code
      name
      count
    }
    levels {
      ...StarLevelFigures
    }
  }
  changes {
    memberId
    memberName
    kind
    text
    starsBefore
    starsAfter
  }
  units {
    unitId
    name
    basis
    count
    levels {
      ...StarLevelFigures
    }
    ties {
      stars
      placesLeft
      outcome
      explanation
    }
  }
}`) as unknown as TypedDocumentString<RatingRunsQuery, RatingRunsQueryVariables>;
export const PreviewRatingDocument = new TypedDocumentString(`
    mutation PreviewRating($organizationId: ID!, $period: String!) {
  previewRating(organizationId: $organizationId, period: $period) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PreviewRatingMutation, PreviewRatingMutationVariables>;
export const ConfirmRatingDocument = new TypedDocumentString(`
    mutation ConfirmRating($runId: ID!, $decidedOn: Date) {
  confirmRating(runId: $runId, decidedOn: $decidedOn) {
    id
    version
    decidedOn
  }
}
    `) as unknown as TypedDocumentString<ConfirmRatingMutation, ConfirmRatingMutationVariables>;
export const RunResultsDocument = new TypedDocumentString(`
    query RunResults($runId: ID!, $offset: Int!, $first: Int!, $warningOnly: Boolean!, $stars: Int, $branchId: ID) {
  ratingRun(id: $runId) {
    id
    results(
      offset: $offset
      first: $first
      warningOnly: $warningOnly
      stars: $stars
      branchId: $branchId
    ) {
      total
      items {
        memberId
        memberName
        memberNo
        memberKind
        branchId
        status
        total
        base
        starPoints
        grade {
          code
          name
        }
        stars
        rank
        warning
        consequences {
          code
          label
        }
        explanation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunResultsQuery, RunResultsQueryVariables>;
export const OrgBranchesDocument = new TypedDocumentString(`
    query OrgBranches($id: ID!) {
  organization(id: $id) {
    id
    name
    level
    levelLabel
    memberCount
    children {
      id
      name
      level
      levelLabel
      memberCount
      children {
        id
        name
        level
        levelLabel
        memberCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgBranchesQuery, OrgBranchesQueryVariables>;
export const ConsoleRecordWarningInterviewDocument = new TypedDocumentString(`
    mutation ConsoleRecordWarningInterview($input: RecordWarningInterviewInput!) {
  recordWarningInterview(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordWarningInterviewMutation, ConsoleRecordWarningInterviewMutationVariables>;
export const ConsolePairWarningHelperDocument = new TypedDocumentString(`
    mutation ConsolePairWarningHelper($input: PairWarningHelperInput!) {
  pairWarningHelper(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsolePairWarningHelperMutation, ConsolePairWarningHelperMutationVariables>;
export const ConsoleSetRectificationPlanDocument = new TypedDocumentString(`
    mutation ConsoleSetRectificationPlan($input: SetRectificationPlanInput!) {
  setRectificationPlan(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetRectificationPlanMutation, ConsoleSetRectificationPlanMutationVariables>;
export const ConsoleReviseRectificationPlanDocument = new TypedDocumentString(`
    mutation ConsoleReviseRectificationPlan($input: ReviseRectificationPlanInput!) {
  reviseRectificationPlan(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReviseRectificationPlanMutation, ConsoleReviseRectificationPlanMutationVariables>;
export const ConsoleDecideWarningOutcomeDocument = new TypedDocumentString(`
    mutation ConsoleDecideWarningOutcome($input: DecideWarningOutcomeInput!) {
  decideWarningOutcome(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecideWarningOutcomeMutation, ConsoleDecideWarningOutcomeMutationVariables>;
export const ConsoleRecordDisposalStepDocument = new TypedDocumentString(`
    mutation ConsoleRecordDisposalStep($input: RecordDisposalStepInput!) {
  recordDisposalStep(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordDisposalStepMutation, ConsoleRecordDisposalStepMutationVariables>;
export const WarningBoardDocument = new TypedDocumentString(`
    query WarningBoard($id: ID!, $first: Int!) {
  organization(id: $id) {
    id
    name
    warningCases(first: $first) {
      ...WarningBoardCase
    }
    children {
      ...WarningBoardNode
      children {
        ...WarningBoardNode
        children {
          ...WarningBoardNode
        }
      }
    }
  }
}
    fragment WarningBoardNode on Organization {
  id
  name
}
fragment WarningBoardCase on WarningCase {
  id
  branchId
  memberName
  memberKind
  periodKey
  trigger
  total
  status
  interviewDue
  disposalStep
  isOverdue
  overdue
}`) as unknown as TypedDocumentString<WarningBoardQuery, WarningBoardQueryVariables>;
export const WarningCasePageDocument = new TypedDocumentString(`
    query WarningCasePage($id: ID!) {
  warningCase(id: $id) {
    id
    branchId
    memberId
    memberName
    memberKind
    runId
    periodKey
    trigger
    total
    triggerNote
    openedOn
    interviewDue
    status
    interviewedOn
    interviewedBy
    interviewNote
    helperName
    helperMemberId
    pairedOn
    plan
    plannedOn
    rectifyDeadline
    outcome
    outcomeOn
    outcomeBy
    outcomeNote
    warnedPeriods
    nextPeriodKey
    nextTotal
    nextDisposal
    disposalMeasure
    disposalStep
    updatedAt
    updatedByName
    overdue
    isOverdue
    measuresAvailable
    planRevisions {
      seq
      plan
      deadline
      planBefore
      deadlineBefore
      revisedOn
      revisedBy
      reason
      recordedAt
    }
    history {
      seq
      kind
      periodKey
      total
      note
      recordedBy
      recordedAt
    }
    disposals {
      measure
      finished
      terminated
      nextSteps
      rectifyUntil
      steps {
        seq
        measure
        step
        decidedBy
        decidedOn
        documents
        vote {
          eligible
          present
          inFavour
          against
          abstain
          memberSpoke
        }
        approval
        result
        participants
        upperOpinion
        rectifyUntil
        note
        recordedAt
        recordedByName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WarningCasePageQuery, WarningCasePageQueryVariables>;
export const WarningCaseBranchDocument = new TypedDocumentString(`
    query WarningCaseBranch($id: ID!) {
  organization(id: $id) {
    id
    name
    members(status: ACTIVE, first: 1000) {
      items {
        id
        name
        memberNo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WarningCaseBranchQuery, WarningCaseBranchQueryVariables>;