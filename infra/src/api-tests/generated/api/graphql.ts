/* eslint-disable */
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 日期，格式 YYYY-MM-DD (a calendar day) */
  Date: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, any>; output: Record<string, any>; }
};

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

/** 新增党员 */
export type AddMemberInput = {
  birthDate: Scalars['Date']['input'];
  gender: Gender;
  /** 入党日期；正式党员和预备党员必填 */
  joinDate?: InputMaybe<Scalars['Date']['input']>;
  kind: MemberKind;
  /** 党员编号（区内唯一） */
  memberNo: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 所在党支部或党小组 */
  organizationId: Scalars['ID']['input'];
};

/** 审计日志记录的种类 */
export type AuditKind =
  /** 导出（下载文件） */
  | 'EXPORT'
  /** 写操作（新增、修改、审批等） */
  | 'WRITE';

/** 一票否决或直接认定条件的发生 */
export type ConditionFactInput = {
  code: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 党员大会评定一个期间的积分 */
export type ConfirmAssemblyInput = {
  /** 出席的党员（正式党员须过半数） */
  attendeeIds: Array<Scalars['ID']['input']>;
  /** 大会日期 */
  meetingOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 党支部 */
  organizationId: Scalars['ID']['input'];
  /** 期间，如 2024-Q1、2024-H1、2024 */
  period: Scalars['String']['input'];
};

/** 开设账号 */
export type CreateAccountInput = {
  /** 姓名或名称 */
  displayName: Scalars['String']['input'];
  /** 党员账号对应的党员 */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** 所在组织：区委组织部设在区，党(工)委设在镇街，书记和记录员设在党支部（或党总支），党员设在所在党支部 */
  organizationId: Scalars['ID']['input'];
  /** 初始密码：至少 10 位，含字母和数字 */
  password: Scalars['String']['input'];
  /** 角色 */
  role: AccountRole;
  /** 用户名：3–40 位字母、数字、点、下划线或连字符 */
  username: Scalars['String']['input'];
};

/** 签发密钥 */
export type CreateApiKeyInput = {
  /** 名称，如“支部考勤机” */
  name: Scalars['String']['input'];
  /** 绑定的组织 */
  organizationId: Scalars['ID']['input'];
  /** 每分钟调用上限，缺省 600，最多 6000 */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 权限：该角色权限的子集，不超过签发人本人的权限 */
  rights: Array<AccessRight>;
  /** 以何种角色调用（不能是党员） */
  role: AccountRole;
};

/** 新建组织 */
export type CreateOrganizationInput = {
  /** 层级 */
  level: OrgLevel;
  /** 名称 */
  name: Scalars['String']['input'];
  /** 上级组织；只有区(县)没有上级 */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** 认定整改结果 */
export type DecideWarningOutcomeInput = {
  caseId: Scalars['ID']['input'];
  /** 认定人或认定机构，如“党支部委员会” */
  decidedBy: Scalars['String']['input'];
  /** 认定日期 */
  decidedOn: Scalars['Date']['input'];
  /** 据以认定的下一期，如 2024-H2 */
  nextPeriodKey?: InputMaybe<Scalars['String']['input']>;
  /** 下一期总分（低于 50 分不能认定为已转化提高） */
  nextTotal?: InputMaybe<Scalars['Float']['input']>;
  /** 说明；启动处置程序时必填 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** IMPROVED 结案，ESCALATED 启动处置程序 */
  outcome: WarningOutcome;
};

/** 申报积分 */
export type DeclareEntryInput = {
  /** 共同完成的单位数 */
  contributors?: InputMaybe<Scalars['Int']['input']>;
  /** 证明材料：POST /uploads/evidence 上传后回答中的 id */
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 项目代码（见方案） */
  item: Scalars['String']['input'];
  /** 牵头、组织 */
  leading?: InputMaybe<Scalars['Boolean']['input']>;
  /** 级别（按级别计分的项目） */
  level?: InputMaybe<HonourLevel>;
  /** 事项 */
  matter?: InputMaybe<Scalars['String']['input']>;
  /** 党员 */
  memberId: Scalars['ID']['input'];
  /** 说明 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 发生日期 */
  occurredOn: Scalars['Date']['input'];
  /** 建议分值（酌情给分的项目） */
  points?: InputMaybe<Scalars['Float']['input']>;
  /** 数量（按数量计分的项目） */
  quantity?: InputMaybe<Scalars['Float']['input']>;
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
  abstain: Scalars['Int']['input'];
  /** 反对 */
  against: Scalars['Int']['input'];
  /** 有表决权的正式党员人数 */
  eligible: Scalars['Int']['input'];
  /** 赞成 */
  inFavour: Scalars['Int']['input'];
  /** 本人是否到会申辩 */
  memberSpoke?: Scalars['Boolean']['input'];
  /** 到会人数 */
  present: Scalars['Int']['input'];
};

/** 一条已认定的积分记录 */
export type EntryFactInput = {
  /** 参与单位（人）数，平分时用 */
  contributors?: InputMaybe<Scalars['Int']['input']>;
  /** 发生日期 */
  date: Scalars['Date']['input'];
  /** 记录编号（解释中引用） */
  id: Scalars['String']['input'];
  /** 规则文件中的项目代码 */
  item: Scalars['String']['input'];
  /** 起带头、组织、主导作用 */
  leading?: InputMaybe<Scalars['Boolean']['input']>;
  /** 级别（按级别计分的项目） */
  level?: InputMaybe<HonourLevel>;
  /** 事项：同一事项只计最高级别时用 */
  matter?: InputMaybe<Scalars['String']['input']>;
  /** 分值（支部酌情定分的项目） */
  points?: InputMaybe<Scalars['Float']['input']>;
  /** 数量（按数量计分的项目） */
  quantity?: InputMaybe<Scalars['Float']['input']>;
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
export type ExemptMemberInput = {
  /** 批准的上级组织或人 */
  approvedBy: Scalars['String']['input'];
  /** 批准日期 */
  approvedOn: Scalars['Date']['input'];
  /** 支部党员大会决定日期 */
  assemblyOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: ExemptionReason;
};

/** 不纳入积分管理 */
export type ExemptionFactInput = {
  from: Scalars['Date']['input'];
  /** 支部根据平时表现给予的年度积分 */
  manualTotal?: InputMaybe<Scalars['Float']['input']>;
  reason: Scalars['String']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** 不纳入积分管理的原因 */
export type ExemptionReason =
  /** 长期出国(境) */
  | 'ABROAD'
  /** 年龄较大 */
  | 'AGE'
  /** 患病 */
  | 'ILLNESS'
  /** 其他 */
  | 'OTHER';

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

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

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

/** 从已上传的 CSV 或 xlsx 文件导入积分记录：逐行检查，有一行不对则全部不导入 */
export type ImportEntriesInput = {
  /** 由支委导入，直接认定（初评） */
  accept?: Scalars['Boolean']['input'];
  /** 党支部 */
  organizationId: Scalars['ID']['input'];
  /** 导入文件：先 POST /uploads/import?organizationId=…&fileName=… 上传（CSV 或 xlsx，不超过 5 MB，1 小时内有效），用其回答中的 id；导入成功后文件即用掉 */
  uploadId: Scalars['ID']['input'];
};

/** 人员类别 */
export type MemberKind =
  /** 入党积极分子（计分，不评定等次） */
  | 'ACTIVIST'
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

/** 党员列表的排序 */
export type MemberOrder =
  /** 按党员编号 */
  | 'MEMBER_NO'
  /** 按期间总分从低到高 */
  | 'TOTAL_ASC'
  /** 按期间总分从高到低 */
  | 'TOTAL_DESC';

/** 名册状态 */
export type MemberStatus =
  /** 在册，纳入积分管理 */
  | 'ACTIVE'
  /** 不纳入积分管理（经支部党员大会决定、上级批准） */
  | 'EXEMPT'
  /** 组织关系已转出 */
  | 'TRANSFERRED_OUT';

export type MemberVotesInput = {
  counts: Array<VoteCountInput>;
  memberId: Scalars['ID']['input'];
};

/** 异议处理状态 */
export type ObjectionStatus =
  /** 支部已答复 */
  | 'ANSWERED'
  /** 已向上级申诉（积分暂缓确认） */
  | 'APPEALED'
  /** 上级已处理申诉 */
  | 'APPEAL_DECIDED'
  /** 待支部答复（该党员积分暂缓确认） */
  | 'OPEN';

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
  caseId: Scalars['ID']['input'];
  /** 帮扶人是本系统中的党员时，其编号 */
  helperMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** 帮扶人姓名 */
  helperName: Scalars['String']['input'];
  /** 结对日期 */
  pairedOn: Scalars['Date']['input'];
};

/** 公示评定结果 */
export type PublishScoresInput = {
  /** 党员大会评定 */
  assemblyId: Scalars['ID']['input'];
  /** 公示结束（含），不少于方案规定的天数 */
  endsOn: Scalars['Date']['input'];
  /** 公示开始 */
  startsOn: Scalars['Date']['input'];
};

/** 单独核定名额的党支部 */
export type QuotaOverrideInput = {
  branchId: Scalars['ID']['input'];
  fiveStarPercent?: Scalars['Float']['input'];
  fourStarPercent?: Scalars['Float']['input'];
  /** 理由，如“连续三年被评为先进基层党组织” */
  reason: Scalars['String']['input'];
  threeStarPercent?: Scalars['Float']['input'];
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

/** 提出异议 */
export type RaiseObjectionInput = {
  /** 异议内容 */
  content: Scalars['String']['input'];
  /** 涉及的记录 */
  entryId?: InputMaybe<Scalars['ID']['input']>;
  /** 涉及的党员 */
  memberId: Scalars['ID']['input'];
  /** 公示 */
  windowId: Scalars['ID']['input'];
};

/** 在支部中的排名 */
export type RankInput = {
  of: Scalars['Int']['input'];
  position: Scalars['Int']['input'];
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

/** 登记一次会议或活动的出席（每人一条记录） */
export type RecordAttendanceInput = {
  /** 由支委按签到表登记，直接认定（初评） */
  accept?: Scalars['Boolean']['input'];
  /** 项目代码 */
  item: Scalars['String']['input'];
  /** 出席的党员 */
  memberIds: Array<Scalars['ID']['input']>;
  /** 说明，如会议名称 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 会议或活动日期 */
  occurredOn: Scalars['Date']['input'];
  /** 党支部 */
  organizationId: Scalars['ID']['input'];
};

/** 登记一票否决或直接定等的情形 */
export type RecordConditionInput = {
  /** 批准的组织 */
  approvedBy: Scalars['String']['input'];
  approvedOn: Scalars['Date']['input'];
  /** 情形代码（见方案） */
  code: Scalars['String']['input'];
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  memberId: Scalars['ID']['input'];
  /** 事实经过 */
  note: Scalars['String']['input'];
  occurredOn: Scalars['Date']['input'];
};

/** 登记处置程序的一个步骤（须按顺序，登记后不可修改） */
export type RecordDisposalStepInput = {
  /** 是否同意（仅“基层党委预审”“基层党委审批”） */
  approval?: InputMaybe<Scalars['Boolean']['input']>;
  caseId: Scalars['ID']['input'];
  /** 决定人或决定机构 */
  decidedBy: Scalars['String']['input'];
  /** 办理日期 */
  decidedOn: Scalars['Date']['input'];
  /** 材料（名称或编号） */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  measure: DisposalMeasure;
  /** 备注；提前归档时写明终止原因 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 谈话人（仅“两名正式党员谈话”，至少两名） */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 限期改正或延长预备期至（仅审批；缺省六个月，最长一年） */
  rectifyUntil?: InputMaybe<Scalars['Date']['input']>;
  /** 申诉是否成立（本人申诉）；期满是否已有转变（限期改正期满评估）；本人是否同意退党（劝其退党的通知本人） */
  result?: InputMaybe<Scalars['Boolean']['input']>;
  step: DisposalStepKind;
  /** 上一级党组织组织部门的书面意见（劝其退党、除名的预审必填） */
  upperOpinion?: InputMaybe<Scalars['String']['input']>;
  /** 党员大会表决（仅“党员大会表决”） */
  vote?: InputMaybe<DisposalVoteInput>;
};

/** 成批登记同一党支部的积分记录（如支部的系统对接时）：逐条检查，有一条不对则全部不登记 */
export type RecordEntriesInput = {
  /** 由支委登记，直接认定（初评） */
  accept?: Scalars['Boolean']['input'];
  /** 记录，一次 1 到 1000 条，均为本支部党员 */
  entries: Array<DeclareEntryInput>;
  /** 党支部 */
  organizationId: Scalars['ID']['input'];
};

/** 录入民主评议票数 */
export type RecordReviewVotesInput = {
  /** 党支部 */
  organizationId: Scalars['ID']['input'];
  /** 评议的期间，如 2024 */
  period: Scalars['String']['input'];
  votes: Array<MemberVotesInput>;
};

/** 登记书记约谈 */
export type RecordWarningInterviewInput = {
  caseId: Scalars['ID']['input'];
  /** 约谈人（一般为党支部书记） */
  interviewedBy: Scalars['String']['input'];
  /** 约谈日期 */
  interviewedOn: Scalars['Date']['input'];
  /** 约谈情况：发现的问题、原因分析 */
  note: Scalars['String']['input'];
};

/** 提出不纳入积分管理申请 */
export type RequestExemptionInput = {
  /** 自何日起 */
  fromOn: Scalars['Date']['input'];
  memberId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: ExemptionReason;
};

/** 支委初评 */
export type ReviewEntriesInput = {
  /** true 认定，false 不予认定 */
  accept: Scalars['Boolean']['input'];
  /** 同一党支部的记录 */
  entryIds: Array<Scalars['ID']['input']>;
  /** 酌情给分项目的分值（逐条初评时） */
  points?: InputMaybe<Scalars['Float']['input']>;
  /** 理由（不予认定时必填） */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 试算用的计分事实 */
export type ScoreFactsInput = {
  /** 评价日期：此后的记录不计 */
  asOf: Scalars['Date']['input'];
  conditions?: InputMaybe<Array<ConditionFactInput>>;
  entries: Array<EntryFactInput>;
  exemption?: InputMaybe<ExemptionFactInput>;
  memberKind?: MemberKind;
  /** 期间：2024、2024-H1、2024-Q3、2024-M05（自积分周期起始日起算） */
  period: Scalars['String']['input'];
  /** 以往各评定期的等次代码，从早到晚 */
  previousGrades?: InputMaybe<Array<Scalars['String']['input']>>;
  rank?: InputMaybe<RankInput>;
  votes?: InputMaybe<Array<VoteCountInput>>;
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
  baseFloor?: Scalars['Float']['input'];
  /** 积分周期（年度），自该年度起执行，直至另行设定 */
  cycle: Scalars['Int']['input'];
  fiveStarPercent?: Scalars['Float']['input'];
  fourStarPercent?: Scalars['Float']['input'];
  interviewDays?: Scalars['Int']['input'];
  /** 镇(街道)党(工)委或区 */
  organizationId: Scalars['ID']['input'];
  overrides?: Array<QuotaOverrideInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
  rectifyMonths?: Scalars['Int']['input'];
  rounding?: QuotaRounding;
  scope?: QuotaScope;
  stillTied?: QuotaStillTied;
  threeStarPercent?: Scalars['Float']['input'];
  tieBreakers?: Array<QuotaTieBreaker>;
  totalFloor?: Scalars['Float']['input'];
};

/** 制定整改计划（限期改正） */
export type SetRectificationPlanInput = {
  caseId: Scalars['ID']['input'];
  /** 整改期限；缺省为制定日期后六个月（或名额政策规定的月数），最长不超过一年 */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** 整改计划 */
  plan: Scalars['String']['input'];
  /** 计划制定日期 */
  plannedOn: Scalars['Date']['input'];
};

/** 修改党员信息（只填要改的项） */
export type UpdateMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  gender?: InputMaybe<Gender>;
  joinDate?: InputMaybe<Scalars['Date']['input']>;
  /** 如预备党员转正 */
  kind?: InputMaybe<MemberKind>;
  memberNo?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 民主测评某一等次的票数 */
export type VoteCountInput = {
  count: Scalars['Int']['input'];
  /** 评议等次代码，如 GOOD */
  level: Scalars['String']['input'];
};

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

/** 触发双预警的原因 */
export type WarningTrigger =
  /** 有积分方案规定的直接评为不合格的情形 */
  | 'DIRECT_UNQUALIFIED'
  /** 考核总分低于 50 分 */
  | 'SCORE_BELOW_50';
