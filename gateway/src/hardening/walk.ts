import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';

/** The fragment definitions of a document by name (the first of a duplicated name: validation reports the rest). */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value))
      fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The schema's field a selection names, meta fields (`__schema`, `__type`, `__typename`) included; undefined when unknown. */
function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType | undefined,
  node: FieldNode,
): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parentType && parentType === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

function namedTypeOf(field: GraphQLField<unknown, unknown> | undefined): GraphQLNamedType | undefined {
  return field ? getNamedType(field.type) : undefined;
}

/**
 * A fold over a selection set that follows fragment spreads, each fragment computed once per `key` (so a
 * fragment spread twice in each of thirty nested fragments costs thirty computations, not 2^30), and a
 * fragment that spreads itself, directly or not, counts as empty (validation reports the cycle).
 *
 * `field` combines one field with the folded value of its own selection set (undefined for a leaf);
 * `combine` joins the values of the selections side by side.
 */
export interface Fold<T, S> {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  empty: T;
  combine(a: T, b: T): T;
  /** The state for a field's own selection set, and the field's value once that set is folded. */
  enter(
    field: FieldNode,
    definition: GraphQLField<unknown, unknown> | undefined,
    parentType: GraphQLNamedType | undefined,
    state: S,
  ): S;
  field(
    field: FieldNode,
    definition: GraphQLField<unknown, unknown> | undefined,
    parentType: GraphQLNamedType | undefined,
    state: S,
    inner: T | undefined,
  ): T;
  /** Memo key of a state (states with the same key fold a fragment the same way). */
  key(state: S): string;
}

export function foldSelections<T, S>(
  fold: Fold<T, S>,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  state: S,
): T {
  const memo = new Map<string, T>();
  const inProgress = new Set<string>();

  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, at: S): T => {
    let total = fold.empty;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(fold.schema, type, selection);
        const inner = selection.selectionSet
          ? walk(selection.selectionSet, namedTypeOf(definition), fold.enter(selection, definition, type, at))
          : undefined;
        total = fold.combine(total, fold.field(selection, definition, type, at, inner));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const conditionType = selection.typeCondition ? fold.schema.getType(selection.typeCondition.name.value) : type;
        total = fold.combine(total, walk(selection.selectionSet, conditionType ?? undefined, at));
      } else {
        const name = selection.name.value;
        const fragment = fold.fragments.get(name);
        if (!fragment) continue;
        const key = `${name}\u0000${fold.key(at)}`;
        let value = memo.get(key);
        if (value === undefined) {
          if (inProgress.has(key)) continue;
          inProgress.add(key);
          value = walk(fragment.selectionSet, fold.schema.getType(fragment.typeCondition.name.value) ?? undefined, at);
          inProgress.delete(key);
          memo.set(key, value);
        }
        total = fold.combine(total, value);
      }
    }
    return total;
  };

  return walk(selectionSet, parentType, state);
}
