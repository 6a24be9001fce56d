import {
  DirectiveNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

export type Variables = Record<string, unknown> | undefined;
export type Fragments = ReadonlyMap<string, FragmentDefinitionNode> | Readonly<Record<string, FragmentDefinitionNode>>;

const fragmentNamed = (fragments: Fragments, name: string) =>
  fragments instanceof Map ? fragments.get(name) : (fragments as Record<string, FragmentDefinitionNode>)[name];

/**
 * Every field a selection set asks for, in order, through inline fragments and fragment spreads (each fragment
 * once), leaving out what @skip or @include leaves out. Fields are not merged: a field asked twice comes twice.
 */
export function fieldsOfSelection(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  variables: Variables,
): FieldNode[] {
  const fields: FieldNode[] = [];
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection.directives ?? [], variables)) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragmentNamed(fragments, selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(selectionSet);
  return fields;
}

/**
 * The names of the fields asked for at `path` below the given field nodes (a resolver's `info.fieldNodes`): with
 * path ['items'], every field asked of `items` in any of the places it is asked.
 */
export function fieldNamesAt(
  fieldNodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
  variables: Variables,
): Set<string> {
  let level: readonly FieldNode[] = fieldNodes;
  for (const name of path) {
    level = level
      .flatMap((node) => (node.selectionSet ? fieldsOfSelection(node.selectionSet, fragments, variables) : []))
      .filter((f) => f.name.value === name);
  }
  return new Set(
    level
      .flatMap((node) => (node.selectionSet ? fieldsOfSelection(node.selectionSet, fragments, variables) : []))
      .map((f) => f.name.value),
  );
}

function included(directives: readonly DirectiveNode[], variables: Variables): boolean {
  const condition = (name: string) => {
    const argument = directives.find((d) => d.name.value === name)?.arguments?.find((a) => a.name.value === 'if');
    return argument ? valueFromASTUntyped(argument.value, variables) === true : undefined;
  };
  return condition('skip') !== true && condition('include') !== false;
}

/** A root field of a mutation as the request asked for it: response key, field name and its arguments. */
export interface RootField {
  key: string;
  name: string;
  args: Record<string, unknown>;
}

/** The root fields of an operation, through fragments, honouring @skip/@include; `__typename` is no write. */
export function rootFieldsOf(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Variables,
): RootField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fields = new Map<string, RootField>();
  for (const field of fieldsOfSelection(operation.selectionSet, fragments, variables)) {
    const key = field.alias?.value ?? field.name.value;
    if (field.name.value !== '__typename' && !fields.has(key))
      fields.set(key, { key, name: field.name.value, args: argumentsOf(field, variables) });
  }
  return [...fields.values()];
}

function argumentsOf(field: FieldNode, variables: Variables): Record<string, unknown> {
  return Object.fromEntries(
    (field.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, variables)]),
  );
}
