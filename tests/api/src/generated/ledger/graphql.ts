/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 新增党员 */
export type AddMemberInput = {
  birthDate: string;
  gender: Gender;
  /** 入党日期；正式党员和预备党员必填 */
  joinDate?: string | null | undefined;
  kind: MemberKind;
  /** 党员编号（区内唯一） */
  memberNo: string;
  name: string;
  /** 所在党支部或党小组 */
  organizationId: string | number;
};

/** 审计日志记录的种类 */
export type AuditKind =
  /** 导出（下载文件） */
  | 'EXPORT'
  /** 写操作（新增、修改、审批等） */
  | 'WRITE';

/** 党员大会评定一个期间的积分 */
export type ConfirmAssemblyInput = {
  /** 本期全支部没有任何积分记录时，确认按方案的初始分评定（如“先锋指数”全体无扣分）；不确认则拒绝评定 */
  acknowledgeNoEntries?: boolean | null | undefined;
  /** 出席的党员（正式党员须过半数） */
  attendeeIds: Array<string | number>;
  /** 大会日期 */
  meetingOn: string;
  note?: string | null | undefined;
  /** 党支部 */
  organizationId: string | number;
  /** 期间，如 2024-Q1、2024-H1、2024 */
  period: string;
};

/** 新建组织 */
export type CreateOrganizationInput = {
  /** 层级 */
  level: OrgLevel;
  /** 名称 */
  name: string;
  /** 上级组织；只有区(县)没有上级 */
  parentId?: string | number | null | undefined;
};

/** 申报积分 */
export type DeclareEntryInput = {
  /** 共同完成的单位数 */
  contributors?: number | null | undefined;
  /** 证明材料：POST /uploads/evidence 上传后回答中的 id */
  evidenceIds?: Array<string | number> | null | undefined;
  /** 项目代码（见方案） */
  item: string;
  /** 牵头、组织 */
  leading?: boolean | null | undefined;
  /** 级别（按级别计分的项目） */
  level?: HonourLevel | null | undefined;
  /** 事项 */
  matter?: string | null | undefined;
  /** 党员 */
  memberId: string | number;
  /** 说明 */
  note?: string | null | undefined;
  /** 发生日期 */
  occurredOn: string;
  /** 建议分值（酌情给分的项目） */
  points?: number | null | undefined;
  /** 数量（按数量计分的项目） */
  quantity?: number | null | undefined;
};

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
  accept?: boolean;
  /** 党支部 */
  organizationId: string | number;
  /** 导入文件：先 POST /uploads/import?organizationId=…&fileName=… 上传（CSV 或 xlsx，不超过 5 MB，1 小时内有效），用其回答中的 id；导入成功后文件即用掉 */
  uploadId: string | number;
};

/** 人员类别 */
export type MemberKind =
  /** 入党积极分子（计分，不评定等次） */
  | 'ACTIVIST'
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

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

/** 登记一次会议或活动的出席（每人一条记录） */
export type RecordAttendanceInput = {
  /** 由支委按签到表登记，直接认定（初评） */
  accept?: boolean;
  /** 项目代码 */
  item: string;
  /** 出席的党员 */
  memberIds: Array<string | number>;
  /** 说明，如会议名称 */
  note?: string | null | undefined;
  /** 会议或活动日期 */
  occurredOn: string;
  /** 党支部 */
  organizationId: string | number;
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

export type AccessLedgerDeclareEntryMutationVariables = Exact<{
  i: DeclareEntryInput;
}>;


export type AccessLedgerDeclareEntryMutation = { declareEntry: { id: string } };

export type AccessLedgerCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AccessLedgerCreateOrganizationMutation = { createOrganization: { id: string, path: string } };

export type AccessLedgerAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AccessLedgerAddMemberMutation = { addMember: { id: string } };

export type AccessLedgerReviewEntriesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessLedgerReviewEntriesMutation = { reviewEntries: Array<{ id: string }> };

export type AccessLedgerConfirmAssemblyMutationVariables = Exact<{
  i: ConfirmAssemblyInput;
}>;


export type AccessLedgerConfirmAssemblyMutation = { confirmAssembly: { id: string } };

export type AccessLedgerOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerOrganizationQuery = { organization: { id: string } | null };

export type AccessLedgerOrganization2QueryVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerOrganization2Query = { organization: { members: { total: number, items: Array<{ id: string }> } } | null };

export type AccessLedgerMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerMemberQuery = { member: { id: string, name: string } | null };

export type AccessLedgerEntitiesQueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessLedgerEntitiesQuery = { _entities: Array<
    | { id: string }
    | Record<PropertyKey, never>
   | null> };

export type AccessLedgerEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerEntryQuery = { entry: { id: string } | null };

export type AccessLedgerOrganization3QueryVariables = Exact<{
  o: string | number;
  a: string | number;
}>;


export type AccessLedgerOrganization3Query = { organization: { entries: { total: number, items: Array<{ memberId: string }> } } | null, a: { entries: { total: number } } | null };

export type AccessLedgerEntry2QueryVariables = Exact<{
  e: string | number;
}>;


export type AccessLedgerEntry2Query = { entry: { evidence: Array<{ id: string }> } | null };

export type AccessLedgerDeclareEntry2MutationVariables = Exact<{
  i: DeclareEntryInput;
}>;


export type AccessLedgerDeclareEntry2Mutation = { declareEntry: { id: string, state: EntryState } };

export type AccessLedgerDeclareEntry3MutationVariables = Exact<{
  i: DeclareEntryInput;
}>;


export type AccessLedgerDeclareEntry3Mutation = { declareEntry: { id: string } };

export type AccessLedgerDeclareEntry4MutationVariables = Exact<{
  i: DeclareEntryInput;
}>;


export type AccessLedgerDeclareEntry4Mutation = { declareEntry: { id: string } };

export type AccessLedgerDeclareEntry5MutationVariables = Exact<{
  i: DeclareEntryInput;
}>;


export type AccessLedgerDeclareEntry5Mutation = { declareEntry: { id: string } };

export type AccessLedgerRecordAttendanceMutationVariables = Exact<{
  i: RecordAttendanceInput;
}>;


export type AccessLedgerRecordAttendanceMutation = { recordAttendance: Array<{ id: string }> };

export type AccessLedgerImportEntriesMutationVariables = Exact<{
  i: ImportEntriesInput;
}>;


export type AccessLedgerImportEntriesMutation = { importEntries: Array<{ id: string }> };

export type AccessLedgerAddMember2MutationVariables = Exact<{
  i: AddMemberInput;
}>;


export type AccessLedgerAddMember2Mutation = { addMember: { id: string } };

export type AccessLedgerReviewEntries2MutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessLedgerReviewEntries2Mutation = { reviewEntries: Array<{ id: string, state: EntryState }> };

export type AccessLedgerReverseEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerReverseEntryMutation = { reverseEntry: { id: string } };

export type AccessLedgerReverseEntry2MutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerReverseEntry2Mutation = { reverseEntry: { id: string } };

export type AccessLedgerPublishScoresMutationVariables = Exact<{
  a: string | number;
}>;


export type AccessLedgerPublishScoresMutation = { publishScores: { id: string } };

export type AccessLedgerOrganization4QueryVariables = Exact<{
  o: string | number;
}>;


export type AccessLedgerOrganization4Query = { organization: { publicityWindows: Array<{ id: string }> } | null };

export type AccessLedgerEntities2QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessLedgerEntities2Query = { _entities: Array<
    | { memberId: string, total: number | null, state: ScoreState, components: Array<{ code: string }>, explanation: Array<{ entryIds: Array<string> }>, veto: { code: string } | null, member: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessLedgerPeriodScoresQueryVariables = Exact<{
  o: string | number;
}>;


export type AccessLedgerPeriodScoresQuery = { organization: { periodScores: { items: Array<{ memberId: string }> } } | null };

export type AccessLedgerPeriodScoreDigestQueryVariables = Exact<{
  o: string | number;
}>;


export type AccessLedgerPeriodScoreDigestQuery = { organization: { periodScoreDigest: string } | null };

export type AccessLedgerScoreRollupQueryVariables = Exact<{
  o: string | number;
}>;


export type AccessLedgerScoreRollupQuery = { organization: { scoreRollup: { membersScored: number } } | null };

export type AccessLedgerMember2QueryVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerMember2Query = { member: { conditions: Array<{ id: string }>, reviewVotes: Array<{ id: string }> } | null };

export type AccessLedgerRaiseObjectionMutationVariables = Exact<{
  w: string | number;
  m: string | number;
  c: string;
}>;


export type AccessLedgerRaiseObjectionMutation = { raiseObjection: { id: string } };

export type AccessLedgerOrganization5QueryVariables = Exact<{
  o: string | number;
  w: string | number;
}>;


export type AccessLedgerOrganization5Query = { organization: { objections: Array<{ id: string }> } | null, publicityWindow: { objections: Array<{ id: string }> } | null };

export type AccessLedgerObjectionQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerObjectionQuery = { objection: { id: string } | null };

export type AccessLedgerAnswerObjectionMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerAnswerObjectionMutation = { answerObjection: { id: string } };

export type AccessLedgerAnswerObjection2MutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerAnswerObjection2Mutation = { answerObjection: { id: string } };

export type AccessLedgerAppealObjectionMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerAppealObjectionMutation = { appealObjection: { id: string } };

export type AccessLedgerDecideAppealMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerDecideAppealMutation = { decideAppeal: { status: ObjectionStatus } };

export type AccessLedgerCreateOrganization2MutationVariables = Exact<{
  i: CreateOrganizationInput;
}>;


export type AccessLedgerCreateOrganization2Mutation = { createOrganization: { id: string } };

export type AccessLedgerRenameOrganizationMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type AccessLedgerRenameOrganizationMutation = { renameOrganization: { id: string } };

export type AccessLedgerRefreshScoresMutationVariables = Exact<{
  o: string | number;
}>;


export type AccessLedgerRefreshScoresMutation = { refreshScores: number };

export type AccessLedgerTransferMemberMutationVariables = Exact<{
  id: string | number;
  to: string | number;
}>;


export type AccessLedgerTransferMemberMutation = { transferMember: { id: string } };

export type AccessLedgerRecordConditionMutationVariables = Exact<{
  m: string | number;
}>;


export type AccessLedgerRecordConditionMutation = { recordCondition: { id: string } };

export type AccessLedgerExemptMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerExemptMemberMutation = { exemptMember: { id: string } };

export type AccessLedgerRequestExemptionMutationVariables = Exact<{
  m: string | number;
}>;


export type AccessLedgerRequestExemptionMutation = { requestExemption: { id: string } };

export type AccessLedgerRecordExemptionAssemblyMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerRecordExemptionAssemblyMutation = { recordExemptionAssembly: { id: string } };

export type AccessLedgerDecideExemptionMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessLedgerDecideExemptionMutation = { decideExemption: { status: string } };

export type AccessSchemeCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AccessSchemeCreateOrganizationMutation = { createOrganization: { id: string, path: string } };

export type AccessSchemeAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AccessSchemeAddMemberMutation = { addMember: { id: string } };

export type AuditTrailOrganizationQueryVariables = Exact<{
  o: string | number;
  first?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AuditTrailOrganizationQuery = { organization: { auditLog: Array<{ id: string, at: string, service: string, subject: string, role: string, keyId: string | null, requestId: string, kind: AuditKind, operation: string, outcome: string, detail: string }> } | null };

export type ScopeCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type ScopeCreateOrganizationMutation = { createOrganization: { id: string, path: string } };

export type ScopeAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type ScopeAddMemberMutation = { addMember: { id: string } };

export type ScopeOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeOrganizationsQuery = { organizations: Array<{ id: string }> };

export type ScopeOrganizationQueryVariables = Exact<{
  o: string | number;
  m: string | number;
}>;


export type ScopeOrganizationQuery = { organization: { id: string } | null, member: { id: string } | null };

export type ScopeOrganization2QueryVariables = Exact<{
  o: string | number;
}>;


export type ScopeOrganization2Query = { organization: { parent: { id: string } | null } | null };

export type ScopeCreateOrganization2MutationVariables = Exact<{
  p: string | number;
}>;


export type ScopeCreateOrganization2Mutation = { createOrganization: { id: string } };

export type SqlCountCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type SqlCountCreateOrganizationMutation = { createOrganization: { id: string } };

export type RatedDistrictCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type RatedDistrictCreateOrganizationMutation = { createOrganization: { id: string, path: string } };

export type RatedDistrictAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type RatedDistrictAddMemberMutation = { addMember: { id: string } };

export type RatedDistrictImportEntriesMutationVariables = Exact<{
  i: ImportEntriesInput;
}>;


export type RatedDistrictImportEntriesMutation = { importEntries: Array<{ id: string }> };

export type RatedDistrictReviewEntriesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RatedDistrictReviewEntriesMutation = { reviewEntries: Array<{ state: EntryState }> };

export type RatedDistrictConfirmAssemblyMutationVariables = Exact<{
  i: ConfirmAssemblyInput;
}>;


export type RatedDistrictConfirmAssemblyMutation = { confirmAssembly: { id: string } };

export type RatedDistrictPublishScoresMutationVariables = Exact<{
  a: string | number;
}>;


export type RatedDistrictPublishScoresMutation = { publishScores: { id: string } };

export type RatedDistrictClosePublicityMutationVariables = Exact<{
  w: string | number;
}>;


export type RatedDistrictClosePublicityMutation = { closePublicity: { status: string } };


export const AccessLedgerDeclareEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDeclareEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDeclareEntryMutation, AccessLedgerDeclareEntryMutationVariables>;
export const AccessLedgerCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerCreateOrganizationMutation, AccessLedgerCreateOrganizationMutationVariables>;
export const AccessLedgerAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerAddMemberMutation, AccessLedgerAddMemberMutationVariables>;
export const AccessLedgerReviewEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerReviewEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerReviewEntriesMutation, AccessLedgerReviewEntriesMutationVariables>;
export const AccessLedgerConfirmAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerConfirmAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAssemblyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerConfirmAssemblyMutation, AccessLedgerConfirmAssemblyMutationVariables>;
export const AccessLedgerOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerOrganizationQuery, AccessLedgerOrganizationQueryVariables>;
export const AccessLedgerOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerOrganization2Query, AccessLedgerOrganization2QueryVariables>;
export const AccessLedgerMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerMemberQuery, AccessLedgerMemberQueryVariables>;
export const AccessLedgerEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerEntitiesQuery, AccessLedgerEntitiesQueryVariables>;
export const AccessLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerEntryQuery, AccessLedgerEntryQueryVariables>;
export const AccessLedgerOrganization3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerOrganization3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerOrganization3Query, AccessLedgerOrganization3QueryVariables>;
export const AccessLedgerEntry2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerEntry2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerEntry2Query, AccessLedgerEntry2QueryVariables>;
export const AccessLedgerDeclareEntry2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDeclareEntry2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDeclareEntry2Mutation, AccessLedgerDeclareEntry2MutationVariables>;
export const AccessLedgerDeclareEntry3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDeclareEntry3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDeclareEntry3Mutation, AccessLedgerDeclareEntry3MutationVariables>;
export const AccessLedgerDeclareEntry4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDeclareEntry4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDeclareEntry4Mutation, AccessLedgerDeclareEntry4MutationVariables>;
export const AccessLedgerDeclareEntry5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDeclareEntry5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDeclareEntry5Mutation, AccessLedgerDeclareEntry5MutationVariables>;
export const AccessLedgerRecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerRecordAttendanceMutation, AccessLedgerRecordAttendanceMutationVariables>;
export const AccessLedgerImportEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerImportEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEntriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerImportEntriesMutation, AccessLedgerImportEntriesMutationVariables>;
export const AccessLedgerAddMember2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerAddMember2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerAddMember2Mutation, AccessLedgerAddMember2MutationVariables>;
export const AccessLedgerReviewEntries2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerReviewEntries2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerReviewEntries2Mutation, AccessLedgerReviewEntries2MutationVariables>;
export const AccessLedgerReverseEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerReverseEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"重复登记","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerReverseEntryMutation, AccessLedgerReverseEntryMutationVariables>;
export const AccessLedgerReverseEntry2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerReverseEntry2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"重复登记","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerReverseEntry2Mutation, AccessLedgerReverseEntry2MutationVariables>;
export const AccessLedgerPublishScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerPublishScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"StringValue","value":"2024-04-03","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"StringValue","value":"2024-04-09","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerPublishScoresMutation, AccessLedgerPublishScoresMutationVariables>;
export const AccessLedgerOrganization4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerOrganization4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicityWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerOrganization4Query, AccessLedgerOrganization4QueryVariables>;
export const AccessLedgerEntities2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerEntities2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerEntities2Query, AccessLedgerEntities2QueryVariables>;
export const AccessLedgerPeriodScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerPeriodScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2024-Q1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerPeriodScoresQuery, AccessLedgerPeriodScoresQueryVariables>;
export const AccessLedgerPeriodScoreDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerPeriodScoreDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScoreDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2024-Q1","block":false}}]}]}}]}}]} as unknown as DocumentNode<AccessLedgerPeriodScoreDigestQuery, AccessLedgerPeriodScoreDigestQueryVariables>;
export const AccessLedgerScoreRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerScoreRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2024-Q1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersScored"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerScoreRollupQuery, AccessLedgerScoreRollupQueryVariables>;
export const AccessLedgerMember2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerMember2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewVotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerMember2Query, AccessLedgerMember2QueryVariables>;
export const AccessLedgerRaiseObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRaiseObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"windowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerRaiseObjectionMutation, AccessLedgerRaiseObjectionMutationVariables>;
export const AccessLedgerOrganization5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerOrganization5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicityWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLedgerOrganization5Query, AccessLedgerOrganization5QueryVariables>;
export const AccessLedgerObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLedgerObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerObjectionQuery, AccessLedgerObjectionQueryVariables>;
export const AccessLedgerAnswerObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerAnswerObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"StringValue","value":"经核实，计分无误","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerAnswerObjectionMutation, AccessLedgerAnswerObjectionMutationVariables>;
export const AccessLedgerAnswerObjection2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerAnswerObjection2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"StringValue","value":"已核实","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerAnswerObjection2Mutation, AccessLedgerAnswerObjection2MutationVariables>;
export const AccessLedgerAppealObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerAppealObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"StringValue","value":"不服答复，申诉","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerAppealObjectionMutation, AccessLedgerAppealObjectionMutationVariables>;
export const AccessLedgerDecideAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"StringValue","value":"维持支部答复","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDecideAppealMutation, AccessLedgerDecideAppealMutationVariables>;
export const AccessLedgerCreateOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerCreateOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerCreateOrganization2Mutation, AccessLedgerCreateOrganization2MutationVariables>;
export const AccessLedgerRenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerRenameOrganizationMutation, AccessLedgerRenameOrganizationMutationVariables>;
export const AccessLedgerRefreshScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRefreshScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2024-Q2","block":false}}]}]}}]} as unknown as DocumentNode<AccessLedgerRefreshScoresMutation, AccessLedgerRefreshScoresMutationVariables>;
export const AccessLedgerTransferMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerTransferMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2024-04-05","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"调整党小组","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerTransferMemberMutation, AccessLedgerTransferMemberMutationVariables>;
export const AccessLedgerRecordConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRecordCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"embezzlement","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"occurredOn"},"value":{"kind":"StringValue","value":"2024-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"经查属实","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedBy"},"value":{"kind":"StringValue","value":"东镇党委","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedOn"},"value":{"kind":"StringValue","value":"2024-04-02","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerRecordConditionMutation, AccessLedgerRecordConditionMutationVariables>;
export const AccessLedgerExemptMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerExemptMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exemptMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"AGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"assemblyOn"},"value":{"kind":"StringValue","value":"2024-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedBy"},"value":{"kind":"StringValue","value":"东镇党委","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"approvedOn"},"value":{"kind":"StringValue","value":"2024-04-02","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerExemptMemberMutation, AccessLedgerExemptMemberMutationVariables>;
export const AccessLedgerRequestExemptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRequestExemption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"ILLNESS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"fromOn"},"value":{"kind":"StringValue","value":"2024-04-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerRequestExemptionMutation, AccessLedgerRequestExemptionMutationVariables>;
export const AccessLedgerRecordExemptionAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerRecordExemptionAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExemptionAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assemblyOn"},"value":{"kind":"StringValue","value":"2024-04-05","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"agreed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerRecordExemptionAssemblyMutation, AccessLedgerRecordExemptionAssemblyMutationVariables>;
export const AccessLedgerDecideExemptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerDecideExemption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerDecideExemptionMutation, AccessLedgerDecideExemptionMutationVariables>;
export const AccessSchemeCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeCreateOrganizationMutation, AccessSchemeCreateOrganizationMutationVariables>;
export const AccessSchemeAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeAddMemberMutation, AccessSchemeAddMemberMutationVariables>;
export const AuditTrailOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrailOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailOrganizationQuery, AuditTrailOrganizationQueryVariables>;
export const ScopeCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<ScopeCreateOrganizationMutation, ScopeCreateOrganizationMutationVariables>;
export const ScopeAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeAddMemberMutation, ScopeAddMemberMutationVariables>;
export const ScopeOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeOrganizationsQuery, ScopeOrganizationsQueryVariables>;
export const ScopeOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeOrganizationQuery, ScopeOrganizationQueryVariables>;
export const ScopeOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScopeOrganization2Query, ScopeOrganization2QueryVariables>;
export const ScopeCreateOrganization2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeCreateOrganization2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"BRANCH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"越权支部","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeCreateOrganization2Mutation, ScopeCreateOrganization2MutationVariables>;
export const SqlCountCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SqlCountCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SqlCountCreateOrganizationMutation, SqlCountCreateOrganizationMutationVariables>;
export const RatedDistrictCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictCreateOrganizationMutation, RatedDistrictCreateOrganizationMutationVariables>;
export const RatedDistrictAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictAddMemberMutation, RatedDistrictAddMemberMutationVariables>;
export const RatedDistrictImportEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictImportEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEntriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictImportEntriesMutation, RatedDistrictImportEntriesMutationVariables>;
export const RatedDistrictReviewEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictReviewEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accept"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictReviewEntriesMutation, RatedDistrictReviewEntriesMutationVariables>;
export const RatedDistrictConfirmAssemblyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictConfirmAssembly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAssemblyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAssembly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictConfirmAssemblyMutation, RatedDistrictConfirmAssemblyMutationVariables>;
export const RatedDistrictPublishScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictPublishScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assemblyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"StringValue","value":"2026-07-03","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"StringValue","value":"2026-07-09","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictPublishScoresMutation, RatedDistrictPublishScoresMutationVariables>;
export const RatedDistrictClosePublicityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictClosePublicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePublicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictClosePublicityMutation, RatedDistrictClosePublicityMutationVariables>;