import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

export const OrgBranchesDocument = graphql(`
  query OrgBranches($id: ID!) {
    organization(id: $id) {
      id
      name
      level
      levelLabel
      memberCount
      children {
        id
        name
        level
        levelLabel
        memberCount
        children {
          id
          name
          level
          levelLabel
          memberCount
        }
      }
    }
  }
`);

/** The caller's node and two levels below it; a deeper node asks for its own two levels when opened. */
export function useOrgBranches(id: string | null | undefined) {
  return useQuery({
    queryKey: ['OrgBranches', { id }],
    queryFn: () => request(OrgBranchesDocument, { id: id! }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
