import { GraphQLError } from 'graphql';
import { AppError, KitErrorCode, toGraphQLError } from './app-error';

describe('toGraphQLError', () => {
  it('keeps the code, the message and the details of an AppError', () => {
    const wrapped = new GraphQLError('x', {
      originalError: new AppError('MEMBER_NO_TAKEN', '党员编号已被使用', { memberNo: 'A1' }),
    });
    const mapped = toGraphQLError(wrapped, 'req-1');
    expect(mapped.message).toBe('党员编号已被使用');
    expect(mapped.extensions).toEqual({ code: 'MEMBER_NO_TAKEN', memberNo: 'A1', requestId: 'req-1' });
  });

  it('masks anything unexpected: no SQL, no stack, only a code and a Chinese message', () => {
    const wrapped = new GraphQLError('relation "ledger.x" does not exist', {
      originalError: new Error('relation "ledger.x" does not exist'),
    });
    const mapped = toGraphQLError(wrapped, undefined);
    expect(mapped.message).not.toContain('relation');
    expect(mapped.extensions.code).toBe(KitErrorCode.INTERNAL);
  });

  it('passes errors about the request itself', () => {
    const mapped = toGraphQLError(
      new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      undefined,
    );
    expect(mapped.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
