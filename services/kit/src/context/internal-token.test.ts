import { Right } from '../rights/right';
import { signPayload } from './signed-token';
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
    const forged = Buffer.from(
      JSON.stringify({ role: 'SYSTEM', scope: null, sub: 'x', exp: NOW / 1000 + 60, rid: 'r' }),
    ).toString('base64url');
    expect(verifyInternalToken('secret', `${forged}.${signature}`, NOW)).toBe('BAD_SIGNATURE');
  });
});

describe('internal token claims', () => {
  it('carries a member, a key and its rights, and the name people read', () => {
    const member = {
      role: Role.MEMBER,
      scopePath: 'aaa.bbb',
      subject: 'account:1',
      name: '青山村党支部 党员 李明',
      memberId: 'm-1',
    };
    const key = {
      role: Role.BRANCH_RECORDER,
      scopePath: 'aaa.bbb',
      subject: 'key:7',
      keyId: '7',
      rights: [Right.READ, Right.DECLARE],
    };
    expect(verifyInternalToken('secret', mintInternalToken('secret', member, 'r', NOW), NOW)).toEqual({
      caller: member,
      requestId: 'r',
    });
    expect(verifyInternalToken('secret', mintInternalToken('secret', key, 'r', NOW), NOW)).toEqual({
      caller: key,
      requestId: 'r',
    });
  });

  it('refuses a token naming a right that does not exist', () => {
    const token = signPayload('secret', {
      role: 'MEMBER',
      scope: 'a',
      sub: 's',
      rts: ['EVERYTHING'],
      exp: NOW / 1000 + 60,
      rid: 'r',
    });
    expect(verifyInternalToken('secret', token, NOW)).toBe('MALFORMED');
  });
});
