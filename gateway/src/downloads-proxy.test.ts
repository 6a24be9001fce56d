import {
  deriveSecret,
  INTERNAL_TOKEN_HEADER,
  mintSessionToken,
  Role,
  verifyInternalToken,
  XLSX_CONTENT_TYPE,
} from '@jifen/kit';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { downloadUrl } from './downloads-proxy';
import { startOverFakeLedger } from './file-proxy.test-kit';
import { RunningGateway } from './server';

const SECRET = 'proxy-test-secret';
const workbook = randomBytes(10_000);
const disposition = `attachment; filename="register_2025.xlsx"; filename*=UTF-8''${encodeURIComponent('党员积分登记表2025.xlsx')}`;

const committee = { role: Role.TOWNSHIP, scopePath: 'aaaa.bbbb', subject: 'account:committee-1' };
/** Signed in as a township committee, as `login` would have it. */
const signedIn = () => ({
  headers: {
    authorization: `Bearer ${mintSessionToken(deriveSecret(SECRET, 'session'), committee, 's-1', Date.now()).token}`,
  },
});

/** A JSON body, loosely typed for assertions. */
const jsonOf = (response: Response): Promise<any> => response.json();

describe('downloads through the gateway', () => {
  let gateway: RunningGateway;
  let origin: string;
  let stop: () => Promise<void>;
  const received: { name: string; url: string; token: string | undefined }[] = [];

  beforeAll(async () => {
    const fake = express();
    fake.get('/downloads/:name', (req, res) => {
      received.push({ name: req.params.name, url: req.originalUrl, token: req.header(INTERNAL_TOKEN_HEADER) });
      if (req.params.name !== 'register')
        return void res.status(404).json({ error: { code: 'NOT_FOUND', message: '没有这个下载' } });
      res
        .set({
          'Content-Type': XLSX_CONTENT_TYPE,
          'Content-Disposition': disposition,
          'Cache-Control': 'no-store',
          'X-Internal': 'stays',
        })
        .end(workbook);
    });
    ({ gateway, origin, stop } = await startOverFakeLedger(fake, SECRET));
  });
  afterAll(() => stop());

  it('passes the bytes and the file headers through, and asks with a token naming the caller', async () => {
    const response = await fetch(`${origin}/downloads/ledger/register?organizationId=o-1&year=2025`, signedIn());
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(workbook)).toBe(true);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toBe(disposition);
    expect(response.headers.get('content-length')).toBe(String(workbook.length));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-internal')).toBeNull();
    const last = received[received.length - 1];
    expect(last.url).toBe('/downloads/register?organizationId=o-1&year=2025');
    const verified = verifyInternalToken(SECRET, last.token, Date.now());
    expect(verified).toMatchObject({ caller: committee });
  });

  it('refuses someone not signed in with a 401, asking no one', async () => {
    const before = received.length;
    const response = await fetch(`${origin}/downloads/ledger/register?organizationId=o-1&year=2025`);
    expect(response.status).toBe(401);
    expect((await jsonOf(response)).error.code).toBe('UNAUTHENTICATED');
    expect(received.length).toBe(before);
  });

  it('passes a subgraph’s JSON error through with its status', async () => {
    const response = await fetch(`${origin}/downloads/ledger/unknown`, signedIn());
    expect(response.status).toBe(404);
    expect(await jsonOf(response)).toEqual({ error: { code: 'NOT_FOUND', message: '没有这个下载' } });
  });

  it.each(['billing', 'constructor', '__proto__'])(
    'answers 404 for a service named %s, asking no one',
    async (service) => {
      const before = received.length;
      const response = await fetch(`${origin}/downloads/${service}/register`);
      expect(response.status).toBe(404);
      expect((await jsonOf(response)).error.code).toBe('NOT_FOUND');
      expect(received.length).toBe(before);
    },
  );

  it('answers 502 in Chinese when the subgraph cannot be reached', async () => {
    const response = await fetch(`${origin}/downloads/scheme/register`, signedIn());
    expect(response.status).toBe(502);
    const { error } = await jsonOf(response);
    expect(error).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      service: 'scheme',
      message: '积分方案服务暂时不可用，请稍后重试',
      requestId: expect.any(String),
    });
    expect(JSON.stringify(error)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });

  it('keeps GraphQL and the IDE where they were', async () => {
    const ide = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(200);
    expect(ide.headers.get('content-type')).toMatch(/^text\/html/);
    const graphql = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect((await jsonOf(graphql)).data).toEqual({ __typename: 'Query' });
  });

  it('accepts GraphQL bodies up to 1 MB, and refuses larger ones with 413 REQUEST_TOO_LARGE (files have an upload path of their own)', async () => {
    const within = JSON.stringify({ query: '{ __typename }', variables: { note: 'A'.repeat(1_000_000) } });
    expect(
      (await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: within }))
        .status,
    ).toBe(200);
    const over = JSON.stringify({ query: '{ __typename }', variables: { upload: 'A'.repeat(5_000_000) } });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: over,
    });
    expect(response.status).toBe(413);
    expect((await jsonOf(response)).errors[0].extensions).toMatchObject({
      code: 'REQUEST_TOO_LARGE',
      limit: 1024 * 1024,
      requestId: expect.any(String),
    });
  });
});

describe('downloadUrl', () => {
  it.each([
    ['http://127.0.0.1:4002/graphql', '?year=2025', 'http://127.0.0.1:4002/downloads/register?year=2025'],
    ['https://ledger.internal/ledger/graphql', '', 'https://ledger.internal/ledger/downloads/register'],
    ['http://127.0.0.1:4002/', '?a=1&a=2', 'http://127.0.0.1:4002/downloads/register?a=1&a=2'],
  ])('%s with %j', (subgraphUrl, search, expected) => {
    expect(downloadUrl(subgraphUrl, 'register', `/downloads/ledger/register${search}`)).toBe(expected);
  });

  it('keeps a name inside one path segment', () => {
    expect(downloadUrl('http://h/graphql', '../graphql', '/x')).toBe('http://h/downloads/..%2Fgraphql');
  });
});
