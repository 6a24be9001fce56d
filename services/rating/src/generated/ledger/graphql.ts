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
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _Any: { input: { __typename: string; [key: string]: unknown }; output: { __typename: string; [key: string]: unknown }; }
  federation__FieldSet: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
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

/** 公示评定结果 */
export type PublishScoresInput = {
  /** 党员大会评定 */
  assemblyId: Scalars['ID']['input'];
  /** 公示结束（含），不少于方案规定的天数 */
  endsOn: Scalars['Date']['input'];
  /** 公示开始 */
  startsOn: Scalars['Date']['input'];
};

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

export type VoteCountInput = {
  count: Scalars['Int']['input'];
  level: Scalars['String']['input'];
};

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type PeriodScoresForRatingQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
  period: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PeriodScoresForRatingQuery = { __typename?: 'Query', _entities: Array<
    | { __typename?: 'Entry' }
    | { __typename?: 'Member' }
    | { __typename?: 'Objection' }
    | { __typename?: 'Organization', periodScores: { __typename?: 'PeriodScorePage', nextAfter: string | null, items: Array<{ __typename?: 'PeriodScore', memberId: string, branchId: string, schemeVersionId: string, status: string, state: ScoreState, total: number | null, graded: boolean, grade: { __typename?: 'GradeOf', code: string, name: string } | null, veto: { __typename?: 'ScoreCondition', label: string } | null, forcedGrade: { __typename?: 'ScoreCondition', label: string, grade: string | null } | null, consequences: Array<{ __typename?: 'ScoreConsequence', code: string, label: string }>, star: { __typename?: 'StarBasis', base: number, starPoints: number } | null, member: { __typename?: 'Member', name: string, memberNo: string, kind: MemberKind } | null }> } }
    | { __typename?: 'PeriodScore' }
    | { __typename?: 'PublicityWindow' }
   | null> };

export type PeriodScoreDigestForRatingQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
  period: Scalars['String']['input'];
}>;


export type PeriodScoreDigestForRatingQuery = { __typename?: 'Query', _entities: Array<
    | { __typename?: 'Entry' }
    | { __typename?: 'Member' }
    | { __typename?: 'Objection' }
    | { __typename?: 'Organization', periodScoreDigest: string }
    | { __typename?: 'PeriodScore' }
    | { __typename?: 'PublicityWindow' }
   | null> };


export const PeriodScoresForRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodScoresForRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextAfter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forcedGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"starPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeriodScoresForRatingQuery, PeriodScoresForRatingQueryVariables>;
export const PeriodScoreDigestForRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodScoreDigestForRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScoreDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}]}}]}}]}}]} as unknown as DocumentNode<PeriodScoreDigestForRatingQuery, PeriodScoreDigestForRatingQueryVariables>;