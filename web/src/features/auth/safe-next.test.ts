import { loginPathFor, safeNext } from './safe-next';

/** The login page's `next` is the only address taken from the URL: it must stay on this site. */

describe('where signing in leads', () => {
  it.each([
    [null, '/'],
    ['/register?period=2024-Q1', '/register?period=2024-Q1'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/login?next=/x', '/'],
  ])('next=%j goes to %j', (next, expected) => expect(safeNext(next)).toBe(expected));

  it('keeps the address to come back to, and the reason', () => {
    expect(loginPathFor({ pathname: '/', search: '' })).toBe('/login');
    expect(loginPathFor({ pathname: '/register', search: '?period=2024-Q1' }, 'expired')).toBe(
      '/login?next=%2Fregister%3Fperiod%3D2024-Q1&reason=expired',
    );
  });
});
