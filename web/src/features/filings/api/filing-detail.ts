import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const FilingDetailDocument = graphql(`
  query FilingDetail($id: ID!) {
    filing(id: $id) {
      ...FilingQueueRow
      rules
      createdAt
      decisionComment
      effectiveFrom
      baseVersion {
        id
        rules
      }
      scheme {
        id
        latestVersion {
          id
          version
        }
      }
    }
  }
`);

const TemplateRulesDocument = graphql(`
  query FilingTemplateRules($code: String!) {
    schemeTemplate(code: $code) {
      code
      name
      rules
    }
  }
`);

/** A filing with its rule document, the version it was drafted on, who did what. */
export function useFilingDetail(id: string) {
  return useQuery({ queryKey: ['FilingDetail', { id }], queryFn: () => request(FilingDetailDocument, { id }) });
}

/** A template's rule document, to compare a filing drafted from it (templates never change). */
export function useTemplateRules(code: string | null) {
  return useQuery({
    queryKey: ['FilingTemplateRules', { code }],
    queryFn: () => request(TemplateRulesDocument, { code: code! }),
    enabled: Boolean(code),
    staleTime: Infinity,
  });
}
