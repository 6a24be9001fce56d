/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** 名额人数不是整数时的取整方式（最少为 0） */
export type QuotaRounding =
  /** 向下取整 */
  | 'DOWN'
  /** 四舍五入 */
  | 'HALF_UP'
  /** 向上取整 */
  | 'UP';

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

export type AccessRatingQuotaPolicyQueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingQuotaPolicyQuery = { _entities: Array<
    | { quotaPolicy: { id: string | null } | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingRatingRollupQueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingRatingRollupQuery = { _entities: Array<
    | { ratingRollup: { rated: number } | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingPreviewRatingMutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingPreviewRatingMutation = { previewRating: { id: string } };

export type AccessRatingSetQuotaPolicyMutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingSetQuotaPolicyMutation = { setQuotaPolicy: { id: string | null } };

export type AccessRatingConfirmRatingMutationVariables = Exact<{
  r: string | number;
}>;


export type AccessRatingConfirmRatingMutation = { confirmRating: { status: RatingRunStatus, summary: { scores: number, warnings: number } } };

export type AccessRatingEntitiesQueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntitiesQuery = { _entities: Array<
    | { warningCases: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingSetQuotaPolicy2MutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingSetQuotaPolicy2Mutation = { setQuotaPolicy: { id: string | null } };

export type AccessRatingSetQuotaPolicy3MutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingSetQuotaPolicy3Mutation = { setQuotaPolicy: { id: string | null } };

export type AccessRatingSetQuotaPolicy4MutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingSetQuotaPolicy4Mutation = { setQuotaPolicy: { id: string | null } };

export type AccessRatingPreviewRating2MutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingPreviewRating2Mutation = { previewRating: { id: string } };

export type AccessRatingPreviewRating3MutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingPreviewRating3Mutation = { previewRating: { id: string } };

export type AccessRatingRatingRunQueryVariables = Exact<{
  id: string | number;
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingRatingRunQuery = { ratingRun: { id: string, results: { total: number } } | null, _entities: Array<
    | { id: string, results: { total: number, items: Array<{ memberId: string }> } }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingConfirmRating2MutationVariables = Exact<{
  r: string | number;
}>;


export type AccessRatingConfirmRating2Mutation = { confirmRating: { status: RatingRunStatus } };

export type AccessRatingConfirmRating3MutationVariables = Exact<{
  r: string | number;
}>;


export type AccessRatingConfirmRating3Mutation = { confirmRating: { status: RatingRunStatus } };

export type AccessRatingConfirmRating4MutationVariables = Exact<{
  r: string | number;
}>;


export type AccessRatingConfirmRating4Mutation = { confirmRating: { status: RatingRunStatus } };

export type AccessRatingEntities2QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities2Query = { _entities: Array<
    | { stars: number | null, rating: { total: number | null, memberId: string, stars: number | null } | null, warningCases: Array<{ memberId: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingEntities3QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities3Query = { _entities: Array<
    | { warningCases: Array<{ id: string, memberId: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingEntities4QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities4Query = { _entities: Array<
    | { warningCases: Array<{ memberId: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingEntities5QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities5Query = { _entities: Array<
    | { warningCases: Array<{ id: string }> | null, ratingRuns: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingWarningCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessRatingWarningCaseQuery = { warningCase: { id: string } | null };

export type AccessRatingEntities6QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities6Query = { _entities: Array<
    | { ratingRuns: Array<{ id: string }> | null, quotaPolicyHistory: Array<{ id: string | null }> | null, warningCases: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingEntities7QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities7Query = { _entities: Array<
    | { ratingRuns: Array<{ id: string }> | null, quotaPolicyHistory: Array<{ id: string | null }> | null, warningCases: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingEntities8QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities8Query = { _entities: Array<
    | { quotaPolicy: { inherited: boolean, organizationId: string | null } | null, ratingRollup: { rated: number, warnings: { open: number } } | null, ratingRuns: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingEntities9QueryVariables = Exact<{
  r: Array<{ __typename: string; [key: string]: unknown }> | { __typename: string; [key: string]: unknown };
}>;


export type AccessRatingEntities9Query = { _entities: Array<
    | { quotaPolicyHistory: Array<{ organizationId: string | null }> | null, ratingRollup: { rated: number } | null }
    | Record<PropertyKey, never>
   | null> };

export type AccessRatingRecordWarningInterviewMutationVariables = Exact<{
  i: RecordWarningInterviewInput;
}>;


export type AccessRatingRecordWarningInterviewMutation = { recordWarningInterview: { status: WarningCaseStatus, interviewedOn: string | null } };

export type AccessRatingPreviewNextHalfMutationVariables = Exact<{
  o: string | number;
}>;


export type AccessRatingPreviewNextHalfMutation = { previewRating: { id: string } };

export type AccessRatingConfirmNextHalfMutationVariables = Exact<{
  r: string | number;
}>;


export type AccessRatingConfirmNextHalfMutation = { confirmRating: { id: string } };

export type AccessRatingBranchDisposalStepMutationVariables = Exact<{
  i: RecordDisposalStepInput;
}>;


export type AccessRatingBranchDisposalStepMutation = { recordDisposalStep: { status: WarningCaseStatus } };

export type AccessRatingBranchInterviewMutationVariables = Exact<{
  i: RecordWarningInterviewInput;
}>;


export type AccessRatingBranchInterviewMutation = { recordWarningInterview: { status: WarningCaseStatus } };

export type AccessRatingPairWarningHelperMutationVariables = Exact<{
  i: PairWarningHelperInput;
}>;


export type AccessRatingPairWarningHelperMutation = { pairWarningHelper: { status: WarningCaseStatus } };

export type AccessRatingSetRectificationPlanMutationVariables = Exact<{
  i: SetRectificationPlanInput;
}>;


export type AccessRatingSetRectificationPlanMutation = { setRectificationPlan: { status: WarningCaseStatus } };

export type AccessRatingDecideWarningOutcomeMutationVariables = Exact<{
  i: DecideWarningOutcomeInput;
}>;


export type AccessRatingDecideWarningOutcomeMutation = { decideWarningOutcome: { status: WarningCaseStatus } };

export type AccessRatingRecordDisposalStepMutationVariables = Exact<{
  i: RecordDisposalStepInput;
}>;


export type AccessRatingRecordDisposalStepMutation = { recordDisposalStep: { disposalStep: DisposalStepKind | null } };

export type RatingRollupSummarySetQuotaPolicyMutationVariables = Exact<{
  o: string | number;
  r: QuotaRounding;
}>;


export type RatingRollupSummarySetQuotaPolicyMutation = { setQuotaPolicy: { id: string | null } };

export type RatingRollupSummaryPreviewRatingMutationVariables = Exact<{
  o: string | number;
}>;


export type RatingRollupSummaryPreviewRatingMutation = { previewRating: { id: string } };

export type RatingRollupSummaryConfirmRatingMutationVariables = Exact<{
  r: string | number;
}>;


export type RatingRollupSummaryConfirmRatingMutation = { confirmRating: { id: string, status: RatingRunStatus } };

export type ScopeSetQuotaPolicyMutationVariables = Exact<{
  o: string | number;
}>;


export type ScopeSetQuotaPolicyMutation = { setQuotaPolicy: { id: string | null } };

export type ScopeSetQuotaPolicy2MutationVariables = Exact<{
  o: string | number;
}>;


export type ScopeSetQuotaPolicy2Mutation = { setQuotaPolicy: { id: string | null, organizationId: string | null, setAt: string | null } };

export type RatedDistrictPreviewRatingMutationVariables = Exact<{
  o: string | number;
}>;


export type RatedDistrictPreviewRatingMutation = { previewRating: { id: string } };

export type RatedDistrictConfirmRatingMutationVariables = Exact<{
  r: string | number;
}>;


export type RatedDistrictConfirmRatingMutation = { confirmRating: { id: string } };


export const AccessRatingQuotaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingQuotaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingQuotaPolicyQuery, AccessRatingQuotaPolicyQueryVariables>;
export const AccessRatingRatingRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingRatingRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingRatingRollupQuery, AccessRatingRatingRollupQueryVariables>;
export const AccessRatingPreviewRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingPreviewRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingPreviewRatingMutation, AccessRatingPreviewRatingMutationVariables>;
export const AccessRatingSetQuotaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingSetQuotaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"默认比例","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingSetQuotaPolicyMutation, AccessRatingSetQuotaPolicyMutationVariables>;
export const AccessRatingConfirmRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingConfirmRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingConfirmRatingMutation, AccessRatingConfirmRatingMutationVariables>;
export const AccessRatingEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntitiesQuery, AccessRatingEntitiesQueryVariables>;
export const AccessRatingSetQuotaPolicy2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingSetQuotaPolicy2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingSetQuotaPolicy2Mutation, AccessRatingSetQuotaPolicy2MutationVariables>;
export const AccessRatingSetQuotaPolicy3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingSetQuotaPolicy3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingSetQuotaPolicy3Mutation, AccessRatingSetQuotaPolicy3MutationVariables>;
export const AccessRatingSetQuotaPolicy4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingSetQuotaPolicy4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingSetQuotaPolicy4Mutation, AccessRatingSetQuotaPolicy4MutationVariables>;
export const AccessRatingPreviewRating2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingPreviewRating2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingPreviewRating2Mutation, AccessRatingPreviewRating2MutationVariables>;
export const AccessRatingPreviewRating3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingPreviewRating3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingPreviewRating3Mutation, AccessRatingPreviewRating3MutationVariables>;
export const AccessRatingRatingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingRatingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingRatingRunQuery, AccessRatingRatingRunQueryVariables>;
export const AccessRatingConfirmRating2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingConfirmRating2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingConfirmRating2Mutation, AccessRatingConfirmRating2MutationVariables>;
export const AccessRatingConfirmRating3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingConfirmRating3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingConfirmRating3Mutation, AccessRatingConfirmRating3MutationVariables>;
export const AccessRatingConfirmRating4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingConfirmRating4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingConfirmRating4Mutation, AccessRatingConfirmRating4MutationVariables>;
export const AccessRatingEntities2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities2Query, AccessRatingEntities2QueryVariables>;
export const AccessRatingEntities3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities3Query, AccessRatingEntities3QueryVariables>;
export const AccessRatingEntities4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities4Query, AccessRatingEntities4QueryVariables>;
export const AccessRatingEntities5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities5Query, AccessRatingEntities5QueryVariables>;
export const AccessRatingWarningCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingWarningCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingWarningCaseQuery, AccessRatingWarningCaseQueryVariables>;
export const AccessRatingEntities6Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities6"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaPolicyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities6Query, AccessRatingEntities6QueryVariables>;
export const AccessRatingEntities7Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities7"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaPolicyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities7Query, AccessRatingEntities7QueryVariables>;
export const AccessRatingEntities8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities8"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities8Query, AccessRatingEntities8QueryVariables>;
export const AccessRatingEntities9Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRatingEntities9"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaPolicyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRatingEntities9Query, AccessRatingEntities9QueryVariables>;
export const AccessRatingRecordWarningInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingRecordWarningInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWarningInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWarningInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedOn"}}]}}]}}]} as unknown as DocumentNode<AccessRatingRecordWarningInterviewMutation, AccessRatingRecordWarningInterviewMutationVariables>;
export const AccessRatingPreviewNextHalfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingPreviewNextHalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingPreviewNextHalfMutation, AccessRatingPreviewNextHalfMutationVariables>;
export const AccessRatingConfirmNextHalfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingConfirmNextHalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessRatingConfirmNextHalfMutation, AccessRatingConfirmNextHalfMutationVariables>;
export const AccessRatingBranchDisposalStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingBranchDisposalStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDisposalStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisposalStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingBranchDisposalStepMutation, AccessRatingBranchDisposalStepMutationVariables>;
export const AccessRatingBranchInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingBranchInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWarningInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWarningInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingBranchInterviewMutation, AccessRatingBranchInterviewMutationVariables>;
export const AccessRatingPairWarningHelperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingPairWarningHelper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PairWarningHelperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairWarningHelper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingPairWarningHelperMutation, AccessRatingPairWarningHelperMutationVariables>;
export const AccessRatingSetRectificationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingSetRectificationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRectificationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRectificationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingSetRectificationPlanMutation, AccessRatingSetRectificationPlanMutationVariables>;
export const AccessRatingDecideWarningOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingDecideWarningOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideWarningOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideWarningOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessRatingDecideWarningOutcomeMutation, AccessRatingDecideWarningOutcomeMutationVariables>;
export const AccessRatingRecordDisposalStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRatingRecordDisposalStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDisposalStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisposalStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposalStep"}}]}}]}}]} as unknown as DocumentNode<AccessRatingRecordDisposalStepMutation, AccessRatingRecordDisposalStepMutationVariables>;
export const RatingRollupSummarySetQuotaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRollupSummarySetQuotaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaRounding"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"rounding"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"测试","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRollupSummarySetQuotaPolicyMutation, RatingRollupSummarySetQuotaPolicyMutationVariables>;
export const RatingRollupSummaryPreviewRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRollupSummaryPreviewRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatingRollupSummaryPreviewRatingMutation, RatingRollupSummaryPreviewRatingMutationVariables>;
export const RatingRollupSummaryConfirmRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRollupSummaryConfirmRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RatingRollupSummaryConfirmRatingMutation, RatingRollupSummaryConfirmRatingMutationVariables>;
export const ScopeSetQuotaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeSetQuotaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeSetQuotaPolicyMutation, ScopeSetQuotaPolicyMutationVariables>;
export const ScopeSetQuotaPolicy2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeSetQuotaPolicy2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiveStarPercent"},"value":{"kind":"IntValue","value":"12"}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"先进支部较多","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}}]}}]} as unknown as DocumentNode<ScopeSetQuotaPolicy2Mutation, ScopeSetQuotaPolicy2MutationVariables>;
export const RatedDistrictPreviewRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictPreviewRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-H1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictPreviewRatingMutation, RatedDistrictPreviewRatingMutationVariables>;
export const RatedDistrictConfirmRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatedDistrictConfirmRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RatedDistrictConfirmRatingMutation, RatedDistrictConfirmRatingMutationVariables>;