import { RunningGateway, startGateway, startHiveGateway } from '@jifen/gateway';
import { createLogger, INTERNAL_TOKEN_HEADER, mintInternalToken, systemCaller } from '@jifen/kit';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';

/** One HTTP answer as a client sees it. */
interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: any;
}

async function send(url: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json: jsonOf(text) };
}

/** A JSON answer parsed, or undefined. */
function jsonOf(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A POST of one shared buffer through node:http, which writes it without copying (fetch copies each
 * body, 20 × 19 MB in the test process). The server may answer before the body is sent and close the
 * connection: the answer counts, the broken upload does not.
 */
function postBuffer(url: string, headers: Record<string, string>, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text,
            json: jsonOf(text),
          });
        });
      },
    );
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}

/** The error of an answer, in either shape: GraphQL's `errors[0]` or the other addresses' `error`. */
function errorOf(answer: Answer): { code: string; message: string; requestId: string } {
  if (answer.json?.errors?.[0]) {
    const [first] = answer.json.errors;
    return { code: first.extensions?.code, message: first.message, requestId: first.extensions?.requestId };
  }
  return answer.json?.error;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A refusal as the issue asks for it: JSON, the code, a Chinese message, the request id; no HTML, stack, path or address. */
function expectCleanRefusal(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: errorOf(answer)?.code }).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/json/);
  const error = errorOf(answer);
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(error.requestId).toMatch(uuid);
  expect(answer.text).not.toMatch(
    /<html|<pre|<!DOCTYPE|\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\/root\/|127\.0\.0\.1|SELECT |stacktrace/i,
  );
}

const login19MB = () =>
  Buffer.from(
    JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: 'district', p: 'a'.repeat(19 * 1024 * 1024) },
    }),
  );

/**
 * What reaches the public door before GraphQL does (issue 19, items 1, 6 and 10): bodies of at most 1 MB
 * refused as they stream in, before anyone is identified; every malformed request, unknown address and
 * wrong method answered with coded Chinese JSON; the sign-in guard deciding on the operation as sent.
 * Both gateways (Apollo's and Hive's), in development and production mode, and the services themselves.
 */
describe('the door: bodies, malformed requests, unknown addresses, the sign-in guard', () => {
  let platform: TestPlatform;
  const gateways: Record<string, RunningGateway> = {};
  let districtId: string;
  const supergraphSdl = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

  beforeAll(async () => {
    platform = await startTestPlatform();
    const common = {
      supergraphSdl,
      urls: platform.urls,
      tokenSecret: platform.tokenSecret,
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('test', 'silent'),
    };
    gateways.hive = await startHiveGateway({ ...common, production: false });
    gateways.apolloProduction = await startGateway({ ...common, production: true });
    gateways.hiveProduction = await startHiveGateway({ ...common, production: true });
    districtId = dataOf(
      await platform.query('mutation { createOrganization(input: { level: DISTRICT, name: "门禁区" }) { id } }'),
    ).createOrganization.id;
  });
  afterAll(async () => {
    await Promise.all(Object.values(gateways).map((gateway) => gateway.stop()));
    await platform?.stop();
  });

  /** Every public door: [name, its /graphql URL]. */
  const doors = (): [string, string][] => [
    ['apollo', platform.gatewayUrl],
    ['hive', gateways.hive.url],
    ['apollo (production)', gateways.apolloProduction.url],
    ['hive (production)', gateways.hiveProduction.url],
  ];
  const system = () => ({ authorization: `Bearer ${platform.sessionFor(systemCaller)}` });

  it('refuses 20 concurrent anonymous 19 MB logins with 413 on both gateways, holding nothing near 20 × 19 MB', async () => {
    const body = login19MB();
    const baseline = process.memoryUsage();
    let peakHeap = baseline.heapUsed;
    let peakBuffers = baseline.arrayBuffers;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    }, 5);
    try {
      for (const url of [platform.gatewayUrl, gateways.hive.url]) {
        const answers = await Promise.all(
          Array.from({ length: 20 }, () => postBuffer(url, { 'content-type': 'application/json' }, body)),
        );
        for (const answer of answers) expectCleanRefusal(answer, 413, 'REQUEST_TOO_LARGE');
        expect(new Set(answers.map((answer) => errorOf(answer).requestId)).size).toBe(20);
      }
    } finally {
      clearInterval(sampler);
    }
    // The gateway's old generation is limited to 160 MB under npm start; 20 bodies read whole were 380 MB.
    expect((peakHeap - baseline.heapUsed) / 2 ** 20).toBeLessThan(100);
    expect((peakBuffers - baseline.arrayBuffers) / 2 ** 20).toBeLessThan(100);
    // The platform still answers.
    expect(dataOf(await platform.query('{ organizations { id } }')).organizations.length).toBeGreaterThan(0);
  });

  it('counts a body sent without Content-Length (chunked) or compressed, and stops at the limit', async () => {
    const chunk = Buffer.alloc(256 * 1024, 'a');
    for (const [, url] of doors()) {
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.length;
          if (sent > 64 * 2 ** 20) return controller.close();
          controller.enqueue(chunk);
        },
      });
      const chunked = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      });
      expectCleanRefusal(chunked, 413, 'REQUEST_TOO_LARGE');
      // 50 MB of JSON whitespace is 50 KB gzipped: counted after inflating.
      const bomb = gzipSync(
        Buffer.concat([Buffer.from('{"query":"{ __typename }"'), Buffer.alloc(50 * 2 ** 20, ' '), Buffer.from('}')]),
      );
      expect(bomb.length).toBeLessThan(200 * 1024);
      const inflated = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: bomb,
      });
      expectCleanRefusal(inflated, 413, 'REQUEST_TOO_LARGE');
    }
  });

  it('answers a gzip-compressed request within the limit', async () => {
    for (const [, url] of doors()) {
      const body = gzipSync(JSON.stringify({ query: '{ organizations { id } }' }));
      const answer = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...system() },
        body,
      });
      expect(answer.status).toBe(200);
      expect(answer.json.data.organizations.map((o: { id: string }) => o.id)).toContain(districtId);
    }
  });

  const malformed: [string, RequestInit, number, string][] = [
    [
      'malformed JSON',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ organizations { id } }"' },
      400,
      'MALFORMED_JSON',
    ],
    [
      'a JSON string instead of an object',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"{ organizations { id } }"' },
      400,
      'MALFORMED_JSON',
    ],
    [
      'bytes that are not UTF-8',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
      400,
      'MALFORMED_JSON',
    ],
    [
      'a text/plain body',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ organizations { id } }"}' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a form',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%7D' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'no content type',
      { method: 'POST', body: new Uint8Array(Buffer.from('{"query":"{ organizations { id } }"}')) },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a charset other than UTF-8',
      { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an unsupported content-encoding',
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, body: '{}' },
      415,
      'UNSUPPORTED_CONTENT_ENCODING',
    ],
    [
      'a corrupt gzip body',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: Buffer.from('not gzip at all'),
      },
      400,
      'BAD_CONTENT_ENCODING',
    ],
    [
      'a PUT',
      { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' },
      405,
      'METHOD_NOT_ALLOWED',
    ],
    ['a DELETE', { method: 'DELETE' }, 405, 'METHOD_NOT_ALLOWED'],
  ];

  it.each(malformed)(
    'answers %s with JSON, a code, a Chinese message and the request id, on every gateway',
    async (_case, init, status, code) => {
      for (const [, url] of doors())
        expectCleanRefusal(
          await send(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...system() } }),
          status,
          code,
        );
    },
  );

  it('answers a GET with a bad query, a bad variables parameter or no query in JSON', async () => {
    for (const [, url] of doors()) {
      const headers = { ...system(), 'apollo-require-preflight': 'true', accept: 'application/json' };
      const syntax = await send(`${url}?query=${encodeURIComponent('{ organizations { id }')}`, { headers });
      expectCleanRefusal(syntax, 400, 'GRAPHQL_PARSE_FAILED');
      const variables = await send(
        `${url}?query=${encodeURIComponent('{ organizations { id } }')}&variables=%7Bnot-json`,
        { headers },
      );
      expectCleanRefusal(variables, 400, 'BAD_REQUEST');
      expect(errorOf(variables).message).toContain('URL 参数 variables 应为 JSON 对象');
      const none = await send(url, { headers });
      expect(none.status).toBe(400);
      expect(errorOf(none).code).toBe('BAD_REQUEST');
    }
  });

  it('answers unknown addresses and methods with JSON, downloads of services that serve none included', async () => {
    const origins = [
      new URL(platform.gatewayUrl).origin,
      new URL(gateways.hive.url).origin,
      new URL(gateways.apolloProduction.url).origin,
    ];
    for (const origin of origins) {
      expectCleanRefusal(await send(`${origin}/no/such/page`), 404, 'NOT_FOUND');
      expectCleanRefusal(await send(`${origin}/%E0%A4%A`), 404, 'NOT_FOUND');
    }
    for (const service of ['rating', 'scheme']) {
      const answer = await send(`${new URL(platform.gatewayUrl).origin}/downloads/${service}/anything.xlsx`, {
        headers: system(),
      });
      expectCleanRefusal(answer, 404, 'NOT_FOUND');
    }
    expectCleanRefusal(
      await send(`${new URL(platform.gatewayUrl).origin}/downloads/nowhere/x.xlsx`, { headers: system() }),
      404,
      'NOT_FOUND',
    );
    expectCleanRefusal(
      await send(`${new URL(platform.gatewayUrl).origin}/downloads/ledger/ledger-book.xlsx`, {
        method: 'POST',
        headers: system(),
      }),
      405,
      'METHOD_NOT_ALLOWED',
    );
    expectCleanRefusal(await send(`${new URL(platform.gatewayUrl).origin}/ide/nothing.js`), 404, 'NOT_FOUND');
  });

  it('makes the services answer the same way, a body over 1 MB straight to scheme or rating included', async () => {
    const token = {
      [INTERNAL_TOKEN_HEADER]: mintInternalToken(platform.tokenSecret, systemCaller, randomUUID(), Date.now()),
    };
    for (const service of ['scheme', 'rating', 'ledger'] as const) {
      const url = platform.urls[service];
      const big = JSON.stringify({
        query: 'query($x: String) { __typename }',
        variables: { x: 'a'.repeat(1100 * 1024) },
      });
      expectCleanRefusal(
        await send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...token }, body: big }),
        413,
        'REQUEST_TOO_LARGE',
      );
      expectCleanRefusal(
        await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...token },
          body: '{"query":',
        }),
        400,
        'MALFORMED_JSON',
      );
      expectCleanRefusal(
        await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...token },
          body: 'xx',
        }),
        400,
        'BAD_CONTENT_ENCODING',
      );
      expectCleanRefusal(await send(new URL('/nothing', url).toString()), 404, 'NOT_FOUND');
      expectCleanRefusal(
        await send(new URL('/downloads/none.xlsx', url).toString(), { headers: token }),
        404,
        'NOT_FOUND',
      );
    }
    // Within the limit, a service answers the gateway as before.
    expect(
      (await platform.querySubgraph('scheme', '{ schemeTemplates { code } }')).data.schemeTemplates.length,
    ).toBeGreaterThan(0);
  });

  it('refuses 5,000 repetitions of one field with TOO_MANY_FIELDS before validating them, on every gateway', async () => {
    const query = `{ organizations { ${'name '.repeat(5000)}} }`;
    for (const [, url] of doors()) {
      const answer = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...system() },
        body: JSON.stringify({ query }),
      });
      expectCleanRefusal(answer, 400, 'TOO_MANY_FIELDS');
      expect(errorOf(answer).message).toBe('查询写了 5001 个字段，超过上限 500 个；请去掉重复的字段，或拆分为多个查询');
    }
  });

  describe('the sign-in guard decides on the operation as sent', () => {
    const anonymous = (url: string, query: string, variables: Record<string, unknown> = {}) =>
      send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });

    it.each([
      [
        'a field under @include of a variable that is true',
        'query($v: Boolean = true) { me @include(if: $v) { role } }',
        {},
      ],
      [
        'a field under @include of a variable that is false',
        'query($v: Boolean = true) { me @include(if: $v) { role } }',
        { v: false },
      ],
      ['a field under @skip(if: true)', '{ __typename organizations @skip(if: true) { id } }', {}],
      ['a field in a fragment spread at the root', 'query { ...Root } fragment Root on Query { me { role } }', {}],
      [
        'a field in an inline fragment skipped at the root',
        'query { ... @skip(if: true) { organizations { id } } }',
        {},
      ],
    ])('refuses %s to someone not signed in, on both gateways', async (_case, query, variables) => {
      for (const [, url] of doors()) {
        const answer = await anonymous(url, query, variables);
        expectCleanRefusal(answer, 401, 'UNAUTHENTICATED');
      }
    });

    it('lets no anonymous mutation written that way reach a resolver', async () => {
      const mutation =
        'mutation($v: Boolean = true) { createOrganization(input: { level: DISTRICT, name: "匿名区" }) @include(if: $v) { id } }';
      for (const [, url] of doors()) {
        expectCleanRefusal(await anonymous(url, mutation), 401, 'UNAUTHENTICATED');
        expectCleanRefusal(await anonymous(url, mutation, { v: false }), 401, 'UNAUTHENTICATED');
      }
      const names = dataOf(await platform.query('{ organizations { name } }')).organizations.map(
        (o: { name: string }) => o.name,
      );
      expect(names).not.toContain('匿名区');
    });

    it('still lets someone not signed in log in, however the login is written', async () => {
      for (const [, url] of doors()) {
        const answer = await anonymous(url, 'query($v: Boolean = true) { __typename @include(if: $v) }');
        expect(answer.json.data).toEqual({ __typename: 'Query' });
        const login = await anonymous(
          url,
          'mutation { ... on Mutation { login(username: "nobody", password: "wrong-password") { token } } }',
        );
        expect(errorOf(login).code).not.toBe('UNAUTHENTICATED');
      }
    });
  });
});
