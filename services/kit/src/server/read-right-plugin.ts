import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { SIGN_IN_FIRST } from '../context/session-token';
import { Right } from '../rights/right';
import { hasRight } from '../rights/rights';
import { Role } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { KitErrorCode } from '../errors/app-error';

const NO_READ = '该密钥没有查看权限（READ），不能查询数据';

/**
 * Whether a query only looks entities up by key (`_entities`): what the gateway's plan asks after a root field it
 * admitted, and what a service asks another while doing the caller's write (the scheme version a declaration is
 * scored with). No client can send one: only the gateway mints the token a subgraph accepts, and its public schema
 * has no `_entities`. Every query a client sends starts with a real root field, which the READ check below decides.
 */
export function onlyLooksUpEntities(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && (selection.name.value === '_entities' || selection.name.value === '__typename'),
  );
}

/**
 * The first field below a mutation's root field that reaches another entity (an `Entry`'s `member`), or null.
 * A caller who may write but not read gets back what it wrote (the entry's own fields, its review and evidence),
 * not the records it points to.
 */
export function fieldReachingBeyondWrite(schema: GraphQLSchema, document: DocumentNode): string | null {
  const entityUnion = schema.getType('_Entity');
  const entities = new Set(isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : []);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const spread = new Set<string>();
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined | null,
    depth: number,
  ): string | null => {
    for (const selection of selectionSet.selections) {
      let found: string | null = null;
      if (selection.kind === Kind.FIELD) {
        const field =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        if (depth > 0 && type && entities.has(type.name)) return selection.name.value;
        if (selection.selectionSet) found = walk(selection.selectionSet, type, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = walk(
          selection.selectionSet,
          selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent,
          depth,
        );
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !spread.has(fragment.name.value)) {
          spread.add(fragment.name.value);
          found = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth);
        }
      }
      if (found) return found;
    }
    return null;
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue;
    const found = walk(definition.selectionSet, schema.getMutationType(), 0);
    if (found) return found;
  }
  return null;
}

/**
 * Every query needs the right to read: a branch tool's key issued only to declare entries reads nothing,
 * and a caller who has not logged in reads nothing (it may only call `login`). Mutations check their own rights;
 * a caller without READ reads back only what its mutation wrote.
 */
export function readRightPlugin<L>(): ApolloServerPlugin<RequestContext<L>> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, schema, document }) {
          const caller = contextValue.caller;
          if (hasRight(caller, Right.READ)) return;
          const forbidden = (message: string) =>
            new GraphQLError(message, { extensions: { code: 'FORBIDDEN', right: Right.READ, http: { status: 403 } } });
          if (operation?.operation === 'mutation') {
            const beyond = caller.role === Role.ANONYMOUS ? null : fieldReachingBeyondWrite(schema, document);
            if (beyond)
              throw forbidden(
                `该密钥没有查看权限（READ），只能读回本次写入的记录本身（如 id、state），不能读取 ${beyond}`,
              );
            return;
          }
          if (operation?.operation !== 'query') return;
          if (caller.role === Role.ANONYMOUS) {
            throw new GraphQLError(SIGN_IN_FIRST, {
              extensions: { code: KitErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          }
          if (onlyLooksUpEntities(operation)) return;
          throw forbidden(NO_READ);
        },
      };
    },
  };
}
