import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const WarningCaseDocument = graphql(`
  query WarningCasePage($id: ID!) {
    warningCase(id: $id) {
      id
      branchId
      memberId
      memberName
      memberKind
      runId
      periodKey
      trigger
      total
      triggerNote
      openedOn
      interviewDue
      status
      interviewedOn
      interviewedBy
      interviewNote
      helperName
      helperMemberId
      pairedOn
      plan
      plannedOn
      rectifyDeadline
      outcome
      outcomeOn
      outcomeBy
      outcomeNote
      warnedPeriods
      nextPeriodKey
      nextTotal
      nextDisposal
      disposalMeasure
      disposalStep
      updatedAt
      updatedByName
      overdue
      isOverdue
      measuresAvailable
      planRevisions {
        seq
        plan
        deadline
        planBefore
        deadlineBefore
        revisedOn
        revisedBy
        reason
        recordedAt
      }
      history {
        seq
        kind
        periodKey
        total
        note
        recordedBy
        recordedAt
      }
      disposals {
        measure
        finished
        terminated
        nextSteps
        rectifyUntil
        steps {
          seq
          measure
          step
          decidedBy
          decidedOn
          documents
          vote {
            eligible
            present
            inFavour
            against
            abstain
            memberSpoke
          }
          approval
          result
          participants
          upperOpinion
          rectifyUntil
          note
          recordedAt
          recordedByName
        }
      }
    }
  }
`);

const BranchOfCaseDocument = graphql(`
  query WarningCaseBranch($id: ID!) {
    organization(id: $id) {
      id
      name
      members(status: ACTIVE, first: 1000) {
        items {
          id
          name
          memberNo
        }
      }
    }
  }
`);

/** A case with everything its page shows; null when it does not exist or is out of scope. */
export function useWarningCase(id: string) {
  return useQuery({ queryKey: ['WarningCase', { id }], queryFn: () => request(WarningCaseDocument, { id }) });
}

/** The case's branch: its name and the members on its roll, to pick the helper from. */
export function useCaseBranch(branchId: string | null) {
  return useQuery({
    queryKey: ['WarningCaseBranch', { id: branchId }],
    queryFn: () => request(BranchOfCaseDocument, { id: branchId! }),
    enabled: Boolean(branchId),
  });
}
