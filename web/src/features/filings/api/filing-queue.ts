import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const FilingQueueDocument = graphql(`
  query FilingQueue($scope: ID!) {
    organization(id: $scope) {
      id
      name
      path
    }
    filings(status: SUBMITTED) {
      ...FilingQueueRow
    }
  }

  fragment FilingQueueRow on Filing {
    id
    status
    note
    updatedAt
    organization {
      id
      name
      path
    }
    scheme {
      id
      name
      templateCode
    }
    baseVersion {
      id
      version
      scheme {
        id
        name
      }
    }
    history {
      action
      actorName
      at
      comment
    }
  }
`);

/** The scope's node and every submitted filing the caller sees (the screen keeps those strictly below the node). */
export function useFilingQueue(scope: string) {
  return useQuery({
    queryKey: ['FilingQueue', { scope }],
    queryFn: () => request(FilingQueueDocument, { scope }),
    enabled: Boolean(scope),
  });
}
