import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { fieldNamesAt, fieldsOfSelection } from './selection';

/** The root field nodes and fragments of a query, as a resolver of the root field sees them. */
function parts(source: string): { fields: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fields: operation.selectionSet.selections as FieldNode[], fragments };
}

describe('fieldNamesAt', () => {
  it('finds the fields asked at a path, through fragments and inline fragments, wherever the path is asked', () => {
    const { fields, fragments } = parts(`{
      page { nextAfter items { total ...More } items { ... on Score { star { base } } } }
    }
    fragment More on Score { state components { code } }`);
    expect(fieldNamesAt(fields, ['items'], fragments, undefined)).toEqual(
      new Set(['total', 'state', 'components', 'star']),
    );
    expect(fieldNamesAt(fields, [], fragments, undefined)).toEqual(new Set(['nextAfter', 'items']));
    expect(fieldNamesAt(fields, ['items', 'star'], fragments, undefined)).toEqual(new Set(['base']));
    expect(fieldNamesAt(fields, ['missing'], fragments, undefined).size).toBe(0);
  });

  it('leaves out what @skip and @include leave out, with literals or variables', () => {
    const { fields, fragments } = parts(`query($detail: Boolean!) {
      page { items { total components @include(if: $detail) explanation @skip(if: true) } }
    }`);
    expect(fieldNamesAt(fields, ['items'], fragments, { detail: false })).toEqual(new Set(['total']));
    expect(fieldNamesAt(fields, ['items'], fragments, { detail: true })).toEqual(new Set(['total', 'components']));
  });

  it('reads a fragment spread twice only once, and accepts fragments as a map', () => {
    const { fields, fragments } = parts(`{ page { ...A ...A } } fragment A on Page { total }`);
    const selection = fields[0].selectionSet!;
    expect(
      fieldsOfSelection(selection, new Map(Object.entries(fragments)), undefined).map((f) => f.name.value),
    ).toEqual(['total']);
  });
});
