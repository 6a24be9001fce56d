import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLInt,
  GraphQLSchema,
  isListType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  ValueNode,
} from 'graphql';
import { HardeningErrorCode, QueryLimits, queryLimits } from './limits';
import { pageTooLarge, refusal } from './query-limits';
import { foldSelections, fragmentsOf } from './walk';

/**
 * The cost of an operation: about how many values its answer may hold, from the page sizes it asks for.
 *
 * - Every field costs 1.
 * - A field with a page argument (`first`, `last`, `limit`: Int) multiplies the cost of its own selection
 *   by the page size: the argument's value (literal, or the variable's value in this request, or the
 *   variable's default), else the argument's default in the schema, else `defaultPage`.
 * - A list field without a page argument multiplies by `defaultListSize`, except the list directly inside a
 *   paged field's result (`entries(first: 50) { items { ... } }`: the 50 rows are the items).
 * - Introspection (`__schema`, `__type`) costs 1: its size is the schema's, it is refused in production,
 *   and its nesting is limited by maxIntrospectionListsRule.
 *
 * Fields repeated by fragments are counted each time, so the estimate errs on the high side.
 */
export interface CostEstimate {
  cost: number;
  /** The largest page argument met, if any. */
  largestPage?: PageArgument;
}

interface PageArgument {
  /** `Type.field` */
  field: string;
  argument: string;
  size: number;
  node?: ArgumentNode;
}

type Variables = Readonly<Record<string, unknown>> | undefined;

function variableDefault(operation: OperationDefinitionNode, name: string): ValueNode | undefined {
  return operation.variableDefinitions?.find((definition) => definition.variable.name.value === name)?.defaultValue;
}

function intValue(
  value: ValueNode | undefined,
  operation: OperationDefinitionNode,
  variables: Variables,
): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    const given = variables?.[name];
    if (typeof given === 'number' && Number.isFinite(given)) return given;
    // An absent variable takes its default; a given one of the wrong type fails coercion at execution.
    return given === undefined ? intValue(variableDefault(operation, name), operation, variables) : undefined;
  }
  return undefined;
}

/** The page a field asks for: the largest of its page arguments, defaults applied; undefined when it has none. */
function pageOf(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  parentTypeName: string,
  operation: OperationDefinitionNode,
  variables: Variables,
  limits: QueryLimits,
): PageArgument | undefined {
  let page: PageArgument | undefined;
  for (const argumentDefinition of definition.args) {
    if (!limits.pageArguments.includes(argumentDefinition.name) || getNamedType(argumentDefinition.type) !== GraphQLInt)
      continue;
    const argumentNode = node.arguments?.find((a) => a.name.value === argumentDefinition.name);
    const fromSchema =
      typeof argumentDefinition.defaultValue === 'number' ? argumentDefinition.defaultValue : undefined;
    const size = intValue(argumentNode?.value, operation, variables) ?? fromSchema ?? limits.defaultPage;
    if (!page || size > page.size)
      page = {
        field: `${parentTypeName}.${definition.name}`,
        argument: argumentDefinition.name,
        size,
        node: argumentNode,
      };
  }
  return page;
}

const isIntrospection = (definition: GraphQLField<unknown, unknown>) =>
  definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef;

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  overrides: Partial<QueryLimits> = {},
): CostEstimate {
  const limits = queryLimits(overrides);
  let largestPage: PageArgument | undefined;
  const page = (node: FieldNode, definition: GraphQLField<unknown, unknown>, parentTypeName: string) => {
    const found = pageOf(node, definition, parentTypeName, operation, variables, limits);
    if (found && (!largestPage || found.size > largestPage.size)) largestPage = found;
    return found;
  };
  const cost = foldSelections<number, boolean>(
    {
      schema,
      fragments: fragmentsOf(document),
      empty: 0,
      combine: (a, b) => a + b,
      // The state is "directly inside a paged field's result", where the list is the page itself.
      enter: (node, definition, parentType) =>
        !!definition &&
        !isListType(getNullableType(definition.type)) &&
        !!pageOf(node, definition, parentType?.name ?? '?', operation, variables, limits),
      field: (node, definition, parentType, insidePage, inner) => {
        if (!definition || isIntrospection(definition)) return 1;
        const found = page(node, definition, parentType?.name ?? '?');
        const isList = isListType(getNullableType(definition.type));
        const multiplier = found ? Math.max(0, found.size) : isList && !insidePage ? limits.defaultListSize : 1;
        return 1 + multiplier * (inner ?? 0);
      },
      key: (insidePage) => String(insidePage),
    },
    operation.selectionSet,
    schema.getRootType(operation.operation) ?? undefined,
    false,
  );
  return { cost, largestPage };
}

/** Adds the HTTP status Apollo should answer with (a refusal outside validation would otherwise be a 500). */
function badRequest(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

/** The refusal of an operation whose page sizes or cost, with this request's variables, are above the limits. */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  overrides: Partial<QueryLimits> = {},
): GraphQLError | undefined {
  const limits = queryLimits(overrides);
  const { cost, largestPage } = estimateCost(schema, document, operation, variables, limits);
  if (largestPage && largestPage.size > limits.maxPage) {
    return badRequest(
      pageTooLarge(largestPage.field, largestPage.argument, largestPage.size, limits.maxPage, largestPage.node),
    );
  }
  if (cost > limits.maxCost) {
    const shown = Math.min(cost, Number.MAX_SAFE_INTEGER);
    return badRequest(
      refusal(
        HardeningErrorCode.QUERY_TOO_COSTLY,
        `查询估计要返回约 ${shown} 项数据，超过上限 ${limits.maxCost} 项；请减小每页条数（first），少取嵌套的列表，或拆分为多个查询`,
        { cost: shown, limit: limits.maxCost, ...(operation.name ? { operation: operation.name.value } : {}) },
        operation,
      ),
    );
  }
  return undefined;
}

/** Checks page sizes and cost once the operation and its variables are known, before anything is executed. */
export function queryCostPlugin(overrides: Partial<QueryLimits> = {}): ApolloServerPlugin<BaseContext> {
  const limits = queryLimits(overrides);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { operation, document, schema, request } = requestContext;
          if (!operation) return; // no such operation: execution reports it
          const refused = checkOperationCost(schema, document, operation, request.variables, limits);
          if (refused) throw refused;
        },
      };
    },
  };
}
