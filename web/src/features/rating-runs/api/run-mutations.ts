import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const PreviewRatingDocument = graphql(`
  mutation PreviewRating($organizationId: ID!, $period: String!) {
    previewRating(organizationId: $organizationId, period: $period) {
      id
      version
    }
  }
`);

const ConfirmRatingDocument = graphql(`
  mutation ConfirmRating($runId: ID!, $decidedOn: Date) {
    confirmRating(runId: $runId, decidedOn: $decidedOn) {
      id
      version
      decidedOn
    }
  }
`);

/** A new preview of the node's period: the runs' list (which gains the new version) is read again. */
export function usePreviewRating() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: { organizationId: string; period: string }) => request(PreviewRatingDocument, variables),
    onSuccess: (_, { organizationId, period }) =>
      client.invalidateQueries({ queryKey: ['RatingRuns', { id: organizationId, period }] }),
  });
}

/** Confirms a preview: its status and the one it supersedes change, so the node's runs are read again. */
export function useConfirmRating(organizationId: string, period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: { runId: string; decidedOn: string }) => request(ConfirmRatingDocument, variables),
    onSettled: () => client.invalidateQueries({ queryKey: ['RatingRuns', { id: organizationId, period }] }),
  });
}
