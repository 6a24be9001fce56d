import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const AuditLogDocument = graphql(`
  query AuditLog($id: ID!, $before: String, $first: Int!) {
    organization(id: $id) {
      id
      auditLog(before: $before, first: $first) {
        id
        at
        service
        subject
        subjectName
        role
        keyId
        requestId
        kind
        operation
        outcome
        detail
      }
    }
  }
`);

const PAGE = 200;

/**
 * The audit log under a node, newest first, a page of 200 at a time: the first page ends at `until` (the end of the
 * chosen days, else now); each further page starts where the last one ended.
 */
export function useAuditLog(id: string, until: string | null) {
  return useInfiniteQuery({
    queryKey: ['AuditLog', { id, until }],
    initialPageParam: until,
    queryFn: ({ pageParam }) => request(AuditLogDocument, { id, before: pageParam, first: PAGE }),
    getNextPageParam: (last) => {
      const events = last.organization?.auditLog ?? [];
      return events.length < PAGE ? undefined : events[events.length - 1]!.at;
    },
  });
}
