import { RefreshOnce } from './refresh-once';

describe('one renewal per refresh token', () => {
  it('gives a second request with the same token the first one answer, without renewing again', async () => {
    let clock = 0;
    const once = new RefreshOnce<string>(() => clock, 20_000);
    let renewals = 0;
    const renew = async () => `answer ${++renewals}`;
    const [a, b] = await Promise.all([once.run('t1', renew), once.run('t1', renew)]);
    expect([a, b, renewals]).toEqual(['answer 1', 'answer 1', 1]);
    expect(await once.run('t2', renew)).toBe('answer 2');
    clock = 19_999;
    expect(await once.run('t1', renew)).toBe('answer 1');
    clock = 20_001;
    // Past the grace: the ledger decides (a reused token ends the session there).
    expect(await once.run('t1', renew)).toBe('answer 3');
    expect(once.size).toBe(1);
  });

  it('forgets a renewal that failed outright, so it may be tried again', async () => {
    const once = new RefreshOnce<string>(() => 0);
    await expect(once.run('t', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await once.run('t', async () => 'ok')).toBe('ok');
  });
});
