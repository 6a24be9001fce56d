import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const ViewerDocument = graphql(`
  query Viewer {
    me {
      role
      rights
      organizationId
      memberId
      account {
        username
        displayName
        role
      }
    }
  }
`);

/** Who is signed in (from the session cookie), with their rights; asked for as soon as the sign-in succeeds. */
export const viewerQuery = queryOptions({
  queryKey: ['Viewer'],
  queryFn: () => request(ViewerDocument),
  staleTime: Infinity,
  meta: { handlesSignedOut: true },
});

/** The signed-in viewer: the shell's navigation follows their role and rights. */
export function useViewer() {
  return useQuery(viewerQuery);
}
