import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const AccountMemberChoicesDocument = graphql(`
  query AccountMemberChoices($id: ID!) {
    organization(id: $id) {
      id
      members(status: ACTIVE, first: 1000) {
        total
        items {
          id
          name
          memberNo
        }
      }
    }
  }
`);

/** The members on a branch's roll, for choosing whose account to open (none until a branch is chosen). */
export function useMemberChoices(branchId: string | null) {
  return useQuery({
    queryKey: ['AccountMemberChoices', { id: branchId }],
    queryFn: () => request(AccountMemberChoicesDocument, { id: branchId! }),
    enabled: Boolean(branchId),
  });
}
