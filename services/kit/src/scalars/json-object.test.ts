import { parseValue, valueFromAST } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { JsonObjectScalar } from './json-object';

describe('JSONObject scalar', () => {
  it("keeps graphql-scalars' name, description and link: the printed schema does not change", () => {
    expect(JsonObjectScalar.toConfig()).toMatchObject({
      name: GraphQLJSONObject.name,
      description: GraphQLJSONObject.description,
      specifiedByURL: GraphQLJSONObject.specifiedByURL,
    });
  });

  it('takes an object, as a variable or written out', () => {
    expect(JsonObjectScalar.parseValue({ name: '方案', items: [1] })).toEqual({ name: '方案', items: [1] });
    expect(valueFromAST(parseValue('{ name: "方案", items: [1] }'), JsonObjectScalar)).toEqual({
      name: '方案',
      items: [1],
    });
  });

  it.each([
    ['x', '字符串'],
    [[1], '数组'],
    [12, '数字'],
    [null, '空值'],
  ])('refuses %j in Chinese', (value, what) => {
    expect(() => JsonObjectScalar.parseValue(value)).toThrow(
      `应为 JSON 对象（以 { 开头的键值对，如规则文件），收到${what}`,
    );
  });

  it('refuses a literal that is not an object in Chinese', () => {
    expect(() => JsonObjectScalar.parseLiteral(parseValue('"x"'), {})).toThrow('收到字符串');
    expect(() => JsonObjectScalar.parseLiteral(parseValue('[1]'), {})).toThrow('收到数组');
  });
});
