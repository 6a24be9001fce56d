import { IncomingMessage } from 'node:http';
import { clientAddress, LoginThrottle, throttleKey } from './login-throttle';

describe('the sign-in throttle', () => {
  let now = 0;
  const clock = () => now;

  it('allows a burst, then one attempt per refill interval, and says when to retry', () => {
    const throttle = new LoginThrottle({ burst: 3, refillEveryMs: 2_000 }, clock);
    expect([1, 2, 3].map(() => throttle.take('a').allowed)).toEqual([true, true, true]);
    expect(throttle.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    now += 2_000;
    expect(throttle.take('a').allowed).toBe(true);
    expect(throttle.take('a').allowed).toBe(false);
  });

  it('keeps each address to itself', () => {
    const throttle = new LoginThrottle({ burst: 2, refillEveryMs: 60_000 }, clock);
    throttle.take('10.0.0.1', 2);
    expect(throttle.take('10.0.0.1').allowed).toBe(false);
    expect(throttle.take('10.0.0.2').allowed).toBe(true);
  });

  it("takes all of a request's attempts or none, and takes back what was not a failed guess", () => {
    const throttle = new LoginThrottle({ burst: 5, refillEveryMs: 60_000 }, clock);
    expect(throttle.take('a', 30).allowed).toBe(false);
    expect(throttle.take('a', 4).allowed).toBe(true);
    expect(throttle.take('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    throttle.giveBack('a', 4);
    expect(throttle.take('a', 5).allowed).toBe(true);
  });

  it('forgets full buckets when it tracks too many addresses', () => {
    const throttle = new LoginThrottle({ burst: 2, refillEveryMs: 1_000 }, clock, 10);
    for (let i = 0; i < 10; i += 1) throttle.take(`k${i}`);
    now += 10_000;
    throttle.take('new');
    expect(throttle.size).toBe(1);
  });
});

describe('the client address', () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    }) as unknown as IncomingMessage;

  it("is the socket's peer unless a proxy is trusted, then the last X-Forwarded-For entry", () => {
    expect(clientAddress(request('10.1.1.1', '203.0.113.9'), false)).toBe('10.1.1.1');
    expect(clientAddress(request('10.1.1.1', '198.51.100.1, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddress(request('10.1.1.1'), true)).toBe('10.1.1.1');
  });

  it('keys IPv4 written as IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(throttleKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(throttleKey('2001:db8:1:2:aaaa::1')).toBe(throttleKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(throttleKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:3::1')).not.toBe(throttleKey('2001:db8:1:2::1'));
  });
});
