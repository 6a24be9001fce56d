import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

export const ViewerDocument = graphql(`
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

export const viewerKey = ['Viewer'] as const;

/** Who is signed in (from the session cookie), with their rights: the shell's navigation follows them. */
export function useViewer() {
  return useQuery({
    queryKey: viewerKey,
    queryFn: () => request(ViewerDocument),
    staleTime: Infinity,
    meta: { handlesSignedOut: true },
  });
}
