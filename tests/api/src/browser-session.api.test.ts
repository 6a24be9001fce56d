import { createScoredBranch } from '../../support/src/scored-branch';
import { dataOf, startHiveBeside, startTestPlatform, TestPlatform } from '../../support/src/test-platform';

const PASSWORD = 'Browser-pass-2026';
const CSRF = { 'apollo-require-preflight': 'true' };

/** The cookies a browser keeps: name → value, from Set-Cookie answers; Max-Age=0 removes one. */
class CookieJar {
  readonly cookies = new Map<string, { value: string; path: string }>();

  take(response: Response): string[] {
    const lines = response.headers.getSetCookie();
    for (const line of lines) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const path = attributes.find((a) => a.startsWith('Path='))?.slice(5) ?? '/';
      if (attributes.includes('Max-Age=0')) this.cookies.delete(name);
      else this.cookies.set(name, { value: decodeURIComponent(pair.slice(at + 1)), path });
    }
    return lines;
  }

  /** The Cookie header a browser sends to `path` (a cookie goes only where its Path covers). */
  headerFor(path: string): Record<string, string> {
    const sent = [...this.cookies].filter(
      ([, c]) => path === c.path || path.startsWith(`${c.path.replace(/\/$/, '')}/`),
    );
    return sent.length ? { cookie: sent.map(([name, c]) => `${name}=${encodeURIComponent(c.value)}`).join('; ') } : {};
  }

  value(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }
}

/**
 * The browser's sign-in through the real gateway: the tokens live in httpOnly SameSite=Strict cookies the page never
 * reads; GraphQL and downloads go by the cookie, writes only with the CSRF header; logout and revocation end the
 * cookie's session at once; the sign-in throttle counts the browser's attempts like any client's.
 */
describe('a browser signs in with cookies', () => {
  let platform: TestPlatform;
  let origin: string;
  const org: Record<string, string> = {};

  const system = async (query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await platform.query(query, variables));
  const auth = async (path: string, jar: CookieJar, body?: unknown, headers: Record<string, string> = CSRF) => {
    const response = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { ...headers, ...jar.headerFor(path), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const setCookies = jar.take(response);
    const text = await response.text();
    return { status: response.status, headers: response.headers, setCookies, text, json: JSON.parse(text) };
  };
  const login = async (username: string, password = PASSWORD) => {
    const jar = new CookieJar();
    const answer = await auth('/auth/login', jar, { username, password });
    return { jar, answer };
  };
  const graphql = async (
    jar: CookieJar,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = CSRF,
  ) => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...jar.headerFor('/graphql') },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  };
  const openAccount = (username: string, role: string, organizationId: string, memberId?: string) =>
    system('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username, displayName: `${username}的姓名`, role, organizationId, memberId, password: PASSWORD },
    }).then((data) => data.createAccount.id as string);
  let addedMembers = 0;
  const addMember = (jar: CookieJar, headers: Record<string, string> = CSRF) => {
    addedMembers += 1;
    return graphql(
      jar,
      'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
      {
        input: {
          organizationId: org.branch,
          memberNo: `B${addedMembers}`,
          name: `新党员${addedMembers}`,
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2001-07-01',
          birthDate: '1975-05-05',
        },
      },
      headers,
    );
  };
  const memberCount = async () =>
    (await system('query($o: ID!) { organization(id: $o) { memberCount } }', { o: org.branch })).organization
      .memberCount as number;

  beforeAll(async () => {
    platform = await startTestPlatform();
    origin = new URL(platform.gatewayUrl).origin;
    // A period with scores, so that the 积分总台账 of 2024-Q1 can be downloaded.
    const scored = await createScoredBranch(platform, {
      district: '网页区',
      township: '网页镇党委',
      branch: '网页村党支部',
    });
    Object.assign(org, { district: scored.district, town: scored.township, branch: scored.branch });
    await openAccount('web-secretary', 'BRANCH_SECRETARY', org.branch);
    await openAccount('web-recorder', 'BRANCH_RECORDER', org.branch);
    await openAccount('web-township', 'TOWNSHIP', org.town);
  });
  afterAll(() => platform?.stop());

  it('sets the session in httpOnly SameSite=Strict cookies and tells the page who signed in, never a token', async () => {
    const { jar, answer } = await login('web-secretary');
    expect(answer.status).toBe(200);
    const byName = new Map(answer.setCookies.map((line) => [line.split('=')[0], line]));
    for (const name of ['jifen_session', 'jifen_refresh']) {
      const line = byName.get(name)!;
      expect(line).toMatch(/; HttpOnly/);
      expect(line).toMatch(/; SameSite=Strict/);
      expect(line).not.toMatch(/; Secure/); // plain http here (SESSION_COOKIE_SECURE=auto)
    }
    expect(byName.get('jifen_session')).toMatch(/; Path=\/;/);
    expect(byName.get('jifen_session')).toMatch(/Max-Age=(89\d|900);/);
    expect(byName.get('jifen_refresh')).toMatch(/; Path=\/auth;/);
    // The third cookie holds only when the access cookie lapses, for the page's renewal clock.
    expect(byName.get('jifen_session_expires')).not.toMatch(/HttpOnly/);
    expect(Number(jar.value('jifen_session_expires'))).toBe(Date.parse(answer.json.expiresAt));

    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.json).toEqual({
      account: {
        username: 'web-secretary',
        displayName: 'web-secretary的姓名',
        role: 'BRANCH_SECRETARY',
        organizationId: org.branch,
        memberId: null,
      },
      expiresAt: expect.any(String),
    });
    expect(answer.text).not.toContain(jar.value('jifen_session'));
    expect(answer.text).not.toContain(jar.value('jifen_refresh'));
    expect(answer.text).not.toMatch(/token/i);
  });

  it('answers GraphQL by the cookie; Authorization: Bearer wins when both come', async () => {
    const { jar } = await login('web-secretary');
    const me = await graphql(jar, '{ me { role organizationId account { username } } }');
    expect(me.body).toEqual({
      data: { me: { role: 'BRANCH_SECRETARY', organizationId: org.branch, account: { username: 'web-secretary' } } },
    });
    const township = (await login('web-township')).jar;
    const bearer = { ...CSRF, authorization: `Bearer ${township.value('jifen_session')}` };
    const both = await graphql(jar, '{ me { role account { username } } }', {}, bearer);
    expect(both.body.data.me).toEqual({ role: 'TOWNSHIP', account: { username: 'web-township' } });
    // A branch tool with only the header goes on as before, CSRF header or not.
    const tool = await graphql(new CookieJar(), '{ me { role } }', {}, { authorization: bearer.authorization });
    expect(tool.body.data.me.role).toBe('TOWNSHIP');
  });

  it('refuses a request carried by the cookie without the CSRF header, a write above all, and writes nothing', async () => {
    const { jar } = await login('web-secretary');
    const before = await memberCount();
    const refused = await addMember(jar, {});
    expect(refused.status).toBe(403);
    expect(refused.body.data ?? undefined).toBeUndefined();
    expect(refused.body.errors![0]).toMatchObject({
      message: expect.stringContaining('跨站请求伪造'),
      extensions: { code: 'CSRF_HEADER_REQUIRED' },
    });
    expect((await graphql(jar, '{ me { role } }', {}, {})).status).toBe(403);
    expect(await memberCount()).toBe(before);
    expect(dataOf((await addMember(jar)).body).addMember.id).toEqual(expect.any(String));
    expect(await memberCount()).toBe(before + 1);
  });

  it('refuses sign-in routes without the CSRF header and a wrong password in Chinese, setting no cookie', async () => {
    const noHeader = await auth('/auth/login', new CookieJar(), { username: 'web-secretary', password: PASSWORD }, {});
    expect(noHeader.status).toBe(403);
    expect(noHeader.json.error.code).toBe('CSRF_HEADER_REQUIRED');
    expect(noHeader.setCookies).toEqual([]);
    const wrong = await login('web-recorder', 'not-the-password');
    expect(wrong.answer.status).toBe(401);
    expect(wrong.answer.json.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确' });
    expect(wrong.answer.setCookies).toEqual([]);
    const empty = await auth('/auth/login', new CookieJar(), { username: '', password: '' });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatchObject({ code: 'BAD_USER_INPUT', message: '请填写用户名和密码' });
  });

  it('renews quietly from the refresh cookie; two tabs renewing at once get one renewal, and the session goes on', async () => {
    const { jar, answer: first } = await login('web-recorder');
    const firstRefresh = jar.value('jifen_refresh');
    // Both tabs send the same single-use refresh token at the same moment.
    const tabB = new CookieJar();
    for (const [name, cookie] of jar.cookies) tabB.cookies.set(name, { ...cookie });
    const [a, b] = await Promise.all([auth('/auth/refresh', jar), auth('/auth/refresh', tabB)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json.account.username).toBe('web-recorder');
    expect(a.text).not.toMatch(/token/i);
    expect(jar.value('jifen_refresh')).not.toBe(firstRefresh);
    expect(tabB.value('jifen_refresh')).toBe(jar.value('jifen_refresh'));
    expect(Date.parse(a.json.expiresAt)).toBeGreaterThanOrEqual(Date.parse(first.json.expiresAt));
    // The reuse did not end the session: the renewed cookie reads, and renews again.
    expect((await graphql(jar, '{ me { role } }')).body.data.me.role).toBe('BRANCH_RECORDER');
    expect((await auth('/auth/refresh', jar)).status).toBe(200);
    expect((await graphql(jar, '{ me { role } }')).body.data.me.role).toBe('BRANCH_RECORDER');
    // No refresh cookie at all: a Chinese refusal, and the cookies are cleared.
    const none = await auth('/auth/refresh', new CookieJar());
    expect(none.status).toBe(401);
    expect(none.json.error).toMatchObject({ code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' });
  });

  it('logs out: the cookies are cleared and the old access cookie is refused at its next request', async () => {
    const { jar } = await login('web-secretary');
    const kept = new CookieJar();
    for (const [name, cookie] of jar.cookies) kept.cookies.set(name, { ...cookie });
    const out = await auth('/auth/logout', jar);
    expect(out.status).toBe(200);
    expect(out.setCookies.filter((line) => line.includes('Max-Age=0')).length).toBe(3);
    expect(jar.cookies.size).toBe(0);
    const replay = await graphql(kept, '{ me { role } }');
    expect(replay.status).toBe(401);
    expect(replay.body.errors![0].extensions.code).toBe('SESSION_ENDED');
    expect((await auth('/auth/refresh', kept)).status).toBe(401);
  });

  it('refuses the cookie of a session ended elsewhere (the account disabled)', async () => {
    const id = await openAccount('web-to-disable', 'BRANCH_RECORDER', org.branch);
    const { jar } = await login('web-to-disable');
    expect((await graphql(jar, '{ me { role } }')).status).toBe(200);
    await system('mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabledAt } }', { id });
    const refused = await graphql(jar, '{ me { role } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].extensions.code).toBe('SESSION_ENDED');
    const download = await fetch(
      `${origin}/downloads/ledger/ledger-book.xlsx?organizationId=${org.branch}&period=2024-Q1`,
      {
        headers: jar.headerFor('/downloads/ledger/ledger-book.xlsx'),
      },
    );
    expect(download.status).toBe(401);
  });

  it('downloads the 积分总台账 as a plain link: the cookie is enough, no header', async () => {
    const { jar } = await login('web-secretary');
    const path = `/downloads/ledger/ledger-book.xlsx?organizationId=${org.branch}&period=2024-Q1`;
    const response = await fetch(`${origin}${path}`, { headers: jar.headerFor('/downloads/ledger/ledger-book.xlsx') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx is a zip
    const anonymous = await fetch(`${origin}${path}`);
    expect(anonymous.status).toBe(401);
  });

  it('works the same through the Hive engine (GATEWAY_ENGINE=hive): sign in, GraphQL by cookie, CSRF, logout', async () => {
    const hive = await startHiveBeside(platform);
    const apolloOrigin = origin;
    try {
      origin = new URL(hive.url).origin;
      const { jar, answer } = await login('web-township');
      expect(answer.status).toBe(200);
      expect(answer.text).not.toMatch(/token/i);
      expect((await graphql(jar, '{ me { role } }')).body.data.me.role).toBe('TOWNSHIP');
      expect((await graphql(jar, '{ me { role } }', {}, {})).status).toBe(403);
      const kept = new CookieJar();
      for (const [name, cookie] of jar.cookies) kept.cookies.set(name, { ...cookie });
      expect((await auth('/auth/refresh', jar)).status).toBe(200);
      expect((await auth('/auth/logout', jar)).status).toBe(200);
      const replay = await graphql(kept, '{ me { role } }');
      expect(replay.status).toBe(401);
      expect(replay.body.errors![0].extensions.code).toBe('SESSION_ENDED');
      const wrong = await login('web-township', 'not-the-password');
      expect(wrong.answer.json.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确' });
    } finally {
      origin = apolloOrigin;
      await hive.stop();
    }
  });

  it('counts the browser sign-in against the client address like any other (429 with Retry-After)', async () => {
    let last: Awaited<ReturnType<typeof login>>['answer'] | undefined;
    for (let attempt = 0; attempt < 25; attempt += 1) {
      last = (await login(`nobody-${attempt}`, 'wrong-password-1')).answer;
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(last!.json.error.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
