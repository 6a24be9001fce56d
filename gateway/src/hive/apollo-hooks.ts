import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
} from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';

/**
 * The Apollo gateway's own request plugins (the sign-in guard, the error log), run from Hive's hooks so
 * that both gateways apply the very same code. Each hook gets the fields of Apollo's request context that
 * those plugins read; nothing else of Apollo runs.
 */

export interface ResolvedOperation<TContext> {
  contextValue: TContext;
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
}

/** A plugin's `didResolveOperation`: resolves, or throws the GraphQLError that refuses the operation. */
export async function runDidResolveOperation<TContext extends BaseContext>(
  plugin: ApolloServerPlugin<TContext>,
  input: ResolvedOperation<TContext>,
): Promise<void> {
  const { contextValue, schema, document, operation, operationName, variables } = input;
  const requestContext = {
    contextValue,
    schema,
    document,
    operation,
    operationName,
    request: { operationName: operationName ?? undefined, variables },
  } as unknown as GraphQLRequestContextDidResolveOperation<TContext>;
  const listener = await plugin.requestDidStart?.(requestContext);
  await listener?.didResolveOperation?.(requestContext);
}

/** A plugin's `didEncounterErrors`, with the errors about to be formatted. */
export async function runDidEncounterErrors<TContext extends BaseContext>(
  plugin: ApolloServerPlugin<TContext>,
  contextValue: TContext,
  errors: readonly GraphQLError[],
  operationName: string | null,
): Promise<void> {
  const requestContext = {
    contextValue,
    errors,
    operationName,
    request: { operationName: operationName ?? undefined },
  } as unknown as GraphQLRequestContextDidEncounterErrors<TContext>;
  const listener = await plugin.requestDidStart?.(requestContext);
  await listener?.didEncounterErrors?.(requestContext);
}
