import { deriveSecret, INTERNAL_TOKEN_HEADER, mintSessionToken, readBody, Role, verifyInternalToken } from '@jifen/kit';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { startOverFakeLedger } from './file-proxy.test-kit';
import { uploadUrl } from './uploads-proxy';

const SECRET = 'upload-proxy-test-secret';
const MB = 1024 * 1024;
const recorder = { role: Role.BRANCH_RECORDER, scopePath: 'aaaa.bbbb.cccc', subject: 'account:recorder-1' };
const signedIn = {
  authorization: `Bearer ${mintSessionToken(deriveSecret(SECRET, 'session'), recorder, 's-1', Date.now()).token}`,
};

/** What the fake ledger saw of one upload. */
interface Received {
  kind: string;
  url: string;
  token: string | undefined;
  contentType: string | undefined;
  bytes: number;
  outcome: 'complete' | 'interrupted' | 'refused early';
}

/** A body sent in chunks with no Content-Length, as a browser streams a file. */
function streamed(total: number, chunk = 256 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
}

const post = (path: string, init: RequestInit & { duplex?: 'half' }) =>
  fetch(path, { method: 'POST', ...init } as RequestInit);

describe('uploads through the gateway', () => {
  let origin: string;
  let stop: () => Promise<void>;
  const received: Received[] = [];
  const settled: Promise<void>[] = [];

  beforeAll(async () => {
    const fake = express();
    fake.post('/uploads/:kind', async (req, res) => {
      const seen: Received = {
        kind: req.params.kind,
        url: req.originalUrl,
        token: req.header(INTERNAL_TOKEN_HEADER),
        contentType: req.header('content-type'),
        bytes: 0,
        outcome: 'complete',
      };
      received.push(seen);
      if (req.query.refuse === 'early') {
        seen.outcome = 'refused early';
        req.resume();
        return void res.status(403).json({ error: { code: 'FORBIDDEN', message: '您的账号无权记录台账' } });
      }
      let done: () => void = () => undefined;
      settled.push(new Promise((resolve) => (done = resolve)));
      req.on('data', (chunk: Buffer) => (seen.bytes += chunk.length));
      try {
        const body = await readBody(req, 100 * MB);
        res.status(201).json({ id: 'u-1', size: body.length });
      } catch {
        seen.outcome = 'interrupted';
      }
      done();
    });
    ({ origin, stop } = await startOverFakeLedger(fake, SECRET));
  });
  afterAll(() => stop());

  it('streams the body with its type and the query to the service, with a token naming the caller, and passes its answer back', async () => {
    const file = randomBytes(300_000);
    const name = encodeURIComponent('党员大会记录.pdf');
    const response = await post(`${origin}/uploads/evidence?organizationId=o-1&fileName=${name}`, {
      headers: { ...signedIn, 'content-type': 'application/pdf' },
      body: file,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 'u-1', size: file.length });
    const last = received[received.length - 1];
    expect(last).toMatchObject({
      kind: 'evidence',
      url: `/uploads/evidence?organizationId=o-1&fileName=${name}`,
      contentType: 'application/pdf',
      bytes: file.length,
      outcome: 'complete',
    });
    expect(verifyInternalToken(SECRET, last.token, Date.now())).toMatchObject({ caller: recorder });
  });

  it('refuses someone not signed in with a 401 in JSON, asking no one', async () => {
    const before = received.length;
    const response = await post(`${origin}/uploads/import?organizationId=o-1&fileName=a.csv`, {
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\r\n',
    });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/请先登录/),
      requestId: expect.any(String),
    });
    expect(received.length).toBe(before);
  });

  it('refuses a body whose declared length is past the limit with 413, asking no one', async () => {
    const before = received.length;
    const response = await post(`${origin}/uploads/import?organizationId=o-1&fileName=a.csv`, {
      headers: { ...signedIn, 'content-type': 'text/csv' },
      body: Buffer.alloc(5 * MB + 1),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: '文件超过 5 MB，请压缩或拆分后再上传',
    });
    expect(received.length).toBe(before);
  });

  it('refuses a streamed body with 413 the moment it passes the limit; the service sees the upload cut off', async () => {
    const before = received.length;
    const response = await post(`${origin}/uploads/evidence?organizationId=o-1&fileName=a.png`, {
      headers: { ...signedIn, 'content-type': 'image/png' },
      body: streamed(30 * MB),
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: '文件超过 10 MB，请压缩或拆分后再上传',
    });
    await Promise.all(settled);
    const last = received[received.length - 1];
    expect(received.length).toBe(before + 1);
    expect(last.outcome).toBe('interrupted');
    expect(last.bytes).toBeLessThanOrEqual(10 * MB);
  });

  it('passes an early refusal of the service back while the client is still sending', async () => {
    const response = await post(`${origin}/uploads/import?organizationId=o-1&fileName=a.csv&refuse=early`, {
      headers: { ...signedIn, 'content-type': 'text/csv' },
      body: streamed(4 * MB),
      duplex: 'half',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: '您的账号无权记录台账' } });
  });

  it.each(['billing', 'constructor', '__proto__'])(
    'answers 404 in JSON for a kind named %s, asking no one',
    async (kind) => {
      const before = received.length;
      const response = await post(`${origin}/uploads/${kind}`, {
        headers: { ...signedIn, 'content-type': 'image/png' },
        body: 'x',
      });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('NOT_FOUND');
      expect(received.length).toBe(before);
    },
  );

  it('builds the service’s upload address from its GraphQL address and the request’s query', () => {
    expect(
      uploadUrl(
        'http://127.0.0.1:4002/graphql',
        'import',
        '/uploads/import?organizationId=o&fileName=%E8%A1%A8.csv',
      ).toString(),
    ).toBe('http://127.0.0.1:4002/uploads/import?organizationId=o&fileName=%E8%A1%A8.csv');
  });
});

describe('uploads when the service fails', () => {
  const upload = (origin: string) =>
    post(`${origin}/uploads/evidence?organizationId=o-1&fileName=a.png`, {
      headers: { ...signedIn, 'content-type': 'image/png' },
      body: Buffer.alloc(1000),
    });

  it('answers 502 in JSON naming the service in Chinese when the service cuts the upload off', async () => {
    const fake = express();
    fake.post('/uploads/:kind', (req) => void req.socket.destroy());
    const { origin, stop } = await startOverFakeLedger(fake, SECRET);
    try {
      const response = await upload(origin);
      expect(response.status).toBe(502);
      expect((await response.json()).error).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        message: '台账服务暂时无法接收文件，请稍后重试',
      });
    } finally {
      await stop();
    }
  });

  it('answers 503 in JSON when the ledger cannot be reached to check the caller’s session', async () => {
    const { origin, stop } = await startOverFakeLedger(null, SECRET);
    try {
      const response = await upload(origin);
      expect(response.status).toBe(503);
      expect((await response.json()).error).toMatchObject({
        code: 'SESSION_CHECK_UNAVAILABLE',
        message: expect.stringMatching(/[\u4e00-\u9fff]/),
      });
    } finally {
      await stop();
    }
  });
});
