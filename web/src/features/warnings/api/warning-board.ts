import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const WarningBoardDocument = graphql(`
  query WarningBoard($id: ID!, $first: Int!) {
    organization(id: $id) {
      id
      name
      warningCases(first: $first) {
        ...WarningBoardCase
      }
      children {
        ...WarningBoardNode
        children {
          ...WarningBoardNode
          children {
            ...WarningBoardNode
          }
        }
      }
    }
  }

  fragment WarningBoardNode on Organization {
    id
    name
  }

  fragment WarningBoardCase on WarningCase {
    id
    branchId
    memberName
    memberKind
    periodKey
    trigger
    total
    status
    interviewDue
    disposalStep
    isOverdue
    overdue
  }
`);

/** The most cases the board reads (the API's largest page). */
export const BOARD_LIMIT = 1000;

/**
 * The warning cases of a node and all below it (up to 1,000, the API's page: a township's cases of all periods), with
 * the names of the nodes below it so that each case shows its branch.
 */
export function useWarningBoard(id: string) {
  return useQuery({
    queryKey: ['WarningBoard', { id }],
    queryFn: () => request(WarningBoardDocument, { id, first: BOARD_LIMIT }),
    enabled: Boolean(id),
  });
}
