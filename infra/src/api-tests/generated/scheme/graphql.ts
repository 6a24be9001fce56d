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
  /** 以往各评定期的等次，从早到晚：填代码或名称均可，如 BASIC 或“基本合格”（见方案的等次） */
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

export type SchemeFilingSubmitFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingSubmitFilingMutation = { __typename?: 'Mutation', submitFiling: { __typename?: 'Filing', id: string } };

export type SchemeFilingApproveFilingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemeFilingApproveFilingMutation = { __typename?: 'Mutation', approveFiling: { __typename?: 'Filing', status: FilingStatus } };


export const SchemeFilingSubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingSubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingSubmitFilingMutation, SchemeFilingSubmitFilingMutationVariables>;
export const SchemeFilingApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeFilingApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2029-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SchemeFilingApproveFilingMutation, SchemeFilingApproveFilingMutationVariables>;