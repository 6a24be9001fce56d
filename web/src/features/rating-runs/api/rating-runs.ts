import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const RatingRunsDocument = graphql(`
  query RatingRuns($id: ID!, $period: String!) {
    organization(id: $id) {
      id
      name
      level
      levelLabel
      ratingRuns(period: $period) {
        ...RatingRunDetail
      }
      children {
        ...RunScopeNode
        children {
          ...RunScopeNode
          children {
            ...RunScopeNode
          }
        }
      }
    }
  }

  fragment RunScopeNode on Organization {
    id
    name
    level
  }

  fragment StarLevelFigures on StarLevelQuota {
    stars
    percent
    places
    taken
    overflow
    explanation
  }

  fragment RatingRunDetail on RatingRun {
    id
    period
    version
    status
    createdByName
    createdAt
    confirmedByName
    confirmedAt
    decidedOn
    periodEnd
    comparedWith
    pendingCount
    pendingBranches {
      branchId
      branchName
      count
      provisional
      published
      held
      reason
    }
    summary {
      scores
      rated
      exempt
      notGraded
      warnings
      units
      grades {
        code
        name
        count
      }
      levels {
        ...StarLevelFigures
      }
    }
    changes {
      memberId
      memberName
      kind
      text
      starsBefore
      starsAfter
    }
    units {
      unitId
      name
      basis
      count
      levels {
        ...StarLevelFigures
      }
      ties {
        stars
        placesLeft
        outcome
        explanation
      }
    }
  }
`);

/**
 * A node's rating runs of a period (every version, newest first) with what the screen shows of each, and the names of
 * the branches below the node (for the results' branch filter), in one request.
 */
export function useRatingRuns(id: string, period: string) {
  return useQuery({
    queryKey: ['RatingRuns', { id, period }],
    queryFn: () => request(RatingRunsDocument, { id, period }),
    enabled: id !== '',
  });
}
