import { formatGatewayError } from './format-error';

describe('formatGatewayError', () => {
  it('passes a coded subgraph error without its service name', () => {
    expect(formatGatewayError({ message: '党员编号已被使用', path: ['addMember'], extensions: { code: 'MEMBER_NO_TAKEN', serviceName: 'ledger', memberNo: 'A1' } })).toEqual({
      message: '党员编号已被使用',
      path: ['addMember'],
      locations: undefined,
      extensions: { code: 'MEMBER_NO_TAKEN', memberNo: 'A1' },
    });
  });

  it.each([
    [{ message: 'connect ECONNREFUSED 127.0.0.1:4002', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }],
    [{ message: 'something odd' }],
  ])('masks %j', (error) => {
    const formatted = formatGatewayError(error);
    expect(formatted.message).not.toMatch(/ECONNREFUSED|odd/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
  });
});
