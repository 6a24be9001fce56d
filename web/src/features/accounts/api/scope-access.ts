import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const ScopeAccessDocument = graphql(`
  query ScopeAccess($id: ID!) {
    organization(id: $id) {
      ...ScopeNode
      accountsWithin {
        ...AccountRow
      }
      apiKeysWithin {
        ...ApiKeyRow
      }
      children {
        ...ScopeNode
        children {
          ...ScopeNode
          children {
            ...ScopeNode
          }
        }
      }
    }
  }

  fragment ScopeNode on Organization {
    id
    name
    level
    levelLabel
  }

  fragment AccountRow on Account {
    id
    username
    displayName
    label
    role
    organizationId
    memberId
    failedLogins
    lockedUntil
    disabledAt
    createdAt
    createdByName
  }

  fragment ApiKeyRow on ApiKey {
    id
    name
    organizationId
    role
    rights
    prefix
    rateLimitPerMinute
    createdAt
    createdByName
    revokedAt
    lastUsedAt
  }
`);

/**
 * The accounts and keys of a node and all below it, with the names of the node and three levels below it (a district
 * reaches its branches: district, township, general branch, branch; accounts sit no lower), in one request.
 */
export function useScopeAccess(id: string) {
  return useQuery({ queryKey: ['ScopeAccess', { id }], queryFn: () => request(ScopeAccessDocument, { id }) });
}
