import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const NodeDashboardDocument = graphql(`
  query NodeDashboard($id: ID!, $period: String!) {
    organization(id: $id) {
      id
      name
      level
      levelLabel
      parent {
        id
        name
      }
      scoreRollup(period: $period) {
        ...NodeScoreFigures
        children {
          ...ScoreFigures
        }
      }
      ratingRollup(period: $period) {
        ...NodeRatingFigures
        children {
          ...RatingFigureParts
          organization {
            id
            name
          }
        }
        trend {
          period
          rated
          meanTotal
          fiveStars
          fourStars
          threeStars
          warned
        }
      }
    }
  }

  fragment ScoreFigures on ScoreRollupFigures {
    organizationId
    name
    level
    membersScored
    membersExempt
    mean
    median
    finalScores
    pendingReviews
    openObjections
    runningWindows
    grades {
      code
      name
      count
    }
    distribution {
      label
      count
    }
  }

  fragment RatingFigureParts on RatingFigures {
    organizationId
    rated
    exempt
    meanTotal
    pooledAbove
    grades {
      code
      name
      count
    }
    stars {
      stars
      places
      taken
      overflow
    }
    warnings {
      open
      overdue
      escalated
      closed
    }
  }
  fragment NodeScoreFigures on ScoreRollup {
    organizationId
    name
    level
    membersScored
    membersExempt
    mean
    median
    finalScores
    pendingReviews
    openObjections
    runningWindows
    grades {
      code
      name
      count
    }
    distribution {
      label
      count
    }
  }

  fragment NodeRatingFigures on RatingRollup {
    organizationId
    rated
    exempt
    meanTotal
    pooledAbove
    grades {
      code
      name
      count
    }
    stars {
      stars
      places
      taken
      overflow
    }
    warnings {
      open
      overdue
      escalated
      closed
    }
  }
`);

// The rollup and its children are different types in the schema, so each has its own fragment with the same fields.

/** A node's dashboard in one request: its figures and each child's, named, from both rollups, and the trend. */
export const nodeDashboardQuery = (id: string, period: string) =>
  queryOptions({
    queryKey: ['NodeDashboard', { id, period }],
    queryFn: () => request(NodeDashboardDocument, { id, period }),
  });

/** The node's dashboard; while another node's loads, the one shown stays (no blank between the two). */
export function useNodeDashboard(id: string, period: string, refetchInterval?: number) {
  return useQuery({ ...nodeDashboardQuery(id, period), placeholderData: keepPreviousData, refetchInterval });
}
