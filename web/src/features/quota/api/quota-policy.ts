import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SetQuotaPolicyInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const QuotaEditorDocument = graphql(`
  query QuotaEditor($id: ID!, $cycle: Int!) {
    organization(id: $id) {
      id
      name
      level
      children {
        ...QuotaBranchChoice
        children {
          ...QuotaBranchChoice
          children {
            ...QuotaBranchChoice
          }
        }
      }
      quotaPolicy(cycle: $cycle) {
        ...QuotaPolicyFields
      }
      quotaPolicyHistory {
        ...QuotaPolicyFields
      }
    }
  }

  fragment QuotaBranchChoice on Organization {
    id
    name
    level
  }

  fragment QuotaPolicyFields on QuotaPolicy {
    id
    cycle
    fiveStarPercent
    fourStarPercent
    threeStarPercent
    scope
    rounding
    baseFloor
    totalFloor
    tieBreakers
    stillTied
    overrides {
      branchId
      fiveStarPercent
      fourStarPercent
      threeStarPercent
      reason
      branch {
        id
        name
      }
    }
    interviewDays
    rectifyMonths
    organizationId
    isDefault
    inherited
    reason
    setAt
    setByName
  }
`);

const QuotaRatedPeriodsDocument = graphql(`
  query QuotaRatedPeriods(
    $id: ID!
    $p0: String!
    $p1: String!
    $p2: String!
    $p3: String!
    $p4: String!
    $p5: String!
  ) {
    organization(id: $id) {
      id
      r0: ratingRollup(period: $p0) {
        period
        rated
      }
      r1: ratingRollup(period: $p1) {
        period
        rated
      }
      r2: ratingRollup(period: $p2) {
        period
        rated
      }
      r3: ratingRollup(period: $p3) {
        period
        rated
      }
      r4: ratingRollup(period: $p4) {
        period
        rated
      }
      r5: ratingRollup(period: $p5) {
        period
        rated
      }
    }
  }
`);

const QuotaPreviewDocument = graphql(`
  query QuotaPreview($input: SetQuotaPolicyInput!, $period: String!) {
    previewQuotaPolicy(input: $input, period: $period) {
      organizationName
      period
      summary {
        scores
        rated
        exempt
        notGraded
        levels {
          stars
          places
          taken
          overflow
        }
      }
      units {
        unitId
        name
        basis
        count
        levels {
          stars
          percent
          places
          taken
          overflow
          explanation
        }
        ties {
          stars
          explanation
        }
      }
      members {
        memberId
        memberName
        branchName
        unitName
        status
        total
        grade {
          name
        }
        stars
        standingStars
        rank
        explanation
      }
      pendingCount
      pendingBranches {
        branchId
        branchName
        count
        reason
      }
      changes {
        memberId
        memberName
        kind
        text
        starsBefore
        starsAfter
      }
    }
  }
`);

const SetQuotaPolicyDocument = graphql(`
  mutation SetQuotaPolicy($input: SetQuotaPolicyInput!) {
    setQuotaPolicy(input: $input) {
      id
      cycle
      setByName
    }
  }
`);

/** The committee's policy in force for a cycle, its history, and the branches below it (for overrides). */
export function useQuotaEditor(id: string, cycle: number) {
  return useQuery({
    queryKey: ['QuotaEditor', { id, cycle }],
    queryFn: () => request(QuotaEditorDocument, { id, cycle }),
    enabled: Boolean(id),
  });
}

/** How many were rated in each of six candidate periods (the default period is the latest of them rated). */
export function useRatedPeriods(id: string, periods: readonly string[]) {
  const [p0 = '', p1 = '', p2 = '', p3 = '', p4 = '', p5 = ''] = periods;
  return useQuery({
    queryKey: ['QuotaRatedPeriods', { id, periods }],
    queryFn: () => request(QuotaRatedPeriodsDocument, { id, p0, p1, p2, p3, p4, p5 }),
    enabled: Boolean(id) && periods.length === 6,
  });
}

/** The allocation a draft would give for a period, nothing saved; the previous figures stay while the next load. */
export function useQuotaPreview(input: SetQuotaPolicyInput | null, period: string) {
  return useQuery({
    queryKey: ['QuotaPreview', { input, period }],
    queryFn: () => request(QuotaPreviewDocument, { input: input!, period }),
    enabled: input !== null && Boolean(period),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Saves the draft as the committee's policy; the policy in force and its history are read again. */
export function useSetQuotaPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetQuotaPolicyInput) => request(SetQuotaPolicyDocument, { input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['QuotaEditor'] });
      void queryClient.invalidateQueries({ queryKey: ['AuditLog'] });
    },
  });
}
