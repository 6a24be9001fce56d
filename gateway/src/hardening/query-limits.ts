import {
  ASTNode,
  getNamedType,
  GraphQLError,
  GraphQLInt,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { HardeningErrorCode, QueryLimits, queryLimits } from './limits';
import { foldSelections, fragmentsOf } from './walk';

/**
 * graphql-js validation rules for the public API: depth, aliases, top-level fields and literal page sizes.
 * They see the document only; page sizes given through variables and the cost estimate are checked once
 * the variables are known (query-cost.ts). Nested introspection lists (`types { fields { type { fields`)
 * are refused by graphql's own MaxIntrospectionDepthRule, one of the specified rules Apollo always runs.
 */

/** A refusal the client can act on: a stable code, a Chinese message saying what to change, the numbers. */
export function refusal(
  code: HardeningErrorCode,
  message: string,
  details: Record<string, unknown>,
  nodes?: ASTNode | readonly ASTNode[],
): GraphQLError {
  // Apollo rewrites `code` of every validation error to GRAPHQL_VALIDATION_FAILED but keeps the other
  // extensions: `validationErrorCode` (its own convention) carries ours to formatGatewayError.
  return new GraphQLError(message, { nodes, extensions: { code, validationErrorCode: code, ...details } });
}

function operationDetails(operation: OperationDefinitionNode): Record<string, unknown> {
  return operation.name ? { operation: operation.name.value } : {};
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | undefined {
  return schema.getRootType(operation.operation) ?? undefined;
}

/** Deepest field nesting of an operation. A chain of `__Type.ofType` counts as one level: it names one wrapped type and never fans out. */
function operationDepth(
  context: Pick<ValidationContext, 'getSchema' | 'getDocument'>,
  operation: OperationDefinitionNode,
): number {
  const schema = context.getSchema();
  return foldSelections<number, boolean>(
    {
      schema,
      fragments: fragmentsOf(context.getDocument()),
      empty: 0,
      combine: Math.max,
      enter: (field, _definition, parentType) => field.name.value === 'ofType' && parentType?.name === '__Type',
      field: (field, _definition, parentType, inOfType, inner) => {
        const own = inOfType && field.name.value === 'ofType' && parentType?.name === '__Type' ? 0 : 1;
        return own + (inner ?? 0);
      },
      key: (inOfType) => String(inOfType),
    },
    operation.selectionSet,
    rootType(schema, operation),
    false,
  );
}

/** Aliased fields of an operation, once per place they appear after fragments are spread. */
function operationAliases(
  context: Pick<ValidationContext, 'getSchema' | 'getDocument'>,
  operation: OperationDefinitionNode,
): number {
  const schema = context.getSchema();
  return foldSelections<number, null>(
    {
      schema,
      fragments: fragmentsOf(context.getDocument()),
      empty: 0,
      combine: (a, b) => a + b,
      enter: () => null,
      field: (field, _definition, _parentType, _state, inner) =>
        (field.alias && field.alias.value !== field.name.value ? 1 : 0) + (inner ?? 0),
      key: () => '',
    },
    operation.selectionSet,
    rootType(schema, operation),
    null,
  );
}

/** Fields at the top of an operation, fragments spread at the top included. */
function operationRootFields(
  context: Pick<ValidationContext, 'getSchema' | 'getDocument'>,
  operation: OperationDefinitionNode,
): number {
  const schema = context.getSchema();
  return foldSelections<number, null>(
    {
      schema,
      fragments: fragmentsOf(context.getDocument()),
      empty: 0,
      combine: (a, b) => a + b,
      enter: () => null,
      field: () => 1,
      key: () => '',
    },
    operation.selectionSet,
    rootType(schema, operation),
    null,
  );
}

export function maxDepthRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = operationDepth(context, operation);
      if (depth > limit) {
        context.reportError(
          refusal(
            HardeningErrorCode.QUERY_TOO_DEEP,
            `查询嵌套 ${depth} 层，超过上限 ${limit} 层；请减少嵌套，或拆分为多个查询`,
            { depth, limit, ...operationDetails(operation) },
            operation,
          ),
        );
      }
      return false;
    },
  });
}

export function maxAliasesRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const aliases = operationAliases(context, operation);
      if (aliases > limit) {
        context.reportError(
          refusal(
            HardeningErrorCode.TOO_MANY_ALIASES,
            `查询使用了 ${aliases} 个别名，超过上限 ${limit} 个；请减少别名，或拆分为多个请求`,
            { aliases, limit, ...operationDetails(operation) },
            operation,
          ),
        );
      }
      return false;
    },
  });
}

export function maxRootFieldsRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const rootFields = operationRootFields(context, operation);
      if (rootFields > limit) {
        context.reportError(
          refusal(
            HardeningErrorCode.TOO_MANY_ROOT_FIELDS,
            `一个操作含 ${rootFields} 个顶层字段，超过上限 ${limit} 个；请拆分为多个请求`,
            { rootFields, limit, ...operationDetails(operation) },
            operation,
          ),
        );
      }
      return false;
    },
  });
}

/** The refusal of a page size above the limit (shared with the check of variables in query-cost.ts). */
export function pageTooLarge(
  field: string,
  argument: string,
  size: number,
  limit: number,
  nodes?: ASTNode,
): GraphQLError {
  return refusal(
    HardeningErrorCode.PAGE_TOO_LARGE,
    `字段 ${field} 的 ${argument} 为 ${size}，超过每页上限 ${limit} 条；请把 ${argument} 设为不超过 ${limit}，再分页读取其余部分`,
    { field, argument, size, limit },
    nodes,
  );
}

/** Integer literals above `limit` in page arguments (`first: 10000`). Variables are checked with the cost (query-cost.ts). */
export function maxPageLiteralRule(limit: number, pageArguments: readonly string[]): ValidationRule {
  return (context) => ({
    Field(node) {
      const definition = context.getFieldDef();
      const parentType = context.getParentType();
      if (!definition) return;
      for (const argument of node.arguments ?? []) {
        if (!pageArguments.includes(argument.name.value) || argument.value.kind !== Kind.INT) continue;
        const argumentDefinition = definition.args.find((a) => a.name === argument.name.value);
        if (!argumentDefinition || getNamedType(argumentDefinition.type) !== GraphQLInt) continue;
        const size = Number(argument.value.value);
        if (size > limit)
          context.reportError(
            pageTooLarge(`${parentType?.name ?? '?'}.${definition.name}`, argument.name.value, size, limit, argument),
          );
      }
    },
  });
}

/** Every document rule, in the order their errors are listed. */
export function queryLimitRules(overrides: Partial<QueryLimits> = {}): ValidationRule[] {
  const limits = queryLimits(overrides);
  return [
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxRootFieldsRule(limits.maxRootFields),
    maxPageLiteralRule(limits.maxPage, limits.pageArguments),
  ];
}
