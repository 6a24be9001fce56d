import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RunResultsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const RunResultsDocument = graphql(`
  query RunResults($runId: ID!, $offset: Int!, $first: Int!, $warningOnly: Boolean!, $stars: Int, $branchId: ID) {
    ratingRun(id: $runId) {
      id
      results(offset: $offset, first: $first, warningOnly: $warningOnly, stars: $stars, branchId: $branchId) {
        total
        items {
          memberId
          memberName
          memberNo
          memberKind
          branchId
          status
          total
          base
          starPoints
          grade {
            code
            name
          }
          stars
          rank
          warning
          consequences {
            code
            label
          }
          explanation
        }
      }
    }
  }
`);

export interface ResultsFilter {
  branchId: string | null;
  stars: number | null;
  warningOnly: boolean;
}

export const RESULTS_PAGE = 20;

export type ResultRow = NonNullable<RunResultsQuery['ratingRun']>['results']['items'][number];

/** One page of a run's results under the filter (the API filters and counts; the page keeps the last page shown). */
export function useRunResults(runId: string, filter: ResultsFilter, page: number) {
  const variables = {
    runId,
    offset: (page - 1) * RESULTS_PAGE,
    first: RESULTS_PAGE,
    warningOnly: filter.warningOnly,
    stars: filter.stars,
    branchId: filter.branchId,
  };
  return useQuery({
    queryKey: ['RunResults', variables],
    queryFn: () => request(RunResultsDocument, variables),
    placeholderData: keepPreviousData,
  });
}
