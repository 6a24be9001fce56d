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
    "mutation AccessLedgerDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": typeof types.AccessLedgerDeclareEntryDocument,
    "mutation AccessLedgerCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.AccessLedgerCreateOrganizationDocument,
    "mutation AccessLedgerAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.AccessLedgerAddMemberDocument,
    "mutation AccessLedgerReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.AccessLedgerReviewEntriesDocument,
    "mutation AccessLedgerConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": typeof types.AccessLedgerConfirmAssemblyDocument,
    "query AccessLedgerOrganization($id: ID!) { organization(id: $id) { id } }": typeof types.AccessLedgerOrganizationDocument,
    "query AccessLedgerOrganization2($id: ID!) { organization(id: $id) { members { total items { id } } } }": typeof types.AccessLedgerOrganization2Document,
    "query AccessLedgerMember($id: ID!) { member(id: $id) { id name } }": typeof types.AccessLedgerMemberDocument,
    "query AccessLedgerEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id } } }": typeof types.AccessLedgerEntitiesDocument,
    "query AccessLedgerEntry($id: ID!) { entry(id: $id) { id } }": typeof types.AccessLedgerEntryDocument,
    "query AccessLedgerOrganization3($o: ID!, $a: ID!) { organization(id: $o) { entries { total items { memberId } } } a: member(id: $a) { entries { total } } }": typeof types.AccessLedgerOrganization3Document,
    "query AccessLedgerEntry2($e: ID!) { entry(id: $e) { evidence { id } } }": typeof types.AccessLedgerEntry2Document,
    "mutation AccessLedgerDeclareEntry2($i: DeclareEntryInput!) { declareEntry(input: $i) { id state } }": typeof types.AccessLedgerDeclareEntry2Document,
    "mutation AccessLedgerDeclareEntry3($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": typeof types.AccessLedgerDeclareEntry3Document,
    "mutation AccessLedgerDeclareEntry4($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": typeof types.AccessLedgerDeclareEntry4Document,
    "mutation AccessLedgerDeclareEntry5($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": typeof types.AccessLedgerDeclareEntry5Document,
    "mutation AccessLedgerRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }": typeof types.AccessLedgerRecordAttendanceDocument,
    "mutation AccessLedgerImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": typeof types.AccessLedgerImportEntriesDocument,
    "mutation AccessLedgerAddMember2($i: AddMemberInput!) { addMember(input: $i) { id } }": typeof types.AccessLedgerAddMember2Document,
    "mutation AccessLedgerReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id state } }": typeof types.AccessLedgerReviewEntries2Document,
    "mutation AccessLedgerReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }": typeof types.AccessLedgerReverseEntryDocument,
    "mutation AccessLedgerReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }": typeof types.AccessLedgerReverseEntry2Document,
    "mutation AccessLedgerPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2024-04-03\", endsOn: \"2024-04-09\" }) { id } }": typeof types.AccessLedgerPublishScoresDocument,
    "query AccessLedgerOrganization4($o: ID!) { organization(id: $o) { publicityWindows { id } } }": typeof types.AccessLedgerOrganization4Document,
    "query AccessLedgerEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on PeriodScore { memberId total state components { code } explanation { entryIds } veto { code } member { id } } } }": typeof types.AccessLedgerEntities2Document,
    "query AccessLedgerPeriodScores($o: ID!) { organization(id: $o) { periodScores(period: \"2024-Q1\") { items { memberId } } } }": typeof types.AccessLedgerPeriodScoresDocument,
    "query AccessLedgerPeriodScoreDigest($o: ID!) { organization(id: $o) { periodScoreDigest(period: \"2024-Q1\") } }": typeof types.AccessLedgerPeriodScoreDigestDocument,
    "query AccessLedgerScoreRollup($o: ID!) { organization(id: $o) { scoreRollup(period: \"2024-Q1\") { membersScored } } }": typeof types.AccessLedgerScoreRollupDocument,
    "query AccessLedgerMember2($id: ID!) { member(id: $id) { conditions { id } reviewVotes { id } } }": typeof types.AccessLedgerMember2Document,
    "mutation AccessLedgerRaiseObjection($w: ID!, $m: ID!, $c: String!) { raiseObjection(input: { windowId: $w, memberId: $m, content: $c }) { id } }": typeof types.AccessLedgerRaiseObjectionDocument,
    "query AccessLedgerOrganization5($o: ID!, $w: ID!) { organization(id: $o) { objections { id } } publicityWindow(id: $w) { objections { id } } }": typeof types.AccessLedgerOrganization5Document,
    "query AccessLedgerObjection($id: ID!) { objection(id: $id) { id } }": typeof types.AccessLedgerObjectionDocument,
    "mutation AccessLedgerAnswerObjection($id: ID!) { answerObjection(id: $id, answer: \"经核实，计分无误\", upheld: false) { id } }": typeof types.AccessLedgerAnswerObjectionDocument,
    "mutation AccessLedgerAnswerObjection2($id: ID!) { answerObjection(id: $id, answer: \"已核实\", upheld: false) { id } }": typeof types.AccessLedgerAnswerObjection2Document,
    "mutation AccessLedgerAppealObjection($id: ID!) { appealObjection(id: $id, content: \"不服答复，申诉\") { id } }": typeof types.AccessLedgerAppealObjectionDocument,
    "mutation AccessLedgerDecideAppeal($id: ID!) { decideAppeal(id: $id, decision: \"维持支部答复\", upheld: false) { status } }": typeof types.AccessLedgerDecideAppealDocument,
    "mutation AccessLedgerCreateOrganization2($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }": typeof types.AccessLedgerCreateOrganization2Document,
    "mutation AccessLedgerRenameOrganization($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }": typeof types.AccessLedgerRenameOrganizationDocument,
    "mutation AccessLedgerRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q2\") }": typeof types.AccessLedgerRefreshScoresDocument,
    "mutation AccessLedgerTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-04-05\", reason: \"调整党小组\") { id } }": typeof types.AccessLedgerTransferMemberDocument,
    "mutation AccessLedgerRecordCondition($m: ID!) { recordCondition(input: { memberId: $m, code: \"embezzlement\", occurredOn: \"2024-04-01\", note: \"经查属实\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }": typeof types.AccessLedgerRecordConditionDocument,
    "mutation AccessLedgerExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2024-04-01\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }": typeof types.AccessLedgerExemptMemberDocument,
    "mutation AccessLedgerRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: ILLNESS, fromOn: \"2024-04-01\" }) { id } }": typeof types.AccessLedgerRequestExemptionDocument,
    "mutation AccessLedgerRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2024-04-05\", agreed: true) { id } }": typeof types.AccessLedgerRecordExemptionAssemblyDocument,
    "mutation AccessLedgerDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { status } }": typeof types.AccessLedgerDecideExemptionDocument,
    "mutation AccessSchemeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.AccessSchemeCreateOrganizationDocument,
    "mutation AccessSchemeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.AccessSchemeAddMemberDocument,
    "query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }": typeof types.AuditTrailOrganizationDocument,
    "mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.ScopeCreateOrganizationDocument,
    "mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.ScopeAddMemberDocument,
    "query ScopeOrganizations { organizations { id } }": typeof types.ScopeOrganizationsDocument,
    "query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }": typeof types.ScopeOrganizationDocument,
    "query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }": typeof types.ScopeOrganization2Document,
    "mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }": typeof types.ScopeCreateOrganization2Document,
    "mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.SqlCountCreateOrganizationDocument,
    "mutation RatedDistrictCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.RatedDistrictCreateOrganizationDocument,
    "mutation RatedDistrictAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.RatedDistrictAddMemberDocument,
    "mutation RatedDistrictImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": typeof types.RatedDistrictImportEntriesDocument,
    "mutation RatedDistrictReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }": typeof types.RatedDistrictReviewEntriesDocument,
    "mutation RatedDistrictConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": typeof types.RatedDistrictConfirmAssemblyDocument,
    "mutation RatedDistrictPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": typeof types.RatedDistrictPublishScoresDocument,
    "mutation RatedDistrictClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }": typeof types.RatedDistrictClosePublicityDocument,
};
const documents: Documents = {
    "mutation AccessLedgerDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": types.AccessLedgerDeclareEntryDocument,
    "mutation AccessLedgerCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.AccessLedgerCreateOrganizationDocument,
    "mutation AccessLedgerAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.AccessLedgerAddMemberDocument,
    "mutation AccessLedgerReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.AccessLedgerReviewEntriesDocument,
    "mutation AccessLedgerConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": types.AccessLedgerConfirmAssemblyDocument,
    "query AccessLedgerOrganization($id: ID!) { organization(id: $id) { id } }": types.AccessLedgerOrganizationDocument,
    "query AccessLedgerOrganization2($id: ID!) { organization(id: $id) { members { total items { id } } } }": types.AccessLedgerOrganization2Document,
    "query AccessLedgerMember($id: ID!) { member(id: $id) { id name } }": types.AccessLedgerMemberDocument,
    "query AccessLedgerEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id } } }": types.AccessLedgerEntitiesDocument,
    "query AccessLedgerEntry($id: ID!) { entry(id: $id) { id } }": types.AccessLedgerEntryDocument,
    "query AccessLedgerOrganization3($o: ID!, $a: ID!) { organization(id: $o) { entries { total items { memberId } } } a: member(id: $a) { entries { total } } }": types.AccessLedgerOrganization3Document,
    "query AccessLedgerEntry2($e: ID!) { entry(id: $e) { evidence { id } } }": types.AccessLedgerEntry2Document,
    "mutation AccessLedgerDeclareEntry2($i: DeclareEntryInput!) { declareEntry(input: $i) { id state } }": types.AccessLedgerDeclareEntry2Document,
    "mutation AccessLedgerDeclareEntry3($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": types.AccessLedgerDeclareEntry3Document,
    "mutation AccessLedgerDeclareEntry4($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": types.AccessLedgerDeclareEntry4Document,
    "mutation AccessLedgerDeclareEntry5($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": types.AccessLedgerDeclareEntry5Document,
    "mutation AccessLedgerRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }": types.AccessLedgerRecordAttendanceDocument,
    "mutation AccessLedgerImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": types.AccessLedgerImportEntriesDocument,
    "mutation AccessLedgerAddMember2($i: AddMemberInput!) { addMember(input: $i) { id } }": types.AccessLedgerAddMember2Document,
    "mutation AccessLedgerReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id state } }": types.AccessLedgerReviewEntries2Document,
    "mutation AccessLedgerReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }": types.AccessLedgerReverseEntryDocument,
    "mutation AccessLedgerReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }": types.AccessLedgerReverseEntry2Document,
    "mutation AccessLedgerPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2024-04-03\", endsOn: \"2024-04-09\" }) { id } }": types.AccessLedgerPublishScoresDocument,
    "query AccessLedgerOrganization4($o: ID!) { organization(id: $o) { publicityWindows { id } } }": types.AccessLedgerOrganization4Document,
    "query AccessLedgerEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on PeriodScore { memberId total state components { code } explanation { entryIds } veto { code } member { id } } } }": types.AccessLedgerEntities2Document,
    "query AccessLedgerPeriodScores($o: ID!) { organization(id: $o) { periodScores(period: \"2024-Q1\") { items { memberId } } } }": types.AccessLedgerPeriodScoresDocument,
    "query AccessLedgerPeriodScoreDigest($o: ID!) { organization(id: $o) { periodScoreDigest(period: \"2024-Q1\") } }": types.AccessLedgerPeriodScoreDigestDocument,
    "query AccessLedgerScoreRollup($o: ID!) { organization(id: $o) { scoreRollup(period: \"2024-Q1\") { membersScored } } }": types.AccessLedgerScoreRollupDocument,
    "query AccessLedgerMember2($id: ID!) { member(id: $id) { conditions { id } reviewVotes { id } } }": types.AccessLedgerMember2Document,
    "mutation AccessLedgerRaiseObjection($w: ID!, $m: ID!, $c: String!) { raiseObjection(input: { windowId: $w, memberId: $m, content: $c }) { id } }": types.AccessLedgerRaiseObjectionDocument,
    "query AccessLedgerOrganization5($o: ID!, $w: ID!) { organization(id: $o) { objections { id } } publicityWindow(id: $w) { objections { id } } }": types.AccessLedgerOrganization5Document,
    "query AccessLedgerObjection($id: ID!) { objection(id: $id) { id } }": types.AccessLedgerObjectionDocument,
    "mutation AccessLedgerAnswerObjection($id: ID!) { answerObjection(id: $id, answer: \"经核实，计分无误\", upheld: false) { id } }": types.AccessLedgerAnswerObjectionDocument,
    "mutation AccessLedgerAnswerObjection2($id: ID!) { answerObjection(id: $id, answer: \"已核实\", upheld: false) { id } }": types.AccessLedgerAnswerObjection2Document,
    "mutation AccessLedgerAppealObjection($id: ID!) { appealObjection(id: $id, content: \"不服答复，申诉\") { id } }": types.AccessLedgerAppealObjectionDocument,
    "mutation AccessLedgerDecideAppeal($id: ID!) { decideAppeal(id: $id, decision: \"维持支部答复\", upheld: false) { status } }": types.AccessLedgerDecideAppealDocument,
    "mutation AccessLedgerCreateOrganization2($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }": types.AccessLedgerCreateOrganization2Document,
    "mutation AccessLedgerRenameOrganization($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }": types.AccessLedgerRenameOrganizationDocument,
    "mutation AccessLedgerRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q2\") }": types.AccessLedgerRefreshScoresDocument,
    "mutation AccessLedgerTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-04-05\", reason: \"调整党小组\") { id } }": types.AccessLedgerTransferMemberDocument,
    "mutation AccessLedgerRecordCondition($m: ID!) { recordCondition(input: { memberId: $m, code: \"embezzlement\", occurredOn: \"2024-04-01\", note: \"经查属实\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }": types.AccessLedgerRecordConditionDocument,
    "mutation AccessLedgerExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2024-04-01\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }": types.AccessLedgerExemptMemberDocument,
    "mutation AccessLedgerRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: ILLNESS, fromOn: \"2024-04-01\" }) { id } }": types.AccessLedgerRequestExemptionDocument,
    "mutation AccessLedgerRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2024-04-05\", agreed: true) { id } }": types.AccessLedgerRecordExemptionAssemblyDocument,
    "mutation AccessLedgerDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { status } }": types.AccessLedgerDecideExemptionDocument,
    "mutation AccessSchemeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.AccessSchemeCreateOrganizationDocument,
    "mutation AccessSchemeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.AccessSchemeAddMemberDocument,
    "query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }": types.AuditTrailOrganizationDocument,
    "mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.ScopeCreateOrganizationDocument,
    "mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.ScopeAddMemberDocument,
    "query ScopeOrganizations { organizations { id } }": types.ScopeOrganizationsDocument,
    "query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }": types.ScopeOrganizationDocument,
    "query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }": types.ScopeOrganization2Document,
    "mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }": types.ScopeCreateOrganization2Document,
    "mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.SqlCountCreateOrganizationDocument,
    "mutation RatedDistrictCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.RatedDistrictCreateOrganizationDocument,
    "mutation RatedDistrictAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.RatedDistrictAddMemberDocument,
    "mutation RatedDistrictImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": types.RatedDistrictImportEntriesDocument,
    "mutation RatedDistrictReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }": types.RatedDistrictReviewEntriesDocument,
    "mutation RatedDistrictConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": types.RatedDistrictConfirmAssemblyDocument,
    "mutation RatedDistrictPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": types.RatedDistrictPublishScoresDocument,
    "mutation RatedDistrictClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }": types.RatedDistrictClosePublicityDocument,
};

/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = ledgerGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function ledgerGraphql(source: string): unknown;

/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation AccessLedgerCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation AccessLedgerAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"): (typeof documents)["mutation AccessLedgerReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerOrganization($id: ID!) { organization(id: $id) { id } }"): (typeof documents)["query AccessLedgerOrganization($id: ID!) { organization(id: $id) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerOrganization2($id: ID!) { organization(id: $id) { members { total items { id } } } }"): (typeof documents)["query AccessLedgerOrganization2($id: ID!) { organization(id: $id) { members { total items { id } } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerMember($id: ID!) { member(id: $id) { id name } }"): (typeof documents)["query AccessLedgerMember($id: ID!) { member(id: $id) { id name } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id } } }"): (typeof documents)["query AccessLedgerEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerEntry($id: ID!) { entry(id: $id) { id } }"): (typeof documents)["query AccessLedgerEntry($id: ID!) { entry(id: $id) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerOrganization3($o: ID!, $a: ID!) { organization(id: $o) { entries { total items { memberId } } } a: member(id: $a) { entries { total } } }"): (typeof documents)["query AccessLedgerOrganization3($o: ID!, $a: ID!) { organization(id: $o) { entries { total items { memberId } } } a: member(id: $a) { entries { total } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerEntry2($e: ID!) { entry(id: $e) { evidence { id } } }"): (typeof documents)["query AccessLedgerEntry2($e: ID!) { entry(id: $e) { evidence { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDeclareEntry2($i: DeclareEntryInput!) { declareEntry(input: $i) { id state } }"): (typeof documents)["mutation AccessLedgerDeclareEntry2($i: DeclareEntryInput!) { declareEntry(input: $i) { id state } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDeclareEntry3($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerDeclareEntry3($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDeclareEntry4($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerDeclareEntry4($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDeclareEntry5($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerDeclareEntry5($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerAddMember2($i: AddMemberInput!) { addMember(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerAddMember2($i: AddMemberInput!) { addMember(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id state } }"): (typeof documents)["mutation AccessLedgerReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id state } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }"): (typeof documents)["mutation AccessLedgerReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }"): (typeof documents)["mutation AccessLedgerReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"重复登记\") { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2024-04-03\", endsOn: \"2024-04-09\" }) { id } }"): (typeof documents)["mutation AccessLedgerPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2024-04-03\", endsOn: \"2024-04-09\" }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerOrganization4($o: ID!) { organization(id: $o) { publicityWindows { id } } }"): (typeof documents)["query AccessLedgerOrganization4($o: ID!) { organization(id: $o) { publicityWindows { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on PeriodScore { memberId total state components { code } explanation { entryIds } veto { code } member { id } } } }"): (typeof documents)["query AccessLedgerEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on PeriodScore { memberId total state components { code } explanation { entryIds } veto { code } member { id } } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerPeriodScores($o: ID!) { organization(id: $o) { periodScores(period: \"2024-Q1\") { items { memberId } } } }"): (typeof documents)["query AccessLedgerPeriodScores($o: ID!) { organization(id: $o) { periodScores(period: \"2024-Q1\") { items { memberId } } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerPeriodScoreDigest($o: ID!) { organization(id: $o) { periodScoreDigest(period: \"2024-Q1\") } }"): (typeof documents)["query AccessLedgerPeriodScoreDigest($o: ID!) { organization(id: $o) { periodScoreDigest(period: \"2024-Q1\") } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerScoreRollup($o: ID!) { organization(id: $o) { scoreRollup(period: \"2024-Q1\") { membersScored } } }"): (typeof documents)["query AccessLedgerScoreRollup($o: ID!) { organization(id: $o) { scoreRollup(period: \"2024-Q1\") { membersScored } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerMember2($id: ID!) { member(id: $id) { conditions { id } reviewVotes { id } } }"): (typeof documents)["query AccessLedgerMember2($id: ID!) { member(id: $id) { conditions { id } reviewVotes { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRaiseObjection($w: ID!, $m: ID!, $c: String!) { raiseObjection(input: { windowId: $w, memberId: $m, content: $c }) { id } }"): (typeof documents)["mutation AccessLedgerRaiseObjection($w: ID!, $m: ID!, $c: String!) { raiseObjection(input: { windowId: $w, memberId: $m, content: $c }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerOrganization5($o: ID!, $w: ID!) { organization(id: $o) { objections { id } } publicityWindow(id: $w) { objections { id } } }"): (typeof documents)["query AccessLedgerOrganization5($o: ID!, $w: ID!) { organization(id: $o) { objections { id } } publicityWindow(id: $w) { objections { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AccessLedgerObjection($id: ID!) { objection(id: $id) { id } }"): (typeof documents)["query AccessLedgerObjection($id: ID!) { objection(id: $id) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerAnswerObjection($id: ID!) { answerObjection(id: $id, answer: \"经核实，计分无误\", upheld: false) { id } }"): (typeof documents)["mutation AccessLedgerAnswerObjection($id: ID!) { answerObjection(id: $id, answer: \"经核实，计分无误\", upheld: false) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerAnswerObjection2($id: ID!) { answerObjection(id: $id, answer: \"已核实\", upheld: false) { id } }"): (typeof documents)["mutation AccessLedgerAnswerObjection2($id: ID!) { answerObjection(id: $id, answer: \"已核实\", upheld: false) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerAppealObjection($id: ID!) { appealObjection(id: $id, content: \"不服答复，申诉\") { id } }"): (typeof documents)["mutation AccessLedgerAppealObjection($id: ID!) { appealObjection(id: $id, content: \"不服答复，申诉\") { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDecideAppeal($id: ID!) { decideAppeal(id: $id, decision: \"维持支部答复\", upheld: false) { status } }"): (typeof documents)["mutation AccessLedgerDecideAppeal($id: ID!) { decideAppeal(id: $id, decision: \"维持支部答复\", upheld: false) { status } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerCreateOrganization2($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }"): (typeof documents)["mutation AccessLedgerCreateOrganization2($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRenameOrganization($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }"): (typeof documents)["mutation AccessLedgerRenameOrganization($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q2\") }"): (typeof documents)["mutation AccessLedgerRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q2\") }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-04-05\", reason: \"调整党小组\") { id } }"): (typeof documents)["mutation AccessLedgerTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-04-05\", reason: \"调整党小组\") { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRecordCondition($m: ID!) { recordCondition(input: { memberId: $m, code: \"embezzlement\", occurredOn: \"2024-04-01\", note: \"经查属实\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }"): (typeof documents)["mutation AccessLedgerRecordCondition($m: ID!) { recordCondition(input: { memberId: $m, code: \"embezzlement\", occurredOn: \"2024-04-01\", note: \"经查属实\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2024-04-01\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }"): (typeof documents)["mutation AccessLedgerExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2024-04-01\", approvedBy: \"东镇党委\", approvedOn: \"2024-04-02\" }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: ILLNESS, fromOn: \"2024-04-01\" }) { id } }"): (typeof documents)["mutation AccessLedgerRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: ILLNESS, fromOn: \"2024-04-01\" }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2024-04-05\", agreed: true) { id } }"): (typeof documents)["mutation AccessLedgerRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2024-04-05\", agreed: true) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessLedgerDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { status } }"): (typeof documents)["mutation AccessLedgerDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { status } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessSchemeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation AccessSchemeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation AccessSchemeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation AccessSchemeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }"): (typeof documents)["query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query ScopeOrganizations { organizations { id } }"): (typeof documents)["query ScopeOrganizations { organizations { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }"): (typeof documents)["query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }"): (typeof documents)["query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }"): (typeof documents)["mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation RatedDistrictCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation RatedDistrictAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"): (typeof documents)["mutation RatedDistrictImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }"): (typeof documents)["mutation RatedDistrictReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"): (typeof documents)["mutation RatedDistrictConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }"): (typeof documents)["mutation RatedDistrictPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation RatedDistrictClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }"): (typeof documents)["mutation RatedDistrictClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }"];

export function ledgerGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;