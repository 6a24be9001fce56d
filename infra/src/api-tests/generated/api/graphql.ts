/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** 使用人的姓名，如“张某”（署名由组织、角色和姓名组成：“青山村党支部 书记 张某”）；党员账号不填则取党员本人姓名 */
  displayName?: InputMaybe<Scalars['String']['input']>;
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
  /** 以往各评定期的等次，从早到晚：填代码或名称均可，如 BASIC 或“基本合格”（见方案的等次） */
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

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies. */
export type __DirectiveLocation =
  /** Location adjacent to a query operation. */
  | 'QUERY'
  /** Location adjacent to a mutation operation. */
  | 'MUTATION'
  /** Location adjacent to a subscription operation. */
  | 'SUBSCRIPTION'
  /** Location adjacent to a field. */
  | 'FIELD'
  /** Location adjacent to a fragment definition. */
  | 'FRAGMENT_DEFINITION'
  /** Location adjacent to a fragment spread. */
  | 'FRAGMENT_SPREAD'
  /** Location adjacent to an inline fragment. */
  | 'INLINE_FRAGMENT'
  /** Location adjacent to a variable definition. */
  | 'VARIABLE_DEFINITION'
  /** Location adjacent to a schema definition. */
  | 'SCHEMA'
  /** Location adjacent to a scalar definition. */
  | 'SCALAR'
  /** Location adjacent to an object type definition. */
  | 'OBJECT'
  /** Location adjacent to a field definition. */
  | 'FIELD_DEFINITION'
  /** Location adjacent to an argument definition. */
  | 'ARGUMENT_DEFINITION'
  /** Location adjacent to an interface definition. */
  | 'INTERFACE'
  /** Location adjacent to a union definition. */
  | 'UNION'
  /** Location adjacent to an enum definition. */
  | 'ENUM'
  /** Location adjacent to an enum value definition. */
  | 'ENUM_VALUE'
  /** Location adjacent to an input object type definition. */
  | 'INPUT_OBJECT'
  /** Location adjacent to an input object field definition. */
  | 'INPUT_FIELD_DEFINITION'
  /** Location adjacent to a directive definition. */
  | 'DIRECTIVE_DEFINITION';

export type AccessHardeningOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessHardeningOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', members: { __typename?: 'MemberPage', total: number } } | null };

export type AccessHardeningOrganization2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
  n: Scalars['Int']['input'];
}>;


export type AccessHardeningOrganization2Query = { __typename?: 'Query', organization: { __typename?: 'Organization', members: { __typename?: 'MemberPage', total: number } } | null };

export type AccessHardeningOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessHardeningOrganizations2Query = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', members: { __typename?: 'MemberPage', items: Array<{ __typename?: 'Member', entries: { __typename?: 'EntryPage', items: Array<{ __typename?: 'Entry', id: string }> } }> } }> };

export type AccessHardening__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessHardening__SchemaQuery = { __typename?: 'Query', __schema: { __typename?: '__Schema', queryType: { __typename?: '__Type', name: string | null } } };

export type AccessHardening__Schema2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessHardening__Schema2Query = { __typename?: 'Query', __schema: { __typename?: '__Schema', queryType: { __typename?: '__Type', name: string | null } } };

export type AccessHardeningOrganization3QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessHardeningOrganization3Query = { __typename?: 'Query', organization: { __typename?: 'Organization', members: { __typename?: 'MemberPage', total: number } } | null };

export type AccessIdentityLoginMutationVariables = Exact<{
  u: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type AccessIdentityLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'SessionTokens', token: string, expiresAt: string, refreshToken: string, account: { __typename?: 'Account', id: string, role: AccountRole } } };

export type AccessIdentityCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AccessIdentityCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, path: string } };

export type AccessTableCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AccessTableCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, path: string } };

export type ActorNamesCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ActorNamesCreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string, displayName: string, label: string } };

export type ActorNamesLoginMutationVariables = Exact<{
  u: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type ActorNamesLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'SessionTokens', token: string, account: { __typename?: 'Account', id: string, label: string } } };

export type ActorNamesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorNamesMeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', subject: string, name: string } };

export type ActorNamesBranchQueryVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type ActorNamesBranchQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', accounts: Array<{ __typename?: 'Account', username: string, createdBy: string, createdByName: string }>, publicityWindows: Array<{ __typename?: 'PublicityWindow', id: string, publishedBy: string, publishedByName: string, closedBy: string | null, closedByName: string | null }> } | null };

export type ActorNamesClosePublicityMutationVariables = Exact<{
  w: Scalars['ID']['input'];
}>;


export type ActorNamesClosePublicityMutation = { __typename?: 'Mutation', closePublicity: { __typename?: 'PublicityWindow', status: string } };

export type ActorNamesDeclareMutationVariables = Exact<{
  input: DeclareEntryInput;
}>;


export type ActorNamesDeclareMutation = { __typename?: 'Mutation', declareEntry: { __typename?: 'Entry', id: string, declaredBy: string, declaredByName: string } };

export type ActorNamesReviewMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ActorNamesReviewMutation = { __typename?: 'Mutation', reviewEntries: Array<{ __typename?: 'Entry', id: string, review: { __typename?: 'EntryReview', reviewedBy: string, reviewedByName: string } | null }> };

export type ActorNamesPreviewMutationVariables = Exact<{
  o: Scalars['ID']['input'];
  p: Scalars['String']['input'];
}>;


export type ActorNamesPreviewMutation = { __typename?: 'Mutation', previewRating: { __typename?: 'RatingRun', id: string, version: number, createdBy: string, createdByName: string } };

export type ActorNamesConfirmMutationVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type ActorNamesConfirmMutation = { __typename?: 'Mutation', confirmRating: { __typename?: 'RatingRun', id: string, status: RatingRunStatus, confirmedBy: string | null, confirmedByName: string | null } };

export type ActorNamesRunsQueryVariables = Exact<{
  o: Scalars['ID']['input'];
  p: Scalars['String']['input'];
}>;


export type ActorNamesRunsQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', ratingRuns: Array<{ __typename?: 'RatingRun', version: number, status: RatingRunStatus, confirmedBy: string | null, confirmedByName: string | null }> | null } | null };

export type ActorNamesAuditQueryVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type ActorNamesAuditQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', auditLog: Array<{ __typename?: 'AuditEvent', subject: string, subjectName: string, operation: string, outcome: string, service: string }> } | null };

export type BranchSummariesAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type BranchSummariesAddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string } };

export type BranchSummariesRecordEntriesMutationVariables = Exact<{
  input: RecordEntriesInput;
  key?: InputMaybe<Scalars['String']['input']>;
}>;


export type BranchSummariesRecordEntriesMutation = { __typename?: 'Mutation', recordEntries: Array<{ __typename?: 'Entry', id: string, state: EntryState, memberId: string }> };

export type BranchSummariesMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchSummariesMemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', score: { __typename?: 'PeriodScore', total: number | null } | null } | null };

export type BranchSummariesVerifyLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchSummariesVerifyLedgerQuery = { __typename?: 'Query', verifyLedger: { __typename?: 'LedgerVerification', checked: number } };

export type BranchSummariesVerifyLedger2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchSummariesVerifyLedger2Query = { __typename?: 'Query', verifyLedger: { __typename?: 'LedgerVerification', checked: number } };

export type BranchSummariesReviewEntriesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type BranchSummariesReviewEntriesMutation = { __typename?: 'Mutation', reviewEntries: Array<{ __typename?: 'Entry', id: string }> };

export type BranchSummariesReverseEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchSummariesReverseEntryMutation = { __typename?: 'Mutation', reverseEntry: { __typename?: 'Entry', id: string } };

export type BranchSummariesReverseEntry2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchSummariesReverseEntry2Mutation = { __typename?: 'Mutation', reverseEntry: { __typename?: 'Entry', id: string } };

export type BranchSummariesReviewEntries2MutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type BranchSummariesReviewEntries2Mutation = { __typename?: 'Mutation', reviewEntries: Array<{ __typename?: 'Entry', id: string }> };

export type BranchSummariesReviewEntries3MutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type BranchSummariesReviewEntries3Mutation = { __typename?: 'Mutation', reviewEntries: Array<{ __typename?: 'Entry', id: string }> };

export type BranchSummariesTransferMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type BranchSummariesTransferMemberMutation = { __typename?: 'Mutation', transferMember: { __typename?: 'Member', id: string } };

export type BranchSummariesRefreshScoresMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type BranchSummariesRefreshScoresMutation = { __typename?: 'Mutation', refreshScores: number };

export type BranchSummariesMoveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type BranchSummariesMoveOrganizationMutation = { __typename?: 'Mutation', moveOrganization: { __typename?: 'Organization', id: string } };

export type LedgerRegisterCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type LedgerRegisterCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, path: string } };

export type LedgerRegisterAdoptTemplateMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type LedgerRegisterAdoptTemplateMutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type LedgerRegisterSubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterSubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type LedgerRegisterApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', id: string } };

export type LedgerRegisterAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type LedgerRegisterAddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string } };

export type LedgerRegisterAddMember2MutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type LedgerRegisterAddMember2Mutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string } };

export type LedgerRegisterRecordAttendanceMutationVariables = Exact<{
  i: RecordAttendanceInput;
}>;


export type LedgerRegisterRecordAttendanceMutation = { __typename?: 'Mutation', recordAttendance: Array<{ __typename?: 'Entry', seq: number, state: EntryState, review: { __typename?: 'EntryReview', points: number | null } | null }> };

export type LedgerRegisterRecordAttendance2MutationVariables = Exact<{
  i: RecordAttendanceInput;
}>;


export type LedgerRegisterRecordAttendance2Mutation = { __typename?: 'Mutation', recordAttendance: Array<{ __typename?: 'Entry', seq: number }> };

export type LedgerRegisterOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', entries: { __typename?: 'EntryPage', total: number } } | null };

export type LedgerRegisterMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterMemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', score: { __typename?: 'PeriodScore', total: number | null } | null } | null };

export type LedgerRegisterRecordAttendance3MutationVariables = Exact<{
  i: RecordAttendanceInput;
}>;


export type LedgerRegisterRecordAttendance3Mutation = { __typename?: 'Mutation', recordAttendance: Array<{ __typename?: 'Entry', id: string }> };

export type LedgerRegisterRequestExemptionMutationVariables = Exact<{
  m: Scalars['ID']['input'];
}>;


export type LedgerRegisterRequestExemptionMutation = { __typename?: 'Mutation', requestExemption: { __typename?: 'ExemptionRequest', id: string, status: string } };

export type LedgerRegisterDecideExemptionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterDecideExemptionMutation = { __typename?: 'Mutation', decideExemption: { __typename?: 'ExemptionRequest', id: string } };

export type LedgerRegisterRecordExemptionAssemblyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterRecordExemptionAssemblyMutation = { __typename?: 'Mutation', recordExemptionAssembly: { __typename?: 'ExemptionRequest', status: string } };

export type LedgerRegisterDecideExemption2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterDecideExemption2Mutation = { __typename?: 'Mutation', decideExemption: { __typename?: 'ExemptionRequest', status: string, decidedOn: string | null } };

export type LedgerRegisterMember2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerRegisterMember2Query = { __typename?: 'Query', member: { __typename?: 'Member', status: MemberStatus, score: { __typename?: 'PeriodScore', status: string, total: number | null } | null } | null };

export type LoginThrottleLoginMutationVariables = Exact<{
  u: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type LoginThrottleLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'SessionTokens', token: string, account: { __typename?: 'Account', id: string } } };

export type LoginThrottleCreateOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginThrottleCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string } };

export type LoginThrottleCreateOrganization2MutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LoginThrottleCreateOrganization2Mutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string } };

export type LoginThrottleCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type LoginThrottleCreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string } };

export type OrgTreeCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type OrgTreeCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string, path: string, level: OrgLevel } };

export type OrgTreeAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type OrgTreeAddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string, memberNo: string, kind: MemberKind, status: MemberStatus, organization: { __typename?: 'Organization', id: string, name: string } | null } };

export type OrgTreeOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgTreeOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, path: string, parent: { __typename?: 'Organization', id: string } | null }> };

export type OrgTreeRenameOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeRenameOrganizationMutation = { __typename?: 'Mutation', renameOrganization: { __typename?: 'Organization', name: string } };

export type OrgTreeMoveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type OrgTreeMoveOrganizationMutation = { __typename?: 'Mutation', moveOrganization: { __typename?: 'Organization', id: string } };

export type OrgTreeMoveOrganization2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type OrgTreeMoveOrganization2Mutation = { __typename?: 'Mutation', moveOrganization: { __typename?: 'Organization', path: string } };

export type OrgTreeTransferMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type OrgTreeTransferMemberMutation = { __typename?: 'Mutation', transferMember: { __typename?: 'Member', id: string } };

export type OrgTreeTransferMemberOutMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeTransferMemberOutMutation = { __typename?: 'Mutation', transferMemberOut: { __typename?: 'Member', id: string } };

export type OrgTreeMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeMemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', status: MemberStatus, organization: { __typename?: 'Organization', id: string } | null, transfers: Array<{ __typename?: 'MemberTransfer', fromOrganizationId: string, toOrganizationId: string | null, transferredOn: string, reason: string }> } | null };

export type OrgTreeTransferMemberOut2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeTransferMemberOut2Mutation = { __typename?: 'Mutation', transferMemberOut: { __typename?: 'Member', id: string } };

export type OrgTreeExemptMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeExemptMemberMutation = { __typename?: 'Mutation', exemptMember: { __typename?: 'Member', status: MemberStatus, exemption: { __typename?: 'Exemption', reason: ExemptionReason, approvedBy: string, approvedOn: string } | null } };

export type OrgTreeExemptMember2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeExemptMember2Mutation = { __typename?: 'Mutation', exemptMember: { __typename?: 'Member', status: MemberStatus } };

export type OrgTreeUpdateMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgTreeUpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', kind: MemberKind, name: string, age: number } };

export type RatingRunSetQuotaPolicyMutationVariables = Exact<{
  i: SetQuotaPolicyInput;
}>;


export type RatingRunSetQuotaPolicyMutation = { __typename?: 'Mutation', setQuotaPolicy: { __typename?: 'QuotaPolicy', id: string | null, cycle: number, scope: QuotaScope, rounding: QuotaRounding, fiveStarPercent: number, fourStarPercent: number, threeStarPercent: number, interviewDays: number, rectifyMonths: number, isDefault: boolean } };

export type RatingRunAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type RatingRunAddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string } };

export type RatingRunDeclareEntryMutationVariables = Exact<{
  i: DeclareEntryInput;
}>;


export type RatingRunDeclareEntryMutation = { __typename?: 'Mutation', declareEntry: { __typename?: 'Entry', id: string } };

export type RatingRunReviewEntriesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RatingRunReviewEntriesMutation = { __typename?: 'Mutation', reviewEntries: Array<{ __typename?: 'Entry', id: string }> };

export type RatingRunConfirmAssemblyMutationVariables = Exact<{
  i: ConfirmAssemblyInput;
}>;


export type RatingRunConfirmAssemblyMutation = { __typename?: 'Mutation', confirmAssembly: { __typename?: 'Assembly', id: string } };

export type RatingRunPublishScoresMutationVariables = Exact<{
  a: Scalars['ID']['input'];
}>;


export type RatingRunPublishScoresMutation = { __typename?: 'Mutation', publishScores: { __typename?: 'PublicityWindow', id: string } };

export type RatingRunClosePublicityMutationVariables = Exact<{
  w: Scalars['ID']['input'];
}>;


export type RatingRunClosePublicityMutation = { __typename?: 'Mutation', closePublicity: { __typename?: 'PublicityWindow', id: string } };

export type RatingRunPreviewRatingMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type RatingRunPreviewRatingMutation = { __typename?: 'Mutation', previewRating: { __typename?: 'RatingRun', id: string, summary: { __typename?: 'RatingSummary', rated: number } } };

export type RatingRunConfirmRatingMutationVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type RatingRunConfirmRatingMutation = { __typename?: 'Mutation', confirmRating: { __typename?: 'RatingRun', status: RatingRunStatus } };

export type RegisterReplayCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type RegisterReplayCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string } };

export type RegisterReplayAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type RegisterReplayAddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string } };

export type RegisterReplayDeclareEntryMutationVariables = Exact<{
  input: DeclareEntryInput;
}>;


export type RegisterReplayDeclareEntryMutation = { __typename?: 'Mutation', declareEntry: { __typename?: 'Entry', id: string } };

export type RegisterReplayReviewEntriesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RegisterReplayReviewEntriesMutation = { __typename?: 'Mutation', reviewEntries: Array<{ __typename?: 'Entry', id: string }> };

export type RegisterReplayRecordReviewVotesMutationVariables = Exact<{
  i: RecordReviewVotesInput;
}>;


export type RegisterReplayRecordReviewVotesMutation = { __typename?: 'Mutation', recordReviewVotes: Array<{ __typename?: 'ReviewVotes', id: string }> };

export type RegisterReplayRecordConditionMutationVariables = Exact<{
  i: RecordConditionInput;
}>;


export type RegisterReplayRecordConditionMutation = { __typename?: 'Mutation', recordCondition: { __typename?: 'MemberCondition', id: string } };

export type RegisterReplayRefreshScoresMutationVariables = Exact<{
  o: Scalars['ID']['input'];
  p: Scalars['String']['input'];
}>;


export type RegisterReplayRefreshScoresMutation = { __typename?: 'Mutation', refreshScores: number };

export type RegisterReplayMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  p: Scalars['String']['input'];
}>;


export type RegisterReplayMemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', score: { __typename?: 'PeriodScore', total: number | null, status: string, grade: { __typename?: 'GradeOf', code: string } | null } | null } | null };

export type SchemeFilingFilingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingFilingQuery = { __typename?: 'Query', filing: { __typename?: 'Filing', baseVersion: { __typename?: 'SchemeVersion', id: string } | null } | null };

export type SchemeFilingAdoptTemplateMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type SchemeFilingAdoptTemplateMutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type SchemeFilingAdoptTemplate2MutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type SchemeFilingAdoptTemplate2Mutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type SchemeFilingSubmitFiling2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingSubmitFiling2Mutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type SchemeFilingApproveFiling2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingApproveFiling2Mutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', status: FilingStatus } };

export type SchemeFilingSchemeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingSchemeQuery = { __typename?: 'Query', scheme: { __typename?: 'Scheme', versions: Array<{ __typename?: 'SchemeVersion', version: number }> } | null };

export type ScopeOrganization3QueryVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type ScopeOrganization3Query = { __typename?: 'Query', organization: { __typename?: 'Organization', quotaPolicyHistory: Array<{ __typename?: 'QuotaPolicy', id: string | null, setAt: string | null }> | null } | null };

export type ScopeOrganization4QueryVariables = Exact<{
  e: Scalars['ID']['input'];
  w: Scalars['ID']['input'];
}>;


export type ScopeOrganization4Query = { __typename?: 'Query', e: { __typename?: 'Organization', quotaPolicy: { __typename?: 'QuotaPolicy', fiveStarPercent: number, inherited: boolean, reason: string | null } | null } | null, w: { __typename?: 'Organization', quotaPolicy: { __typename?: 'QuotaPolicy', fiveStarPercent: number, isDefault: boolean } | null } | null };

export type SessionRevocationLoginMutationVariables = Exact<{
  u: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type SessionRevocationLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'SessionTokens', token: string, refreshToken: string, account: { __typename?: 'Account', id: string } } };

export type SessionRevocationOrganizationQueryVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type SessionRevocationOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string } | null };

export type SessionRevocationAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type SessionRevocationAddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'Member', id: string } };

export type SqlCountOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SqlCountOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', name: string, children: Array<{ __typename?: 'Organization', name: string, children: Array<{ __typename?: 'Organization', name: string, memberCount: number }> }> }> };

export type SqlCountOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type SqlCountOrganizations2Query = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', name: string, memberCount: number, effectiveScheme: { __typename?: 'Scheme', name: string } | null, quotaPolicy: { __typename?: 'QuotaPolicy', fiveStarPercent: number } | null }> };

export type SqlCountOrganizations3QueryVariables = Exact<{ [key: string]: never; }>;


export type SqlCountOrganizations3Query = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', members: { __typename?: 'MemberPage', total: number, items: Array<{ __typename?: 'Member', name: string }> } }> };

export type MixedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MixedQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', name: string, memberCount: number, effectiveScheme: { __typename?: 'Scheme', name: string } | null, filings: Array<{ __typename?: 'Filing', status: FilingStatus }> | null, quotaPolicy: { __typename?: 'QuotaPolicy', fiveStarPercent: number } | null, ratingRollup: { __typename?: 'RatingRollup', rated: number } | null, warningCases: Array<{ __typename?: 'WarningCase', id: string }> | null } | null };

export type TemplatePreviewsPreviewScoreQueryVariables = Exact<{
  facts: ScoreFactsInput;
}>;


export type TemplatePreviewsPreviewScoreQuery = { __typename?: 'Query', previewScore: { __typename?: 'ScorePreview', total: number | null } };


export const AccessHardeningOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessHardeningOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<AccessHardeningOrganizationQuery, AccessHardeningOrganizationQueryVariables>;
export const AccessHardeningOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessHardeningOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<AccessHardeningOrganization2Query, AccessHardeningOrganization2QueryVariables>;
export const AccessHardeningOrganizations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessHardeningOrganizations2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessHardeningOrganizations2Query, AccessHardeningOrganizations2QueryVariables>;
export const AccessHardening__SchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessHardening__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessHardening__SchemaQuery, AccessHardening__SchemaQueryVariables>;
export const AccessHardening__Schema2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessHardening__schema2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessHardening__Schema2Query, AccessHardening__Schema2QueryVariables>;
export const AccessHardeningOrganization3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessHardeningOrganization3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"-1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<AccessHardeningOrganization3Query, AccessHardeningOrganization3QueryVariables>;
export const AccessIdentityLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessIdentityLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AccessIdentityLoginMutation, AccessIdentityLoginMutationVariables>;
export const AccessIdentityCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessIdentityCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<AccessIdentityCreateOrganizationMutation, AccessIdentityCreateOrganizationMutationVariables>;
export const AccessTableCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessTableCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<AccessTableCreateOrganizationMutation, AccessTableCreateOrganizationMutationVariables>;
export const ActorNamesCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ActorNamesCreateAccountMutation, ActorNamesCreateAccountMutationVariables>;
export const ActorNamesLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNamesLoginMutation, ActorNamesLoginMutationVariables>;
export const ActorNamesMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorNamesMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActorNamesMeQuery, ActorNamesMeQueryVariables>;
export const ActorNamesBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorNamesBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicityWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNamesBranchQuery, ActorNamesBranchQueryVariables>;
export const ActorNamesClosePublicityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesClosePublicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePublicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActorNamesClosePublicityMutation, ActorNamesClosePublicityMutationVariables>;
export const ActorNamesDeclareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesDeclare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"declaredByName"}}]}}]}}]} as unknown as DocumentNode<ActorNamesDeclareMutation, ActorNamesDeclareMutationVariables>;
export const ActorNamesReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNamesReviewMutation, ActorNamesReviewMutationVariables>;
export const ActorNamesPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]}}]} as unknown as DocumentNode<ActorNamesPreviewMutation, ActorNamesPreviewMutationVariables>;
export const ActorNamesConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActorNamesConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}}]}}]}}]} as unknown as DocumentNode<ActorNamesConfirmMutation, ActorNamesConfirmMutationVariables>;
export const ActorNamesRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorNamesRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNamesRunsQuery, ActorNamesRunsQueryVariables>;
export const ActorNamesAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorNamesAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNamesAuditQuery, ActorNamesAuditQueryVariables>;
export const BranchSummariesAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesAddMemberMutation, BranchSummariesAddMemberMutationVariables>;
export const BranchSummariesRecordEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesRecordEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEntriesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesRecordEntriesMutation, BranchSummariesRecordEntriesMutationVariables>;
export const BranchSummariesMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchSummariesMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2024-Q1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<BranchSummariesMemberQuery, BranchSummariesMemberQueryVariables>;
export const BranchSummariesVerifyLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchSummariesVerifyLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesVerifyLedgerQuery, BranchSummariesVerifyLedgerQueryVariables>;
export const BranchSummariesVerifyLedger2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchSummariesVerifyLedger2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesVerifyLedger2Query, BranchSummariesVerifyLedger2QueryVariables>;
export const BranchSummariesReviewEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesReviewEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesReviewEntriesMutation, BranchSummariesReviewEntriesMutationVariables>;
export const BranchSummariesReverseEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesReverseEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"重复申报","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesReverseEntryMutation, BranchSummariesReverseEntryMutationVariables>;
export const BranchSummariesReverseEntry2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesReverseEntry2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"分值有误","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesReverseEntry2Mutation, BranchSummariesReverseEntry2MutationVariables>;
export const BranchSummariesReviewEntries2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesReviewEntries2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"缺少证明材料","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesReviewEntries2Mutation, BranchSummariesReviewEntries2MutationVariables>;
export const BranchSummariesReviewEntries3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesReviewEntries3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesReviewEntries3Mutation, BranchSummariesReviewEntries3MutationVariables>;
export const BranchSummariesTransferMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesTransferMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2024-03-20","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"工作调动","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesTransferMemberMutation, BranchSummariesTransferMemberMutationVariables>;
export const BranchSummariesRefreshScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesRefreshScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2024-Q1","block":false}}]}]}}]} as unknown as DocumentNode<BranchSummariesRefreshScoresMutation, BranchSummariesRefreshScoresMutationVariables>;
export const BranchSummariesMoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchSummariesMoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BranchSummariesMoveOrganizationMutation, BranchSummariesMoveOrganizationMutationVariables>;
export const LedgerRegisterCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterCreateOrganizationMutation, LedgerRegisterCreateOrganizationMutationVariables>;
export const LedgerRegisterAdoptTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterAdoptTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"finance-bureau","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterAdoptTemplateMutation, LedgerRegisterAdoptTemplateMutationVariables>;
export const LedgerRegisterSubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterSubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterSubmitFilingMutation, LedgerRegisterSubmitFilingMutationVariables>;
export const LedgerRegisterApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterApproveFilingMutation, LedgerRegisterApproveFilingMutationVariables>;
export const LedgerRegisterAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterAddMemberMutation, LedgerRegisterAddMemberMutationVariables>;
export const LedgerRegisterAddMember2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterAddMember2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterAddMember2Mutation, LedgerRegisterAddMember2MutationVariables>;
export const LedgerRegisterRecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterRecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"StringValue","value":"day-0310","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterRecordAttendanceMutation, LedgerRegisterRecordAttendanceMutationVariables>;
export const LedgerRegisterRecordAttendance2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterRecordAttendance2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"StringValue","value":"day-0310","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterRecordAttendance2Mutation, LedgerRegisterRecordAttendance2MutationVariables>;
export const LedgerRegisterOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerRegisterOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterOrganizationQuery, LedgerRegisterOrganizationQueryVariables>;
export const LedgerRegisterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerRegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterMemberQuery, LedgerRegisterMemberQueryVariables>;
export const LedgerRegisterRecordAttendance3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterRecordAttendance3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterRecordAttendance3Mutation, LedgerRegisterRecordAttendance3MutationVariables>;
export const LedgerRegisterRequestExemptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterRequestExemption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"AGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"年满 75 周岁","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fromOn"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterRequestExemptionMutation, LedgerRegisterRequestExemptionMutationVariables>;
export const LedgerRegisterDecideExemptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterDecideExemption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterDecideExemptionMutation, LedgerRegisterDecideExemptionMutationVariables>;
export const LedgerRegisterRecordExemptionAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterRecordExemptionAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExemptionAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assemblyOn"},"value":{"kind":"StringValue","value":"2026-03-15","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"agreed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterRecordExemptionAssemblyMutation, LedgerRegisterRecordExemptionAssemblyMutationVariables>;
export const LedgerRegisterDecideExemption2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRegisterDecideExemption2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"同意","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterDecideExemption2Mutation, LedgerRegisterDecideExemption2MutationVariables>;
export const LedgerRegisterMember2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerRegisterMember2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRegisterMember2Query, LedgerRegisterMember2QueryVariables>;
export const LoginThrottleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginThrottleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginThrottleLoginMutation, LoginThrottleLoginMutationVariables>;
export const LoginThrottleCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginThrottleCreateOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DISTRICT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"区","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoginThrottleCreateOrganizationMutation, LoginThrottleCreateOrganizationMutationVariables>;
export const LoginThrottleCreateOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginThrottleCreateOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"镇","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoginThrottleCreateOrganization2Mutation, LoginThrottleCreateOrganization2MutationVariables>;
export const LoginThrottleCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginThrottleCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoginThrottleCreateAccountMutation, LoginThrottleCreateAccountMutationVariables>;
export const OrgTreeCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<OrgTreeCreateOrganizationMutation, OrgTreeCreateOrganizationMutationVariables>;
export const OrgTreeAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeAddMemberMutation, OrgTreeAddMemberMutationVariables>;
export const OrgTreeOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgTreeOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeOrganizationsQuery, OrgTreeOrganizationsQueryVariables>;
export const OrgTreeRenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeRenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":" 西城街道党工委（新） ","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgTreeRenameOrganizationMutation, OrgTreeRenameOrganizationMutationVariables>;
export const OrgTreeMoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeMoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgTreeMoveOrganizationMutation, OrgTreeMoveOrganizationMutationVariables>;
export const OrgTreeMoveOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeMoveOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<OrgTreeMoveOrganization2Mutation, OrgTreeMoveOrganization2MutationVariables>;
export const OrgTreeTransferMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeTransferMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-09-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"工作调动","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgTreeTransferMemberMutation, OrgTreeTransferMemberMutationVariables>;
export const OrgTreeTransferMemberOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeTransferMemberOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMemberOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-10-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"迁往外省","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgTreeTransferMemberOutMutation, OrgTreeTransferMemberOutMutationVariables>;
export const OrgTreeMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgTreeMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeMemberQuery, OrgTreeMemberQueryVariables>;
export const OrgTreeTransferMemberOut2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeTransferMemberOut2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMemberOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-10-02","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"重复","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgTreeTransferMemberOut2Mutation, OrgTreeTransferMemberOut2MutationVariables>;
export const OrgTreeExemptMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeExemptMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exemptMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"AGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"assemblyOn"},"value":{"kind":"StringValue","value":"2026-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedBy"},"value":{"kind":"StringValue","value":"东城镇党委","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedOn"},"value":{"kind":"StringValue","value":"2026-04-10","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeExemptMemberMutation, OrgTreeExemptMemberMutationVariables>;
export const OrgTreeExemptMember2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeExemptMember2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exemptMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"AGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"assemblyOn"},"value":{"kind":"StringValue","value":"2026-04-10","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedBy"},"value":{"kind":"StringValue","value":"东城镇党委","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedOn"},"value":{"kind":"StringValue","value":"2026-04-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrgTreeExemptMember2Mutation, OrgTreeExemptMember2MutationVariables>;
export const OrgTreeUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FULL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"刘桂兰","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-11-21","block":false}}]}]}}]}}]} as unknown as DocumentNode<OrgTreeUpdateMemberMutation, OrgTreeUpdateMemberMutationVariables>;
export const RatingRunSetQuotaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunSetQuotaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetQuotaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"fiveStarPercent"}},{"kind":"Field","name":{"kind":"Name","value":"fourStarPercent"}},{"kind":"Field","name":{"kind":"Name","value":"threeStarPercent"}},{"kind":"Field","name":{"kind":"Name","value":"interviewDays"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<RatingRunSetQuotaPolicyMutation, RatingRunSetQuotaPolicyMutationVariables>;
export const RatingRunAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRunAddMemberMutation, RatingRunAddMemberMutationVariables>;
export const RatingRunDeclareEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunDeclareEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRunDeclareEntryMutation, RatingRunDeclareEntryMutationVariables>;
export const RatingRunReviewEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunReviewEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRunReviewEntriesMutation, RatingRunReviewEntriesMutationVariables>;
export const RatingRunConfirmAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunConfirmAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAssemblyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRunConfirmAssemblyMutation, RatingRunConfirmAssemblyMutationVariables>;
export const RatingRunPublishScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunPublishScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"StringValue","value":"2026-07-03","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"StringValue","value":"2026-07-09","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRunPublishScoresMutation, RatingRunPublishScoresMutationVariables>;
export const RatingRunClosePublicityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunClosePublicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePublicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRunClosePublicityMutation, RatingRunClosePublicityMutationVariables>;
export const RatingRunPreviewRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunPreviewRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}}]}}]}}]}}]} as unknown as DocumentNode<RatingRunPreviewRatingMutation, RatingRunPreviewRatingMutationVariables>;
export const RatingRunConfirmRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRunConfirmRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RatingRunConfirmRatingMutation, RatingRunConfirmRatingMutationVariables>;
export const RegisterReplayCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterReplayCreateOrganizationMutation, RegisterReplayCreateOrganizationMutationVariables>;
export const RegisterReplayAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterReplayAddMemberMutation, RegisterReplayAddMemberMutationVariables>;
export const RegisterReplayDeclareEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayDeclareEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterReplayDeclareEntryMutation, RegisterReplayDeclareEntryMutationVariables>;
export const RegisterReplayReviewEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayReviewEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterReplayReviewEntriesMutation, RegisterReplayReviewEntriesMutationVariables>;
export const RegisterReplayRecordReviewVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayRecordReviewVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReviewVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReviewVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterReplayRecordReviewVotesMutation, RegisterReplayRecordReviewVotesMutationVariables>;
export const RegisterReplayRecordConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayRecordCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConditionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterReplayRecordConditionMutation, RegisterReplayRecordConditionMutationVariables>;
export const RegisterReplayRefreshScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReplayRefreshScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}]}}]} as unknown as DocumentNode<RegisterReplayRefreshScoresMutation, RegisterReplayRefreshScoresMutationVariables>;
export const RegisterReplayMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterReplayMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterReplayMemberQuery, RegisterReplayMemberQueryVariables>;
export const SchemeFilingFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeFilingFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SchemeFilingFilingQuery, SchemeFilingFilingQueryVariables>;
export const SchemeFilingAdoptTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingAdoptTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"pioneer-index","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingAdoptTemplateMutation, SchemeFilingAdoptTemplateMutationVariables>;
export const SchemeFilingAdoptTemplate2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingAdoptTemplate2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"no-such","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingAdoptTemplate2Mutation, SchemeFilingAdoptTemplate2MutationVariables>;
export const SchemeFilingSubmitFiling2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingSubmitFiling2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingSubmitFiling2Mutation, SchemeFilingSubmitFiling2MutationVariables>;
export const SchemeFilingApproveFiling2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingApproveFiling2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingApproveFiling2Mutation, SchemeFilingApproveFiling2MutationVariables>;
export const SchemeFilingSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeFilingScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SchemeFilingSchemeQuery, SchemeFilingSchemeQueryVariables>;
export const ScopeOrganization3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOrganization3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaPolicyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}}]}}]}}]} as unknown as DocumentNode<ScopeOrganization3Query, ScopeOrganization3QueryVariables>;
export const ScopeOrganization4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOrganization4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"e"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiveStarPercent"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"w"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiveStarPercent"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<ScopeOrganization4Query, ScopeOrganization4QueryVariables>;
export const SessionRevocationLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRevocationLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SessionRevocationLoginMutation, SessionRevocationLoginMutationVariables>;
export const SessionRevocationOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionRevocationOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionRevocationOrganizationQuery, SessionRevocationOrganizationQueryVariables>;
export const SessionRevocationAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRevocationAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionRevocationAddMemberMutation, SessionRevocationAddMemberMutationVariables>;
export const SqlCountOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SqlCountOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DISTRICT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountOrganizationsQuery, SqlCountOrganizationsQueryVariables>;
export const SqlCountOrganizations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SqlCountOrganizations2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"BRANCH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiveStarPercent"}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountOrganizations2Query, SqlCountOrganizations2QueryVariables>;
export const SqlCountOrganizations3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SqlCountOrganizations3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"BRANCH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountOrganizations3Query, SqlCountOrganizations3QueryVariables>;
export const MixedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mixed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiveStarPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MixedQuery, MixedQueryVariables>;
export const TemplatePreviewsPreviewScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplatePreviewsPreviewScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"town-attendance","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<TemplatePreviewsPreviewScoreQuery, TemplatePreviewsPreviewScoreQueryVariables>;