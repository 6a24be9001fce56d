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
    "mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": typeof types.AccessLedgerAdoptTemplateDocument,
    "mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessLedgerSubmitFilingDocument,
    "mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": typeof types.AccessLedgerApproveFilingDocument,
    "mutation AccessSchemeAdoptTemplate($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id scheme { id } } }": typeof types.AccessSchemeAdoptTemplateDocument,
    "query AccessSchemeScheme($id: ID!) { scheme(id: $id) { id versions { id } } }": typeof types.AccessSchemeSchemeDocument,
    "query AccessSchemeSchemes { schemes { id } }": typeof types.AccessSchemeSchemesDocument,
    "query AccessSchemeFiling($id: ID!) { filing(id: $id) { id history { action } scheme { id } } }": typeof types.AccessSchemeFilingDocument,
    "mutation AccessSchemeAdoptTemplate2($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id status } }": typeof types.AccessSchemeAdoptTemplate2Document,
    "mutation AccessSchemeSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }": typeof types.AccessSchemeSubmitFilingDocument,
    "mutation AccessSchemeSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessSchemeSubmitFiling2Document,
    "mutation AccessSchemeApproveFiling($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { id status } }": typeof types.AccessSchemeApproveFilingDocument,
    "mutation AccessSchemeAdoptTemplate3($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"记录员方案\") { id } }": typeof types.AccessSchemeAdoptTemplate3Document,
    "mutation AccessSchemeSubmitFiling3($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessSchemeSubmitFiling3Document,
    "mutation AccessSchemeApproveFiling2($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }": typeof types.AccessSchemeApproveFiling2Document,
    "query AccessSchemeEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Scheme { id } ... on Filing { id } ... on SchemeVersion { id } ... on Organization { filings { id } } } }": typeof types.AccessSchemeEntitiesDocument,
    "query AccessSchemePreviewScore($v: ID!) { previewScore(schemeVersionId: $v, facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }": typeof types.AccessSchemePreviewScoreDocument,
    "mutation AccessSchemeReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id } }": typeof types.AccessSchemeReviseSchemeDocument,
    "mutation AccessSchemeSubmitFiling4($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessSchemeSubmitFiling4Document,
    "mutation AccessSchemeApproveFiling3($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }": typeof types.AccessSchemeApproveFiling3Document,
    "mutation AccessSchemeSubmitFiling5($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessSchemeSubmitFiling5Document,
    "mutation AccessSchemeApproveFiling4($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }": typeof types.AccessSchemeApproveFiling4Document,
    "mutation AccessSchemeAssignScheme($o: ID!, $v: ID!, $from: Date!) { assignScheme(organizationId: $o, schemeVersionId: $v, effectiveFrom: $from) { organizationId schemeVersion { id } } }": typeof types.AccessSchemeAssignSchemeDocument,
    "query AccessSchemeSchemeTemplates { schemeTemplates { code } schemeTemplate(code: \"pioneer-index\") { name } }": typeof types.AccessSchemeSchemeTemplatesDocument,
    "query AccessSchemePreviewScore2 { previewScore(templateCode: \"pioneer-index\", facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }": typeof types.AccessSchemePreviewScore2Document,
    "query AccessSchemeSchemeTemplates2 { schemeTemplates { code } }": typeof types.AccessSchemeSchemeTemplates2Document,
    "mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.SchemeFilingSubmitFilingDocument,
    "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }": typeof types.SchemeFilingApproveFilingDocument,
    "mutation RatedDistrictAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": typeof types.RatedDistrictAdoptTemplateDocument,
    "mutation RatedDistrictSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.RatedDistrictSubmitFilingDocument,
    "mutation RatedDistrictApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": typeof types.RatedDistrictApproveFilingDocument,
};
const documents: Documents = {
    "mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": types.AccessLedgerAdoptTemplateDocument,
    "mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.AccessLedgerSubmitFilingDocument,
    "mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": types.AccessLedgerApproveFilingDocument,
    "mutation AccessSchemeAdoptTemplate($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id scheme { id } } }": types.AccessSchemeAdoptTemplateDocument,
    "query AccessSchemeScheme($id: ID!) { scheme(id: $id) { id versions { id } } }": types.AccessSchemeSchemeDocument,
    "query AccessSchemeSchemes { schemes { id } }": types.AccessSchemeSchemesDocument,
    "query AccessSchemeFiling($id: ID!) { filing(id: $id) { id history { action } scheme { id } } }": types.AccessSchemeFilingDocument,
    "mutation AccessSchemeAdoptTemplate2($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id status } }": types.AccessSchemeAdoptTemplate2Document,
    "mutation AccessSchemeSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }": types.AccessSchemeSubmitFilingDocument,
    "mutation AccessSchemeSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }": types.AccessSchemeSubmitFiling2Document,
    "mutation AccessSchemeApproveFiling($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { id status } }": types.AccessSchemeApproveFilingDocument,
    "mutation AccessSchemeAdoptTemplate3($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"记录员方案\") { id } }": types.AccessSchemeAdoptTemplate3Document,
    "mutation AccessSchemeSubmitFiling3($id: ID!) { submitFiling(id: $id) { id } }": types.AccessSchemeSubmitFiling3Document,
    "mutation AccessSchemeApproveFiling2($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }": types.AccessSchemeApproveFiling2Document,
    "query AccessSchemeEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Scheme { id } ... on Filing { id } ... on SchemeVersion { id } ... on Organization { filings { id } } } }": types.AccessSchemeEntitiesDocument,
    "query AccessSchemePreviewScore($v: ID!) { previewScore(schemeVersionId: $v, facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }": types.AccessSchemePreviewScoreDocument,
    "mutation AccessSchemeReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id } }": types.AccessSchemeReviseSchemeDocument,
    "mutation AccessSchemeSubmitFiling4($id: ID!) { submitFiling(id: $id) { id } }": types.AccessSchemeSubmitFiling4Document,
    "mutation AccessSchemeApproveFiling3($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }": types.AccessSchemeApproveFiling3Document,
    "mutation AccessSchemeSubmitFiling5($id: ID!) { submitFiling(id: $id) { id } }": types.AccessSchemeSubmitFiling5Document,
    "mutation AccessSchemeApproveFiling4($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }": types.AccessSchemeApproveFiling4Document,
    "mutation AccessSchemeAssignScheme($o: ID!, $v: ID!, $from: Date!) { assignScheme(organizationId: $o, schemeVersionId: $v, effectiveFrom: $from) { organizationId schemeVersion { id } } }": types.AccessSchemeAssignSchemeDocument,
    "query AccessSchemeSchemeTemplates { schemeTemplates { code } schemeTemplate(code: \"pioneer-index\") { name } }": types.AccessSchemeSchemeTemplatesDocument,
    "query AccessSchemePreviewScore2 { previewScore(templateCode: \"pioneer-index\", facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }": types.AccessSchemePreviewScore2Document,
    "query AccessSchemeSchemeTemplates2 { schemeTemplates { code } }": types.AccessSchemeSchemeTemplates2Document,
    "mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.SchemeFilingSubmitFilingDocument,
    "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }": types.SchemeFilingApproveFilingDocument,
    "mutation RatedDistrictAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": types.RatedDistrictAdoptTemplateDocument,
    "mutation RatedDistrictSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.RatedDistrictSubmitFilingDocument,
    "mutation RatedDistrictApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": types.RatedDistrictApproveFilingDocument,
};

/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = schemeGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function schemeGraphql(source: string): unknown;

/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"): (typeof documents)["mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"): (typeof documents)["mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeAdoptTemplate($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id scheme { id } } }"): (typeof documents)["mutation AccessSchemeAdoptTemplate($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id scheme { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemeScheme($id: ID!) { scheme(id: $id) { id versions { id } } }"): (typeof documents)["query AccessSchemeScheme($id: ID!) { scheme(id: $id) { id versions { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemeSchemes { schemes { id } }"): (typeof documents)["query AccessSchemeSchemes { schemes { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemeFiling($id: ID!) { filing(id: $id) { id history { action } scheme { id } } }"): (typeof documents)["query AccessSchemeFiling($id: ID!) { filing(id: $id) { id history { action } scheme { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeAdoptTemplate2($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id status } }"): (typeof documents)["mutation AccessSchemeAdoptTemplate2($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: $n) { id status } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }"): (typeof documents)["mutation AccessSchemeSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessSchemeSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeApproveFiling($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { id status } }"): (typeof documents)["mutation AccessSchemeApproveFiling($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { id status } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeAdoptTemplate3($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"记录员方案\") { id } }"): (typeof documents)["mutation AccessSchemeAdoptTemplate3($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"记录员方案\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeSubmitFiling3($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessSchemeSubmitFiling3($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeApproveFiling2($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }"): (typeof documents)["mutation AccessSchemeApproveFiling2($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemeEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Scheme { id } ... on Filing { id } ... on SchemeVersion { id } ... on Organization { filings { id } } } }"): (typeof documents)["query AccessSchemeEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Scheme { id } ... on Filing { id } ... on SchemeVersion { id } ... on Organization { filings { id } } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemePreviewScore($v: ID!) { previewScore(schemeVersionId: $v, facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }"): (typeof documents)["query AccessSchemePreviewScore($v: ID!) { previewScore(schemeVersionId: $v, facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id } }"): (typeof documents)["mutation AccessSchemeReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeSubmitFiling4($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessSchemeSubmitFiling4($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeApproveFiling3($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }"): (typeof documents)["mutation AccessSchemeApproveFiling3($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeSubmitFiling5($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessSchemeSubmitFiling5($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeApproveFiling4($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }"): (typeof documents)["mutation AccessSchemeApproveFiling4($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from) { approvedVersion { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessSchemeAssignScheme($o: ID!, $v: ID!, $from: Date!) { assignScheme(organizationId: $o, schemeVersionId: $v, effectiveFrom: $from) { organizationId schemeVersion { id } } }"): (typeof documents)["mutation AccessSchemeAssignScheme($o: ID!, $v: ID!, $from: Date!) { assignScheme(organizationId: $o, schemeVersionId: $v, effectiveFrom: $from) { organizationId schemeVersion { id } } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemeSchemeTemplates { schemeTemplates { code } schemeTemplate(code: \"pioneer-index\") { name } }"): (typeof documents)["query AccessSchemeSchemeTemplates { schemeTemplates { code } schemeTemplate(code: \"pioneer-index\") { name } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemePreviewScore2 { previewScore(templateCode: \"pioneer-index\", facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }"): (typeof documents)["query AccessSchemePreviewScore2 { previewScore(templateCode: \"pioneer-index\", facts: { period: \"2026\", asOf: \"2026-12-31\", memberKind: FULL, entries: [] }) { total } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query AccessSchemeSchemeTemplates2 { schemeTemplates { code } }"): (typeof documents)["query AccessSchemeSchemeTemplates2 { schemeTemplates { code } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }"): (typeof documents)["mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation RatedDistrictAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"): (typeof documents)["mutation RatedDistrictAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation RatedDistrictSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation RatedDistrictSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation RatedDistrictApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"): (typeof documents)["mutation RatedDistrictApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"];

export function schemeGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;