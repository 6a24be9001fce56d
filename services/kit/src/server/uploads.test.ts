import { buildSchema } from 'graphql';
import { randomBytes } from 'node:crypto';
import { Role } from '../context/caller';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../context/internal-token';
import { AppError } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { RunningServer, startSubgraphServer } from './start-subgraph';
import { UploadErrorCode } from '../http/file-bodies';
import { UploadHandler } from './uploads';

const SECRET = 'uploads-test-secret';
const MB = 1024 * 1024;
const caller = { role: Role.BRANCH_RECORDER, scopePath: 'd1.t1.b1', subject: 'recorder-1' };
const signed = () => ({ [INTERNAL_TOKEN_HEADER]: mintInternalToken(SECRET, caller, 'req-1', Date.now()) });

/** A JSON body, loosely typed for assertions. */
const jsonOf = (response: Response): Promise<any> => response.json();

/** A body sent in chunks with no Content-Length. */
function streamed(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
}

describe('uploads on a subgraph', () => {
  let server: RunningServer;
  let origin: string;
  const events: string[] = [];
  const held: (() => void)[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message) => events.push(`logged ${message}`),
  };
  const handler: UploadHandler<unknown, string> = {
    maxBytes: 1 * MB,
    async prepare({ query, contentType }, context) {
      events.push(`prepare ${query.fileName} ${contentType} ${context.caller.subject}`);
      if (query.refuse) throw new AppError('FORBIDDEN', '您的账号无权上传');
      if (query.hold) await new Promise<void>((resolve) => held.push(resolve));
      return query.fileName;
    },
    async store(body, fileName) {
      events.push(`store ${fileName} ${body.length}`);
      if (body[0] === 0x4d) throw new AppError(UploadErrorCode.UNSUPPORTED_FILE_TYPE, '只接受图片');
      if (body[0] === 0x45) throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
      return { id: 'f-1', fileName, size: body.length };
    },
  };

  beforeAll(async () => {
    server = await startSubgraphServer({
      name: 'test',
      schema: buildSchema('type Query { ok: Boolean }'),
      port: 0,
      tokenSecret: SECRET,
      logger,
      makeLoaders: () => ({}),
      uploads: { photo: handler },
    });
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.stop());
  beforeEach(() => (events.length = 0));

  const post = (path: string, body: BodyInit, headers: Record<string, string> = signed()) =>
    fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);

  it('checks first, then reads the body and answers what the handler keeps with 201', async () => {
    const file = randomBytes(200_000);
    const response = await post(`/uploads/photo?fileName=${encodeURIComponent('证书.png')}`, file);
    expect(response.status).toBe(201);
    expect(await jsonOf(response)).toEqual({ id: 'f-1', fileName: '证书.png', size: file.length });
    expect(events).toEqual(['prepare 证书.png image/png recorder-1', 'store 证书.png 200000']);
  });

  it('refuses a request without the gateway’s token, and an unknown kind, in JSON', async () => {
    const anonymous = await post('/uploads/photo?fileName=a.png', 'x', {});
    expect(anonymous.status).toBe(401);
    expect((await jsonOf(anonymous)).error.code).toBe('UNAUTHENTICATED');
    const unknown = await post('/uploads/__proto__?fileName=a.png', 'x');
    expect(unknown.status).toBe(404);
    expect((await jsonOf(unknown)).error).toMatchObject({ code: 'NOT_FOUND', requestId: 'req-1' });
    expect(events).toEqual([]);
  });

  it('refuses a declared length past the limit before anything else, and a streamed one as it passes, never storing', async () => {
    const declared = await post('/uploads/photo?fileName=a.png', new Uint8Array(MB + 1));
    expect(declared.status).toBe(413);
    expect((await jsonOf(declared)).error).toEqual({
      code: 'FILE_TOO_LARGE',
      message: '文件超过 1 MB，请压缩或拆分后再上传',
      limit: MB,
      requestId: 'req-1',
    });
    expect(events).toEqual([]);
    const flowing = await post('/uploads/photo?fileName=b.png', streamed(5 * MB));
    expect(flowing.status).toBe(413);
    expect(events).toEqual(['prepare b.png image/png recorder-1']);
  });

  it('answers a refusal in prepare before the body is read, and a type refused by store with 415', async () => {
    const refused = await post('/uploads/photo?fileName=a.png&refuse=1', streamed(512 * 1024));
    expect(refused.status).toBe(403);
    expect((await jsonOf(refused)).error).toEqual({
      code: 'FORBIDDEN',
      message: '您的账号无权上传',
      requestId: 'req-1',
    });
    const wrong = await post('/uploads/photo?fileName=a.exe', Buffer.from('MZ'));
    expect(wrong.status).toBe(415);
    expect((await jsonOf(wrong)).error.code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('masks an unexpected failure as INTERNAL with the request id, logging it', async () => {
    const broken = await post('/uploads/photo?fileName=a.png', Buffer.from('EE'));
    expect(broken.status).toBe(500);
    const error = (await jsonOf(broken)).error;
    expect(error).toEqual({ code: 'INTERNAL', message: expect.stringMatching(/^服务内部错误/), requestId: 'req-1' });
    expect(JSON.stringify(error)).not.toContain('10.0.0.7');
    expect(events).toContain('logged upload failed');
  });

  it('answers 503 to a fifth upload while four are in progress', async () => {
    const holding = Array.from({ length: 4 }, (_, i) => post(`/uploads/photo?fileName=h${i}.png&hold=1`, 'x'));
    while (held.length < 4) await new Promise((resolve) => setTimeout(resolve, 10));
    const busy = await post('/uploads/photo?fileName=late.png', 'x');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    expect((await jsonOf(busy)).error.code).toBe('UPLOADS_BUSY');
    held.splice(0).forEach((release) => release());
    expect((await Promise.all(holding)).map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect((await post('/uploads/photo?fileName=after.png', 'x')).status).toBe(201);
  });
});
