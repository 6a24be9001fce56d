import { parse } from 'graphql';
import { checkFieldCount, countFields } from './field-count';

describe('the number of fields a document writes', () => {
  it('counts every field selection as written, in operations and fragments, spreads not followed', () => {
    expect(countFields(parse('{ me { role role name } }'))).toBe(4);
    expect(countFields(parse('query A { org { ...F ...F ... on Org { id } } } fragment F on Org { id name }'))).toBe(4);
  });

  it('refuses 5,000 repetitions of one field with a code, a Chinese message and the numbers', () => {
    const error = checkFieldCount(parse(`{ me { ${'role '.repeat(5000)}} }`), 500)!;
    expect(error.message).toBe('查询写了 5001 个字段，超过上限 500 个；请去掉重复的字段，或拆分为多个查询');
    expect(error.extensions).toMatchObject({
      code: 'TOO_MANY_FIELDS',
      validationErrorCode: 'TOO_MANY_FIELDS',
      fields: 5001,
      limit: 500,
    });
    expect(checkFieldCount(parse(`{ me { ${'role '.repeat(499)}} }`), 500)).toBeUndefined();
  });
});
