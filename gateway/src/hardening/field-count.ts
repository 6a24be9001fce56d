import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, Kind, parse, SelectionSetNode, ValidationRule } from 'graphql';
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
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      walk(definition.selectionSet);
  }
  return count;
}

/** The refusal of a document with more field selections than `limit`, or undefined. */
export function checkFieldCount(document: DocumentNode, limit: number): GraphQLError | undefined {
  const fields = countFields(document);
  if (fields <= limit) return undefined;
  return refusal(
    HardeningErrorCode.TOO_MANY_FIELDS,
    `查询写了 ${fields} 个字段，超过上限 ${limit} 个；请去掉重复的字段，或拆分为多个查询`,
    { fields, limit },
  );
}

/**
 * The check for Apollo Server, which has no way to skip validation from a plugin (a hook that throws is
 * answered 500): when the document has too many fields, `validationDidStart` swaps it, for validation only,
 * for a one-field placeholder, and `rule` reports the refusal on that placeholder. graphql-js then validates
 * a document of one field, Apollo answers the refusal as any validation error (400, the request's id), and
 * nothing runs after a failed validation.
 */
export function fieldCountCheck(limit: number): { plugin: ApolloServerPlugin<BaseContext>; rule: ValidationRule } {
  const refusals = new WeakMap<DocumentNode, GraphQLError>();
  return {
    plugin: {
      async requestDidStart() {
        return {
          async validationDidStart(requestContext) {
            const refused = checkFieldCount(requestContext.document, limit);
            if (!refused) return;
            const placeholder = parse('{ __typename }', { noLocation: true });
            refusals.set(placeholder, refused);
            (requestContext as { document: DocumentNode }).document = placeholder;
          },
        };
      },
    },
    rule: (context) => ({
      Document(node) {
        const refused = refusals.get(node);
        if (refused) context.reportError(refused);
        return refused ? BREAK : undefined;
      },
    }),
  };
}
