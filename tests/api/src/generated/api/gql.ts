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
    "query AccessPropertyMember($id: ID!) { member(id: $id) { id } }": typeof types.AccessPropertyMemberDocument,
    "mutation AccessPropertyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.AccessPropertyCreateOrganizationDocument,
    "mutation AccessPropertyAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.AccessPropertyAddMemberDocument,
    "query AccessPropertyOrganizations { organizations { id members(first: 200) { items { id } } } }": typeof types.AccessPropertyOrganizationsDocument,
    "mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.AccessTableCreateOrganizationDocument,
    "\n  query AccessWithin($id: ID!) {\n    organization(id: $id) {\n      accountsWithin {\n        username\n        organizationId\n      }\n      apiKeysWithin {\n        name\n        organizationId\n        revokedAt\n      }\n    }\n  }\n": typeof types.AccessWithinDocument,
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
    "mutation BranchRankCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.BranchRankCreateOrganizationDocument,
    "mutation BranchRankAdopt($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": typeof types.BranchRankAdoptDocument,
    "mutation BranchRankSubmit($id: ID!) { submitFiling(id: $id) { id } }": typeof types.BranchRankSubmitDocument,
    "mutation BranchRankApprove($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": typeof types.BranchRankApproveDocument,
    "mutation BranchRankAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.BranchRankAddMemberDocument,
    "mutation BranchRankRecord($i: RecordEntriesInput!) { recordEntries(input: $i) { id state } }": typeof types.BranchRankRecordDocument,
    "mutation BranchRankConfirm($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": typeof types.BranchRankConfirmDocument,
    "mutation BranchRankPublish($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2025-01-06\", endsOn: \"2025-01-12\" }) { id } }": typeof types.BranchRankPublishDocument,
    "mutation BranchRankClose($w: ID!) { closePublicity(windowId: $w) { status } }": typeof types.BranchRankCloseDocument,
    "query BranchRankScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state total graded grade { code }\n        rank { position of tied }\n        eligibilities { code status reason }\n        selectionCandidate { code }\n        components { code score }\n        explanation { rule text }\n      }\n    }\n  }": typeof types.BranchRankScoreDocument,
    "query BranchSummariesOrganization($id: ID!) { organization(id: $id) { scoreRollup(period: \"2024-Q1\") { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews children { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews } } } }": typeof types.BranchSummariesOrganizationDocument,
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
    "query DemoDistrictTownshipIds { organizations(level: TOWNSHIP) { id name } }": typeof types.DemoDistrictTownshipIdsDocument,
    "query DemoDistrictOrganizations { organizations(level: DISTRICT) { id } }": typeof types.DemoDistrictOrganizationsDocument,
    "query DemoDistrictOrganization($id: ID!, $p: String!) { organization(id: $id) { ratingRollup(period: $p) { rated grades { code count } stars { stars places taken } warnings { open overdue escalated closed } children { organizationId warnings { open overdue } } } } }": typeof types.DemoDistrictOrganizationDocument,
    "query DemoDistrictOrganizations2 { organizations(level: DISTRICT) { name memberCount children { name memberCount children { name memberCount } } } }": typeof types.DemoDistrictOrganizations2Document,
    "query DemoDistrictOrganizations3 { organizations(level: DISTRICT) { id path children { name children { id level schemeAssignment { organizationId } } } } }": typeof types.DemoDistrictOrganizations3Document,
    "query DemoDistrictOrganization2($id: ID!) { organization(id: $id) { name path effectiveScheme { name } quotaPolicy { fiveStarPercent fourStarPercent threeStarPercent inherited isDefault } } }": typeof types.DemoDistrictOrganization2Document,
    "query DemoDistrictOrganizations4 { organizations(level: DISTRICT) { id } }": typeof types.DemoDistrictOrganizations4Document,
    "query DemoDistrictOrganization3($id: ID!) { organization(id: $id) { before: effectiveScheme(on: \"2024-12-31\") { name } after: effectiveScheme(on: \"2025-01-01\") { name } } }": typeof types.DemoDistrictOrganization3Document,
    "mutation DemoDistrictLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role } } }": typeof types.DemoDistrictLoginDocument,
    "query DemoDistrictMe { me { role subject organizationId memberId } }": typeof types.DemoDistrictMeDocument,
    "query DemoDistrictMember($id: ID!) { member(id: $id) { organizationId } }": typeof types.DemoDistrictMemberDocument,
    "query DemoDistrictOrganization4($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { membersScored membersExempt mean median finalScores distribution { label count } grades { code count } } } }": typeof types.DemoDistrictOrganization4Document,
    "query DemoDistrictOrganization5($id: ID!) { organization(id: $id) { ratingRuns { period status pendingCount } } }": typeof types.DemoDistrictOrganization5Document,
    "query DemoDistrictOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 200) {\n            status trigger triggerNote total warnedPeriods helperName plan disposals { measure steps { step } }\n          } } }": typeof types.DemoDistrictOrganization6Document,
    "query DemoDistrictOrganization7($id: ID!) { organization(id: $id) { scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows children { organizationId pendingReviews openObjections runningWindows } } } }": typeof types.DemoDistrictOrganization7Document,
    "query DemoDistrictOrganizations5 { organizations(level: TOWNSHIP) { id name } }": typeof types.DemoDistrictOrganizations5Document,
    "query DemoDistrictOrganization8($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }": typeof types.DemoDistrictOrganization8Document,
    "query DemoDistrictRunDays($id: ID!) { organization(id: $id) { ratingRuns { period decidedOn periodEnd status } } }": typeof types.DemoDistrictRunDaysDocument,
    "query DemoDistrictCaseDays($id: ID!) { organization(id: $id) { warningCases(first: 200) { periodKey status trigger openedOn interviewDue interviewedOn isOverdue overdue } } }": typeof types.DemoDistrictCaseDaysDocument,
    "query DemoDistrictTownships { organizations(level: TOWNSHIP) { id name } }": typeof types.DemoDistrictTownshipsDocument,
    "mutation DemoDistrictLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": typeof types.DemoDistrictLogin2Document,
    "query DemoDistrictMe2 { me { memberId organizationId } }": typeof types.DemoDistrictMe2Document,
    "query DemoDistrictMember2($id: ID!) { member(id: $id) { name score(period: \"2025\") { total state grade { name } } entries(first: 5) { total } warningCases { id } } }": typeof types.DemoDistrictMember2Document,
    "query DemoDistrictOrganization9($id: ID!) { organization(id: $id) { name scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows } warningCases { status trigger interviewedOn disposalStep isOverdue } } }": typeof types.DemoDistrictOrganization9Document,
    "mutation DemoDistrictLogin3($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": typeof types.DemoDistrictLogin3Document,
    "query DemoDistrictTownshipDesk($id: ID!) { organization(id: $id) {\n            warningCases(first: 200) { status trigger isOverdue interviewDue }\n            children { name filings(status: SUBMITTED) { status } children { name filings(status: SUBMITTED) { status } } }\n            ratingRuns(period: \"2026-H1\") { id status pendingCount }\n            objections(status: [APPEALED]) { status appealText }\n          } }": typeof types.DemoDistrictTownshipDeskDocument,
    "mutation DemoDistrictTownshipConfirm($r: ID!) { confirmRating(runId: $r) { status organizationName } }": typeof types.DemoDistrictTownshipConfirmDocument,
    "query HiveGatewayOrg($id: ID!) {\n  organization(id: $id) {\n    id name level levelLabel path memberCount\n    parent { id name }\n    children { id name level children { id name } }\n    members(first: 10) { total items { id memberNo name kind organization { id name } } }\n    quotaPolicy(cycle: 2026) { cycle fiveStarPercent fourStarPercent threeStarPercent isDefault inherited }\n    ratingRollup(period: \"2026\") { organizationId rated exempt period children { organizationId } }\n    filings { id status scheme { id name } }\n    effectiveScheme(on: \"2026-11-21\") { id name templateCode }\n  }\n  schemes { id name ownerOrganizationId }\n}": typeof types.HiveGatewayOrgDocument,
    "query HiveGatewaySchemes { schemes { id } }": typeof types.HiveGatewaySchemesDocument,
    "query HiveGatewayPageOfN($n: Int!) { organizations { members(first: $n) { total } } }": typeof types.HiveGatewayPageOfNDocument,
    "mutation HiveGatewayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.HiveGatewayCreateOrganizationDocument,
    "mutation HiveGatewayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.HiveGatewayAddMemberDocument,
    "mutation HiveGatewayAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"东城先锋指数\") { id } }": typeof types.HiveGatewayAdoptTemplateDocument,
    "query HiveGatewayMembersOfOrganization($id: ID!) { organization(id: $id) { id name members(first: 5) { total } } }": typeof types.HiveGatewayMembersOfOrganizationDocument,
    "mutation HiveGatewayRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \"改名\") { id } }": typeof types.HiveGatewayRenameOrganizationDocument,
    "mutation HiveGatewayLogin { login(username: \"nobody\", password: \"wrong-password\") { token } }": typeof types.HiveGatewayLoginDocument,
    "query HiveGatewayOrganizations { organizations { members(first: 10000) { total } } }": typeof types.HiveGatewayOrganizationsDocument,
    "query HiveGatewayOrganizations3 { organizations { children { children { members(first: 200) { items { id name } } } } } }": typeof types.HiveGatewayOrganizations3Document,
    "query HiveGatewaySchema { __schema { queryType { name } } }": typeof types.HiveGatewaySchemaDocument,
    "query HiveGatewayOrganizationDown($id: ID!) { organization(id: $id) { name quotaPolicy { cycle } } }": typeof types.HiveGatewayOrganizationDownDocument,
    "mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.LedgerRegisterCreateOrganizationDocument,
    "mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": typeof types.LedgerRegisterAdoptTemplateDocument,
    "mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.LedgerRegisterSubmitFilingDocument,
    "mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": typeof types.LedgerRegisterApproveFilingDocument,
    "mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.LedgerRegisterAddMemberDocument,
    "mutation LedgerRegisterDeclareEntry($input: DeclareEntryInput!, $key: String) { declareEntry(input: $input, clientKey: $key) { id seq state itemCode points review { decision points } memberId } }": typeof types.LedgerRegisterDeclareEntryDocument,
    "query LedgerRegisterScore($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total state grade { code } components { code score } } } }": typeof types.LedgerRegisterScoreDocument,
    "mutation LedgerRegisterReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id seq state itemCode points review { decision points } memberId } }": typeof types.LedgerRegisterReviewEntriesDocument,
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
    "\n  query MemberPublicityBranch($o: ID!) {\n    organization(id: $o) {\n      publicityWindows {\n        id\n        periodKey\n        startsOn\n        endsOn\n        list {\n          periodKey\n          startsOn\n          endsOn\n          ownRank\n          rows {\n            rank\n            name\n            total\n            gradeName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberPublicityBranchDocument,
    "\n  query MemberPublicityWindow($w: ID!) {\n    publicityWindow(id: $w) {\n      id\n      list {\n        ownRank\n        rows {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MemberPublicityWindowDocument,
    "\n  query MemberPublicityScorePage($o: ID!) {\n    organization(id: $o) {\n      periodScores(period: \"2024-Q1\") {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n": typeof types.MemberPublicityScorePageDocument,
    "\n  query MemberPublicityEntries($o: ID!) {\n    organization(id: $o) {\n      entries(first: 50) {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n": typeof types.MemberPublicityEntriesDocument,
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
    "\n  mutation QuotaPreviewCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n": typeof types.QuotaPreviewCreateAccountDocument,
    "\n  mutation QuotaPreviewLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }\n": typeof types.QuotaPreviewLoginDocument,
    "\n  query QuotaPreviewDraft($i: SetQuotaPolicyInput!, $p: String!) {\n    previewQuotaPolicy(input: $i, period: $p) {\n      organizationId organizationName period\n      policy { id setAt setByName isDefault fiveStarPercent overrides { branchId branch { name } fiveStarPercent reason } }\n      summary { rated levels { stars places taken } }\n      units { unitId name basis count levels { stars percent places taken explanation } }\n      members { memberName branchName unitName status stars standingStars explanation }\n      pendingCount\n      pendingBranches { branchName count reason }\n      comparedWith { version status organizationName }\n      changes { memberName kind text starsBefore starsAfter }\n    }\n  }\n": typeof types.QuotaPreviewDraftDocument,
    "\n  query QuotaPreviewStored($town: ID!, $district: ID!) {\n    town: organization(id: $town) {\n      quotaPolicy(cycle: 2026) { id isDefault fiveStarPercent }\n      quotaPolicyHistory { id }\n      ratingRuns { id version status }\n      auditLog(first: 200) { id operation }\n    }\n    district: organization(id: $district) { ratingRuns { id version status } }\n  }\n": typeof types.QuotaPreviewStoredDocument,
    "\n  mutation QuotaPreviewSetPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id setByName } }\n": typeof types.QuotaPreviewSetPolicyDocument,
    "\n  mutation QuotaPreviewReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { state } }\n": typeof types.QuotaPreviewReverseEntryDocument,
    "\n  query QuotaPreviewHistory($o: ID!) {\n    organization(id: $o) { quotaPolicyHistory { id cycle fiveStarPercent reason setAt setByName overrides { branchId branch { name } reason } } }\n  }\n": typeof types.QuotaPreviewHistoryDocument,
    "query RatingRollupSummaryDashboard($d: ID!) {\n  organization(id: $d) {\n    ratingRollup(period: \"2026-H1\") {\n      organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n      children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n      trend { period rated meanTotal fiveStars fourStars threeStars warned }\n    }\n    children {\n      id\n      ratingRollup(period: \"2026-H1\") {\n        organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n        children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n        trend { period rated meanTotal fiveStars fourStars threeStars warned }\n      }\n    }\n  }\n}": typeof types.RatingRollupSummaryDashboardDocument,
    "mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }": typeof types.RatingRunSetQuotaPolicyDocument,
    "mutation RatingRunPreview($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }": typeof types.RatingRunPreviewDocument,
    "mutation RatingRunConfirm($r: ID!) { confirmRating(runId: $r) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }": typeof types.RatingRunConfirmDocument,
    "query RatingRunRun($r: ID!) { ratingRun(id: $r) {\n            id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n            summary { scores rated warnings units levels { stars places taken overflow } }\n            changes { memberId memberName kind text starsBefore starsAfter }\n            units { unitId name basis count levels { stars percent places taken overflow explanation } }\n          } }": typeof types.RatingRunRunDocument,
    "query RatingRunResults($r: ID!, $warningOnly: Boolean! = false, $stars: Int) { ratingRun(id: $r) {\n            results(first: 50, warningOnly: $warningOnly, stars: $stars) { total items { memberId memberName memberNo branchId unitId status total base starPoints grade { code name } stars rank warning explanation } }\n          } }": typeof types.RatingRunResultsDocument,
    "query RatingRunRunsOfTown($o: ID!) { organization(id: $o) { ratingRuns(period: \"2026-H1\") { id version status } } }": typeof types.RatingRunRunsOfTownDocument,
    "query RatingRunRatings($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo stars(period: \"2026-H1\") rating(period: \"2026-H1\") { stars total rank explanation }\n          } } } }": typeof types.RatingRunRatingsDocument,
    "query RatingRunWarningCases($o: ID!, $status: WarningCaseStatus, $overdueOnly: Boolean! = false) {\n            organization(id: $o) { warningCases(status: $status, overdueOnly: $overdueOnly) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }\n          }": typeof types.RatingRunWarningCasesDocument,
    "query RatingRunRollup($o: ID!) { organization(id: $o) { ratingRollup(period: \"2026-H1\") {\n            period organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed }\n            children { organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed } }\n          } } }": typeof types.RatingRunRollupDocument,
    "mutation RatingRunCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.RatingRunCreateOrganizationDocument,
    "mutation RatingRunAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": typeof types.RatingRunAdoptTemplateDocument,
    "mutation RatingRunSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.RatingRunSubmitFilingDocument,
    "mutation RatingRunApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": typeof types.RatingRunApproveFilingDocument,
    "mutation RatingRunAddPlannedMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.RatingRunAddPlannedMemberDocument,
    "mutation RatingRunImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id state } }": typeof types.RatingRunImportEntriesDocument,
    "mutation RatingRunReviewImported($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }": typeof types.RatingRunReviewImportedDocument,
    "mutation RatingRunConfirmBranchAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id entryCount } }": typeof types.RatingRunConfirmBranchAssemblyDocument,
    "mutation RatingRunPublishBranchScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": typeof types.RatingRunPublishBranchScoresDocument,
    "query RatingRunScores($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo score(period: \"2026-H1\") { state total components { code score } }\n          } } } }": typeof types.RatingRunScoresDocument,
    "mutation RatingRunCloseWindow($w: ID!) { closePublicity(windowId: $w) { status } }": typeof types.RatingRunCloseWindowDocument,
    "query RatingRunPeriodScoresPage($o: ID!, $a: ID) { organization(id: $o) { periodScores(period: \"2026-H1\", states: [FINAL], first: 7, after: $a) { nextAfter items { memberId state star { base } member { memberNo } } } } }": typeof types.RatingRunPeriodScoresPageDocument,
    "query RatingRunPeriodScoresTooLarge($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 5000) { nextAfter } } }": typeof types.RatingRunPeriodScoresTooLargeDocument,
    "query RatingRunPeriodScoresLean($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n          } } } }": typeof types.RatingRunPeriodScoresLeanDocument,
    "query RatingRunPeriodScoresFull($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n            components { code score } explanation { text }\n          } } } }": typeof types.RatingRunPeriodScoresFullDocument,
    "query RatingRunPeriodScoresRange($o: ID!, $before: ID, $after: ID) {\n              organization(id: $o) { periodScores(period: \"2026-H1\", first: 100, before: $before, after: $after) { nextAfter items { memberId } } }\n            }": typeof types.RatingRunPeriodScoresRangeDocument,
    "query RatingRunPeriodScoresBadBound($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", before: \"nope\") { nextAfter } } }": typeof types.RatingRunPeriodScoresBadBoundDocument,
    "query RatingRunMemberCaseIds($m: ID!) { member(id: $m) { warningCases { id } } }": typeof types.RatingRunMemberCaseIdsDocument,
    "query RatingRunMemberCases($m: ID!) { member(id: $m) { warningCases { status periodKey } } }": typeof types.RatingRunMemberCasesDocument,
    "query RatingRunPublicityStars($w: ID!) { publicityWindow(id: $w) { list { rated rows { name total stars } } } }": typeof types.RatingRunPublicityStarsDocument,
    "query RatingRunBranchStars($o: ID!) { organization(id: $o) { members(first: 50) { items { name stars(period: \"2026-H1\") } } } }": typeof types.RatingRunBranchStarsDocument,
    "mutation RatingRunReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { kind state } }": typeof types.RatingRunReverseEntryDocument,
    "mutation RatingRunSetBranchPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id } }": typeof types.RatingRunSetBranchPolicyDocument,
    "query RatingRunPolicyHistory($o: ID!) { organization(id: $o) { quotaPolicyHistory { id } } }": typeof types.RatingRunPolicyHistoryDocument,
    "mutation RatingRunEarlyPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { id } }": typeof types.RatingRunEarlyPlanDocument,
    "mutation RatingRunRecordInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }": typeof types.RatingRunRecordInterviewDocument,
    "mutation RatingRunPairHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }": typeof types.RatingRunPairHelperDocument,
    "mutation RatingRunSetPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }": typeof types.RatingRunSetPlanDocument,
    "mutation RatingRunNotImproved($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { id } }": typeof types.RatingRunNotImprovedDocument,
    "mutation RatingRunImprove($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n          } }": typeof types.RatingRunImproveDocument,
    "mutation RatingRunEscalate($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            measuresAvailable\n          } }": typeof types.RatingRunEscalateDocument,
    "mutation RatingRunProposeDisposal($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            disposals { measure finished nextSteps steps { seq step decidedBy decidedOn documents } }\n          } }": typeof types.RatingRunProposeDisposalDocument,
    "mutation RatingRunOutOfOrderStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { id } }": typeof types.RatingRunOutOfOrderStepDocument,
    "mutation RatingRunOverlapCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.RatingRunOverlapCreateOrganizationDocument,
    "mutation RatingRunOverlapAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": typeof types.RatingRunOverlapAdoptTemplateDocument,
    "mutation RatingRunOverlapSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.RatingRunOverlapSubmitFilingDocument,
    "mutation RatingRunOverlapApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": typeof types.RatingRunOverlapApproveFilingDocument,
    "mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.RatingRunAddMemberDocument,
    "mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": typeof types.RatingRunDeclareEntryDocument,
    "mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.RatingRunReviewEntriesDocument,
    "mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": typeof types.RatingRunConfirmAssemblyDocument,
    "mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": typeof types.RatingRunPublishScoresDocument,
    "mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }": typeof types.RatingRunClosePublicityDocument,
    "mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id summary { rated } } }": typeof types.RatingRunPreviewRatingDocument,
    "mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }": typeof types.RatingRunConfirmRatingDocument,
    "\n  query RegisterGapsScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n        consequences {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.RegisterGapsScoreDocument,
    "\n  query RegisterGapsRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        mean\n      }\n    }\n  }\n": typeof types.RegisterGapsRollupDocument,
    "\n  mutation RegisterGapsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterGapsAddMemberDocument,
    "\n  mutation RegisterGapsDeclare($i: DeclareEntryInput!) {\n    declareEntry(input: $i) {\n      id\n      occurredOn\n    }\n  }\n": typeof types.RegisterGapsDeclareDocument,
    "mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.RegisterReplayCreateOrganizationDocument,
    "mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.RegisterReplayAddMemberDocument,
    "mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }": typeof types.RegisterReplayDeclareEntryDocument,
    "mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": typeof types.RegisterReplayReviewEntriesDocument,
    "mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }": typeof types.RegisterReplayRecordReviewVotesDocument,
    "mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }": typeof types.RegisterReplayRecordConditionDocument,
    "mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }": typeof types.RegisterReplayRefreshScoresDocument,
    "query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }": typeof types.RegisterReplayMemberDocument,
    "mutation SchemeFilingAdopt($o: ID!, $c: String!, $n: String) { adoptTemplate(organizationId: $o, templateCode: $c, name: $n) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": typeof types.SchemeFilingAdoptDocument,
    "mutation SchemeFilingEditFiling($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r, note: \"公示期改为 10 天\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": typeof types.SchemeFilingEditFilingDocument,
    "query SchemeFilingQueue { filings(status: SUBMITTED) { id organization { name } history { action actorName } } }": typeof types.SchemeFilingQueueDocument,
    "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2027-01-01\", comments: \"同意备案\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": typeof types.SchemeFilingApproveFilingDocument,
    "mutation SchemeFilingReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } rules } }": typeof types.SchemeFilingReviseSchemeDocument,
    "mutation SchemeFilingCopyEffectiveScheme($o: ID!) { copyEffectiveScheme(organizationId: $o) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": typeof types.SchemeFilingCopyEffectiveSchemeDocument,
    "query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }": typeof types.SchemeFilingFilingDocument,
    "mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id } }": typeof types.SchemeFilingAdoptTemplateDocument,
    "mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"no-such\") { id } }": typeof types.SchemeFilingAdoptTemplate2Document,
    "mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }": typeof types.SchemeFilingSubmitFiling2Document,
    "mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { status } }": typeof types.SchemeFilingApproveFiling2Document,
    "query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }": typeof types.SchemeFilingSchemeDocument,
    "query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }": typeof types.ScopeOrganization3Document,
    "query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }": typeof types.ScopeOrganization4Document,
    "query SeedLoadOrganization($id: ID!) { organization(id: $id) { name memberCount children { level children { level } } } }": typeof types.SeedLoadOrganizationDocument,
    "query SeedLoadOrganization2($id: ID!, $p: String!) { organization(id: $id) { periodScores(period: $p, first: 1000) { items { state status total } } } }": typeof types.SeedLoadOrganization2Document,
    "query SeedLoadOrganization3($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { finalScores runningWindows } } }": typeof types.SeedLoadOrganization3Document,
    "query SeedLoadOrganization4($id: ID!) { organization(id: $id) { members(first: 100) { items { reviewVotes { periodKey counts { level count } } } } } }": typeof types.SeedLoadOrganization4Document,
    "query SeedLoadOrganization5($id: ID!) { organization(id: $id) { ratingRuns { id period status summary { rated warnings levels { stars places taken } } } } }": typeof types.SeedLoadOrganization5Document,
    "query SeedLoadRatingRun($r: ID!) { ratingRun(id: $r) { results(first: 5, stars: 5) { items { stars explanation } } } }": typeof types.SeedLoadRatingRunDocument,
    "query SeedLoadOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 100) { memberName periodKey trigger total warnedPeriods } } }": typeof types.SeedLoadOrganization6Document,
    "query SeedLoadOrganization7($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }": typeof types.SeedLoadOrganization7Document,
    "query SeedLoadOrganization8($id: ID!) { organization(id: $id) { entries(states: [REJECTED], first: 5) { total } } }": typeof types.SeedLoadOrganization8Document,
    "mutation SeedLoadLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": typeof types.SeedLoadLoginDocument,
    "query SeedLoadMe { me { role } }": typeof types.SeedLoadMeDocument,
    "query SeedLoadOrganizations { organizations(level: DISTRICT) { name } }": typeof types.SeedLoadOrganizationsDocument,
    "mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }": typeof types.SessionRevocationLoginDocument,
    "query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }": typeof types.SessionRevocationOrganizationDocument,
    "mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.SessionRevocationAddMemberDocument,
    "query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }": typeof types.SqlCountOrganizationsDocument,
    "query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }": typeof types.SqlCountOrganizations2Document,
    "query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }": typeof types.SqlCountOrganizations3Document,
    "query Mixed($id: ID!) {\n  organization(id: $id) {\n    name memberCount\n    effectiveScheme { name }\n    filings { status }\n    quotaPolicy(cycle: 2026) { fiveStarPercent }\n    ratingRollup(period: \"2026\") { rated }\n    warningCases { id }\n  }\n}": typeof types.MixedDocument,
    "query TemplatePreviewsPreview($code: String!, $facts: ScoreFactsInput!) { previewScore(templateCode: $code, facts: $facts) { period { key kind start end through complete toDate } status total\n  components { code label kind group score weight contribution sections { code label max score items { code label points counted excluded { entryId reason } } } items { code label points counted excluded { entryId reason } } }\n  veto { code label date } forcedGrade { code label date } graded grade { code name } selectionCandidate { code name }\n  consequences { code label } eligibilities { code label status reason maxRewardYuan } star { eligible base total reasons }\n  awardBasis { code label value } reviewPending explanation { rule text entryIds } } }": typeof types.TemplatePreviewsPreviewDocument,
    "query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }": typeof types.TemplatePreviewsPreviewScoreDocument,
    "query TodoOfOrganization($o: ID!) {\n  organization(id: $o) {\n    filingTodos { kind label count oldestSince dueOn targetId periodKey }\n    ratingTodos { kind label count oldestSince dueOn targetId periodKey }\n    registerTodos { kind label count oldestSince dueOn targetId periodKey }\n  }\n}": typeof types.TodoOfOrganizationDocument,
    "query TodoOfChildren($o: ID!) {\n  organization(id: $o) {\n    children {\n      filingTodos { kind count }\n      ratingTodos { kind count }\n      registerTodos { kind count }\n      children { filingTodos { kind count } ratingTodos { kind count } registerTodos { kind count } }\n    }\n  }\n}": typeof types.TodoOfChildrenDocument,
    "mutation TodoAdoptTemplate($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\", name: \"东一村积分办法（修订）\") { id }\n}": typeof types.TodoAdoptTemplateDocument,
    "mutation TodoSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }": typeof types.TodoSubmitFilingDocument,
    "mutation TodoApproveFiling($id: ID!) {\n  approveFiling(id: $id, effectiveFrom: \"2026-08-01\") { id status }\n}": typeof types.TodoApproveFilingDocument,
    "mutation TodoPreviewRating($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id pendingCount }\n}": typeof types.TodoPreviewRatingDocument,
    "mutation TodoConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }": typeof types.TodoConfirmRatingDocument,
    "query TodoWarningCases($o: ID!) {\n  organization(id: $o) { warningCases { id openedOn interviewDue isOverdue } }\n}": typeof types.TodoWarningCasesDocument,
    "mutation TodoImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": typeof types.TodoImportEntriesDocument,
    "mutation TodoReviewEntries($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}": typeof types.TodoReviewEntriesDocument,
    "mutation TodoConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": typeof types.TodoConfirmAssemblyDocument,
    "mutation TodoPublishScores($a: ID!) {\n  publishScores(input: { assemblyId: $a, startsOn: \"2027-01-06\", endsOn: \"2027-01-12\" }) { id }\n}": typeof types.TodoPublishScoresDocument,
    "mutation TodoRaiseObjection($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }": typeof types.TodoRaiseObjectionDocument,
    "mutation TodoAnswerObjection($id: ID!) {\n  answerObjection(id: $id, upheld: false, answer: \"经核实，记录无误\") { id status }\n}": typeof types.TodoAnswerObjectionDocument,
    "mutation TodoAppealObjection($id: ID!) {\n  appealObjection(id: $id, content: \"不服答复，向镇党委申诉\") { id status }\n}": typeof types.TodoAppealObjectionDocument,
    "mutation TodoDecideAppeal($id: ID!) {\n  decideAppeal(id: $id, upheld: false, decision: \"维持支部答复\") { id status }\n}": typeof types.TodoDecideAppealDocument,
    "\n  query UnrecordedMemberScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      name\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n      }\n    }\n  }\n": typeof types.UnrecordedMemberScoreDocument,
    "\n  query UnrecordedRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        membersExempt\n        mean\n      }\n    }\n  }\n": typeof types.UnrecordedRollupDocument,
    "\n  mutation UnrecordedAssembly($i: ConfirmAssemblyInput!) {\n    confirmAssembly(input: $i) {\n      id\n      periodKey\n      entryCount\n    }\n  }\n": typeof types.UnrecordedAssemblyDocument,
    "mutation UploadsImportEntries($i: ImportEntriesInput!, $key: String) { importEntries(input: $i, clientKey: $key) { id state memberId } }": typeof types.UploadsImportEntriesDocument,
    "mutation UploadsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.UploadsCreateOrganizationDocument,
    "mutation UploadsAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": typeof types.UploadsAdoptTemplateDocument,
    "mutation UploadsSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.UploadsSubmitFilingDocument,
    "mutation UploadsApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": typeof types.UploadsApproveFilingDocument,
    "mutation UploadsAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.UploadsAddMemberDocument,
    "mutation UploadsDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { evidence { id fileName size } } }": typeof types.UploadsDeclareEntryDocument,
    "mutation DecisionDayPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}": typeof types.DecisionDayPreviewDocument,
    "mutation DecisionDayConfirm($r: ID!, $d: Date) {\n  confirmRating(runId: $r, decidedOn: $d) { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}": typeof types.DecisionDayConfirmDocument,
    "mutation ReadinessPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") {\n    id pendingCount summary { rated } pendingBranches { branchName count provisional published held reason }\n  }\n}": typeof types.ReadinessPreviewDocument,
    "mutation ReadinessEmptyPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2025-H2\") { id pendingCount pendingBranches { branchId } summary { scores rated } }\n}": typeof types.ReadinessEmptyPreviewDocument,
    "query DecisionDayCases($o: ID!) {\n  organization(id: $o) {\n    warningCases { id memberName periodKey status openedOn interviewDue isOverdue overdue interviewedOn }\n    ratingRollup(period: \"2026-H1\") { warnings { open overdue escalated closed } }\n  }\n}": typeof types.DecisionDayCasesDocument,
    "mutation DecisionDayInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status interviewedOn }\n}": typeof types.DecisionDayInterviewDocument,
    "mutation PlanRevisionPair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}": typeof types.PlanRevisionPairDocument,
    "mutation PlanRevisionPlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status plannedOn rectifyDeadline }\n}": typeof types.PlanRevisionPlanDocument,
    "mutation PlanRevisionRevise($i: ReviseRectificationPlanInput!) {\n  reviseRectificationPlan(input: $i) {\n    id status plan rectifyDeadline\n    planRevisions { seq plan deadline planBefore deadlineBefore revisedOn revisedBy reason recordedBy }\n  }\n}": typeof types.PlanRevisionReviseDocument,
    "query WarningOutcomeCases($o: ID!) {\n  organization(id: $o) { warningCases(first: 50) {\n    id memberId memberName memberKind periodKey trigger triggerNote total status outcome outcomeBy warnedPeriods\n    nextPeriodKey nextTotal nextRunId nextDisposal measuresAvailable\n    history { seq kind periodKey runId total note recordedBy }\n  } }\n}": typeof types.WarningOutcomeCasesDocument,
    "query WarningOutcomeMemberCases($m: ID!) {\n  member(id: $m) { warningCases { id periodKey warnedPeriods status } }\n}": typeof types.WarningOutcomeMemberCasesDocument,
    "mutation WarningOutcomeInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status }\n}": typeof types.WarningOutcomeInterviewDocument,
    "mutation WarningOutcomePair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}": typeof types.WarningOutcomePairDocument,
    "mutation WarningOutcomePlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status rectifyDeadline }\n}": typeof types.WarningOutcomePlanDocument,
    "mutation WarningOutcomeDecide($i: DecideWarningOutcomeInput!) {\n  decideWarningOutcome(input: $i) { id status outcome outcomeOn nextPeriodKey nextTotal warnedPeriods measuresAvailable }\n}": typeof types.WarningOutcomeDecideDocument,
    "mutation WarningOutcomePreview($o: ID!, $p: String!) {\n  previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings } }\n}": typeof types.WarningOutcomePreviewDocument,
    "mutation WarningOutcomeConfirm($r: ID!) {\n  confirmRating(runId: $r) { id status confirmedByName }\n}": typeof types.WarningOutcomeConfirmDocument,
    "query WarningOutcomeRollup($o: ID!, $p: String!) {\n  organization(id: $o) { ratingRollup(period: $p) { warnings { open overdue escalated closed } } }\n}": typeof types.WarningOutcomeRollupDocument,
    "mutation WarningOutcomeCreateOrg($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { id }\n}": typeof types.WarningOutcomeCreateOrgDocument,
    "mutation WarningOutcomeAdopt($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id }\n}": typeof types.WarningOutcomeAdoptDocument,
    "mutation WarningOutcomeSubmit($id: ID!) { submitFiling(id: $id) { id } }": typeof types.WarningOutcomeSubmitDocument,
    "mutation WarningOutcomeApprove($id: ID!, $from: Date!) {\n  approveFiling(id: $id, effectiveFrom: $from) { id }\n}": typeof types.WarningOutcomeApproveDocument,
    "mutation WarningOutcomeAddMember($input: AddMemberInput!) {\n  addMember(input: $input) { id }\n}": typeof types.WarningOutcomeAddMemberDocument,
    "mutation WarningOutcomePropose($i: RecordDisposalStepInput!) {\n  recordDisposalStep(input: $i) { id status disposalMeasure disposalStep }\n}": typeof types.WarningOutcomeProposeDocument,
    "mutation ScoredPeriodImport($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": typeof types.ScoredPeriodImportDocument,
    "mutation ScoredPeriodAccept($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}": typeof types.ScoredPeriodAcceptDocument,
    "mutation ScoredPeriodAssembly($i: ConfirmAssemblyInput!) {\n  confirmAssembly(input: $i) { id }\n}": typeof types.ScoredPeriodAssemblyDocument,
    "mutation ScoredPeriodPublish($a: ID!, $s: Date!, $e: Date!) {\n  publishScores(input: { assemblyId: $a, startsOn: $s, endsOn: $e }) { id }\n}": typeof types.ScoredPeriodPublishDocument,
    "mutation ScoredPeriodClose($w: ID!) { closePublicity(windowId: $w) { status } }": typeof types.ScoredPeriodCloseDocument,
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
    "query AccessPropertyMember($id: ID!) { member(id: $id) { id } }": types.AccessPropertyMemberDocument,
    "mutation AccessPropertyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.AccessPropertyCreateOrganizationDocument,
    "mutation AccessPropertyAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.AccessPropertyAddMemberDocument,
    "query AccessPropertyOrganizations { organizations { id members(first: 200) { items { id } } } }": types.AccessPropertyOrganizationsDocument,
    "mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.AccessTableCreateOrganizationDocument,
    "\n  query AccessWithin($id: ID!) {\n    organization(id: $id) {\n      accountsWithin {\n        username\n        organizationId\n      }\n      apiKeysWithin {\n        name\n        organizationId\n        revokedAt\n      }\n    }\n  }\n": types.AccessWithinDocument,
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
    "mutation BranchRankCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.BranchRankCreateOrganizationDocument,
    "mutation BranchRankAdopt($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": types.BranchRankAdoptDocument,
    "mutation BranchRankSubmit($id: ID!) { submitFiling(id: $id) { id } }": types.BranchRankSubmitDocument,
    "mutation BranchRankApprove($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": types.BranchRankApproveDocument,
    "mutation BranchRankAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.BranchRankAddMemberDocument,
    "mutation BranchRankRecord($i: RecordEntriesInput!) { recordEntries(input: $i) { id state } }": types.BranchRankRecordDocument,
    "mutation BranchRankConfirm($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": types.BranchRankConfirmDocument,
    "mutation BranchRankPublish($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2025-01-06\", endsOn: \"2025-01-12\" }) { id } }": types.BranchRankPublishDocument,
    "mutation BranchRankClose($w: ID!) { closePublicity(windowId: $w) { status } }": types.BranchRankCloseDocument,
    "query BranchRankScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state total graded grade { code }\n        rank { position of tied }\n        eligibilities { code status reason }\n        selectionCandidate { code }\n        components { code score }\n        explanation { rule text }\n      }\n    }\n  }": types.BranchRankScoreDocument,
    "query BranchSummariesOrganization($id: ID!) { organization(id: $id) { scoreRollup(period: \"2024-Q1\") { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews children { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews } } } }": types.BranchSummariesOrganizationDocument,
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
    "query DemoDistrictTownshipIds { organizations(level: TOWNSHIP) { id name } }": types.DemoDistrictTownshipIdsDocument,
    "query DemoDistrictOrganizations { organizations(level: DISTRICT) { id } }": types.DemoDistrictOrganizationsDocument,
    "query DemoDistrictOrganization($id: ID!, $p: String!) { organization(id: $id) { ratingRollup(period: $p) { rated grades { code count } stars { stars places taken } warnings { open overdue escalated closed } children { organizationId warnings { open overdue } } } } }": types.DemoDistrictOrganizationDocument,
    "query DemoDistrictOrganizations2 { organizations(level: DISTRICT) { name memberCount children { name memberCount children { name memberCount } } } }": types.DemoDistrictOrganizations2Document,
    "query DemoDistrictOrganizations3 { organizations(level: DISTRICT) { id path children { name children { id level schemeAssignment { organizationId } } } } }": types.DemoDistrictOrganizations3Document,
    "query DemoDistrictOrganization2($id: ID!) { organization(id: $id) { name path effectiveScheme { name } quotaPolicy { fiveStarPercent fourStarPercent threeStarPercent inherited isDefault } } }": types.DemoDistrictOrganization2Document,
    "query DemoDistrictOrganizations4 { organizations(level: DISTRICT) { id } }": types.DemoDistrictOrganizations4Document,
    "query DemoDistrictOrganization3($id: ID!) { organization(id: $id) { before: effectiveScheme(on: \"2024-12-31\") { name } after: effectiveScheme(on: \"2025-01-01\") { name } } }": types.DemoDistrictOrganization3Document,
    "mutation DemoDistrictLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role } } }": types.DemoDistrictLoginDocument,
    "query DemoDistrictMe { me { role subject organizationId memberId } }": types.DemoDistrictMeDocument,
    "query DemoDistrictMember($id: ID!) { member(id: $id) { organizationId } }": types.DemoDistrictMemberDocument,
    "query DemoDistrictOrganization4($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { membersScored membersExempt mean median finalScores distribution { label count } grades { code count } } } }": types.DemoDistrictOrganization4Document,
    "query DemoDistrictOrganization5($id: ID!) { organization(id: $id) { ratingRuns { period status pendingCount } } }": types.DemoDistrictOrganization5Document,
    "query DemoDistrictOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 200) {\n            status trigger triggerNote total warnedPeriods helperName plan disposals { measure steps { step } }\n          } } }": types.DemoDistrictOrganization6Document,
    "query DemoDistrictOrganization7($id: ID!) { organization(id: $id) { scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows children { organizationId pendingReviews openObjections runningWindows } } } }": types.DemoDistrictOrganization7Document,
    "query DemoDistrictOrganizations5 { organizations(level: TOWNSHIP) { id name } }": types.DemoDistrictOrganizations5Document,
    "query DemoDistrictOrganization8($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }": types.DemoDistrictOrganization8Document,
    "query DemoDistrictRunDays($id: ID!) { organization(id: $id) { ratingRuns { period decidedOn periodEnd status } } }": types.DemoDistrictRunDaysDocument,
    "query DemoDistrictCaseDays($id: ID!) { organization(id: $id) { warningCases(first: 200) { periodKey status trigger openedOn interviewDue interviewedOn isOverdue overdue } } }": types.DemoDistrictCaseDaysDocument,
    "query DemoDistrictTownships { organizations(level: TOWNSHIP) { id name } }": types.DemoDistrictTownshipsDocument,
    "mutation DemoDistrictLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": types.DemoDistrictLogin2Document,
    "query DemoDistrictMe2 { me { memberId organizationId } }": types.DemoDistrictMe2Document,
    "query DemoDistrictMember2($id: ID!) { member(id: $id) { name score(period: \"2025\") { total state grade { name } } entries(first: 5) { total } warningCases { id } } }": types.DemoDistrictMember2Document,
    "query DemoDistrictOrganization9($id: ID!) { organization(id: $id) { name scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows } warningCases { status trigger interviewedOn disposalStep isOverdue } } }": types.DemoDistrictOrganization9Document,
    "mutation DemoDistrictLogin3($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": types.DemoDistrictLogin3Document,
    "query DemoDistrictTownshipDesk($id: ID!) { organization(id: $id) {\n            warningCases(first: 200) { status trigger isOverdue interviewDue }\n            children { name filings(status: SUBMITTED) { status } children { name filings(status: SUBMITTED) { status } } }\n            ratingRuns(period: \"2026-H1\") { id status pendingCount }\n            objections(status: [APPEALED]) { status appealText }\n          } }": types.DemoDistrictTownshipDeskDocument,
    "mutation DemoDistrictTownshipConfirm($r: ID!) { confirmRating(runId: $r) { status organizationName } }": types.DemoDistrictTownshipConfirmDocument,
    "query HiveGatewayOrg($id: ID!) {\n  organization(id: $id) {\n    id name level levelLabel path memberCount\n    parent { id name }\n    children { id name level children { id name } }\n    members(first: 10) { total items { id memberNo name kind organization { id name } } }\n    quotaPolicy(cycle: 2026) { cycle fiveStarPercent fourStarPercent threeStarPercent isDefault inherited }\n    ratingRollup(period: \"2026\") { organizationId rated exempt period children { organizationId } }\n    filings { id status scheme { id name } }\n    effectiveScheme(on: \"2026-11-21\") { id name templateCode }\n  }\n  schemes { id name ownerOrganizationId }\n}": types.HiveGatewayOrgDocument,
    "query HiveGatewaySchemes { schemes { id } }": types.HiveGatewaySchemesDocument,
    "query HiveGatewayPageOfN($n: Int!) { organizations { members(first: $n) { total } } }": types.HiveGatewayPageOfNDocument,
    "mutation HiveGatewayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.HiveGatewayCreateOrganizationDocument,
    "mutation HiveGatewayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.HiveGatewayAddMemberDocument,
    "mutation HiveGatewayAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"东城先锋指数\") { id } }": types.HiveGatewayAdoptTemplateDocument,
    "query HiveGatewayMembersOfOrganization($id: ID!) { organization(id: $id) { id name members(first: 5) { total } } }": types.HiveGatewayMembersOfOrganizationDocument,
    "mutation HiveGatewayRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \"改名\") { id } }": types.HiveGatewayRenameOrganizationDocument,
    "mutation HiveGatewayLogin { login(username: \"nobody\", password: \"wrong-password\") { token } }": types.HiveGatewayLoginDocument,
    "query HiveGatewayOrganizations { organizations { members(first: 10000) { total } } }": types.HiveGatewayOrganizationsDocument,
    "query HiveGatewayOrganizations3 { organizations { children { children { members(first: 200) { items { id name } } } } } }": types.HiveGatewayOrganizations3Document,
    "query HiveGatewaySchema { __schema { queryType { name } } }": types.HiveGatewaySchemaDocument,
    "query HiveGatewayOrganizationDown($id: ID!) { organization(id: $id) { name quotaPolicy { cycle } } }": types.HiveGatewayOrganizationDownDocument,
    "mutation LedgerRegisterCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.LedgerRegisterCreateOrganizationDocument,
    "mutation LedgerRegisterAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": types.LedgerRegisterAdoptTemplateDocument,
    "mutation LedgerRegisterSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.LedgerRegisterSubmitFilingDocument,
    "mutation LedgerRegisterApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": types.LedgerRegisterApproveFilingDocument,
    "mutation LedgerRegisterAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.LedgerRegisterAddMemberDocument,
    "mutation LedgerRegisterDeclareEntry($input: DeclareEntryInput!, $key: String) { declareEntry(input: $input, clientKey: $key) { id seq state itemCode points review { decision points } memberId } }": types.LedgerRegisterDeclareEntryDocument,
    "query LedgerRegisterScore($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total state grade { code } components { code score } } } }": types.LedgerRegisterScoreDocument,
    "mutation LedgerRegisterReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id seq state itemCode points review { decision points } memberId } }": types.LedgerRegisterReviewEntriesDocument,
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
    "\n  query MemberPublicityBranch($o: ID!) {\n    organization(id: $o) {\n      publicityWindows {\n        id\n        periodKey\n        startsOn\n        endsOn\n        list {\n          periodKey\n          startsOn\n          endsOn\n          ownRank\n          rows {\n            rank\n            name\n            total\n            gradeName\n          }\n        }\n      }\n    }\n  }\n": types.MemberPublicityBranchDocument,
    "\n  query MemberPublicityWindow($w: ID!) {\n    publicityWindow(id: $w) {\n      id\n      list {\n        ownRank\n        rows {\n          name\n        }\n      }\n    }\n  }\n": types.MemberPublicityWindowDocument,
    "\n  query MemberPublicityScorePage($o: ID!) {\n    organization(id: $o) {\n      periodScores(period: \"2024-Q1\") {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n": types.MemberPublicityScorePageDocument,
    "\n  query MemberPublicityEntries($o: ID!) {\n    organization(id: $o) {\n      entries(first: 50) {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n": types.MemberPublicityEntriesDocument,
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
    "\n  mutation QuotaPreviewCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n": types.QuotaPreviewCreateAccountDocument,
    "\n  mutation QuotaPreviewLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }\n": types.QuotaPreviewLoginDocument,
    "\n  query QuotaPreviewDraft($i: SetQuotaPolicyInput!, $p: String!) {\n    previewQuotaPolicy(input: $i, period: $p) {\n      organizationId organizationName period\n      policy { id setAt setByName isDefault fiveStarPercent overrides { branchId branch { name } fiveStarPercent reason } }\n      summary { rated levels { stars places taken } }\n      units { unitId name basis count levels { stars percent places taken explanation } }\n      members { memberName branchName unitName status stars standingStars explanation }\n      pendingCount\n      pendingBranches { branchName count reason }\n      comparedWith { version status organizationName }\n      changes { memberName kind text starsBefore starsAfter }\n    }\n  }\n": types.QuotaPreviewDraftDocument,
    "\n  query QuotaPreviewStored($town: ID!, $district: ID!) {\n    town: organization(id: $town) {\n      quotaPolicy(cycle: 2026) { id isDefault fiveStarPercent }\n      quotaPolicyHistory { id }\n      ratingRuns { id version status }\n      auditLog(first: 200) { id operation }\n    }\n    district: organization(id: $district) { ratingRuns { id version status } }\n  }\n": types.QuotaPreviewStoredDocument,
    "\n  mutation QuotaPreviewSetPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id setByName } }\n": types.QuotaPreviewSetPolicyDocument,
    "\n  mutation QuotaPreviewReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { state } }\n": types.QuotaPreviewReverseEntryDocument,
    "\n  query QuotaPreviewHistory($o: ID!) {\n    organization(id: $o) { quotaPolicyHistory { id cycle fiveStarPercent reason setAt setByName overrides { branchId branch { name } reason } } }\n  }\n": types.QuotaPreviewHistoryDocument,
    "query RatingRollupSummaryDashboard($d: ID!) {\n  organization(id: $d) {\n    ratingRollup(period: \"2026-H1\") {\n      organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n      children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n      trend { period rated meanTotal fiveStars fourStars threeStars warned }\n    }\n    children {\n      id\n      ratingRollup(period: \"2026-H1\") {\n        organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n        children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n        trend { period rated meanTotal fiveStars fourStars threeStars warned }\n      }\n    }\n  }\n}": types.RatingRollupSummaryDashboardDocument,
    "mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }": types.RatingRunSetQuotaPolicyDocument,
    "mutation RatingRunPreview($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }": types.RatingRunPreviewDocument,
    "mutation RatingRunConfirm($r: ID!) { confirmRating(runId: $r) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }": types.RatingRunConfirmDocument,
    "query RatingRunRun($r: ID!) { ratingRun(id: $r) {\n            id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n            summary { scores rated warnings units levels { stars places taken overflow } }\n            changes { memberId memberName kind text starsBefore starsAfter }\n            units { unitId name basis count levels { stars percent places taken overflow explanation } }\n          } }": types.RatingRunRunDocument,
    "query RatingRunResults($r: ID!, $warningOnly: Boolean! = false, $stars: Int) { ratingRun(id: $r) {\n            results(first: 50, warningOnly: $warningOnly, stars: $stars) { total items { memberId memberName memberNo branchId unitId status total base starPoints grade { code name } stars rank warning explanation } }\n          } }": types.RatingRunResultsDocument,
    "query RatingRunRunsOfTown($o: ID!) { organization(id: $o) { ratingRuns(period: \"2026-H1\") { id version status } } }": types.RatingRunRunsOfTownDocument,
    "query RatingRunRatings($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo stars(period: \"2026-H1\") rating(period: \"2026-H1\") { stars total rank explanation }\n          } } } }": types.RatingRunRatingsDocument,
    "query RatingRunWarningCases($o: ID!, $status: WarningCaseStatus, $overdueOnly: Boolean! = false) {\n            organization(id: $o) { warningCases(status: $status, overdueOnly: $overdueOnly) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }\n          }": types.RatingRunWarningCasesDocument,
    "query RatingRunRollup($o: ID!) { organization(id: $o) { ratingRollup(period: \"2026-H1\") {\n            period organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed }\n            children { organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed } }\n          } } }": types.RatingRunRollupDocument,
    "mutation RatingRunCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.RatingRunCreateOrganizationDocument,
    "mutation RatingRunAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": types.RatingRunAdoptTemplateDocument,
    "mutation RatingRunSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.RatingRunSubmitFilingDocument,
    "mutation RatingRunApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": types.RatingRunApproveFilingDocument,
    "mutation RatingRunAddPlannedMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.RatingRunAddPlannedMemberDocument,
    "mutation RatingRunImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id state } }": types.RatingRunImportEntriesDocument,
    "mutation RatingRunReviewImported($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }": types.RatingRunReviewImportedDocument,
    "mutation RatingRunConfirmBranchAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id entryCount } }": types.RatingRunConfirmBranchAssemblyDocument,
    "mutation RatingRunPublishBranchScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": types.RatingRunPublishBranchScoresDocument,
    "query RatingRunScores($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo score(period: \"2026-H1\") { state total components { code score } }\n          } } } }": types.RatingRunScoresDocument,
    "mutation RatingRunCloseWindow($w: ID!) { closePublicity(windowId: $w) { status } }": types.RatingRunCloseWindowDocument,
    "query RatingRunPeriodScoresPage($o: ID!, $a: ID) { organization(id: $o) { periodScores(period: \"2026-H1\", states: [FINAL], first: 7, after: $a) { nextAfter items { memberId state star { base } member { memberNo } } } } }": types.RatingRunPeriodScoresPageDocument,
    "query RatingRunPeriodScoresTooLarge($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 5000) { nextAfter } } }": types.RatingRunPeriodScoresTooLargeDocument,
    "query RatingRunPeriodScoresLean($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n          } } } }": types.RatingRunPeriodScoresLeanDocument,
    "query RatingRunPeriodScoresFull($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n            components { code score } explanation { text }\n          } } } }": types.RatingRunPeriodScoresFullDocument,
    "query RatingRunPeriodScoresRange($o: ID!, $before: ID, $after: ID) {\n              organization(id: $o) { periodScores(period: \"2026-H1\", first: 100, before: $before, after: $after) { nextAfter items { memberId } } }\n            }": types.RatingRunPeriodScoresRangeDocument,
    "query RatingRunPeriodScoresBadBound($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", before: \"nope\") { nextAfter } } }": types.RatingRunPeriodScoresBadBoundDocument,
    "query RatingRunMemberCaseIds($m: ID!) { member(id: $m) { warningCases { id } } }": types.RatingRunMemberCaseIdsDocument,
    "query RatingRunMemberCases($m: ID!) { member(id: $m) { warningCases { status periodKey } } }": types.RatingRunMemberCasesDocument,
    "query RatingRunPublicityStars($w: ID!) { publicityWindow(id: $w) { list { rated rows { name total stars } } } }": types.RatingRunPublicityStarsDocument,
    "query RatingRunBranchStars($o: ID!) { organization(id: $o) { members(first: 50) { items { name stars(period: \"2026-H1\") } } } }": types.RatingRunBranchStarsDocument,
    "mutation RatingRunReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { kind state } }": types.RatingRunReverseEntryDocument,
    "mutation RatingRunSetBranchPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id } }": types.RatingRunSetBranchPolicyDocument,
    "query RatingRunPolicyHistory($o: ID!) { organization(id: $o) { quotaPolicyHistory { id } } }": types.RatingRunPolicyHistoryDocument,
    "mutation RatingRunEarlyPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { id } }": types.RatingRunEarlyPlanDocument,
    "mutation RatingRunRecordInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }": types.RatingRunRecordInterviewDocument,
    "mutation RatingRunPairHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }": types.RatingRunPairHelperDocument,
    "mutation RatingRunSetPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }": types.RatingRunSetPlanDocument,
    "mutation RatingRunNotImproved($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { id } }": types.RatingRunNotImprovedDocument,
    "mutation RatingRunImprove($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n          } }": types.RatingRunImproveDocument,
    "mutation RatingRunEscalate($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            measuresAvailable\n          } }": types.RatingRunEscalateDocument,
    "mutation RatingRunProposeDisposal($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            disposals { measure finished nextSteps steps { seq step decidedBy decidedOn documents } }\n          } }": types.RatingRunProposeDisposalDocument,
    "mutation RatingRunOutOfOrderStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { id } }": types.RatingRunOutOfOrderStepDocument,
    "mutation RatingRunOverlapCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.RatingRunOverlapCreateOrganizationDocument,
    "mutation RatingRunOverlapAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": types.RatingRunOverlapAdoptTemplateDocument,
    "mutation RatingRunOverlapSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.RatingRunOverlapSubmitFilingDocument,
    "mutation RatingRunOverlapApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": types.RatingRunOverlapApproveFilingDocument,
    "mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.RatingRunAddMemberDocument,
    "mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }": types.RatingRunDeclareEntryDocument,
    "mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.RatingRunReviewEntriesDocument,
    "mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": types.RatingRunConfirmAssemblyDocument,
    "mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }": types.RatingRunPublishScoresDocument,
    "mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }": types.RatingRunClosePublicityDocument,
    "mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: \"2026-H1\") { id summary { rated } } }": types.RatingRunPreviewRatingDocument,
    "mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }": types.RatingRunConfirmRatingDocument,
    "\n  query RegisterGapsScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n        consequences {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.RegisterGapsScoreDocument,
    "\n  query RegisterGapsRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        mean\n      }\n    }\n  }\n": types.RegisterGapsRollupDocument,
    "\n  mutation RegisterGapsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": types.RegisterGapsAddMemberDocument,
    "\n  mutation RegisterGapsDeclare($i: DeclareEntryInput!) {\n    declareEntry(input: $i) {\n      id\n      occurredOn\n    }\n  }\n": types.RegisterGapsDeclareDocument,
    "mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.RegisterReplayCreateOrganizationDocument,
    "mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.RegisterReplayAddMemberDocument,
    "mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }": types.RegisterReplayDeclareEntryDocument,
    "mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }": types.RegisterReplayReviewEntriesDocument,
    "mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }": types.RegisterReplayRecordReviewVotesDocument,
    "mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }": types.RegisterReplayRecordConditionDocument,
    "mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }": types.RegisterReplayRefreshScoresDocument,
    "query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }": types.RegisterReplayMemberDocument,
    "mutation SchemeFilingAdopt($o: ID!, $c: String!, $n: String) { adoptTemplate(organizationId: $o, templateCode: $c, name: $n) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": types.SchemeFilingAdoptDocument,
    "mutation SchemeFilingEditFiling($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r, note: \"公示期改为 10 天\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": types.SchemeFilingEditFilingDocument,
    "query SchemeFilingQueue { filings(status: SUBMITTED) { id organization { name } history { action actorName } } }": types.SchemeFilingQueueDocument,
    "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2027-01-01\", comments: \"同意备案\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": types.SchemeFilingApproveFilingDocument,
    "mutation SchemeFilingReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } rules } }": types.SchemeFilingReviseSchemeDocument,
    "mutation SchemeFilingCopyEffectiveScheme($o: ID!) { copyEffectiveScheme(organizationId: $o) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }": types.SchemeFilingCopyEffectiveSchemeDocument,
    "query SchemeFilingFiling($id: ID!) { filing(id: $id) { baseVersion { id } } }": types.SchemeFilingFilingDocument,
    "mutation SchemeFilingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id } }": types.SchemeFilingAdoptTemplateDocument,
    "mutation SchemeFilingAdoptTemplate2($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"no-such\") { id } }": types.SchemeFilingAdoptTemplate2Document,
    "mutation SchemeFilingSubmitFiling2($id: ID!) { submitFiling(id: $id) { id } }": types.SchemeFilingSubmitFiling2Document,
    "mutation SchemeFilingApproveFiling2($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { status } }": types.SchemeFilingApproveFiling2Document,
    "query SchemeFilingScheme($id: ID!) { scheme(id: $id) { versions { version } } }": types.SchemeFilingSchemeDocument,
    "query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }": types.ScopeOrganization3Document,
    "query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }": types.ScopeOrganization4Document,
    "query SeedLoadOrganization($id: ID!) { organization(id: $id) { name memberCount children { level children { level } } } }": types.SeedLoadOrganizationDocument,
    "query SeedLoadOrganization2($id: ID!, $p: String!) { organization(id: $id) { periodScores(period: $p, first: 1000) { items { state status total } } } }": types.SeedLoadOrganization2Document,
    "query SeedLoadOrganization3($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { finalScores runningWindows } } }": types.SeedLoadOrganization3Document,
    "query SeedLoadOrganization4($id: ID!) { organization(id: $id) { members(first: 100) { items { reviewVotes { periodKey counts { level count } } } } } }": types.SeedLoadOrganization4Document,
    "query SeedLoadOrganization5($id: ID!) { organization(id: $id) { ratingRuns { id period status summary { rated warnings levels { stars places taken } } } } }": types.SeedLoadOrganization5Document,
    "query SeedLoadRatingRun($r: ID!) { ratingRun(id: $r) { results(first: 5, stars: 5) { items { stars explanation } } } }": types.SeedLoadRatingRunDocument,
    "query SeedLoadOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 100) { memberName periodKey trigger total warnedPeriods } } }": types.SeedLoadOrganization6Document,
    "query SeedLoadOrganization7($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }": types.SeedLoadOrganization7Document,
    "query SeedLoadOrganization8($id: ID!) { organization(id: $id) { entries(states: [REJECTED], first: 5) { total } } }": types.SeedLoadOrganization8Document,
    "mutation SeedLoadLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": types.SeedLoadLoginDocument,
    "query SeedLoadMe { me { role } }": types.SeedLoadMeDocument,
    "query SeedLoadOrganizations { organizations(level: DISTRICT) { name } }": types.SeedLoadOrganizationsDocument,
    "mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }": types.SessionRevocationLoginDocument,
    "query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }": types.SessionRevocationOrganizationDocument,
    "mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.SessionRevocationAddMemberDocument,
    "query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }": types.SqlCountOrganizationsDocument,
    "query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }": types.SqlCountOrganizations2Document,
    "query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }": types.SqlCountOrganizations3Document,
    "query Mixed($id: ID!) {\n  organization(id: $id) {\n    name memberCount\n    effectiveScheme { name }\n    filings { status }\n    quotaPolicy(cycle: 2026) { fiveStarPercent }\n    ratingRollup(period: \"2026\") { rated }\n    warningCases { id }\n  }\n}": types.MixedDocument,
    "query TemplatePreviewsPreview($code: String!, $facts: ScoreFactsInput!) { previewScore(templateCode: $code, facts: $facts) { period { key kind start end through complete toDate } status total\n  components { code label kind group score weight contribution sections { code label max score items { code label points counted excluded { entryId reason } } } items { code label points counted excluded { entryId reason } } }\n  veto { code label date } forcedGrade { code label date } graded grade { code name } selectionCandidate { code name }\n  consequences { code label } eligibilities { code label status reason maxRewardYuan } star { eligible base total reasons }\n  awardBasis { code label value } reviewPending explanation { rule text entryIds } } }": types.TemplatePreviewsPreviewDocument,
    "query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }": types.TemplatePreviewsPreviewScoreDocument,
    "query TodoOfOrganization($o: ID!) {\n  organization(id: $o) {\n    filingTodos { kind label count oldestSince dueOn targetId periodKey }\n    ratingTodos { kind label count oldestSince dueOn targetId periodKey }\n    registerTodos { kind label count oldestSince dueOn targetId periodKey }\n  }\n}": types.TodoOfOrganizationDocument,
    "query TodoOfChildren($o: ID!) {\n  organization(id: $o) {\n    children {\n      filingTodos { kind count }\n      ratingTodos { kind count }\n      registerTodos { kind count }\n      children { filingTodos { kind count } ratingTodos { kind count } registerTodos { kind count } }\n    }\n  }\n}": types.TodoOfChildrenDocument,
    "mutation TodoAdoptTemplate($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\", name: \"东一村积分办法（修订）\") { id }\n}": types.TodoAdoptTemplateDocument,
    "mutation TodoSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }": types.TodoSubmitFilingDocument,
    "mutation TodoApproveFiling($id: ID!) {\n  approveFiling(id: $id, effectiveFrom: \"2026-08-01\") { id status }\n}": types.TodoApproveFilingDocument,
    "mutation TodoPreviewRating($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id pendingCount }\n}": types.TodoPreviewRatingDocument,
    "mutation TodoConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }": types.TodoConfirmRatingDocument,
    "query TodoWarningCases($o: ID!) {\n  organization(id: $o) { warningCases { id openedOn interviewDue isOverdue } }\n}": types.TodoWarningCasesDocument,
    "mutation TodoImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": types.TodoImportEntriesDocument,
    "mutation TodoReviewEntries($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}": types.TodoReviewEntriesDocument,
    "mutation TodoConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }": types.TodoConfirmAssemblyDocument,
    "mutation TodoPublishScores($a: ID!) {\n  publishScores(input: { assemblyId: $a, startsOn: \"2027-01-06\", endsOn: \"2027-01-12\" }) { id }\n}": types.TodoPublishScoresDocument,
    "mutation TodoRaiseObjection($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }": types.TodoRaiseObjectionDocument,
    "mutation TodoAnswerObjection($id: ID!) {\n  answerObjection(id: $id, upheld: false, answer: \"经核实，记录无误\") { id status }\n}": types.TodoAnswerObjectionDocument,
    "mutation TodoAppealObjection($id: ID!) {\n  appealObjection(id: $id, content: \"不服答复，向镇党委申诉\") { id status }\n}": types.TodoAppealObjectionDocument,
    "mutation TodoDecideAppeal($id: ID!) {\n  decideAppeal(id: $id, upheld: false, decision: \"维持支部答复\") { id status }\n}": types.TodoDecideAppealDocument,
    "\n  query UnrecordedMemberScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      name\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n      }\n    }\n  }\n": types.UnrecordedMemberScoreDocument,
    "\n  query UnrecordedRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        membersExempt\n        mean\n      }\n    }\n  }\n": types.UnrecordedRollupDocument,
    "\n  mutation UnrecordedAssembly($i: ConfirmAssemblyInput!) {\n    confirmAssembly(input: $i) {\n      id\n      periodKey\n      entryCount\n    }\n  }\n": types.UnrecordedAssemblyDocument,
    "mutation UploadsImportEntries($i: ImportEntriesInput!, $key: String) { importEntries(input: $i, clientKey: $key) { id state memberId } }": types.UploadsImportEntriesDocument,
    "mutation UploadsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.UploadsCreateOrganizationDocument,
    "mutation UploadsAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": types.UploadsAdoptTemplateDocument,
    "mutation UploadsSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.UploadsSubmitFilingDocument,
    "mutation UploadsApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": types.UploadsApproveFilingDocument,
    "mutation UploadsAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.UploadsAddMemberDocument,
    "mutation UploadsDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { evidence { id fileName size } } }": types.UploadsDeclareEntryDocument,
    "mutation DecisionDayPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}": types.DecisionDayPreviewDocument,
    "mutation DecisionDayConfirm($r: ID!, $d: Date) {\n  confirmRating(runId: $r, decidedOn: $d) { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}": types.DecisionDayConfirmDocument,
    "mutation ReadinessPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") {\n    id pendingCount summary { rated } pendingBranches { branchName count provisional published held reason }\n  }\n}": types.ReadinessPreviewDocument,
    "mutation ReadinessEmptyPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2025-H2\") { id pendingCount pendingBranches { branchId } summary { scores rated } }\n}": types.ReadinessEmptyPreviewDocument,
    "query DecisionDayCases($o: ID!) {\n  organization(id: $o) {\n    warningCases { id memberName periodKey status openedOn interviewDue isOverdue overdue interviewedOn }\n    ratingRollup(period: \"2026-H1\") { warnings { open overdue escalated closed } }\n  }\n}": types.DecisionDayCasesDocument,
    "mutation DecisionDayInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status interviewedOn }\n}": types.DecisionDayInterviewDocument,
    "mutation PlanRevisionPair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}": types.PlanRevisionPairDocument,
    "mutation PlanRevisionPlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status plannedOn rectifyDeadline }\n}": types.PlanRevisionPlanDocument,
    "mutation PlanRevisionRevise($i: ReviseRectificationPlanInput!) {\n  reviseRectificationPlan(input: $i) {\n    id status plan rectifyDeadline\n    planRevisions { seq plan deadline planBefore deadlineBefore revisedOn revisedBy reason recordedBy }\n  }\n}": types.PlanRevisionReviseDocument,
    "query WarningOutcomeCases($o: ID!) {\n  organization(id: $o) { warningCases(first: 50) {\n    id memberId memberName memberKind periodKey trigger triggerNote total status outcome outcomeBy warnedPeriods\n    nextPeriodKey nextTotal nextRunId nextDisposal measuresAvailable\n    history { seq kind periodKey runId total note recordedBy }\n  } }\n}": types.WarningOutcomeCasesDocument,
    "query WarningOutcomeMemberCases($m: ID!) {\n  member(id: $m) { warningCases { id periodKey warnedPeriods status } }\n}": types.WarningOutcomeMemberCasesDocument,
    "mutation WarningOutcomeInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status }\n}": types.WarningOutcomeInterviewDocument,
    "mutation WarningOutcomePair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}": types.WarningOutcomePairDocument,
    "mutation WarningOutcomePlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status rectifyDeadline }\n}": types.WarningOutcomePlanDocument,
    "mutation WarningOutcomeDecide($i: DecideWarningOutcomeInput!) {\n  decideWarningOutcome(input: $i) { id status outcome outcomeOn nextPeriodKey nextTotal warnedPeriods measuresAvailable }\n}": types.WarningOutcomeDecideDocument,
    "mutation WarningOutcomePreview($o: ID!, $p: String!) {\n  previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings } }\n}": types.WarningOutcomePreviewDocument,
    "mutation WarningOutcomeConfirm($r: ID!) {\n  confirmRating(runId: $r) { id status confirmedByName }\n}": types.WarningOutcomeConfirmDocument,
    "query WarningOutcomeRollup($o: ID!, $p: String!) {\n  organization(id: $o) { ratingRollup(period: $p) { warnings { open overdue escalated closed } } }\n}": types.WarningOutcomeRollupDocument,
    "mutation WarningOutcomeCreateOrg($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { id }\n}": types.WarningOutcomeCreateOrgDocument,
    "mutation WarningOutcomeAdopt($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id }\n}": types.WarningOutcomeAdoptDocument,
    "mutation WarningOutcomeSubmit($id: ID!) { submitFiling(id: $id) { id } }": types.WarningOutcomeSubmitDocument,
    "mutation WarningOutcomeApprove($id: ID!, $from: Date!) {\n  approveFiling(id: $id, effectiveFrom: $from) { id }\n}": types.WarningOutcomeApproveDocument,
    "mutation WarningOutcomeAddMember($input: AddMemberInput!) {\n  addMember(input: $input) { id }\n}": types.WarningOutcomeAddMemberDocument,
    "mutation WarningOutcomePropose($i: RecordDisposalStepInput!) {\n  recordDisposalStep(input: $i) { id status disposalMeasure disposalStep }\n}": types.WarningOutcomeProposeDocument,
    "mutation ScoredPeriodImport($i: ImportEntriesInput!) { importEntries(input: $i) { id } }": types.ScoredPeriodImportDocument,
    "mutation ScoredPeriodAccept($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}": types.ScoredPeriodAcceptDocument,
    "mutation ScoredPeriodAssembly($i: ConfirmAssemblyInput!) {\n  confirmAssembly(input: $i) { id }\n}": types.ScoredPeriodAssemblyDocument,
    "mutation ScoredPeriodPublish($a: ID!, $s: Date!, $e: Date!) {\n  publishScores(input: { assemblyId: $a, startsOn: $s, endsOn: $e }) { id }\n}": types.ScoredPeriodPublishDocument,
    "mutation ScoredPeriodClose($w: ID!) { closePublicity(windowId: $w) { status } }": types.ScoredPeriodCloseDocument,
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
export function apiGraphql(source: "query AccessPropertyMember($id: ID!) { member(id: $id) { id } }"): (typeof documents)["query AccessPropertyMember($id: ID!) { member(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation AccessPropertyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation AccessPropertyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation AccessPropertyAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation AccessPropertyAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query AccessPropertyOrganizations { organizations { id members(first: 200) { items { id } } } }"): (typeof documents)["query AccessPropertyOrganizations { organizations { id members(first: 200) { items { id } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query AccessWithin($id: ID!) {\n    organization(id: $id) {\n      accountsWithin {\n        username\n        organizationId\n      }\n      apiKeysWithin {\n        name\n        organizationId\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessWithin($id: ID!) {\n    organization(id: $id) {\n      accountsWithin {\n        username\n        organizationId\n      }\n      apiKeysWithin {\n        name\n        organizationId\n        revokedAt\n      }\n    }\n  }\n"];
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
export function apiGraphql(source: "mutation BranchRankCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation BranchRankCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankAdopt($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"): (typeof documents)["mutation BranchRankAdopt($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankSubmit($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation BranchRankSubmit($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankApprove($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"): (typeof documents)["mutation BranchRankApprove($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation BranchRankAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankRecord($i: RecordEntriesInput!) { recordEntries(input: $i) { id state } }"): (typeof documents)["mutation BranchRankRecord($i: RecordEntriesInput!) { recordEntries(input: $i) { id state } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankConfirm($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"): (typeof documents)["mutation BranchRankConfirm($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankPublish($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2025-01-06\", endsOn: \"2025-01-12\" }) { id } }"): (typeof documents)["mutation BranchRankPublish($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2025-01-06\", endsOn: \"2025-01-12\" }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BranchRankClose($w: ID!) { closePublicity(windowId: $w) { status } }"): (typeof documents)["mutation BranchRankClose($w: ID!) { closePublicity(windowId: $w) { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query BranchRankScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state total graded grade { code }\n        rank { position of tied }\n        eligibilities { code status reason }\n        selectionCandidate { code }\n        components { code score }\n        explanation { rule text }\n      }\n    }\n  }"): (typeof documents)["query BranchRankScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state total graded grade { code }\n        rank { position of tied }\n        eligibilities { code status reason }\n        selectionCandidate { code }\n        components { code score }\n        explanation { rule text }\n      }\n    }\n  }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query BranchSummariesOrganization($id: ID!) { organization(id: $id) { scoreRollup(period: \"2024-Q1\") { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews children { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews } } } }"): (typeof documents)["query BranchSummariesOrganization($id: ID!) { organization(id: $id) { scoreRollup(period: \"2024-Q1\") { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews children { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews } } } }"];
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
export function apiGraphql(source: "query DemoDistrictTownshipIds { organizations(level: TOWNSHIP) { id name } }"): (typeof documents)["query DemoDistrictTownshipIds { organizations(level: TOWNSHIP) { id name } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganizations { organizations(level: DISTRICT) { id } }"): (typeof documents)["query DemoDistrictOrganizations { organizations(level: DISTRICT) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization($id: ID!, $p: String!) { organization(id: $id) { ratingRollup(period: $p) { rated grades { code count } stars { stars places taken } warnings { open overdue escalated closed } children { organizationId warnings { open overdue } } } } }"): (typeof documents)["query DemoDistrictOrganization($id: ID!, $p: String!) { organization(id: $id) { ratingRollup(period: $p) { rated grades { code count } stars { stars places taken } warnings { open overdue escalated closed } children { organizationId warnings { open overdue } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganizations2 { organizations(level: DISTRICT) { name memberCount children { name memberCount children { name memberCount } } } }"): (typeof documents)["query DemoDistrictOrganizations2 { organizations(level: DISTRICT) { name memberCount children { name memberCount children { name memberCount } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganizations3 { organizations(level: DISTRICT) { id path children { name children { id level schemeAssignment { organizationId } } } } }"): (typeof documents)["query DemoDistrictOrganizations3 { organizations(level: DISTRICT) { id path children { name children { id level schemeAssignment { organizationId } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization2($id: ID!) { organization(id: $id) { name path effectiveScheme { name } quotaPolicy { fiveStarPercent fourStarPercent threeStarPercent inherited isDefault } } }"): (typeof documents)["query DemoDistrictOrganization2($id: ID!) { organization(id: $id) { name path effectiveScheme { name } quotaPolicy { fiveStarPercent fourStarPercent threeStarPercent inherited isDefault } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganizations4 { organizations(level: DISTRICT) { id } }"): (typeof documents)["query DemoDistrictOrganizations4 { organizations(level: DISTRICT) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization3($id: ID!) { organization(id: $id) { before: effectiveScheme(on: \"2024-12-31\") { name } after: effectiveScheme(on: \"2025-01-01\") { name } } }"): (typeof documents)["query DemoDistrictOrganization3($id: ID!) { organization(id: $id) { before: effectiveScheme(on: \"2024-12-31\") { name } after: effectiveScheme(on: \"2025-01-01\") { name } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DemoDistrictLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role } } }"): (typeof documents)["mutation DemoDistrictLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictMe { me { role subject organizationId memberId } }"): (typeof documents)["query DemoDistrictMe { me { role subject organizationId memberId } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictMember($id: ID!) { member(id: $id) { organizationId } }"): (typeof documents)["query DemoDistrictMember($id: ID!) { member(id: $id) { organizationId } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization4($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { membersScored membersExempt mean median finalScores distribution { label count } grades { code count } } } }"): (typeof documents)["query DemoDistrictOrganization4($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { membersScored membersExempt mean median finalScores distribution { label count } grades { code count } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization5($id: ID!) { organization(id: $id) { ratingRuns { period status pendingCount } } }"): (typeof documents)["query DemoDistrictOrganization5($id: ID!) { organization(id: $id) { ratingRuns { period status pendingCount } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 200) {\n            status trigger triggerNote total warnedPeriods helperName plan disposals { measure steps { step } }\n          } } }"): (typeof documents)["query DemoDistrictOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 200) {\n            status trigger triggerNote total warnedPeriods helperName plan disposals { measure steps { step } }\n          } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization7($id: ID!) { organization(id: $id) { scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows children { organizationId pendingReviews openObjections runningWindows } } } }"): (typeof documents)["query DemoDistrictOrganization7($id: ID!) { organization(id: $id) { scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows children { organizationId pendingReviews openObjections runningWindows } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganizations5 { organizations(level: TOWNSHIP) { id name } }"): (typeof documents)["query DemoDistrictOrganizations5 { organizations(level: TOWNSHIP) { id name } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization8($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }"): (typeof documents)["query DemoDistrictOrganization8($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictRunDays($id: ID!) { organization(id: $id) { ratingRuns { period decidedOn periodEnd status } } }"): (typeof documents)["query DemoDistrictRunDays($id: ID!) { organization(id: $id) { ratingRuns { period decidedOn periodEnd status } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictCaseDays($id: ID!) { organization(id: $id) { warningCases(first: 200) { periodKey status trigger openedOn interviewDue interviewedOn isOverdue overdue } } }"): (typeof documents)["query DemoDistrictCaseDays($id: ID!) { organization(id: $id) { warningCases(first: 200) { periodKey status trigger openedOn interviewDue interviewedOn isOverdue overdue } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictTownships { organizations(level: TOWNSHIP) { id name } }"): (typeof documents)["query DemoDistrictTownships { organizations(level: TOWNSHIP) { id name } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DemoDistrictLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"): (typeof documents)["mutation DemoDistrictLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictMe2 { me { memberId organizationId } }"): (typeof documents)["query DemoDistrictMe2 { me { memberId organizationId } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictMember2($id: ID!) { member(id: $id) { name score(period: \"2025\") { total state grade { name } } entries(first: 5) { total } warningCases { id } } }"): (typeof documents)["query DemoDistrictMember2($id: ID!) { member(id: $id) { name score(period: \"2025\") { total state grade { name } } entries(first: 5) { total } warningCases { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictOrganization9($id: ID!) { organization(id: $id) { name scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows } warningCases { status trigger interviewedOn disposalStep isOverdue } } }"): (typeof documents)["query DemoDistrictOrganization9($id: ID!) { organization(id: $id) { name scoreRollup(period: \"2026\") { pendingReviews openObjections runningWindows } warningCases { status trigger interviewedOn disposalStep isOverdue } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DemoDistrictLogin3($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"): (typeof documents)["mutation DemoDistrictLogin3($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DemoDistrictTownshipDesk($id: ID!) { organization(id: $id) {\n            warningCases(first: 200) { status trigger isOverdue interviewDue }\n            children { name filings(status: SUBMITTED) { status } children { name filings(status: SUBMITTED) { status } } }\n            ratingRuns(period: \"2026-H1\") { id status pendingCount }\n            objections(status: [APPEALED]) { status appealText }\n          } }"): (typeof documents)["query DemoDistrictTownshipDesk($id: ID!) { organization(id: $id) {\n            warningCases(first: 200) { status trigger isOverdue interviewDue }\n            children { name filings(status: SUBMITTED) { status } children { name filings(status: SUBMITTED) { status } } }\n            ratingRuns(period: \"2026-H1\") { id status pendingCount }\n            objections(status: [APPEALED]) { status appealText }\n          } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DemoDistrictTownshipConfirm($r: ID!) { confirmRating(runId: $r) { status organizationName } }"): (typeof documents)["mutation DemoDistrictTownshipConfirm($r: ID!) { confirmRating(runId: $r) { status organizationName } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewayOrg($id: ID!) {\n  organization(id: $id) {\n    id name level levelLabel path memberCount\n    parent { id name }\n    children { id name level children { id name } }\n    members(first: 10) { total items { id memberNo name kind organization { id name } } }\n    quotaPolicy(cycle: 2026) { cycle fiveStarPercent fourStarPercent threeStarPercent isDefault inherited }\n    ratingRollup(period: \"2026\") { organizationId rated exempt period children { organizationId } }\n    filings { id status scheme { id name } }\n    effectiveScheme(on: \"2026-11-21\") { id name templateCode }\n  }\n  schemes { id name ownerOrganizationId }\n}"): (typeof documents)["query HiveGatewayOrg($id: ID!) {\n  organization(id: $id) {\n    id name level levelLabel path memberCount\n    parent { id name }\n    children { id name level children { id name } }\n    members(first: 10) { total items { id memberNo name kind organization { id name } } }\n    quotaPolicy(cycle: 2026) { cycle fiveStarPercent fourStarPercent threeStarPercent isDefault inherited }\n    ratingRollup(period: \"2026\") { organizationId rated exempt period children { organizationId } }\n    filings { id status scheme { id name } }\n    effectiveScheme(on: \"2026-11-21\") { id name templateCode }\n  }\n  schemes { id name ownerOrganizationId }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewaySchemes { schemes { id } }"): (typeof documents)["query HiveGatewaySchemes { schemes { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewayPageOfN($n: Int!) { organizations { members(first: $n) { total } } }"): (typeof documents)["query HiveGatewayPageOfN($n: Int!) { organizations { members(first: $n) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation HiveGatewayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation HiveGatewayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation HiveGatewayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation HiveGatewayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation HiveGatewayAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"东城先锋指数\") { id } }"): (typeof documents)["mutation HiveGatewayAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\", name: \"东城先锋指数\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewayMembersOfOrganization($id: ID!) { organization(id: $id) { id name members(first: 5) { total } } }"): (typeof documents)["query HiveGatewayMembersOfOrganization($id: ID!) { organization(id: $id) { id name members(first: 5) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation HiveGatewayRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \"改名\") { id } }"): (typeof documents)["mutation HiveGatewayRenameOrganization($id: ID!) { renameOrganization(id: $id, name: \"改名\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation HiveGatewayLogin { login(username: \"nobody\", password: \"wrong-password\") { token } }"): (typeof documents)["mutation HiveGatewayLogin { login(username: \"nobody\", password: \"wrong-password\") { token } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewayOrganizations { organizations { members(first: 10000) { total } } }"): (typeof documents)["query HiveGatewayOrganizations { organizations { members(first: 10000) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewayOrganizations3 { organizations { children { children { members(first: 200) { items { id name } } } } } }"): (typeof documents)["query HiveGatewayOrganizations3 { organizations { children { children { members(first: 200) { items { id name } } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewaySchema { __schema { queryType { name } } }"): (typeof documents)["query HiveGatewaySchema { __schema { queryType { name } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query HiveGatewayOrganizationDown($id: ID!) { organization(id: $id) { name quotaPolicy { cycle } } }"): (typeof documents)["query HiveGatewayOrganizationDown($id: ID!) { organization(id: $id) { name quotaPolicy { cycle } } }"];
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
export function apiGraphql(source: "mutation LedgerRegisterDeclareEntry($input: DeclareEntryInput!, $key: String) { declareEntry(input: $input, clientKey: $key) { id seq state itemCode points review { decision points } memberId } }"): (typeof documents)["mutation LedgerRegisterDeclareEntry($input: DeclareEntryInput!, $key: String) { declareEntry(input: $input, clientKey: $key) { id seq state itemCode points review { decision points } memberId } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query LedgerRegisterScore($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total state grade { code } components { code score } } } }"): (typeof documents)["query LedgerRegisterScore($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total state grade { code } components { code score } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation LedgerRegisterReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id seq state itemCode points review { decision points } memberId } }"): (typeof documents)["mutation LedgerRegisterReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id seq state itemCode points review { decision points } memberId } }"];
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
export function apiGraphql(source: "\n  query MemberPublicityBranch($o: ID!) {\n    organization(id: $o) {\n      publicityWindows {\n        id\n        periodKey\n        startsOn\n        endsOn\n        list {\n          periodKey\n          startsOn\n          endsOn\n          ownRank\n          rows {\n            rank\n            name\n            total\n            gradeName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPublicityBranch($o: ID!) {\n    organization(id: $o) {\n      publicityWindows {\n        id\n        periodKey\n        startsOn\n        endsOn\n        list {\n          periodKey\n          startsOn\n          endsOn\n          ownRank\n          rows {\n            rank\n            name\n            total\n            gradeName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query MemberPublicityWindow($w: ID!) {\n    publicityWindow(id: $w) {\n      id\n      list {\n        ownRank\n        rows {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPublicityWindow($w: ID!) {\n    publicityWindow(id: $w) {\n      id\n      list {\n        ownRank\n        rows {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query MemberPublicityScorePage($o: ID!) {\n    organization(id: $o) {\n      periodScores(period: \"2024-Q1\") {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPublicityScorePage($o: ID!) {\n    organization(id: $o) {\n      periodScores(period: \"2024-Q1\") {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query MemberPublicityEntries($o: ID!) {\n    organization(id: $o) {\n      entries(first: 50) {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPublicityEntries($o: ID!) {\n    organization(id: $o) {\n      entries(first: 50) {\n        items {\n          memberId\n        }\n      }\n    }\n  }\n"];
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
export function apiGraphql(source: "\n  mutation QuotaPreviewCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n"): (typeof documents)["\n  mutation QuotaPreviewCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation QuotaPreviewLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }\n"): (typeof documents)["\n  mutation QuotaPreviewLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query QuotaPreviewDraft($i: SetQuotaPolicyInput!, $p: String!) {\n    previewQuotaPolicy(input: $i, period: $p) {\n      organizationId organizationName period\n      policy { id setAt setByName isDefault fiveStarPercent overrides { branchId branch { name } fiveStarPercent reason } }\n      summary { rated levels { stars places taken } }\n      units { unitId name basis count levels { stars percent places taken explanation } }\n      members { memberName branchName unitName status stars standingStars explanation }\n      pendingCount\n      pendingBranches { branchName count reason }\n      comparedWith { version status organizationName }\n      changes { memberName kind text starsBefore starsAfter }\n    }\n  }\n"): (typeof documents)["\n  query QuotaPreviewDraft($i: SetQuotaPolicyInput!, $p: String!) {\n    previewQuotaPolicy(input: $i, period: $p) {\n      organizationId organizationName period\n      policy { id setAt setByName isDefault fiveStarPercent overrides { branchId branch { name } fiveStarPercent reason } }\n      summary { rated levels { stars places taken } }\n      units { unitId name basis count levels { stars percent places taken explanation } }\n      members { memberName branchName unitName status stars standingStars explanation }\n      pendingCount\n      pendingBranches { branchName count reason }\n      comparedWith { version status organizationName }\n      changes { memberName kind text starsBefore starsAfter }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query QuotaPreviewStored($town: ID!, $district: ID!) {\n    town: organization(id: $town) {\n      quotaPolicy(cycle: 2026) { id isDefault fiveStarPercent }\n      quotaPolicyHistory { id }\n      ratingRuns { id version status }\n      auditLog(first: 200) { id operation }\n    }\n    district: organization(id: $district) { ratingRuns { id version status } }\n  }\n"): (typeof documents)["\n  query QuotaPreviewStored($town: ID!, $district: ID!) {\n    town: organization(id: $town) {\n      quotaPolicy(cycle: 2026) { id isDefault fiveStarPercent }\n      quotaPolicyHistory { id }\n      ratingRuns { id version status }\n      auditLog(first: 200) { id operation }\n    }\n    district: organization(id: $district) { ratingRuns { id version status } }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation QuotaPreviewSetPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id setByName } }\n"): (typeof documents)["\n  mutation QuotaPreviewSetPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id setByName } }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation QuotaPreviewReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { state } }\n"): (typeof documents)["\n  mutation QuotaPreviewReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { state } }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query QuotaPreviewHistory($o: ID!) {\n    organization(id: $o) { quotaPolicyHistory { id cycle fiveStarPercent reason setAt setByName overrides { branchId branch { name } reason } } }\n  }\n"): (typeof documents)["\n  query QuotaPreviewHistory($o: ID!) {\n    organization(id: $o) { quotaPolicyHistory { id cycle fiveStarPercent reason setAt setByName overrides { branchId branch { name } reason } } }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRollupSummaryDashboard($d: ID!) {\n  organization(id: $d) {\n    ratingRollup(period: \"2026-H1\") {\n      organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n      children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n      trend { period rated meanTotal fiveStars fourStars threeStars warned }\n    }\n    children {\n      id\n      ratingRollup(period: \"2026-H1\") {\n        organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n        children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n        trend { period rated meanTotal fiveStars fourStars threeStars warned }\n      }\n    }\n  }\n}"): (typeof documents)["query RatingRollupSummaryDashboard($d: ID!) {\n  organization(id: $d) {\n    ratingRollup(period: \"2026-H1\") {\n      organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n      children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n      trend { period rated meanTotal fiveStars fourStars threeStars warned }\n    }\n    children {\n      id\n      ratingRollup(period: \"2026-H1\") {\n        organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }\n        children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }\n        trend { period rated meanTotal fiveStars fourStars threeStars warned }\n      }\n    }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }"): (typeof documents)["mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunPreview($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }"): (typeof documents)["mutation RatingRunPreview($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunConfirm($r: ID!) { confirmRating(runId: $r) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }"): (typeof documents)["mutation RatingRunConfirm($r: ID!) { confirmRating(runId: $r) {\n          id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n          summary { scores rated warnings units levels { stars places taken overflow } }\n          changes { memberId memberName kind text starsBefore starsAfter }\n          units { unitId name basis count levels { stars percent places taken overflow explanation } }\n        } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunRun($r: ID!) { ratingRun(id: $r) {\n            id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n            summary { scores rated warnings units levels { stars places taken overflow } }\n            changes { memberId memberName kind text starsBefore starsAfter }\n            units { unitId name basis count levels { stars percent places taken overflow explanation } }\n          } }"): (typeof documents)["query RatingRunRun($r: ID!) { ratingRun(id: $r) {\n            id version status period organizationId pendingCount comparedWith createdAt confirmedAt\n            summary { scores rated warnings units levels { stars places taken overflow } }\n            changes { memberId memberName kind text starsBefore starsAfter }\n            units { unitId name basis count levels { stars percent places taken overflow explanation } }\n          } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunResults($r: ID!, $warningOnly: Boolean! = false, $stars: Int) { ratingRun(id: $r) {\n            results(first: 50, warningOnly: $warningOnly, stars: $stars) { total items { memberId memberName memberNo branchId unitId status total base starPoints grade { code name } stars rank warning explanation } }\n          } }"): (typeof documents)["query RatingRunResults($r: ID!, $warningOnly: Boolean! = false, $stars: Int) { ratingRun(id: $r) {\n            results(first: 50, warningOnly: $warningOnly, stars: $stars) { total items { memberId memberName memberNo branchId unitId status total base starPoints grade { code name } stars rank warning explanation } }\n          } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunRunsOfTown($o: ID!) { organization(id: $o) { ratingRuns(period: \"2026-H1\") { id version status } } }"): (typeof documents)["query RatingRunRunsOfTown($o: ID!) { organization(id: $o) { ratingRuns(period: \"2026-H1\") { id version status } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunRatings($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo stars(period: \"2026-H1\") rating(period: \"2026-H1\") { stars total rank explanation }\n          } } } }"): (typeof documents)["query RatingRunRatings($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo stars(period: \"2026-H1\") rating(period: \"2026-H1\") { stars total rank explanation }\n          } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunWarningCases($o: ID!, $status: WarningCaseStatus, $overdueOnly: Boolean! = false) {\n            organization(id: $o) { warningCases(status: $status, overdueOnly: $overdueOnly) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }\n          }"): (typeof documents)["query RatingRunWarningCases($o: ID!, $status: WarningCaseStatus, $overdueOnly: Boolean! = false) {\n            organization(id: $o) { warningCases(status: $status, overdueOnly: $overdueOnly) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }\n          }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunRollup($o: ID!) { organization(id: $o) { ratingRollup(period: \"2026-H1\") {\n            period organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed }\n            children { organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed } }\n          } } }"): (typeof documents)["query RatingRunRollup($o: ID!) { organization(id: $o) { ratingRollup(period: \"2026-H1\") {\n            period organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed }\n            children { organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed } }\n          } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation RatingRunCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"): (typeof documents)["mutation RatingRunAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation RatingRunSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"): (typeof documents)["mutation RatingRunApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunAddPlannedMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation RatingRunAddPlannedMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id state } }"): (typeof documents)["mutation RatingRunImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id state } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunReviewImported($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }"): (typeof documents)["mutation RatingRunReviewImported($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunConfirmBranchAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id entryCount } }"): (typeof documents)["mutation RatingRunConfirmBranchAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id entryCount } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunPublishBranchScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }"): (typeof documents)["mutation RatingRunPublishBranchScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: \"2026-07-03\", endsOn: \"2026-07-09\" }) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunScores($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo score(period: \"2026-H1\") { state total components { code score } }\n          } } } }"): (typeof documents)["query RatingRunScores($o: ID!) { organization(id: $o) { members(first: 50) { items {\n            memberNo score(period: \"2026-H1\") { state total components { code score } }\n          } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunCloseWindow($w: ID!) { closePublicity(windowId: $w) { status } }"): (typeof documents)["mutation RatingRunCloseWindow($w: ID!) { closePublicity(windowId: $w) { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPeriodScoresPage($o: ID!, $a: ID) { organization(id: $o) { periodScores(period: \"2026-H1\", states: [FINAL], first: 7, after: $a) { nextAfter items { memberId state star { base } member { memberNo } } } } }"): (typeof documents)["query RatingRunPeriodScoresPage($o: ID!, $a: ID) { organization(id: $o) { periodScores(period: \"2026-H1\", states: [FINAL], first: 7, after: $a) { nextAfter items { memberId state star { base } member { memberNo } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPeriodScoresTooLarge($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 5000) { nextAfter } } }"): (typeof documents)["query RatingRunPeriodScoresTooLarge($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 5000) { nextAfter } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPeriodScoresLean($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n          } } } }"): (typeof documents)["query RatingRunPeriodScoresLean($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n          } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPeriodScoresFull($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n            components { code score } explanation { text }\n          } } } }"): (typeof documents)["query RatingRunPeriodScoresFull($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", first: 100) { nextAfter items {\n            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }\n            components { code score } explanation { text }\n          } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPeriodScoresRange($o: ID!, $before: ID, $after: ID) {\n              organization(id: $o) { periodScores(period: \"2026-H1\", first: 100, before: $before, after: $after) { nextAfter items { memberId } } }\n            }"): (typeof documents)["query RatingRunPeriodScoresRange($o: ID!, $before: ID, $after: ID) {\n              organization(id: $o) { periodScores(period: \"2026-H1\", first: 100, before: $before, after: $after) { nextAfter items { memberId } } }\n            }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPeriodScoresBadBound($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", before: \"nope\") { nextAfter } } }"): (typeof documents)["query RatingRunPeriodScoresBadBound($o: ID!) { organization(id: $o) { periodScores(period: \"2026-H1\", before: \"nope\") { nextAfter } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunMemberCaseIds($m: ID!) { member(id: $m) { warningCases { id } } }"): (typeof documents)["query RatingRunMemberCaseIds($m: ID!) { member(id: $m) { warningCases { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunMemberCases($m: ID!) { member(id: $m) { warningCases { status periodKey } } }"): (typeof documents)["query RatingRunMemberCases($m: ID!) { member(id: $m) { warningCases { status periodKey } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPublicityStars($w: ID!) { publicityWindow(id: $w) { list { rated rows { name total stars } } } }"): (typeof documents)["query RatingRunPublicityStars($w: ID!) { publicityWindow(id: $w) { list { rated rows { name total stars } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunBranchStars($o: ID!) { organization(id: $o) { members(first: 50) { items { name stars(period: \"2026-H1\") } } } }"): (typeof documents)["query RatingRunBranchStars($o: ID!) { organization(id: $o) { members(first: 50) { items { name stars(period: \"2026-H1\") } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { kind state } }"): (typeof documents)["mutation RatingRunReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: \"扣分依据不足，予以更正\") { kind state } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunSetBranchPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id } }"): (typeof documents)["mutation RatingRunSetBranchPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query RatingRunPolicyHistory($o: ID!) { organization(id: $o) { quotaPolicyHistory { id } } }"): (typeof documents)["query RatingRunPolicyHistory($o: ID!) { organization(id: $o) { quotaPolicyHistory { id } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunEarlyPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { id } }"): (typeof documents)["mutation RatingRunEarlyPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunRecordInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }"): (typeof documents)["mutation RatingRunRecordInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunPairHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }"): (typeof documents)["mutation RatingRunPairHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunSetPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }"): (typeof documents)["mutation RatingRunSetPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) {\n              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunNotImproved($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { id } }"): (typeof documents)["mutation RatingRunNotImproved($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunImprove($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n          } }"): (typeof documents)["mutation RatingRunImprove($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n          } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunEscalate($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            measuresAvailable\n          } }"): (typeof documents)["mutation RatingRunEscalate($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            measuresAvailable\n          } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunProposeDisposal($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            disposals { measure finished nextSteps steps { seq step decidedBy decidedOn documents } }\n          } }"): (typeof documents)["mutation RatingRunProposeDisposal($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) {\n            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue\n            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep\n            disposals { measure finished nextSteps steps { seq step decidedBy decidedOn documents } }\n          } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunOutOfOrderStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { id } }"): (typeof documents)["mutation RatingRunOutOfOrderStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunOverlapCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation RatingRunOverlapCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunOverlapAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"): (typeof documents)["mutation RatingRunOverlapAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunOverlapSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation RatingRunOverlapSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation RatingRunOverlapApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"): (typeof documents)["mutation RatingRunOverlapApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"];
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
export function apiGraphql(source: "\n  query RegisterGapsScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n        consequences {\n          code\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterGapsScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n        consequences {\n          code\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query RegisterGapsRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        mean\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterGapsRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        mean\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation RegisterGapsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterGapsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation RegisterGapsDeclare($i: DeclareEntryInput!) {\n    declareEntry(input: $i) {\n      id\n      occurredOn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterGapsDeclare($i: DeclareEntryInput!) {\n    declareEntry(input: $i) {\n      id\n      occurredOn\n    }\n  }\n"];
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
export function apiGraphql(source: "mutation SchemeFilingAdopt($o: ID!, $c: String!, $n: String) { adoptTemplate(organizationId: $o, templateCode: $c, name: $n) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"): (typeof documents)["mutation SchemeFilingAdopt($o: ID!, $c: String!, $n: String) { adoptTemplate(organizationId: $o, templateCode: $c, name: $n) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingEditFiling($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r, note: \"公示期改为 10 天\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"): (typeof documents)["mutation SchemeFilingEditFiling($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r, note: \"公示期改为 10 天\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SchemeFilingQueue { filings(status: SUBMITTED) { id organization { name } history { action actorName } } }"): (typeof documents)["query SchemeFilingQueue { filings(status: SUBMITTED) { id organization { name } history { action actorName } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2027-01-01\", comments: \"同意备案\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"): (typeof documents)["mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2027-01-01\", comments: \"同意备案\") { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } rules } }"): (typeof documents)["mutation SchemeFilingReviseScheme($s: ID!) { reviseScheme(schemeId: $s) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } rules } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SchemeFilingCopyEffectiveScheme($o: ID!) { copyEffectiveScheme(organizationId: $o) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"): (typeof documents)["mutation SchemeFilingCopyEffectiveScheme($o: ID!) { copyEffectiveScheme(organizationId: $o) { id status note effectiveFrom decisionComment baseVersion { version } approvedVersion { id version } history { action comment } scheme { id name latestVersion { version } } } }"];
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
export function apiGraphql(source: "query SeedLoadOrganization($id: ID!) { organization(id: $id) { name memberCount children { level children { level } } } }"): (typeof documents)["query SeedLoadOrganization($id: ID!) { organization(id: $id) { name memberCount children { level children { level } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization2($id: ID!, $p: String!) { organization(id: $id) { periodScores(period: $p, first: 1000) { items { state status total } } } }"): (typeof documents)["query SeedLoadOrganization2($id: ID!, $p: String!) { organization(id: $id) { periodScores(period: $p, first: 1000) { items { state status total } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization3($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { finalScores runningWindows } } }"): (typeof documents)["query SeedLoadOrganization3($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { finalScores runningWindows } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization4($id: ID!) { organization(id: $id) { members(first: 100) { items { reviewVotes { periodKey counts { level count } } } } } }"): (typeof documents)["query SeedLoadOrganization4($id: ID!) { organization(id: $id) { members(first: 100) { items { reviewVotes { periodKey counts { level count } } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization5($id: ID!) { organization(id: $id) { ratingRuns { id period status summary { rated warnings levels { stars places taken } } } } }"): (typeof documents)["query SeedLoadOrganization5($id: ID!) { organization(id: $id) { ratingRuns { id period status summary { rated warnings levels { stars places taken } } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadRatingRun($r: ID!) { ratingRun(id: $r) { results(first: 5, stars: 5) { items { stars explanation } } } }"): (typeof documents)["query SeedLoadRatingRun($r: ID!) { ratingRun(id: $r) { results(first: 5, stars: 5) { items { stars explanation } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 100) { memberName periodKey trigger total warnedPeriods } } }"): (typeof documents)["query SeedLoadOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 100) { memberName periodKey trigger total warnedPeriods } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization7($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }"): (typeof documents)["query SeedLoadOrganization7($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganization8($id: ID!) { organization(id: $id) { entries(states: [REJECTED], first: 5) { total } } }"): (typeof documents)["query SeedLoadOrganization8($id: ID!) { organization(id: $id) { entries(states: [REJECTED], first: 5) { total } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation SeedLoadLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"): (typeof documents)["mutation SeedLoadLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadMe { me { role } }"): (typeof documents)["query SeedLoadMe { me { role } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query SeedLoadOrganizations { organizations(level: DISTRICT) { name } }"): (typeof documents)["query SeedLoadOrganizations { organizations(level: DISTRICT) { name } }"];
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
export function apiGraphql(source: "query TemplatePreviewsPreview($code: String!, $facts: ScoreFactsInput!) { previewScore(templateCode: $code, facts: $facts) { period { key kind start end through complete toDate } status total\n  components { code label kind group score weight contribution sections { code label max score items { code label points counted excluded { entryId reason } } } items { code label points counted excluded { entryId reason } } }\n  veto { code label date } forcedGrade { code label date } graded grade { code name } selectionCandidate { code name }\n  consequences { code label } eligibilities { code label status reason maxRewardYuan } star { eligible base total reasons }\n  awardBasis { code label value } reviewPending explanation { rule text entryIds } } }"): (typeof documents)["query TemplatePreviewsPreview($code: String!, $facts: ScoreFactsInput!) { previewScore(templateCode: $code, facts: $facts) { period { key kind start end through complete toDate } status total\n  components { code label kind group score weight contribution sections { code label max score items { code label points counted excluded { entryId reason } } } items { code label points counted excluded { entryId reason } } }\n  veto { code label date } forcedGrade { code label date } graded grade { code name } selectionCandidate { code name }\n  consequences { code label } eligibilities { code label status reason maxRewardYuan } star { eligible base total reasons }\n  awardBasis { code label value } reviewPending explanation { rule text entryIds } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }"): (typeof documents)["query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: \"town-attendance\", facts: $facts) { total } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query TodoOfOrganization($o: ID!) {\n  organization(id: $o) {\n    filingTodos { kind label count oldestSince dueOn targetId periodKey }\n    ratingTodos { kind label count oldestSince dueOn targetId periodKey }\n    registerTodos { kind label count oldestSince dueOn targetId periodKey }\n  }\n}"): (typeof documents)["query TodoOfOrganization($o: ID!) {\n  organization(id: $o) {\n    filingTodos { kind label count oldestSince dueOn targetId periodKey }\n    ratingTodos { kind label count oldestSince dueOn targetId periodKey }\n    registerTodos { kind label count oldestSince dueOn targetId periodKey }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query TodoOfChildren($o: ID!) {\n  organization(id: $o) {\n    children {\n      filingTodos { kind count }\n      ratingTodos { kind count }\n      registerTodos { kind count }\n      children { filingTodos { kind count } ratingTodos { kind count } registerTodos { kind count } }\n    }\n  }\n}"): (typeof documents)["query TodoOfChildren($o: ID!) {\n  organization(id: $o) {\n    children {\n      filingTodos { kind count }\n      ratingTodos { kind count }\n      registerTodos { kind count }\n      children { filingTodos { kind count } ratingTodos { kind count } registerTodos { kind count } }\n    }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoAdoptTemplate($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\", name: \"东一村积分办法（修订）\") { id }\n}"): (typeof documents)["mutation TodoAdoptTemplate($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\", name: \"东一村积分办法（修订）\") { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }"): (typeof documents)["mutation TodoSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoApproveFiling($id: ID!) {\n  approveFiling(id: $id, effectiveFrom: \"2026-08-01\") { id status }\n}"): (typeof documents)["mutation TodoApproveFiling($id: ID!) {\n  approveFiling(id: $id, effectiveFrom: \"2026-08-01\") { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoPreviewRating($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id pendingCount }\n}"): (typeof documents)["mutation TodoPreviewRating($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id pendingCount }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }"): (typeof documents)["mutation TodoConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query TodoWarningCases($o: ID!) {\n  organization(id: $o) { warningCases { id openedOn interviewDue isOverdue } }\n}"): (typeof documents)["query TodoWarningCases($o: ID!) {\n  organization(id: $o) { warningCases { id openedOn interviewDue isOverdue } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"): (typeof documents)["mutation TodoImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoReviewEntries($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}"): (typeof documents)["mutation TodoReviewEntries($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"): (typeof documents)["mutation TodoConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoPublishScores($a: ID!) {\n  publishScores(input: { assemblyId: $a, startsOn: \"2027-01-06\", endsOn: \"2027-01-12\" }) { id }\n}"): (typeof documents)["mutation TodoPublishScores($a: ID!) {\n  publishScores(input: { assemblyId: $a, startsOn: \"2027-01-06\", endsOn: \"2027-01-12\" }) { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoRaiseObjection($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }"): (typeof documents)["mutation TodoRaiseObjection($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoAnswerObjection($id: ID!) {\n  answerObjection(id: $id, upheld: false, answer: \"经核实，记录无误\") { id status }\n}"): (typeof documents)["mutation TodoAnswerObjection($id: ID!) {\n  answerObjection(id: $id, upheld: false, answer: \"经核实，记录无误\") { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoAppealObjection($id: ID!) {\n  appealObjection(id: $id, content: \"不服答复，向镇党委申诉\") { id status }\n}"): (typeof documents)["mutation TodoAppealObjection($id: ID!) {\n  appealObjection(id: $id, content: \"不服答复，向镇党委申诉\") { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation TodoDecideAppeal($id: ID!) {\n  decideAppeal(id: $id, upheld: false, decision: \"维持支部答复\") { id status }\n}"): (typeof documents)["mutation TodoDecideAppeal($id: ID!) {\n  decideAppeal(id: $id, upheld: false, decision: \"维持支部答复\") { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query UnrecordedMemberScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      name\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnrecordedMemberScore($m: ID!, $p: String!) {\n    member(id: $m) {\n      name\n      score(period: $p) {\n        state\n        total\n        components {\n          code\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  query UnrecordedRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        membersExempt\n        mean\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnrecordedRollup($o: ID!, $p: String!) {\n    organization(id: $o) {\n      scoreRollup(period: $p) {\n        membersScored\n        membersExempt\n        mean\n      }\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "\n  mutation UnrecordedAssembly($i: ConfirmAssemblyInput!) {\n    confirmAssembly(input: $i) {\n      id\n      periodKey\n      entryCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnrecordedAssembly($i: ConfirmAssemblyInput!) {\n    confirmAssembly(input: $i) {\n      id\n      periodKey\n      entryCount\n    }\n  }\n"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsImportEntries($i: ImportEntriesInput!, $key: String) { importEntries(input: $i, clientKey: $key) { id state memberId } }"): (typeof documents)["mutation UploadsImportEntries($i: ImportEntriesInput!, $key: String) { importEntries(input: $i, clientKey: $key) { id state memberId } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation UploadsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"): (typeof documents)["mutation UploadsAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation UploadsSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"): (typeof documents)["mutation UploadsApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation UploadsAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation UploadsDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { evidence { id fileName size } } }"): (typeof documents)["mutation UploadsDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { evidence { id fileName size } } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DecisionDayPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}"): (typeof documents)["mutation DecisionDayPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DecisionDayConfirm($r: ID!, $d: Date) {\n  confirmRating(runId: $r, decidedOn: $d) { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}"): (typeof documents)["mutation DecisionDayConfirm($r: ID!, $d: Date) {\n  confirmRating(runId: $r, decidedOn: $d) { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ReadinessPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") {\n    id pendingCount summary { rated } pendingBranches { branchName count provisional published held reason }\n  }\n}"): (typeof documents)["mutation ReadinessPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2026-H1\") {\n    id pendingCount summary { rated } pendingBranches { branchName count provisional published held reason }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ReadinessEmptyPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2025-H2\") { id pendingCount pendingBranches { branchId } summary { scores rated } }\n}"): (typeof documents)["mutation ReadinessEmptyPreview($o: ID!) {\n  previewRating(organizationId: $o, period: \"2025-H2\") { id pendingCount pendingBranches { branchId } summary { scores rated } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DecisionDayCases($o: ID!) {\n  organization(id: $o) {\n    warningCases { id memberName periodKey status openedOn interviewDue isOverdue overdue interviewedOn }\n    ratingRollup(period: \"2026-H1\") { warnings { open overdue escalated closed } }\n  }\n}"): (typeof documents)["query DecisionDayCases($o: ID!) {\n  organization(id: $o) {\n    warningCases { id memberName periodKey status openedOn interviewDue isOverdue overdue interviewedOn }\n    ratingRollup(period: \"2026-H1\") { warnings { open overdue escalated closed } }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation DecisionDayInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status interviewedOn }\n}"): (typeof documents)["mutation DecisionDayInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status interviewedOn }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation PlanRevisionPair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}"): (typeof documents)["mutation PlanRevisionPair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation PlanRevisionPlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status plannedOn rectifyDeadline }\n}"): (typeof documents)["mutation PlanRevisionPlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status plannedOn rectifyDeadline }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation PlanRevisionRevise($i: ReviseRectificationPlanInput!) {\n  reviseRectificationPlan(input: $i) {\n    id status plan rectifyDeadline\n    planRevisions { seq plan deadline planBefore deadlineBefore revisedOn revisedBy reason recordedBy }\n  }\n}"): (typeof documents)["mutation PlanRevisionRevise($i: ReviseRectificationPlanInput!) {\n  reviseRectificationPlan(input: $i) {\n    id status plan rectifyDeadline\n    planRevisions { seq plan deadline planBefore deadlineBefore revisedOn revisedBy reason recordedBy }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query WarningOutcomeCases($o: ID!) {\n  organization(id: $o) { warningCases(first: 50) {\n    id memberId memberName memberKind periodKey trigger triggerNote total status outcome outcomeBy warnedPeriods\n    nextPeriodKey nextTotal nextRunId nextDisposal measuresAvailable\n    history { seq kind periodKey runId total note recordedBy }\n  } }\n}"): (typeof documents)["query WarningOutcomeCases($o: ID!) {\n  organization(id: $o) { warningCases(first: 50) {\n    id memberId memberName memberKind periodKey trigger triggerNote total status outcome outcomeBy warnedPeriods\n    nextPeriodKey nextTotal nextRunId nextDisposal measuresAvailable\n    history { seq kind periodKey runId total note recordedBy }\n  } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query WarningOutcomeMemberCases($m: ID!) {\n  member(id: $m) { warningCases { id periodKey warnedPeriods status } }\n}"): (typeof documents)["query WarningOutcomeMemberCases($m: ID!) {\n  member(id: $m) { warningCases { id periodKey warnedPeriods status } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status }\n}"): (typeof documents)["mutation WarningOutcomeInterview($i: RecordWarningInterviewInput!) {\n  recordWarningInterview(input: $i) { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomePair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}"): (typeof documents)["mutation WarningOutcomePair($i: PairWarningHelperInput!) {\n  pairWarningHelper(input: $i) { id status }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomePlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status rectifyDeadline }\n}"): (typeof documents)["mutation WarningOutcomePlan($i: SetRectificationPlanInput!) {\n  setRectificationPlan(input: $i) { id status rectifyDeadline }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeDecide($i: DecideWarningOutcomeInput!) {\n  decideWarningOutcome(input: $i) { id status outcome outcomeOn nextPeriodKey nextTotal warnedPeriods measuresAvailable }\n}"): (typeof documents)["mutation WarningOutcomeDecide($i: DecideWarningOutcomeInput!) {\n  decideWarningOutcome(input: $i) { id status outcome outcomeOn nextPeriodKey nextTotal warnedPeriods measuresAvailable }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomePreview($o: ID!, $p: String!) {\n  previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings } }\n}"): (typeof documents)["mutation WarningOutcomePreview($o: ID!, $p: String!) {\n  previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeConfirm($r: ID!) {\n  confirmRating(runId: $r) { id status confirmedByName }\n}"): (typeof documents)["mutation WarningOutcomeConfirm($r: ID!) {\n  confirmRating(runId: $r) { id status confirmedByName }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query WarningOutcomeRollup($o: ID!, $p: String!) {\n  organization(id: $o) { ratingRollup(period: $p) { warnings { open overdue escalated closed } } }\n}"): (typeof documents)["query WarningOutcomeRollup($o: ID!, $p: String!) {\n  organization(id: $o) { ratingRollup(period: $p) { warnings { open overdue escalated closed } } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeCreateOrg($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { id }\n}"): (typeof documents)["mutation WarningOutcomeCreateOrg($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeAdopt($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id }\n}"): (typeof documents)["mutation WarningOutcomeAdopt($o: ID!) {\n  adoptTemplate(organizationId: $o, templateCode: \"pioneer-index\") { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeSubmit($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation WarningOutcomeSubmit($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeApprove($id: ID!, $from: Date!) {\n  approveFiling(id: $id, effectiveFrom: $from) { id }\n}"): (typeof documents)["mutation WarningOutcomeApprove($id: ID!, $from: Date!) {\n  approveFiling(id: $id, effectiveFrom: $from) { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomeAddMember($input: AddMemberInput!) {\n  addMember(input: $input) { id }\n}"): (typeof documents)["mutation WarningOutcomeAddMember($input: AddMemberInput!) {\n  addMember(input: $input) { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation WarningOutcomePropose($i: RecordDisposalStepInput!) {\n  recordDisposalStep(input: $i) { id status disposalMeasure disposalStep }\n}"): (typeof documents)["mutation WarningOutcomePropose($i: RecordDisposalStepInput!) {\n  recordDisposalStep(input: $i) { id status disposalMeasure disposalStep }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ScoredPeriodImport($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"): (typeof documents)["mutation ScoredPeriodImport($i: ImportEntriesInput!) { importEntries(input: $i) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ScoredPeriodAccept($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}"): (typeof documents)["mutation ScoredPeriodAccept($ids: [ID!]!) {\n  reviewEntries(input: { entryIds: $ids, accept: true }) { state }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ScoredPeriodAssembly($i: ConfirmAssemblyInput!) {\n  confirmAssembly(input: $i) { id }\n}"): (typeof documents)["mutation ScoredPeriodAssembly($i: ConfirmAssemblyInput!) {\n  confirmAssembly(input: $i) { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ScoredPeriodPublish($a: ID!, $s: Date!, $e: Date!) {\n  publishScores(input: { assemblyId: $a, startsOn: $s, endsOn: $e }) { id }\n}"): (typeof documents)["mutation ScoredPeriodPublish($a: ID!, $s: Date!, $e: Date!) {\n  publishScores(input: { assemblyId: $a, startsOn: $s, endsOn: $e }) { id }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation ScoredPeriodClose($w: ID!) { closePublicity(windowId: $w) { status } }"): (typeof documents)["mutation ScoredPeriodClose($w: ID!) { closePublicity(windowId: $w) { status } }"];

export function apiGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;