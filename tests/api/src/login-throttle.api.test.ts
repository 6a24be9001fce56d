import { RunningGateway } from '@jifen/gateway';
import { request as httpRequest } from 'node:http';
import { dataOf, startHiveBeside, startTestPlatform, TestPlatform, textOf } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

const PASSWORD = 'Branch-pass-2026';
const LOGIN = apiGraphql(
  `mutation LoginThrottleLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id } } }`,
);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * Guessing passwords: each account slows its guessers down (and answers as an unknown name meanwhile), and each
 * client address gets a limited number of failed guesses (429 past it). Requests are sent from chosen loopback
 * addresses (127.0.0.x) so that the gateway sees different clients.
 */
describe('sign-in abuse', () => {
  let platform: TestPlatform;
  let township: string;
  let hive: RunningGateway;

  const login = (username: string, password: string, from: string, gatewayUrl = platform.gatewayUrl): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const url = new URL(gatewayUrl);
      const body = JSON.stringify({ query: textOf(LOGIN), variables: { u: username, p: password } });
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress: from,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  /** What a client can compare between two answers: the status and the body, request ids aside. */
  const shown = (answer: Answer) => ({
    status: answer.status,
    body: JSON.parse(JSON.stringify(answer.body).replace(/"requestId":"[^"]+"/g, '"requestId":"…"')),
  });

  beforeAll(async () => {
    platform = await startTestPlatform();
    const district = dataOf(
      await platform.query(
        apiGraphql(
          `mutation LoginThrottleCreateOrganization { createOrganization(input: { level: DISTRICT, name: "区" }) { id } }`,
        ),
      ),
    ).createOrganization.id;
    township = dataOf(
      await platform.query(
        apiGraphql(
          `mutation LoginThrottleCreateOrganization2($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: "镇", parentId: $p }) { id } }`,
        ),
        { p: district },
      ),
    ).createOrganization.id;
    for (const username of ['target', 'popular']) {
      dataOf(
        await platform.query(
          apiGraphql(
            `mutation LoginThrottleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
          ),
          {
            input: { username, displayName: username, role: 'TOWNSHIP', organizationId: township, password: PASSWORD },
          },
        ),
      );
    }
    hive = await startHiveBeside(platform);
  });
  afterAll(async () => {
    await hive?.stop();
    await platform?.stop();
  });

  it('answers an account being slowed down exactly as an unknown name, and lets the right password in after the short delay', async () => {
    const from = '127.0.0.2';
    for (let i = 0; i < 5; i += 1)
      expect((await login('target', `Wrong-pass-${i}0`, from)).body.errors[0].extensions.code).toBe(
        'INVALID_CREDENTIALS',
      );
    const delayedStarted = Date.now();
    const delayed = await login('target', PASSWORD, from);
    const delayedMs = Date.now() - delayedStarted;
    const unknownStarted = Date.now();
    const unknown = await login('no-such-name', PASSWORD, from);
    const unknownMs = Date.now() - unknownStarted;
    const wrong = await login('popular', 'Wrong-pass-2026', from);
    expect(shown(delayed)).toEqual(shown(unknown));
    expect(shown(wrong)).toEqual(shown(unknown));
    expect(shown(unknown)).toEqual({
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: '用户名或密码不正确',
            path: ['login'],
            extensions: { code: 'INVALID_CREDENTIALS', requestId: '…' },
          },
        ],
      },
    });
    // Both pay for a password hash (the same class of time: neither answers at once).
    expect(Math.min(delayedMs, unknownMs)).toBeGreaterThan(20);
    const accounts = dataOf(
      await platform.query(
        'query($o: ID!) { organization(id: $o) { accounts { username failedLogins lockedUntil } } }',
        { o: township },
      ),
    ).organization.accounts;
    const after = accounts.find((a: { username: string }) => a.username === 'target');
    expect(after.failedLogins).toBe(5);
    const waitMs = new Date(after.lockedUntil).getTime() - Date.now();
    expect(waitMs).toBeLessThanOrEqual(2_000);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, waitMs) + 50));
    expect(dataOf<any>((await login('target', PASSWORD, from)).body).login.token).toEqual(expect.any(String));
  });

  it('refuses a burst of failed guesses from one address with 429, while another address and right passwords go on', async () => {
    const guesser = '127.0.0.3';
    let refused: Answer | undefined;
    for (let i = 0; i < 40 && !refused; i += 1) {
      const answer = await login(`nobody-${i}`, 'Wrong-pass-2026', guesser);
      if (answer.status === 429) refused = answer;
      else expect(answer.body.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    }
    expect(refused).toBeDefined();
    expect(refused!.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^登录尝试过于频繁，请 \d+ 秒后再试$/),
      extensions: { code: 'TOO_MANY_SIGN_IN_ATTEMPTS', retryAfterSeconds: expect.any(Number) },
    });
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    // The throttled address is refused even with the right password (one attempt may have come back meanwhile:
    // one every 3 s); another address is not.
    const rightAtOnce = await Promise.all([1, 2, 3].map(() => login('popular', PASSWORD, guesser)));
    expect(rightAtOnce.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(2);
    expect(dataOf<any>((await login('popular', PASSWORD, '127.0.0.4')).body).login.token).toEqual(expect.any(String));
    // Right passwords cost nothing: more sign-ins than the allowance, from one address, all go through.
    for (let i = 0; i < 22; i += 1) expect((await login('popular', PASSWORD, '127.0.0.5')).status).toBe(200);
  });

  it('throttles the same way through Hive Gateway', async () => {
    let refused: Answer | undefined;
    for (let i = 0; i < 40 && !refused; i += 1) {
      const answer = await login(`nobody-${i}`, 'Wrong-pass-2026', '127.0.0.6', hive.url);
      if (answer.status === 429) refused = answer;
      else expect(answer.body.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    }
    expect(refused!.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^登录尝试过于频繁/),
      extensions: { code: 'TOO_MANY_SIGN_IN_ATTEMPTS', retryAfterSeconds: expect.any(Number) },
    });
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(dataOf<any>((await login('popular', PASSWORD, '127.0.0.7', hive.url)).body).login.token).toEqual(
      expect.any(String),
    );
  });
});
