import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const BranchMembersDocument = graphql(`
  query BranchMembers($id: ID!, $period: String!, $offset: Int!, $first: Int!) {
    organization(id: $id) {
      id
      members(orderBy: TOTAL_DESC, period: $period, offset: $offset, first: $first) {
        total
        items {
          id
          name
          memberNo
          kind
          status
          score(period: $period) {
            total
            state
            grade {
              name
            }
          }
          stars(period: $period)
        }
      }
    }
  }
`);

/** One page of a branch's members for a period, highest total first. */
export function useBranchMembers(id: string, period: string, page: number, pageSize: number) {
  const variables = { id, period, offset: (page - 1) * pageSize, first: pageSize };
  return useQuery({
    queryKey: ['BranchMembers', variables],
    queryFn: () => request(BranchMembersDocument, variables),
    placeholderData: keepPreviousData,
  });
}
