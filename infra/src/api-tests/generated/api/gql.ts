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
    "query AccessHardeningOrganization($id: ID!) { organization(id: $id) { members(first: 10000) { total } } }": typeof types.AccessHardeningOrganizationDocument,
    "query AccessHardeningOrganization2($id: ID!, $n: Int!) { organization(id: $id) { members(first: $n) { total } } }": typeof types.AccessHardeningOrganization2Document,
    "query AccessHardeningOrganizations2 { organizations { members(first: 200) { items { entries(first: 200) { items { id } } } } } }": typeof types.AccessHardeningOrganizations2Document,
    "query AccessHardening__schema { __schema { queryType { name } } }": typeof types.AccessHardening__SchemaDocument,
    "query AccessHardening__schema2 { __schema { queryType { name } } }": typeof types.AccessHardening__Schema2Document,
    "query AccessHardeningOrganization3($id: ID!) { organization(id: $id) { members(first: -1) { total } } }": typeof types.AccessHardeningOrganization3Document,
    "mutation AccessIdentityLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt refreshToken account { id role } } }": typeof types.AccessIdentityLoginDocument,
    "mutation AccessIdentityCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.AccessIdentityCreateOrganizationDocument,
    "mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.AccessTableCreateOrganizationDocument,
    "\n  mutation ActorNamesCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id displayName label }\n  }\n": typeof types.ActorNamesCreateAccountDocument,
    "\n  mutation ActorNamesLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) { token account { id label } }\n  }\n": typeof types.ActorNamesLoginDocument,
    "query ActorNamesMe { me { subject name } }": typeof types.ActorNamesMeDocument,
    "\n  query ActorNamesBranch($o: ID!) {\n    organization(id: $o) {\n      accounts { username createdBy createdByName }\n      publicityWindows { id publishedBy publishedByName closedBy closedByName }\n    }\n  }\n": typeof types.ActorNamesBranchDocument,
    "\n  mutation ActorNamesClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }\n": typeof types.ActorNamesClosePublicityDocument,
    "\n  mutation ActorNamesDeclare($input: DeclareEntryInput!) {\n    declareEntry(input: $input) { id declaredBy declaredByName }\n  }\n": typeof types.ActorNamesDeclareDocument,
    "\n  mutation ActorNamesReview($ids: [ID!]!) {\n    reviewEntries(input: { entryIds: $ids, accept: true }) { id review { reviewedBy reviewedByName } }\n  }\n": typeof types.ActorNamesReviewDocument,
    "\n  mutation ActorNamesPreview($o: ID!, $p: String!) {\n    previewRating(organizationId: $o, period: $p) { id version createdBy createdByName }\n  }\n": typeof types.ActorNamesPreviewDocument,
    "\n  mutation ActorNamesConfirm($r: ID!) {\n    confirmRating(runId: $r) { id status confirmedBy confirmedByName }\n  }\n": typeof types.ActorNamesConfirmDocument,
    "\n  query ActorNamesRuns($o: ID!, $p: String!) {\n    organization(id: $o) { ratingRuns(period: $p) { version status confirmedBy confirmedByName } }\n  }\n": typeof types.ActorNamesRunsDocument,
    "\n  query ActorNamesAudit($o: ID!) {\n    organization(id: $o) { auditLog(first: 50) { subject subjectName operation outcome service } }\n  }\n": typeof types.ActorNamesAuditDocument,
    "mutation BranchSummariesAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.BranchSummariesAddMemberDocument,
    "mutation BranchSummariesRecordEntries($input: RecordEntriesInput!, $key: String) { recordEntries(input: $input, clientKey: $key) { id state memberId } }": typeof types.BranchSummariesRecordEntriesDocument,
    "query BranchSummariesMember($id: ID!) { member(id: $id) { score(period: \"2024-Q1\") { total } } }": typeof types.BranchSummariesMemberDocument,
    "query BranchSummariesVerifyLedger($id: ID!) { verifyLedger(organizationId: $id) { checked } }": typeof types.BranchSummariesVerifyLedgerDocument,
    "query BranchSummariesVerifyLedger2($id: ID!) { verifyLedger(organizationId: $id) { checked } }": typeof types.BranchSummariesVerifyLedger2Document,
    "mutation BranchSummariesReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.BranchSummariesReviewEntriesDocument,
    "mutation BranchSummariesReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复申报\") { id } }": typeof types.BranchSummariesReverseEntryDocument,
    "mutation BranchSummariesReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"分值有误\") { id } }": typeof types.BranchSummariesReverseEntry2Document,
    "mutation BranchSummariesReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: false, reason: \"缺少证明材料\" }) { id } }": typeof types.BranchSummariesReviewEntries2Document,
    "mutation BranchSummariesReviewEntries3($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.BranchSummariesReviewEntries3Document,
    "mutation BranchSummariesTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-03-20\", reason: \"工作调动\") { id } }": typeof types.BranchSummariesTransferMemberDocument,
    "mutation BranchSummariesRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q1\") }": typeof types.BranchSummariesRefreshScoresDocument,
    "mutation BranchSummariesMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }": typeof types.BranchSummariesMoveOrganizationDocument,
    "mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.LedgerRegisterCreateOrganizationDocument,
    "mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": typeof types.LedgerRegisterAdoptTemplateDocument,
    "mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.LedgerRegisterSubmitFilingDocument,
    "mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": typeof types.LedgerRegisterApproveFilingDocument,
    "mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.LedgerRegisterAddMemberDocument,
    "mutation LedgerRegisterAddMember2($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.LedgerRegisterAddMember2Document,
    "mutation LedgerRegisterRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq state review { points } } }": typeof types.LedgerRegisterRecordAttendanceDocument,
    "mutation LedgerRegisterRecordAttendance2($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq } }": typeof types.LedgerRegisterRecordAttendance2Document,
    "query LedgerRegisterOrganization($id: ID!) { organization(id: $id) { entries { total } } }": typeof types.LedgerRegisterOrganizationDocument,
    "query LedgerRegisterMember($id: ID!) { member(id: $id) { score(period: \"2026-H1\") { total } } }": typeof types.LedgerRegisterMemberDocument,
    "mutation LedgerRegisterRecordAttendance3($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }": typeof types.LedgerRegisterRecordAttendance3Document,
    "mutation LedgerRegisterRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: AGE, note: \"年满 75 周岁\", fromOn: \"2026-01-01\" }) { id status } }": typeof types.LedgerRegisterRequestExemptionDocument,
    "mutation LedgerRegisterDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { id } }": typeof types.LedgerRegisterDecideExemptionDocument,
    "mutation LedgerRegisterRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2026-03-15\", agreed: true) { status } }": typeof types.LedgerRegisterRecordExemptionAssemblyDocument,
    "mutation LedgerRegisterDecideExemption2($id: ID!) { decideExemption(id: $id, approve: true, note: \"同意\") { status decidedOn } }": typeof types.LedgerRegisterDecideExemption2Document,
    "query LedgerRegisterMember2($id: ID!) { member(id: $id) { status score(period: \"2026\") { status total } } }": typeof types.LedgerRegisterMember2Document,
    "mutation LoginThrottleLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id } } }": typeof types.LoginThrottleLoginDocument,
    "mutation LoginThrottleCreateOrganization { createOrganization(input: { level: DISTRICT, name: \"区\" }) { id } }": typeof types.LoginThrottleCreateOrganizationDocument,
    "mutation LoginThrottleCreateOrganization2($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: \"镇\", parentId: $p }) { id } }": typeof types.LoginThrottleCreateOrganization2Document,
    "mutation LoginThrottleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }": typeof types.LoginThrottleCreateAccountDocument,
    "mutation OrgTreeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path level } }": typeof types.OrgTreeCreateOrganizationDocument,
    "mutation OrgTreeAddMember($input: AddMemberInput!) { addMember(input: $input) { id memberNo kind status organization { id name } } }": typeof types.OrgTreeAddMemberDocument,
    "query OrgTreeOrganizations { organizations { id name path parent { id } } }": typeof types.OrgTreeOrganizationsDocument,
    "mutation OrgTreeRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \" 西城街道党工委（新） \") { name } }": typeof types.OrgTreeRenameOrganizationDocument,
    "mutation OrgTreeMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }": typeof types.OrgTreeMoveOrganizationDocument,
    "mutation OrgTreeMoveOrganization2($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { path } }": typeof types.OrgTreeMoveOrganization2Document,
    "mutation OrgTreeTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2026-09-01\", reason: \"工作调动\") { id } }": typeof types.OrgTreeTransferMemberDocument,
    "mutation OrgTreeTransferMemberOut($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-01\", reason: \"迁往外省\") { id } }": typeof types.OrgTreeTransferMemberOutDocument,
    "query OrgTreeMember($id: ID!) { member(id: $id) { status organization { id } transfers { fromOrganizationId toOrganizationId transferredOn reason } } }": typeof types.OrgTreeMemberDocument,
    "mutation OrgTreeTransferMemberOut2($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-02\", reason: \"重复\") { id } }": typeof types.OrgTreeTransferMemberOut2Document,
    "mutation OrgTreeExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-01\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-10\" }) { status exemption { reason approvedBy approvedOn } } }": typeof types.OrgTreeExemptMemberDocument,
    "mutation OrgTreeExemptMember2($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-10\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-01\" }) { status } }": typeof types.OrgTreeExemptMember2Document,
    "mutation OrgTreeUpdateMember($id: ID!) { updateMember(id: $id, input: { kind: FULL, name: \"刘桂兰\" }) { kind name age(on: \"2026-11-21\") } }": typeof types.OrgTreeUpdateMemberDocument,
    "mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }": typeof types.RatingRunSetQuotaPolicyDocument,
    "mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.RatingRunAddMemberDocument,
    "mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": typeof types.RatingRunDeclareEntryDocument,
    "mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.RatingRunReviewEntriesDocument,
    "mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": typeof types.RatingRunConfirmAssemblyDocument,
    "mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": typeof types.RatingRunPublishScoresDocument,
    "mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }": typeof types.RatingRunClosePublicityDocument,
    "mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id summary { rated } } }": typeof types.RatingRunPreviewRatingDocument,
    "mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }": typeof types.RatingRunConfirmRatingDocument,
    "mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.RegisterReplayCreateOrganizationDocument,
    "mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.RegisterReplayAddMemberDocument,
    "mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }": typeof types.RegisterReplayDeclareEntryDocument,
    "mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.RegisterReplayReviewEntriesDocument,
    "mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }": typeof types.RegisterReplayRecordReviewVotesDocument,
    "mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }": typeof types.RegisterReplayRecordConditionDocument,
    "mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }": typeof types.RegisterReplayRefreshScoresDocument,
    "query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }": typeof types.RegisterReplayMemberDocument,
    "query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }": typeof types.SchemeFilingFilingDocument,
    "mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id } }": typeof types.SchemeFilingAdoptTemplateDocument,
    "mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"no-such\") { id } }": typeof types.SchemeFilingAdoptTemplate2Document,
    "mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }": typeof types.SchemeFilingSubmitFiling2Document,
    "mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { status } }": typeof types.SchemeFilingApproveFiling2Document,
    "query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }": typeof types.SchemeFilingSchemeDocument,
    "query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }": typeof types.ScopeOrganization3Document,
    "query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }": typeof types.ScopeOrganization4Document,
    "mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }": typeof types.SessionRevocationLoginDocument,
    "query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }": typeof types.SessionRevocationOrganizationDocument,
    "mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.SessionRevocationAddMemberDocument,
    "query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }": typeof types.SqlCountOrganizationsDocument,
    "query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }": typeof types.SqlCountOrganizations2Document,
    "query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }": typeof types.SqlCountOrganizations3Document,
    "query Mixed($id: ID!) {\n  organization(id: $id) {\n    name memberCount\n    effectiveScheme { name }\n    filings { status }\n    quotaPolicy(cycle: 2026) { fiveStarPercent }\n    ratingRollup(period: \"2026\") { rated }\n    warningCases { id }\n  }\n}": typeof types.MixedDocument,
    "query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }": typeof types.TemplatePreviewsPreviewScoreDocument,
};
const documents: Documents = {
    "query AccessHardeningOrganization($id: ID!) { organization(id: $id) { members(first: 10000) { total } } }": types.AccessHardeningOrganizationDocument,
    "query AccessHardeningOrganization2($id: ID!, $n: Int!) { organization(id: $id) { members(first: $n) { total } } }": types.AccessHardeningOrganization2Document,
    "query AccessHardeningOrganizations2 { organizations { members(first: 200) { items { entries(first: 200) { items { id } } } } } }": types.AccessHardeningOrganizations2Document,
    "query AccessHardening__schema { __schema { queryType { name } } }": types.AccessHardening__SchemaDocument,
    "query AccessHardening__schema2 { __schema { queryType { name } } }": types.AccessHardening__Schema2Document,
    "query AccessHardeningOrganization3($id: ID!) { organization(id: $id) { members(first: -1) { total } } }": types.AccessHardeningOrganization3Document,
    "mutation AccessIdentityLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt refreshToken account { id role } } }": types.AccessIdentityLoginDocument,
    "mutation AccessIdentityCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.AccessIdentityCreateOrganizationDocument,
    "mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.AccessTableCreateOrganizationDocument,
    "\n  mutation ActorNamesCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id displayName label }\n  }\n": types.ActorNamesCreateAccountDocument,
    "\n  mutation ActorNamesLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) { token account { id label } }\n  }\n": types.ActorNamesLoginDocument,
    "query ActorNamesMe { me { subject name } }": types.ActorNamesMeDocument,
    "\n  query ActorNamesBranch($o: ID!) {\n    organization(id: $o) {\n      accounts { username createdBy createdByName }\n      publicityWindows { id publishedBy publishedByName closedBy closedByName }\n    }\n  }\n": types.ActorNamesBranchDocument,
    "\n  mutation ActorNamesClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }\n": types.ActorNamesClosePublicityDocument,
    "\n  mutation ActorNamesDeclare($input: DeclareEntryInput!) {\n    declareEntry(input: $input) { id declaredBy declaredByName }\n  }\n": types.ActorNamesDeclareDocument,
    "\n  mutation ActorNamesReview($ids: [ID!]!) {\n    reviewEntries(input: { entryIds: $ids, accept: true }) { id review { reviewedBy reviewedByName } }\n  }\n": types.ActorNamesReviewDocument,
    "\n  mutation ActorNamesPreview($o: ID!, $p: String!) {\n    previewRating(organizationId: $o, period: $p) { id version createdBy createdByName }\n  }\n": types.ActorNamesPreviewDocument,
    "\n  mutation ActorNamesConfirm($r: ID!) {\n    confirmRating(runId: $r) { id status confirmedBy confirmedByName }\n  }\n": types.ActorNamesConfirmDocument,
    "\n  query ActorNamesRuns($o: ID!, $p: String!) {\n    organization(id: $o) { ratingRuns(period: $p) { version status confirmedBy confirmedByName } }\n  }\n": types.ActorNamesRunsDocument,
    "\n  query ActorNamesAudit($o: ID!) {\n    organization(id: $o) { auditLog(first: 50) { subject subjectName operation outcome service } }\n  }\n": types.ActorNamesAuditDocument,
    "mutation BranchSummariesAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.BranchSummariesAddMemberDocument,
    "mutation BranchSummariesRecordEntries($input: RecordEntriesInput!, $key: String) { recordEntries(input: $input, clientKey: $key) { id state memberId } }": types.BranchSummariesRecordEntriesDocument,
    "query BranchSummariesMember($id: ID!) { member(id: $id) { score(period: \"2024-Q1\") { total } } }": types.BranchSummariesMemberDocument,
    "query BranchSummariesVerifyLedger($id: ID!) { verifyLedger(organizationId: $id) { checked } }": types.BranchSummariesVerifyLedgerDocument,
    "query BranchSummariesVerifyLedger2($id: ID!) { verifyLedger(organizationId: $id) { checked } }": types.BranchSummariesVerifyLedger2Document,
    "mutation BranchSummariesReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.BranchSummariesReviewEntriesDocument,
    "mutation BranchSummariesReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复申报\") { id } }": types.BranchSummariesReverseEntryDocument,
    "mutation BranchSummariesReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"分值有误\") { id } }": types.BranchSummariesReverseEntry2Document,
    "mutation BranchSummariesReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: false, reason: \"缺少证明材料\" }) { id } }": types.BranchSummariesReviewEntries2Document,
    "mutation BranchSummariesReviewEntries3($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.BranchSummariesReviewEntries3Document,
    "mutation BranchSummariesTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-03-20\", reason: \"工作调动\") { id } }": types.BranchSummariesTransferMemberDocument,
    "mutation BranchSummariesRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q1\") }": types.BranchSummariesRefreshScoresDocument,
    "mutation BranchSummariesMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }": types.BranchSummariesMoveOrganizationDocument,
    "mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.LedgerRegisterCreateOrganizationDocument,
    "mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": types.LedgerRegisterAdoptTemplateDocument,
    "mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.LedgerRegisterSubmitFilingDocument,
    "mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": types.LedgerRegisterApproveFilingDocument,
    "mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.LedgerRegisterAddMemberDocument,
    "mutation LedgerRegisterAddMember2($input: AddMemberInput!) { addMember(input: $input) { id } }": types.LedgerRegisterAddMember2Document,
    "mutation LedgerRegisterRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq state review { points } } }": types.LedgerRegisterRecordAttendanceDocument,
    "mutation LedgerRegisterRecordAttendance2($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq } }": types.LedgerRegisterRecordAttendance2Document,
    "query LedgerRegisterOrganization($id: ID!) { organization(id: $id) { entries { total } } }": types.LedgerRegisterOrganizationDocument,
    "query LedgerRegisterMember($id: ID!) { member(id: $id) { score(period: \"2026-H1\") { total } } }": types.LedgerRegisterMemberDocument,
    "mutation LedgerRegisterRecordAttendance3($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }": types.LedgerRegisterRecordAttendance3Document,
    "mutation LedgerRegisterRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: AGE, note: \"年满 75 周岁\", fromOn: \"2026-01-01\" }) { id status } }": types.LedgerRegisterRequestExemptionDocument,
    "mutation LedgerRegisterDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { id } }": types.LedgerRegisterDecideExemptionDocument,
    "mutation LedgerRegisterRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2026-03-15\", agreed: true) { status } }": types.LedgerRegisterRecordExemptionAssemblyDocument,
    "mutation LedgerRegisterDecideExemption2($id: ID!) { decideExemption(id: $id, approve: true, note: \"同意\") { status decidedOn } }": types.LedgerRegisterDecideExemption2Document,
    "query LedgerRegisterMember2($id: ID!) { member(id: $id) { status score(period: \"2026\") { status total } } }": types.LedgerRegisterMember2Document,
    "mutation LoginThrottleLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id } } }": types.LoginThrottleLoginDocument,
    "mutation LoginThrottleCreateOrganization { createOrganization(input: { level: DISTRICT, name: \"区\" }) { id } }": types.LoginThrottleCreateOrganizationDocument,
    "mutation LoginThrottleCreateOrganization2($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: \"镇\", parentId: $p }) { id } }": types.LoginThrottleCreateOrganization2Document,
    "mutation LoginThrottleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }": types.LoginThrottleCreateAccountDocument,
    "mutation OrgTreeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path level } }": types.OrgTreeCreateOrganizationDocument,
    "mutation OrgTreeAddMember($input: AddMemberInput!) { addMember(input: $input) { id memberNo kind status organization { id name } } }": types.OrgTreeAddMemberDocument,
    "query OrgTreeOrganizations { organizations { id name path parent { id } } }": types.OrgTreeOrganizationsDocument,
    "mutation OrgTreeRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \" 西城街道党工委（新） \") { name } }": types.OrgTreeRenameOrganizationDocument,
    "mutation OrgTreeMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }": types.OrgTreeMoveOrganizationDocument,
    "mutation OrgTreeMoveOrganization2($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { path } }": types.OrgTreeMoveOrganization2Document,
    "mutation OrgTreeTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2026-09-01\", reason: \"工作调动\") { id } }": types.OrgTreeTransferMemberDocument,
    "mutation OrgTreeTransferMemberOut($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-01\", reason: \"迁往外省\") { id } }": types.OrgTreeTransferMemberOutDocument,
    "query OrgTreeMember($id: ID!) { member(id: $id) { status organization { id } transfers { fromOrganizationId toOrganizationId transferredOn reason } } }": types.OrgTreeMemberDocument,
    "mutation OrgTreeTransferMemberOut2($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-02\", reason: \"重复\") { id } }": types.OrgTreeTransferMemberOut2Document,
    "mutation OrgTreeExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-01\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-10\" }) { status exemption { reason approvedBy approvedOn } } }": types.OrgTreeExemptMemberDocument,
    "mutation OrgTreeExemptMember2($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-10\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-01\" }) { status } }": types.OrgTreeExemptMember2Document,
    "mutation OrgTreeUpdateMember($id: ID!) { updateMember(id: $id, input: { kind: FULL, name: \"刘桂兰\" }) { kind name age(on: \"2026-11-21\") } }": types.OrgTreeUpdateMemberDocument,
    "mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }": types.RatingRunSetQuotaPolicyDocument,
    "mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.RatingRunAddMemberDocument,
    "mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": types.RatingRunDeclareEntryDocument,
    "mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.RatingRunReviewEntriesDocument,
    "mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": types.RatingRunConfirmAssemblyDocument,
    "mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": types.RatingRunPublishScoresDocument,
    "mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }": types.RatingRunClosePublicityDocument,
    "mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id summary { rated } } }": types.RatingRunPreviewRatingDocument,
    "mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }": types.RatingRunConfirmRatingDocument,
    "mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.RegisterReplayCreateOrganizationDocument,
    "mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.RegisterReplayAddMemberDocument,
    "mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }": types.RegisterReplayDeclareEntryDocument,
    "mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.RegisterReplayReviewEntriesDocument,
    "mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }": types.RegisterReplayRecordReviewVotesDocument,
    "mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }": types.RegisterReplayRecordConditionDocument,
    "mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }": types.RegisterReplayRefreshScoresDocument,
    "query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }": types.RegisterReplayMemberDocument,
    "query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }": types.SchemeFilingFilingDocument,
    "mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id } }": types.SchemeFilingAdoptTemplateDocument,
    "mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"no-such\") { id } }": types.SchemeFilingAdoptTemplate2Document,
    "mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }": types.SchemeFilingSubmitFiling2Document,
    "mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { status } }": types.SchemeFilingApproveFiling2Document,
    "query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }": types.SchemeFilingSchemeDocument,
    "query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }": types.ScopeOrganization3Document,
    "query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }": types.ScopeOrganization4Document,
    "mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }": types.SessionRevocationLoginDocument,
    "query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }": types.SessionRevocationOrganizationDocument,
    "mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.SessionRevocationAddMemberDocument,
    "query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }": types.SqlCountOrganizationsDocument,
    "query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }": types.SqlCountOrganizations2Document,
    "query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }": types.SqlCountOrganizations3Document,
    "query Mixed($id: ID!) {\n  organization(id: $id) {\n    name memberCount\n    effectiveScheme { name }\n    filings { status }\n    quotaPolicy(cycle: 2026) { fiveStarPercent }\n    ratingRollup(period: \"2026\") { rated }\n    warningCases { id }\n  }\n}": types.MixedDocument,
    "query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }": types.TemplatePreviewsPreviewScoreDocument,
};

/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = apiGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function apiGraphql(source: string): unknown;

/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessHardeningOrganization($id: ID!) { organization(id: $id) { members(first: 10000) { total } } }"): (typeof documents)["query AccessHardeningOrganization($id: ID!) { organization(id: $id) { members(first: 10000) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessHardeningOrganization2($id: ID!, $n: Int!) { organization(id: $id) { members(first: $n) { total } } }"): (typeof documents)["query AccessHardeningOrganization2($id: ID!, $n: Int!) { organization(id: $id) { members(first: $n) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessHardeningOrganizations2 { organizations { members(first: 200) { items { entries(first: 200) { items { id } } } } } }"): (typeof documents)["query AccessHardeningOrganizations2 { organizations { members(first: 200) { items { entries(first: 200) { items { id } } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessHardening__schema { __schema { queryType { name } } }"): (typeof documents)["query AccessHardening__schema { __schema { queryType { name } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessHardening__schema2 { __schema { queryType { name } } }"): (typeof documents)["query AccessHardening__schema2 { __schema { queryType { name } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessHardeningOrganization3($id: ID!) { organization(id: $id) { members(first: -1) { total } } }"): (typeof documents)["query AccessHardeningOrganization3($id: ID!) { organization(id: $id) { members(first: -1) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation AccessIdentityLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt refreshToken account { id role } } }"): (typeof documents)["mutation AccessIdentityLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt refreshToken account { id role } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation AccessIdentityCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation AccessIdentityCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id displayName label }\n  }\n"): (typeof documents)["\n  mutation ActorNamesCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id displayName label }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) { token account { id label } }\n  }\n"): (typeof documents)["\n  mutation ActorNamesLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) { token account { id label } }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query ActorNamesMe { me { subject name } }"): (typeof documents)["query ActorNamesMe { me { subject name } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query ActorNamesBranch($o: ID!) {\n    organization(id: $o) {\n      accounts { username createdBy createdByName }\n      publicityWindows { id publishedBy publishedByName closedBy closedByName }\n    }\n  }\n"): (typeof documents)["\n  query ActorNamesBranch($o: ID!) {\n    organization(id: $o) {\n      accounts { username createdBy createdByName }\n      publicityWindows { id publishedBy publishedByName closedBy closedByName }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }\n"): (typeof documents)["\n  mutation ActorNamesClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesDeclare($input: DeclareEntryInput!) {\n    declareEntry(input: $input) { id declaredBy declaredByName }\n  }\n"): (typeof documents)["\n  mutation ActorNamesDeclare($input: DeclareEntryInput!) {\n    declareEntry(input: $input) { id declaredBy declaredByName }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesReview($ids: [ID!]!) {\n    reviewEntries(input: { entryIds: $ids, accept: true }) { id review { reviewedBy reviewedByName } }\n  }\n"): (typeof documents)["\n  mutation ActorNamesReview($ids: [ID!]!) {\n    reviewEntries(input: { entryIds: $ids, accept: true }) { id review { reviewedBy reviewedByName } }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesPreview($o: ID!, $p: String!) {\n    previewRating(organizationId: $o, period: $p) { id version createdBy createdByName }\n  }\n"): (typeof documents)["\n  mutation ActorNamesPreview($o: ID!, $p: String!) {\n    previewRating(organizationId: $o, period: $p) { id version createdBy createdByName }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation ActorNamesConfirm($r: ID!) {\n    confirmRating(runId: $r) { id status confirmedBy confirmedByName }\n  }\n"): (typeof documents)["\n  mutation ActorNamesConfirm($r: ID!) {\n    confirmRating(runId: $r) { id status confirmedBy confirmedByName }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query ActorNamesRuns($o: ID!, $p: String!) {\n    organization(id: $o) { ratingRuns(period: $p) { version status confirmedBy confirmedByName } }\n  }\n"): (typeof documents)["\n  query ActorNamesRuns($o: ID!, $p: String!) {\n    organization(id: $o) { ratingRuns(period: $p) { version status confirmedBy confirmedByName } }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query ActorNamesAudit($o: ID!) {\n    organization(id: $o) { auditLog(first: 50) { subject subjectName operation outcome service } }\n  }\n"): (typeof documents)["\n  query ActorNamesAudit($o: ID!) {\n    organization(id: $o) { auditLog(first: 50) { subject subjectName operation outcome service } }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation BranchSummariesAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesRecordEntries($input: RecordEntriesInput!, $key: String) { recordEntries(input: $input, clientKey: $key) { id state memberId } }"): (typeof documents)["mutation BranchSummariesRecordEntries($input: RecordEntriesInput!, $key: String) { recordEntries(input: $input, clientKey: $key) { id state memberId } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query BranchSummariesMember($id: ID!) { member(id: $id) { score(period: \"2024-Q1\") { total } } }"): (typeof documents)["query BranchSummariesMember($id: ID!) { member(id: $id) { score(period: \"2024-Q1\") { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query BranchSummariesVerifyLedger($id: ID!) { verifyLedger(organizationId: $id) { checked } }"): (typeof documents)["query BranchSummariesVerifyLedger($id: ID!) { verifyLedger(organizationId: $id) { checked } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query BranchSummariesVerifyLedger2($id: ID!) { verifyLedger(organizationId: $id) { checked } }"): (typeof documents)["query BranchSummariesVerifyLedger2($id: ID!) { verifyLedger(organizationId: $id) { checked } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"): (typeof documents)["mutation BranchSummariesReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复申报\") { id } }"): (typeof documents)["mutation BranchSummariesReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"重复申报\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"分值有误\") { id } }"): (typeof documents)["mutation BranchSummariesReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: \"分值有误\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: false, reason: \"缺少证明材料\" }) { id } }"): (typeof documents)["mutation BranchSummariesReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: false, reason: \"缺少证明材料\" }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesReviewEntries3($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"): (typeof documents)["mutation BranchSummariesReviewEntries3($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-03-20\", reason: \"工作调动\") { id } }"): (typeof documents)["mutation BranchSummariesTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2024-03-20\", reason: \"工作调动\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q1\") }"): (typeof documents)["mutation BranchSummariesRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: \"2024-Q1\") }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchSummariesMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }"): (typeof documents)["mutation BranchSummariesMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"): (typeof documents)["mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"): (typeof documents)["mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterAddMember2($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation LedgerRegisterAddMember2($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq state review { points } } }"): (typeof documents)["mutation LedgerRegisterRecordAttendance($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq state review { points } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterRecordAttendance2($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq } }"): (typeof documents)["mutation LedgerRegisterRecordAttendance2($i: RecordAttendanceInput!) { recordAttendance(input: $i, clientKey: \"day-0310\") { seq } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query LedgerRegisterOrganization($id: ID!) { organization(id: $id) { entries { total } } }"): (typeof documents)["query LedgerRegisterOrganization($id: ID!) { organization(id: $id) { entries { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query LedgerRegisterMember($id: ID!) { member(id: $id) { score(period: \"2026-H1\") { total } } }"): (typeof documents)["query LedgerRegisterMember($id: ID!) { member(id: $id) { score(period: \"2026-H1\") { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterRecordAttendance3($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }"): (typeof documents)["mutation LedgerRegisterRecordAttendance3($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: AGE, note: \"年满 75 周岁\", fromOn: \"2026-01-01\" }) { id status } }"): (typeof documents)["mutation LedgerRegisterRequestExemption($m: ID!) { requestExemption(input: { memberId: $m, reason: AGE, note: \"年满 75 周岁\", fromOn: \"2026-01-01\" }) { id status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { id } }"): (typeof documents)["mutation LedgerRegisterDecideExemption($id: ID!) { decideExemption(id: $id, approve: true) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2026-03-15\", agreed: true) { status } }"): (typeof documents)["mutation LedgerRegisterRecordExemptionAssembly($id: ID!) { recordExemptionAssembly(id: $id, assemblyOn: \"2026-03-15\", agreed: true) { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterDecideExemption2($id: ID!) { decideExemption(id: $id, approve: true, note: \"同意\") { status decidedOn } }"): (typeof documents)["mutation LedgerRegisterDecideExemption2($id: ID!) { decideExemption(id: $id, approve: true, note: \"同意\") { status decidedOn } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query LedgerRegisterMember2($id: ID!) { member(id: $id) { status score(period: \"2026\") { status total } } }"): (typeof documents)["query LedgerRegisterMember2($id: ID!) { member(id: $id) { status score(period: \"2026\") { status total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LoginThrottleLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id } } }"): (typeof documents)["mutation LoginThrottleLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LoginThrottleCreateOrganization { createOrganization(input: { level: DISTRICT, name: \"区\" }) { id } }"): (typeof documents)["mutation LoginThrottleCreateOrganization { createOrganization(input: { level: DISTRICT, name: \"区\" }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LoginThrottleCreateOrganization2($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: \"镇\", parentId: $p }) { id } }"): (typeof documents)["mutation LoginThrottleCreateOrganization2($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: \"镇\", parentId: $p }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LoginThrottleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }"): (typeof documents)["mutation LoginThrottleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path level } }"): (typeof documents)["mutation OrgTreeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path level } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeAddMember($input: AddMemberInput!) { addMember(input: $input) { id memberNo kind status organization { id name } } }"): (typeof documents)["mutation OrgTreeAddMember($input: AddMemberInput!) { addMember(input: $input) { id memberNo kind status organization { id name } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query OrgTreeOrganizations { organizations { id name path parent { id } } }"): (typeof documents)["query OrgTreeOrganizations { organizations { id name path parent { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \" 西城街道党工委（新） \") { name } }"): (typeof documents)["mutation OrgTreeRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \" 西城街道党工委（新） \") { name } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }"): (typeof documents)["mutation OrgTreeMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeMoveOrganization2($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { path } }"): (typeof documents)["mutation OrgTreeMoveOrganization2($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2026-09-01\", reason: \"工作调动\") { id } }"): (typeof documents)["mutation OrgTreeTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: \"2026-09-01\", reason: \"工作调动\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeTransferMemberOut($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-01\", reason: \"迁往外省\") { id } }"): (typeof documents)["mutation OrgTreeTransferMemberOut($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-01\", reason: \"迁往外省\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query OrgTreeMember($id: ID!) { member(id: $id) { status organization { id } transfers { fromOrganizationId toOrganizationId transferredOn reason } } }"): (typeof documents)["query OrgTreeMember($id: ID!) { member(id: $id) { status organization { id } transfers { fromOrganizationId toOrganizationId transferredOn reason } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeTransferMemberOut2($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-02\", reason: \"重复\") { id } }"): (typeof documents)["mutation OrgTreeTransferMemberOut2($id: ID!) { transferMemberOut(id: $id, on: \"2026-10-02\", reason: \"重复\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-01\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-10\" }) { status exemption { reason approvedBy approvedOn } } }"): (typeof documents)["mutation OrgTreeExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-01\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-10\" }) { status exemption { reason approvedBy approvedOn } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeExemptMember2($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-10\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-01\" }) { status } }"): (typeof documents)["mutation OrgTreeExemptMember2($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: \"2026-04-10\", approvedBy: \"东城镇党委\", approvedOn: \"2026-04-01\" }) { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation OrgTreeUpdateMember($id: ID!) { updateMember(id: $id, input: { kind: FULL, name: \"刘桂兰\" }) { kind name age(on: \"2026-11-21\") } }"): (typeof documents)["mutation OrgTreeUpdateMember($id: ID!) { updateMember(id: $id, input: { kind: FULL, name: \"刘桂兰\" }) { kind name age(on: \"2026-11-21\") } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }"): (typeof documents)["mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"): (typeof documents)["mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"): (typeof documents)["mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"): (typeof documents)["mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }"): (typeof documents)["mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }"): (typeof documents)["mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id summary { rated } } }"): (typeof documents)["mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id summary { rated } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }"): (typeof documents)["mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }"): (typeof documents)["mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"): (typeof documents)["mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }"): (typeof documents)["mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }"): (typeof documents)["mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }"): (typeof documents)["mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }"): (typeof documents)["query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }"): (typeof documents)["query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id } }"): (typeof documents)["mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"no-such\") { id } }"): (typeof documents)["mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"no-such\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { status } }"): (typeof documents)["mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }"): (typeof documents)["query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }"): (typeof documents)["query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }"): (typeof documents)["query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }"): (typeof documents)["mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }"): (typeof documents)["query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }"): (typeof documents)["query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }"): (typeof documents)["query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }"): (typeof documents)["query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query Mixed($id: ID!) {\n  organization(id: $id) {\n    name memberCount\n    effectiveScheme { name }\n    filings { status }\n    quotaPolicy(cycle: 2026) { fiveStarPercent }\n    ratingRollup(period: \"2026\") { rated }\n    warningCases { id }\n  }\n}"): (typeof documents)["query Mixed($id: ID!) {\n  organization(id: $id) {\n    name memberCount\n    effectiveScheme { name }\n    filings { status }\n    quotaPolicy(cycle: 2026) { fiveStarPercent }\n    ratingRollup(period: \"2026\") { rated }\n    warningCases { id }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }"): (typeof documents)["query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }"];

export function apiGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;