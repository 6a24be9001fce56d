import express from 'express';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Logger } from '../logging/logger';
import { HttpListener, listenHttp } from './http-listener';
import { mountHttpErrors } from './http-errors';
import { graphqlBody } from './json-body';

/** A small app with the platform's door: the body reader on /graphql, echoing the parsed body; JSON errors for the rest. */
describe('the GraphQL body reader and the JSON errors', () => {
  const logger: Logger = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const refusals: string[] = [];
  let listener: HttpListener;
  let ids = 0;

  beforeAll(async () => {
    const app = express();
    const requestIdOf = (req: express.Request) => (req.res!.locals.id ??= `req-${++ids}`) as string;
    app.use(
      '/graphql',
      graphqlBody({ limit: 1000, requestIdOf, onRefusal: (refusal) => refusals.push(refusal.code) }),
      (req, res) => void res.json({ echo: req.body ?? null }),
    );
    app.get('/boom', () => {
      throw new Error('relation "x" does not exist at /srv/app/x.js');
    });
    mountHttpErrors(app, { logger, requestIdOf, graphqlPath: '/graphql' });
    listener = await listenHttp(app, 0, '127.0.0.1');
  });
  afterAll(() => listener.close());

  const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(listener.url, { method: 'POST', headers, body });

  it('passes a JSON body within the limit on, a gzipped one inflated', async () => {
    expect(await (await post('{"query":"{ a }"}')).json()).toEqual({ echo: { query: '{ a }' } });
    const gzipped = await post(gzipSync('{"query":"{ b }"}'), {
      'content-type': 'application/json; charset=utf-8',
      'content-encoding': 'gzip',
    });
    expect(await gzipped.json()).toEqual({ echo: { query: '{ b }' } });
  });

  it('refuses a declared length over the limit, a counted one, and an inflated one, with 413 and the request id', async () => {
    for (const [body, headers] of [
      ['x'.repeat(1001), { 'content-type': 'application/json' }],
      [
        new ReadableStream({
          start: (c) => (c.enqueue(new TextEncoder().encode(`{"q":"${'x'.repeat(2000)}"}`)), c.close()),
        }),
        { 'content-type': 'application/json' },
      ],
      [gzipSync(`{"q":"${' '.repeat(100_000)}"}`), { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    ] as [BodyInit, Record<string, string>][]) {
      const response = await fetch(listener.url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
      expect(response.status).toBe(413);
      const { errors } = await response.json();
      expect(errors).toEqual([
        {
          message: expect.stringContaining('请求体超过上限'),
          extensions: {
            code: 'REQUEST_TOO_LARGE',
            limit: 1000,
            ...(typeof body === 'string' ? { size: 1001 } : {}),
            requestId: expect.stringMatching(/^req-/),
          },
        },
      ]);
    }
    expect(refusals.slice(-3)).toEqual(['REQUEST_TOO_LARGE', 'REQUEST_TOO_LARGE', 'REQUEST_TOO_LARGE']);
  });

  it.each([
    ['malformed JSON', '{"query":', { 'content-type': 'application/json' }, 400, 'MALFORMED_JSON'],
    ['a number', '42', { 'content-type': 'application/json' }, 400, 'MALFORMED_JSON'],
    ['text/plain', '{}', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['UTF-16', '{}', { 'content-type': 'application/json; charset=utf-16' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'brotli',
      '{}',
      { 'content-type': 'application/json', 'content-encoding': 'br' },
      415,
      'UNSUPPORTED_CONTENT_ENCODING',
    ],
    [
      'a broken gzip stream',
      'no',
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      400,
      'BAD_CONTENT_ENCODING',
    ],
  ])('refuses %s with a code and a Chinese message', async (_case, body, headers, status, code) => {
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    const { errors } = await response.json();
    expect(errors[0].extensions.code).toBe(code);
    expect(errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses other methods with 405 and Allow, and a GET whose variables are no JSON object', async () => {
    const put = await fetch(listener.url, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    const get = await fetch(`${listener.url}?query=%7Ba%7D&variables=%5B1%5D`);
    expect(get.status).toBe(400);
    expect((await get.json()).errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', parameter: 'variables' });
    expect(await (await fetch(`${listener.url}?query=%7Ba%7D&variables=%7B%7D`)).json()).toEqual({ echo: null });
  });

  it('answers an unknown address with JSON 404, and an unexpected failure with INTERNAL, its details only in the log', async () => {
    const missing = await fetch(new URL('/nowhere', listener.url));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'NOT_FOUND', message: '没有这个地址', method: 'GET', requestId: expect.stringMatching(/^req-/) },
    });
    const boom = await fetch(new URL('/boom', listener.url));
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(JSON.parse(text).error).toMatchObject({ code: 'INTERNAL', requestId: expect.any(String) });
    expect(text).not.toMatch(/relation|\/srv\/|at /);
    expect(logger.error).toHaveBeenCalledWith(
      'unexpected error',
      expect.objectContaining({ error: expect.stringContaining('relation "x"') }),
    );
  });

  it('answers a request that is not HTTP at all, or whose headers are too large, with JSON', async () => {
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const { port } = new URL(listener.url);
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    const garbage = await raw('HELLO THERE\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4)).error).toMatchObject({
      code: 'BAD_REQUEST',
      message: '请求不符合 HTTP 格式，无法处理',
    });
    const huge = await raw(`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toContain('REQUEST_HEADER_TOO_LARGE');
  });
});
