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
  _Any: { input: { __typename: string; [key: string]: unknown }; output: { __typename: string; [key: string]: unknown }; }
  federation__FieldSet: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
};

/** 一票否决或直接认定条件的发生 */
export type ConditionFactInput = {
  code: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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

/** 不纳入积分管理 */
export type ExemptionFactInput = {
  from: Scalars['Date']['input'];
  /** 支部根据平时表现给予的年度积分 */
  manualTotal?: InputMaybe<Scalars['Float']['input']>;
  reason: Scalars['String']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
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

/** 在支部中的排名 */
export type RankInput = {
  of: Scalars['Int']['input'];
  position: Scalars['Int']['input'];
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

/** 民主测评某一等次的票数 */
export type VoteCountInput = {
  count: Scalars['Int']['input'];
  /** 评议等次代码，如 GOOD */
  level: Scalars['String']['input'];
};

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type AccessLedgerAdoptTemplateMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type AccessLedgerAdoptTemplateMutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type AccessLedgerSubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessLedgerSubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type AccessLedgerApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessLedgerApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', id: string } };

export type AccessRatingAdoptTemplateMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type AccessRatingAdoptTemplateMutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type AccessRatingSubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessRatingSubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type AccessRatingApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessRatingApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', id: string } };

export type AccessSchemeAdoptTemplateMutationVariables = Exact<{
  o: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type AccessSchemeAdoptTemplateMutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string, scheme: { __typename?: 'Scheme', id: string } } };

export type AccessSchemeSchemeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeSchemeQuery = { __typename?: 'Query', scheme: { __typename?: 'Scheme', id: string, versions: Array<{ __typename?: 'SchemeVersion', id: string }> } | null };

export type AccessSchemeSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSchemeSchemesQuery = { __typename?: 'Query', schemes: Array<{ __typename?: 'Scheme', id: string }> };

export type AccessSchemeFilingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeFilingQuery = { __typename?: 'Query', filing: { __typename?: 'Filing', id: string, history: Array<{ __typename?: 'FilingEvent', action: FilingAction }>, scheme: { __typename?: 'Scheme', id: string } } | null };

export type AccessSchemeAdoptTemplate2MutationVariables = Exact<{
  o: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type AccessSchemeAdoptTemplate2Mutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string, status: FilingStatus } };

export type AccessSchemeSubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeSubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string, status: FilingStatus } };

export type AccessSchemeSubmitFiling2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeSubmitFiling2Mutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type AccessSchemeApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
}>;


export type AccessSchemeApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', id: string, status: FilingStatus } };

export type AccessSchemeAdoptTemplate3MutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type AccessSchemeAdoptTemplate3Mutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type AccessSchemeSubmitFiling3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeSubmitFiling3Mutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type AccessSchemeApproveFiling2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
}>;


export type AccessSchemeApproveFiling2Mutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', approvedVersion: { __typename?: 'SchemeVersion', id: string } | null } };

export type AccessSchemeEntitiesQueryVariables = Exact<{
  r: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type AccessSchemeEntitiesQuery = { __typename?: 'Query', _entities: Array<
    | { __typename?: 'Filing', id: string }
    | { __typename?: 'Organization', filings: Array<{ __typename?: 'Filing', id: string }> | null }
    | { __typename?: 'Scheme', id: string }
    | { __typename?: 'SchemeVersion', id: string }
   | null> };

export type AccessSchemePreviewScoreQueryVariables = Exact<{
  v: Scalars['ID']['input'];
}>;


export type AccessSchemePreviewScoreQuery = { __typename?: 'Query', previewScore: { __typename?: 'ScorePreview', total: number | null } };

export type AccessSchemeReviseSchemeMutationVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type AccessSchemeReviseSchemeMutation = { __typename?: 'Mutation', reviseScheme: { __typename?: 'Filing', id: string } };

export type AccessSchemeSubmitFiling4MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeSubmitFiling4Mutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type AccessSchemeApproveFiling3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
}>;


export type AccessSchemeApproveFiling3Mutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', approvedVersion: { __typename?: 'SchemeVersion', id: string } | null } };

export type AccessSchemeSubmitFiling5MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessSchemeSubmitFiling5Mutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type AccessSchemeApproveFiling4MutationVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
}>;


export type AccessSchemeApproveFiling4Mutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', approvedVersion: { __typename?: 'SchemeVersion', id: string } | null } };

export type AccessSchemeAssignSchemeMutationVariables = Exact<{
  o: Scalars['ID']['input'];
  v: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
}>;


export type AccessSchemeAssignSchemeMutation = { __typename?: 'Mutation', assignScheme: { __typename?: 'SchemeAssignment', organizationId: string, schemeVersion: { __typename?: 'SchemeVersion', id: string } } };

export type AccessSchemeSchemeTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSchemeSchemeTemplatesQuery = { __typename?: 'Query', schemeTemplates: Array<{ __typename?: 'SchemeTemplateType', code: string }>, schemeTemplate: { __typename?: 'SchemeTemplateType', name: string } | null };

export type AccessSchemePreviewScore2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSchemePreviewScore2Query = { __typename?: 'Query', previewScore: { __typename?: 'ScorePreview', total: number | null } };

export type AccessSchemeSchemeTemplates2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSchemeSchemeTemplates2Query = { __typename?: 'Query', schemeTemplates: Array<{ __typename?: 'SchemeTemplateType', code: string }> };

export type RatingRollupSummaryAdoptTemplateMutationVariables = Exact<{
  o: Scalars['ID']['input'];
}>;


export type RatingRollupSummaryAdoptTemplateMutation = { __typename?: 'Mutation', adoptTemplate: { __typename?: 'Filing', id: string } };

export type RatingRollupSummarySubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RatingRollupSummarySubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type RatingRollupSummaryApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RatingRollupSummaryApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', id: string } };

export type SchemeFilingSubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingSubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type SchemeFilingApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', status: FilingStatus } };


export const AccessLedgerAdoptTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerAdoptTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"finance-bureau","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerAdoptTemplateMutation, AccessLedgerAdoptTemplateMutationVariables>;
export const AccessLedgerSubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerSubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerSubmitFilingMutation, AccessLedgerSubmitFilingMutationVariables>;
export const AccessLedgerApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessLedgerApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessLedgerApproveFilingMutation, AccessLedgerApproveFilingMutationVariables>;
export const AccessRatingAdoptTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingAdoptTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"district-star-rating","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingAdoptTemplateMutation, AccessRatingAdoptTemplateMutationVariables>;
export const AccessRatingSubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingSubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingSubmitFilingMutation, AccessRatingSubmitFilingMutationVariables>;
export const AccessRatingApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingApproveFilingMutation, AccessRatingApproveFilingMutationVariables>;
export const AccessSchemeAdoptTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeAdoptTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"pioneer-index","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeAdoptTemplateMutation, AccessSchemeAdoptTemplateMutationVariables>;
export const AccessSchemeSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemeScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSchemeQuery, AccessSchemeSchemeQueryVariables>;
export const AccessSchemeSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemeSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSchemesQuery, AccessSchemeSchemesQueryVariables>;
export const AccessSchemeFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemeFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeFilingQuery, AccessSchemeFilingQueryVariables>;
export const AccessSchemeAdoptTemplate2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeAdoptTemplate2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"pioneer-index","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeAdoptTemplate2Mutation, AccessSchemeAdoptTemplate2MutationVariables>;
export const AccessSchemeSubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeSubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSubmitFilingMutation, AccessSchemeSubmitFilingMutationVariables>;
export const AccessSchemeSubmitFiling2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeSubmitFiling2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSubmitFiling2Mutation, AccessSchemeSubmitFiling2MutationVariables>;
export const AccessSchemeApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeApproveFilingMutation, AccessSchemeApproveFilingMutationVariables>;
export const AccessSchemeAdoptTemplate3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeAdoptTemplate3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"pioneer-index","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"记录员方案","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeAdoptTemplate3Mutation, AccessSchemeAdoptTemplate3MutationVariables>;
export const AccessSchemeSubmitFiling3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeSubmitFiling3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSubmitFiling3Mutation, AccessSchemeSubmitFiling3MutationVariables>;
export const AccessSchemeApproveFiling2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeApproveFiling2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeApproveFiling2Mutation, AccessSchemeApproveFiling2MutationVariables>;
export const AccessSchemeEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemeEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeEntitiesQuery, AccessSchemeEntitiesQueryVariables>;
export const AccessSchemePreviewScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemePreviewScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"memberKind"},"value":{"kind":"EnumValue","value":"FULL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"entries"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AccessSchemePreviewScoreQuery, AccessSchemePreviewScoreQueryVariables>;
export const AccessSchemeReviseSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeReviseScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeReviseSchemeMutation, AccessSchemeReviseSchemeMutationVariables>;
export const AccessSchemeSubmitFiling4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeSubmitFiling4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSubmitFiling4Mutation, AccessSchemeSubmitFiling4MutationVariables>;
export const AccessSchemeApproveFiling3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeApproveFiling3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeApproveFiling3Mutation, AccessSchemeApproveFiling3MutationVariables>;
export const AccessSchemeSubmitFiling5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeSubmitFiling5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSubmitFiling5Mutation, AccessSchemeSubmitFiling5MutationVariables>;
export const AccessSchemeApproveFiling4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeApproveFiling4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeApproveFiling4Mutation, AccessSchemeApproveFiling4MutationVariables>;
export const AccessSchemeAssignSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSchemeAssignScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemeVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSchemeAssignSchemeMutation, AccessSchemeAssignSchemeMutationVariables>;
export const AccessSchemeSchemeTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemeSchemeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schemeTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"pioneer-index","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSchemeTemplatesQuery, AccessSchemeSchemeTemplatesQueryVariables>;
export const AccessSchemePreviewScore2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemePreviewScore2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"pioneer-index","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"memberKind"},"value":{"kind":"EnumValue","value":"FULL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"entries"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AccessSchemePreviewScore2Query, AccessSchemePreviewScore2QueryVariables>;
export const AccessSchemeSchemeTemplates2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSchemeSchemeTemplates2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AccessSchemeSchemeTemplates2Query, AccessSchemeSchemeTemplates2QueryVariables>;
export const RatingRollupSummaryAdoptTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRollupSummaryAdoptTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"StringValue","value":"district-star-rating","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRollupSummaryAdoptTemplateMutation, RatingRollupSummaryAdoptTemplateMutationVariables>;
export const RatingRollupSummarySubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRollupSummarySubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRollupSummarySubmitFilingMutation, RatingRollupSummarySubmitFilingMutationVariables>;
export const RatingRollupSummaryApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRollupSummaryApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRollupSummaryApproveFilingMutation, RatingRollupSummaryApproveFilingMutationVariables>;
export const SchemeFilingSubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingSubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingSubmitFilingMutation, SchemeFilingSubmitFilingMutationVariables>;
export const SchemeFilingApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2029-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingApproveFilingMutation, SchemeFilingApproveFilingMutationVariables>;