import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const ApproveFilingDocument = graphql(`
  mutation ConsoleApproveFiling($id: ID!, $effectiveFrom: Date!, $comments: String) {
    approveFiling(id: $id, effectiveFrom: $effectiveFrom, comments: $comments) {
      id
      status
      effectiveFrom
      approvedVersion {
        id
        version
      }
    }
  }
`);

const ReturnFilingDocument = graphql(`
  mutation ConsoleReturnFiling($id: ID!, $comments: String!) {
    returnFiling(id: $id, comments: $comments) {
      id
      status
      decisionComment
    }
  }
`);

/** The committee's decisions on a filing; each changes the queue and the filing, which are read again. */
export function useFilingDecisions() {
  const queryClient = useQueryClient();
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: ['FilingQueue'] });
    void queryClient.invalidateQueries({ queryKey: ['FilingDetail'] });
  };
  return {
    approve: useMutation({
      mutationFn: (v: { id: string; effectiveFrom: string; comments: string | null }) =>
        request(ApproveFilingDocument, v),
      onSuccess,
    }),
    returnFiling: useMutation({
      mutationFn: (v: { id: string; comments: string }) => request(ReturnFilingDocument, v),
      onSuccess,
    }),
  };
}
