import type { ApolloServerPlugin } from '@apollo/server';
import {
  ArgumentNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  SelectionSetNode,
  getNamedType,
  GraphQLArgument,
  GraphQLError,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  typeFromAST,
  ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { textKindOf, textProblem } from './text-rules';

/** Custom scalars carrying free JSON (a rule document): every string inside is checked as multi-line text. */
const JSON_SCALARS = new Set(['JSON', 'JSONObject']);
/** Deepest JSON a document may nest (a rule document needs under ten levels); deeper is refused before it is walked further. */
const JSON_MAX_DEPTH = 64;

export interface InputProblem {
  code: string;
  message: string;
  field: string;
  character?: string;
}

/** How a field is named in a message: the Chinese head of its description (“说明”), else its path alone. */
function labelOf(definition: GraphQLArgument | GraphQLInputField | undefined): string | null {
  const head = definition?.description?.split(/[，,；;（(：:\s]/)[0]?.trim();
  return head && /[\u4e00-\u9fff]/.test(head) && head.length <= 12 ? head : null;
}

class Found extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.message);
  }
}

/**
 * Walks every argument value of an operation, literal or variable, down through lists and input objects, and
 * checks each String and ID against the text rules and each Float for a finite number. Type mismatches are
 * left to graphql-js (it reports them); only values of the right type reach these checks.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InputProblem | null {
  const fail = (
    field: string,
    definition: GraphQLArgument | GraphQLInputField | undefined,
    problem: Omit<InputProblem, 'field' | 'message'> & { reason: string },
  ) => {
    const label = labelOf(definition);
    const message = label ? `“${label}”（${field}）${problem.reason}` : `参数 ${field} ${problem.reason}`;
    throw new Found({
      code: problem.code,
      message,
      field,
      ...(problem.character ? { character: problem.character } : {}),
    });
  };

  const checkLeaf = (
    value: unknown,
    type: GraphQLInputType,
    field: string,
    name: string,
    definition: GraphQLArgument | GraphQLInputField | undefined,
  ) => {
    const named = getNamedType(type);
    if (isEnumType(named) || value === null || value === undefined) return;
    if (named.name === 'Float') {
      if (typeof value === 'number' && !Number.isFinite(value))
        fail(field, definition, { code: 'BAD_USER_INPUT', reason: '不是有限的数（过大或不是数字）' });
      return;
    }
    if (JSON_SCALARS.has(named.name)) return checkJson(value, field, definition);
    if (named.name !== 'String' && named.name !== 'ID') return;
    if (typeof value !== 'string' && !(named.name === 'ID' && typeof value === 'number')) return;
    // An argument's path is its name (list items aside); an input field's path has a dot.
    const problem = textProblem(String(value), textKindOf(named.name, name, !field.includes('.')));
    if (problem) fail(field, definition, problem);
  };

  const checkJson = (
    value: unknown,
    field: string,
    definition: GraphQLArgument | GraphQLInputField | undefined,
    depth = 0,
  ): void => {
    if (depth > JSON_MAX_DEPTH)
      fail(field, definition, { code: 'INVALID_TEXT', reason: `嵌套超过 ${JSON_MAX_DEPTH} 层，请检查文档结构` });
    if (typeof value === 'string') {
      const problem = textProblem(value, 'MULTILINE');
      if (problem) fail(field, definition, problem);
    } else if (Array.isArray(value))
      value.forEach((item, i) => checkJson(item, `${field}[${i}]`, definition, depth + 1));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = textProblem(key, 'LINE');
        if (keyProblem) fail(field, definition, keyProblem);
        checkJson(item, `${field}.${key}`, definition, depth + 1);
      }
    } else if (typeof value === 'number' && !Number.isFinite(value))
      fail(field, definition, { code: 'BAD_USER_INPUT', reason: '含有不是有限的数' });
  };

  /** A JavaScript value (a variable's, or part of one) of `type`. */
  const checkValue = (
    value: unknown,
    type: GraphQLInputType,
    field: string,
    name: string,
    definition: GraphQLArgument | GraphQLInputField | undefined,
  ): void => {
    if (isNonNullType(type)) return checkValue(value, type.ofType, field, name, definition);
    if (isListType(type)) {
      if (Array.isArray(value))
        value.forEach((item, i) => checkValue(item, type.ofType, `${field}[${i}]`, name, definition));
      else checkValue(value, type.ofType, field, name, definition);
      return;
    }
    if (isInputObjectType(type)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      const fields = type.getFields();
      for (const [key, item] of Object.entries(value))
        if (fields[key]) checkValue(item, fields[key].type, `${field}.${key}`, key, fields[key]);
      return;
    }
    checkLeaf(value, type, field, name, definition);
  };

  /** A value as written in the document, variables in it resolved. */
  const checkNode = (
    node: ValueNode,
    type: GraphQLInputType,
    field: string,
    name: string,
    definition: GraphQLArgument | GraphQLInputField | undefined,
  ): void => {
    if (node.kind === Kind.VARIABLE) return checkValue(variables[node.name.value], type, field, name, definition);
    if (isNonNullType(type)) return checkNode(node, type.ofType, field, name, definition);
    if (isListType(type)) {
      if (node.kind === Kind.LIST)
        node.values.forEach((item, i) => checkNode(item, type.ofType, `${field}[${i}]`, name, definition));
      else checkNode(node, type.ofType, field, name, definition);
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const entry of node.fields) {
        const inner = fields[entry.name.value];
        if (inner) checkNode(entry.value, inner.type, `${field}.${entry.name.value}`, entry.name.value, inner);
      }
      return;
    }
    if (!isScalarType(getNamedType(type))) return;
    if (node.kind === Kind.FLOAT || node.kind === Kind.INT)
      return checkLeaf(Number(node.value), type, field, name, definition);
    if (node.kind === Kind.STRING) return checkLeaf(node.value, type, field, name, definition);
    if (JSON_SCALARS.has(getNamedType(type).name))
      checkLeaf(valueFromASTUntyped(node, variables), type, field, name, definition);
  };

  try {
    for (const definition of operation.variableDefinitions ?? []) {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      if (type && definition.defaultValue)
        checkNode(
          definition.defaultValue,
          type,
          `$${definition.variable.name.value}`,
          definition.variable.name.value,
          undefined,
        );
    }
    walkSelections(schema, document, operation, (argument, definition) =>
      checkNode(argument.value, definition.type, argument.name.value, argument.name.value, definition),
    );
  } catch (error) {
    if (error instanceof Found) return error.problem;
    throw error;
  }
  return null;
}

/**
 * Calls `visit` for every argument of every field the operation selects, fragments included, with its definition.
 * A direct walk: graphql-js's visitor with TypeInfo cost about four times as much on a dashboard query.
 */
function walkSelections(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  visit: (argument: ArgumentNode, definition: GraphQLArgument) => void,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walked = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        for (const argument of selection.arguments ?? []) {
          const definition = field.args.find((arg) => arg.name === argument.name.value);
          if (definition) visit(argument, definition);
        }
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(
          selection.selectionSet,
          selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent,
        );
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || walked.has(fragment.name.value)) continue;
        walked.add(fragment.name.value);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  walk(operation.selectionSet, root);
}

/**
 * Refuses, before any resolver runs, an operation whose arguments carry text no service should be handed
 * (control characters, invisible or direction-changing characters, over-long text, ids that are not ids,
 * periods that are not periods) or a number that is not finite: a coded Chinese error naming the field,
 * the same in every service.
 */
export function inputCheckPlugin<C>(): ApolloServerPlugin<C & object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problem = findInputProblem(schema, document, operation, request.variables ?? {});
          if (!problem) return;
          const { message, ...details } = problem;
          throw new GraphQLError(message, { extensions: { ...details, http: { status: 400 } } });
        },
      };
    },
  };
}
