import { Role } from './caller';
import { mintInternalToken } from './internal-token';
import { Right } from '../rights/right';
import { deriveSecret, mintSessionToken, verifySessionToken } from './session-token';

const NOW = Date.UTC(2026, 10, 21, 9);
const secret = deriveSecret('shared', 'session');
const caller = { role: Role.BRANCH_RECORDER, scopePath: 'aaa.bbb', subject: 'account:1' };

describe('session token', () => {
  it('names the caller and the session until it expires', () => {
    const { token, expiresAt } = mintSessionToken(secret, caller, 's-1', NOW);
    expect(verifySessionToken(secret, token, NOW + 60_000)).toEqual({ caller, sessionId: 's-1', expiresAt });
    expect(expiresAt.getTime()).toBe(NOW + 15 * 60_000);
    expect(verifySessionToken(secret, token, NOW + 15 * 60_000 + 1000)).toBe('EXPIRED');
  });

  it("keeps a key caller's rights", () => {
    const key = { ...caller, subject: 'key:9', keyId: '9', rights: [Right.READ] };
    const { token } = mintSessionToken(secret, key, 's', NOW);
    expect(verifySessionToken(secret, token, NOW)).toMatchObject({ caller: key });
  });

  it('is not valid under the shared secret, and an internal token is not a session', () => {
    expect(deriveSecret('shared', 'session')).not.toBe('shared');
    expect(verifySessionToken('shared', mintSessionToken(secret, caller, 's', NOW).token, NOW)).toBe('BAD_SIGNATURE');
    expect(verifySessionToken(secret, mintInternalToken(secret, caller, 'r', NOW), NOW)).toBe('MALFORMED');
  });
});
