import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { HardeningErrorCode } from './limits';
import { refusal } from './query-limits';

/**
 * Field selections written in a document, in every operation and fragment, once each as written. graphql-js's
 * check that same-named fields can be merged compares fields pairwise: 5,000 repetitions of one field are
 * 12.5 million comparisons, which it gives up on with a bare "Validation aborted.". Counting is linear, so
 * it runs before validation and refuses such a document with its own code.
 */
export function countFields(document: DocumentNode): number {
  let count = 0;
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) walk(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) walk(definition.selectionSet);
  }
  return count;
}

/** The refusal of a document with more field selections than `limit`, or undefined. */
export function checkFieldCount(document: DocumentNode, limit: number): GraphQLError | undefined {
  const fields = countFields(document);
  if (fields <= limit) return undefined;
  return refusal(HardeningErrorCode.TOO_MANY_FIELDS, `查询写了 ${fields} 个字段，超过上限 ${limit} 个；请去掉重复的字段，或拆分为多个查询`, { fields, limit });
}

/**
 * Apollo's hook for it: validation starts only once the document is counted. A refusal thrown here is
 * answered by Apollo as a request error (400), with the request's own id (formatError keeps it).
 */
export function fieldCountPlugin(limit: number): ApolloServerPlugin<BaseContext & { requestId?: string }> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document, contextValue }) {
          const refused = checkFieldCount(document, limit);
          if (!refused) return;
          throw new GraphQLError(refused.message, {
            extensions: { ...refused.extensions, code: 'GRAPHQL_VALIDATION_FAILED', ...(contextValue.requestId ? { requestId: contextValue.requestId } : {}), http: { status: 400 } },
          });
        },
      };
    },
  };
}
