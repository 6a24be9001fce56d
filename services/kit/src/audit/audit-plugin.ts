import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, OperationDefinitionNode } from 'graphql';
import { RootField, rootFieldsOf, Variables } from '../graphql/selection';
import { Caller } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { KitErrorCode } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { actorNameRecorder } from './actor-names';
import { auditDetail } from './audit-detail';
import { actorOf, AUDIT_NOT_RUN, AUDIT_OK, AuditDb, AuditKind, AuditRow, insertAuditRows } from './audit-event';

/** What the response said, as `willSendResponse` sees it (errors already formatted, with their codes). */
export interface MutationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

const codeOf = (error: { extensions?: Record<string, unknown> } | undefined) =>
  typeof error?.extensions?.code === 'string' ? error.extensions.code : KitErrorCode.INTERNAL;

/**
 * The outcome of each root field. Mutation fields run one after another: a field whose own error nulled the whole
 * answer stopped the ones after it (NOT_RUN); an error below a field that still answered does not undo its write.
 * With no data at all, nothing ran (bad variables, say): every field gets that error's code.
 */
export function outcomesOf(fields: readonly RootField[], result: MutationResult): string[] {
  const errors = result.errors ?? [];
  const executed = result.data !== undefined && !(result.data === null && errors.every((e) => !e.path?.length));
  if (!executed) return fields.map(() => codeOf(errors[0]));
  let stopped = false;
  return fields.map(({ key }) => {
    if (stopped) return AUDIT_NOT_RUN;
    const own = errors.filter((e) => e.path?.[0] === key);
    const atRoot = own.find((e) => e.path?.length === 1);
    if (result.data === null && own.length > 0) {
      stopped = true;
      return codeOf(atRoot ?? own[0]);
    }
    return atRoot ? codeOf(atRoot) : AUDIT_OK;
  });
}

/** The log rows of one mutation request: one per root field. */
export function writeRowsOf(input: {
  caller: Caller;
  requestId: string;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  variables: Variables;
  result: MutationResult;
}): AuditRow[] {
  const fields = rootFieldsOf(input.operation, input.document, input.variables);
  const outcomes = outcomesOf(fields, input.result);
  const actor = actorOf(input.caller);
  return fields.map((field, i) => ({
    ...actor,
    requestId: input.requestId,
    kind: AuditKind.WRITE,
    operation: field.name,
    detail: auditDetail(field.args),
    outcome: outcomes[i],
  }));
}

export interface AuditPluginOptions {
  dataSource: AuditDb;
  /** The service's Postgres schema: `scheme`, `ledger` or `rating`. */
  schema: string;
  logger: Logger;
}

/**
 * Writes every mutation to the service's audit log, one row per root field, before the response goes out.
 * Queries are not logged. A row that cannot be written is logged with the request id, never dropped in silence.
 */
export function auditPlugin<L>(options: AuditPluginOptions): ApolloServerPlugin<RequestContext<L>> {
  const recordName = actorNameRecorder(options.dataSource, options.schema);
  return {
    async requestDidStart() {
      return {
        // Before a mutation runs, the name its caller acts under (actor-names.ts), so that its records read as that name.
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue?.caller) return;
          await recordName(contextValue.caller).catch((error: unknown) =>
            options.logger.error('audit: actor name not recorded', {
              requestId: contextValue.requestId,
              error: String(error),
            }),
          );
        },
        async willSendResponse({ operation, document, request, response, contextValue }) {
          if (operation?.operation !== 'mutation' || !document || !contextValue?.caller) return;
          const body = response.body;
          const result: MutationResult = body.kind === 'single' ? body.singleResult : body.initialResult;
          const rows = writeRowsOf({
            caller: contextValue.caller,
            requestId: contextValue.requestId,
            operation,
            document,
            variables: request.variables,
            result,
          });
          try {
            await insertAuditRows(options.dataSource, options.schema, rows);
          } catch (error) {
            options.logger.error('audit: mutation not recorded', {
              requestId: contextValue.requestId,
              operations: rows.map((r) => `${r.operation}=${r.outcome}`),
              error: String(error),
            });
          }
        },
      };
    },
  };
}
