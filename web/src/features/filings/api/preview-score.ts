import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ScoreFactsInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const FilingPreviewDocument = graphql(`
  query FilingPreviewScore($filingId: ID!, $facts: ScoreFactsInput!) {
    previewScore(filingId: $filingId, facts: $facts) {
      status
      total
      graded
      grade {
        code
        name
      }
      selectionCandidate {
        name
      }
      components {
        code
        label
        score
        contribution
      }
      consequences {
        code
        label
      }
      explanation {
        rule
        text
      }
    }
  }
`);

/** 试算: the filing's rules on facts typed in the panel; nothing is saved, each press asks once. */
export function useFilingPreview() {
  return useMutation({
    mutationFn: (v: { filingId: string; facts: ScoreFactsInput }) => request(FilingPreviewDocument, v),
  });
}
