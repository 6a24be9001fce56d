import { Role } from './caller';
import { mintInternalToken, verifyInternalToken } from './internal-token';

const caller = { role: Role.TOWNSHIP, scopePath: 'aaa.bbb', subject: 'committee-1' };
const NOW = Date.UTC(2026, 10, 21, 8);

describe('internal token', () => {
  it('carries the caller and the request id to the subgraph', () => {
    const token = mintInternalToken('secret', caller, 'req-1', NOW);
    expect(verifyInternalToken('secret', token, NOW + 1000)).toEqual({ caller, requestId: 'req-1' });
  });

  it.each([
    ['missing', undefined, NOW, 'MISSING'],
    ['malformed', 'abc', NOW, 'MALFORMED'],
    ['signed with another secret', mintInternalToken('other', caller, 'r', NOW), NOW, 'BAD_SIGNATURE'],
    ['expired after its minute', mintInternalToken('secret', caller, 'r', NOW), NOW + 61_000, 'EXPIRED'],
  ])('is refused when %s', (_case, token, now, problem) => {
    expect(verifyInternalToken('secret', token, now)).toBe(problem);
  });

  it('is refused when its payload was changed', () => {
    const [, signature] = mintInternalToken('secret', caller, 'r', NOW).split('.');
    const forged = Buffer.from(JSON.stringify({ role: 'SYSTEM', scope: null, sub: 'x', exp: NOW / 1000 + 60, rid: 'r' })).toString('base64url');
    expect(verifyInternalToken('secret', `${forged}.${signature}`, NOW)).toBe('BAD_SIGNATURE');
  });
});
