import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

const refusal = (what: string) =>
  new GraphQLError(`应为 JSON 对象（以 { 开头的键值对，如规则文件），收到${what}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

const kindOf = (value: unknown) =>
  value === null
    ? '空值'
    : Array.isArray(value)
      ? '数组'
      : typeof value === 'string'
        ? '字符串'
        : typeof value === 'number'
          ? '数字'
          : typeof value === 'boolean'
            ? '布尔值'
            : '其他值';

/**
 * `JSONObject` (graphql-scalars') with its refusals in Chinese: its own say "JSONObject cannot represent non-object
 * value" in English. The same name, description and specification link, so the printed schema is unchanged; every
 * service uses this one instance.
 */
export const JsonObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  parseValue(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refusal(kindOf(value));
    return GraphQLJSONObject.parseValue(value);
  },
  parseLiteral(ast, variables) {
    if (ast.kind !== Kind.OBJECT)
      throw refusal(
        ast.kind === Kind.LIST
          ? '数组'
          : ast.kind === Kind.STRING
            ? '字符串'
            : ast.kind === Kind.NULL
              ? '空值'
              : '其他值',
      );
    return GraphQLJSONObject.parseLiteral(ast, variables);
  },
});
