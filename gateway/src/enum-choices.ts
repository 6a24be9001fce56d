import { Kind, parse } from 'graphql';

/** Lists an enum's values with their Chinese descriptions (“FULL（正式党员）、…”); undefined for a name it does not know. */
export type EnumChoices = (enumName: string) => string | undefined;

/**
 * The values of each enum of the API with what they mean, read once from the supergraph SDL, so that a message
 * refusing an enum value says which values there are and what each means. Values hidden from the API are left out.
 */
export function enumChoicesOf(sdl: string): EnumChoices {
  const choices = new Map<string, string>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const values = (definition.values ?? []).filter(
      (value) => !value.directives?.some((d) => d.name.value === 'inaccessible'),
    );
    choices.set(
      definition.name.value,
      values
        .map((value) => (value.description ? `${value.name.value}（${value.description.value}）` : value.name.value))
        .join('、'),
    );
  }
  return (enumName) => choices.get(enumName);
}
