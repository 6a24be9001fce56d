/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccessRatingQuotaPolicy($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { id } } } }": typeof types.AccessRatingQuotaPolicyDocument,
    "query AccessRatingRatingRollup($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRollup(period: \"2026-H1\") { rated } } } }": typeof types.AccessRatingRatingRollupDocument,
    "mutation AccessRatingPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": typeof types.AccessRatingPreviewRatingDocument,
    "mutation AccessRatingSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, reason: \"默认比例\" }) { id } }": typeof types.AccessRatingSetQuotaPolicyDocument,
    "mutation AccessRatingConfirmRating($r: ID!) { confirmRating(runId: $r) { status summary { scores warnings } } }": typeof types.AccessRatingConfirmRatingDocument,
    "query AccessRatingEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id } } } }": typeof types.AccessRatingEntitiesDocument,
    "mutation AccessRatingSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": typeof types.AccessRatingSetQuotaPolicy2Document,
    "mutation AccessRatingSetQuotaPolicy3($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": typeof types.AccessRatingSetQuotaPolicy3Document,
    "mutation AccessRatingSetQuotaPolicy4($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": typeof types.AccessRatingSetQuotaPolicy4Document,
    "mutation AccessRatingPreviewRating2($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": typeof types.AccessRatingPreviewRating2Document,
    "mutation AccessRatingPreviewRating3($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": typeof types.AccessRatingPreviewRating3Document,
    "query AccessRatingRatingRun($id: ID!, $r: [_Any!]!) { ratingRun(id: $id) { id results { total } } _entities(representations: $r) { ... on RatingRun { id results { total items { memberId } } } } }": typeof types.AccessRatingRatingRunDocument,
    "mutation AccessRatingConfirmRating2($r: ID!) { confirmRating(runId: $r) { status } }": typeof types.AccessRatingConfirmRating2Document,
    "mutation AccessRatingConfirmRating3($r: ID!) { confirmRating(runId: $r) { status } }": typeof types.AccessRatingConfirmRating3Document,
    "mutation AccessRatingConfirmRating4($r: ID!) { confirmRating(runId: $r) { status } }": typeof types.AccessRatingConfirmRating4Document,
    "query AccessRatingEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Member { rating(period: \"2026-H1\") { total memberId stars } stars(period: \"2026-H1\") warningCases { memberId } } } }": typeof types.AccessRatingEntities2Document,
    "query AccessRatingEntities3($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id memberId } } } }": typeof types.AccessRatingEntities3Document,
    "query AccessRatingEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { memberId } } } }": typeof types.AccessRatingEntities4Document,
    "query AccessRatingEntities5($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { id } ratingRuns { id } } } }": typeof types.AccessRatingEntities5Document,
    "query AccessRatingWarningCase($id: ID!) { warningCase(id: $id) { id } }": typeof types.AccessRatingWarningCaseDocument,
    "query AccessRatingEntities6($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }": typeof types.AccessRatingEntities6Document,
    "query AccessRatingEntities7($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }": typeof types.AccessRatingEntities7Document,
    "query AccessRatingEntities8($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { inherited organizationId } ratingRollup(period: \"2026-H1\") { rated warnings { open } } ratingRuns { id } } } }": typeof types.AccessRatingEntities8Document,
    "query AccessRatingEntities9($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicyHistory { organizationId } ratingRollup(period: \"2026-H1\") { rated } } } }": typeof types.AccessRatingEntities9Document,
    "mutation AccessRatingRecordWarningInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status interviewedOn } }": typeof types.AccessRatingRecordWarningInterviewDocument,
    "mutation AccessRatingPreviewNextHalf($o: ID!) { previewRating(organizationId: $o, period: \"2026-H2\") { id } }": typeof types.AccessRatingPreviewNextHalfDocument,
    "mutation AccessRatingConfirmNextHalf($r: ID!) { confirmRating(runId: $r) { id } }": typeof types.AccessRatingConfirmNextHalfDocument,
    "mutation AccessRatingBranchDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { status } }": typeof types.AccessRatingBranchDisposalStepDocument,
    "mutation AccessRatingBranchInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status } }": typeof types.AccessRatingBranchInterviewDocument,
    "mutation AccessRatingPairWarningHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) { status } }": typeof types.AccessRatingPairWarningHelperDocument,
    "mutation AccessRatingSetRectificationPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { status } }": typeof types.AccessRatingSetRectificationPlanDocument,
    "mutation AccessRatingDecideWarningOutcome($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { status } }": typeof types.AccessRatingDecideWarningOutcomeDocument,
    "mutation AccessRatingRecordDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { disposalStep } }": typeof types.AccessRatingRecordDisposalStepDocument,
    "mutation RatingRollupSummarySetQuotaPolicy($o: ID!, $r: QuotaRounding!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, rounding: $r, reason: \"测试\" }) { id } }": typeof types.RatingRollupSummarySetQuotaPolicyDocument,
    "mutation RatingRollupSummaryPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": typeof types.RatingRollupSummaryPreviewRatingDocument,
    "mutation RatingRollupSummaryConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }": typeof types.RatingRollupSummaryConfirmRatingDocument,
    "mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": typeof types.ScopeSetQuotaPolicyDocument,
    "mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }": typeof types.ScopeSetQuotaPolicy2Document,
    "mutation RatedDistrictPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": typeof types.RatedDistrictPreviewRatingDocument,
    "mutation RatedDistrictConfirmRating($r: ID!) { confirmRating(runId: $r) { id } }": typeof types.RatedDistrictConfirmRatingDocument,
};
const documents: Documents = {
    "query AccessRatingQuotaPolicy($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { id } } } }": types.AccessRatingQuotaPolicyDocument,
    "query AccessRatingRatingRollup($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRollup(period: \"2026-H1\") { rated } } } }": types.AccessRatingRatingRollupDocument,
    "mutation AccessRatingPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": types.AccessRatingPreviewRatingDocument,
    "mutation AccessRatingSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, reason: \"默认比例\" }) { id } }": types.AccessRatingSetQuotaPolicyDocument,
    "mutation AccessRatingConfirmRating($r: ID!) { confirmRating(runId: $r) { status summary { scores warnings } } }": types.AccessRatingConfirmRatingDocument,
    "query AccessRatingEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id } } } }": types.AccessRatingEntitiesDocument,
    "mutation AccessRatingSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": types.AccessRatingSetQuotaPolicy2Document,
    "mutation AccessRatingSetQuotaPolicy3($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": types.AccessRatingSetQuotaPolicy3Document,
    "mutation AccessRatingSetQuotaPolicy4($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": types.AccessRatingSetQuotaPolicy4Document,
    "mutation AccessRatingPreviewRating2($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": types.AccessRatingPreviewRating2Document,
    "mutation AccessRatingPreviewRating3($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": types.AccessRatingPreviewRating3Document,
    "query AccessRatingRatingRun($id: ID!, $r: [_Any!]!) { ratingRun(id: $id) { id results { total } } _entities(representations: $r) { ... on RatingRun { id results { total items { memberId } } } } }": types.AccessRatingRatingRunDocument,
    "mutation AccessRatingConfirmRating2($r: ID!) { confirmRating(runId: $r) { status } }": types.AccessRatingConfirmRating2Document,
    "mutation AccessRatingConfirmRating3($r: ID!) { confirmRating(runId: $r) { status } }": types.AccessRatingConfirmRating3Document,
    "mutation AccessRatingConfirmRating4($r: ID!) { confirmRating(runId: $r) { status } }": types.AccessRatingConfirmRating4Document,
    "query AccessRatingEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Member { rating(period: \"2026-H1\") { total memberId stars } stars(period: \"2026-H1\") warningCases { memberId } } } }": types.AccessRatingEntities2Document,
    "query AccessRatingEntities3($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id memberId } } } }": types.AccessRatingEntities3Document,
    "query AccessRatingEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { memberId } } } }": types.AccessRatingEntities4Document,
    "query AccessRatingEntities5($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { id } ratingRuns { id } } } }": types.AccessRatingEntities5Document,
    "query AccessRatingWarningCase($id: ID!) { warningCase(id: $id) { id } }": types.AccessRatingWarningCaseDocument,
    "query AccessRatingEntities6($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }": types.AccessRatingEntities6Document,
    "query AccessRatingEntities7($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }": types.AccessRatingEntities7Document,
    "query AccessRatingEntities8($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { inherited organizationId } ratingRollup(period: \"2026-H1\") { rated warnings { open } } ratingRuns { id } } } }": types.AccessRatingEntities8Document,
    "query AccessRatingEntities9($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicyHistory { organizationId } ratingRollup(period: \"2026-H1\") { rated } } } }": types.AccessRatingEntities9Document,
    "mutation AccessRatingRecordWarningInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status interviewedOn } }": types.AccessRatingRecordWarningInterviewDocument,
    "mutation AccessRatingPreviewNextHalf($o: ID!) { previewRating(organizationId: $o, period: \"2026-H2\") { id } }": types.AccessRatingPreviewNextHalfDocument,
    "mutation AccessRatingConfirmNextHalf($r: ID!) { confirmRating(runId: $r) { id } }": types.AccessRatingConfirmNextHalfDocument,
    "mutation AccessRatingBranchDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { status } }": types.AccessRatingBranchDisposalStepDocument,
    "mutation AccessRatingBranchInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status } }": types.AccessRatingBranchInterviewDocument,
    "mutation AccessRatingPairWarningHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) { status } }": types.AccessRatingPairWarningHelperDocument,
    "mutation AccessRatingSetRectificationPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { status } }": types.AccessRatingSetRectificationPlanDocument,
    "mutation AccessRatingDecideWarningOutcome($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { status } }": types.AccessRatingDecideWarningOutcomeDocument,
    "mutation AccessRatingRecordDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { disposalStep } }": types.AccessRatingRecordDisposalStepDocument,
    "mutation RatingRollupSummarySetQuotaPolicy($o: ID!, $r: QuotaRounding!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, rounding: $r, reason: \"测试\" }) { id } }": types.RatingRollupSummarySetQuotaPolicyDocument,
    "mutation RatingRollupSummaryPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": types.RatingRollupSummaryPreviewRatingDocument,
    "mutation RatingRollupSummaryConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }": types.RatingRollupSummaryConfirmRatingDocument,
    "mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": types.ScopeSetQuotaPolicyDocument,
    "mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }": types.ScopeSetQuotaPolicy2Document,
    "mutation RatedDistrictPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }": types.RatedDistrictPreviewRatingDocument,
    "mutation RatedDistrictConfirmRating($r: ID!) { confirmRating(runId: $r) { id } }": types.RatedDistrictConfirmRatingDocument,
};

/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = ratingGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function ratingGraphql(source: string): unknown;

/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingQuotaPolicy($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { id } } } }"): (typeof documents)["query AccessRatingQuotaPolicy($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { id } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingRatingRollup($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRollup(period: \"2026-H1\") { rated } } } }"): (typeof documents)["query AccessRatingRatingRollup($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRollup(period: \"2026-H1\") { rated } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"): (typeof documents)["mutation AccessRatingPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, reason: \"默认比例\" }) { id } }"): (typeof documents)["mutation AccessRatingSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, reason: \"默认比例\" }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingConfirmRating($r: ID!) { confirmRating(runId: $r) { status summary { scores warnings } } }"): (typeof documents)["mutation AccessRatingConfirmRating($r: ID!) { confirmRating(runId: $r) { status summary { scores warnings } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id } } } }"): (typeof documents)["query AccessRatingEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"): (typeof documents)["mutation AccessRatingSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingSetQuotaPolicy3($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"): (typeof documents)["mutation AccessRatingSetQuotaPolicy3($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingSetQuotaPolicy4($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"): (typeof documents)["mutation AccessRatingSetQuotaPolicy4($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingPreviewRating2($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"): (typeof documents)["mutation AccessRatingPreviewRating2($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingPreviewRating3($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"): (typeof documents)["mutation AccessRatingPreviewRating3($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingRatingRun($id: ID!, $r: [_Any!]!) { ratingRun(id: $id) { id results { total } } _entities(representations: $r) { ... on RatingRun { id results { total items { memberId } } } } }"): (typeof documents)["query AccessRatingRatingRun($id: ID!, $r: [_Any!]!) { ratingRun(id: $id) { id results { total } } _entities(representations: $r) { ... on RatingRun { id results { total items { memberId } } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingConfirmRating2($r: ID!) { confirmRating(runId: $r) { status } }"): (typeof documents)["mutation AccessRatingConfirmRating2($r: ID!) { confirmRating(runId: $r) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingConfirmRating3($r: ID!) { confirmRating(runId: $r) { status } }"): (typeof documents)["mutation AccessRatingConfirmRating3($r: ID!) { confirmRating(runId: $r) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingConfirmRating4($r: ID!) { confirmRating(runId: $r) { status } }"): (typeof documents)["mutation AccessRatingConfirmRating4($r: ID!) { confirmRating(runId: $r) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Member { rating(period: \"2026-H1\") { total memberId stars } stars(period: \"2026-H1\") warningCases { memberId } } } }"): (typeof documents)["query AccessRatingEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Member { rating(period: \"2026-H1\") { total memberId stars } stars(period: \"2026-H1\") warningCases { memberId } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities3($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id memberId } } } }"): (typeof documents)["query AccessRatingEntities3($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id memberId } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { memberId } } } }"): (typeof documents)["query AccessRatingEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { memberId } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities5($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { id } ratingRuns { id } } } }"): (typeof documents)["query AccessRatingEntities5($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { id } ratingRuns { id } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingWarningCase($id: ID!) { warningCase(id: $id) { id } }"): (typeof documents)["query AccessRatingWarningCase($id: ID!) { warningCase(id: $id) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities6($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }"): (typeof documents)["query AccessRatingEntities6($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities7($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }"): (typeof documents)["query AccessRatingEntities7($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities8($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { inherited organizationId } ratingRollup(period: \"2026-H1\") { rated warnings { open } } ratingRuns { id } } } }"): (typeof documents)["query AccessRatingEntities8($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { inherited organizationId } ratingRollup(period: \"2026-H1\") { rated warnings { open } } ratingRuns { id } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "query AccessRatingEntities9($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicyHistory { organizationId } ratingRollup(period: \"2026-H1\") { rated } } } }"): (typeof documents)["query AccessRatingEntities9($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicyHistory { organizationId } ratingRollup(period: \"2026-H1\") { rated } } } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingRecordWarningInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status interviewedOn } }"): (typeof documents)["mutation AccessRatingRecordWarningInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status interviewedOn } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingPreviewNextHalf($o: ID!) { previewRating(organizationId: $o, period: \"2026-H2\") { id } }"): (typeof documents)["mutation AccessRatingPreviewNextHalf($o: ID!) { previewRating(organizationId: $o, period: \"2026-H2\") { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingConfirmNextHalf($r: ID!) { confirmRating(runId: $r) { id } }"): (typeof documents)["mutation AccessRatingConfirmNextHalf($r: ID!) { confirmRating(runId: $r) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingBranchDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { status } }"): (typeof documents)["mutation AccessRatingBranchDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingBranchInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status } }"): (typeof documents)["mutation AccessRatingBranchInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingPairWarningHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) { status } }"): (typeof documents)["mutation AccessRatingPairWarningHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingSetRectificationPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { status } }"): (typeof documents)["mutation AccessRatingSetRectificationPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingDecideWarningOutcome($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { status } }"): (typeof documents)["mutation AccessRatingDecideWarningOutcome($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation AccessRatingRecordDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { disposalStep } }"): (typeof documents)["mutation AccessRatingRecordDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { disposalStep } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation RatingRollupSummarySetQuotaPolicy($o: ID!, $r: QuotaRounding!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, rounding: $r, reason: \"测试\" }) { id } }"): (typeof documents)["mutation RatingRollupSummarySetQuotaPolicy($o: ID!, $r: QuotaRounding!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, rounding: $r, reason: \"测试\" }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation RatingRollupSummaryPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"): (typeof documents)["mutation RatingRollupSummaryPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation RatingRollupSummaryConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }"): (typeof documents)["mutation RatingRollupSummaryConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"): (typeof documents)["mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }"): (typeof documents)["mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation RatedDistrictPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"): (typeof documents)["mutation RatedDistrictPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation RatedDistrictConfirmRating($r: ID!) { confirmRating(runId: $r) { id } }"): (typeof documents)["mutation RatedDistrictConfirmRating($r: ID!) { confirmRating(runId: $r) { id } }"];

export function ratingGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;