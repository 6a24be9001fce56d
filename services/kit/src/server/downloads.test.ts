import { buildSchema } from 'graphql';
import { randomBytes } from 'node:crypto';
import { Role } from '../context/caller';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../context/internal-token';
import { RequestContext } from '../context/request-context';
import { AppError, KitErrorCode } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { XLSX_CONTENT_TYPE } from '../http/file-bodies';
import { Download, DownloadHandler } from './downloads';
import { RunningServer, startSubgraphServer } from './start-subgraph';

const SECRET = 'downloads-test-secret';
const caller = { role: Role.BRANCH_SECRETARY, scopePath: 'd1.t1.b1', subject: 'branch-1' };
const sheet: Download = {
  fileName: '党员积分登记表（第一党支部）2025.xlsx',
  contentType: XLSX_CONTENT_TYPE,
  body: randomBytes(4096),
};

/** A JSON body, loosely typed for assertions. */
const jsonOf = (response: Response): Promise<any> => response.json();

describe('downloads on a subgraph', () => {
  let server: RunningServer;
  let origin: string;
  const seen: { query: Record<string, string>; context: RequestContext<{ made: string }> }[] = [];
  const logged: unknown[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message, fields) => logged.push({ message, ...fields }),
  };
  const handlers: Record<string, DownloadHandler<{ made: string }>> = {
    register: async (query, context) => {
      seen.push({ query, context });
      return sheet;
    },
    missing: async (query) => {
      throw new AppError(KitErrorCode.NOT_FOUND, `找不到编号为 ${query.id} 的组织，或您无权访问它`, { id: query.id });
    },
    forbidden: async () => {
      throw new AppError('FORBIDDEN', '只有本支部可以导出本支部的登记表');
    },
    broken: async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432 at pg.Pool');
    },
  };

  beforeAll(async () => {
    server = await startSubgraphServer({
      name: 'test',
      schema: buildSchema('type Query { ok: Boolean }'),
      port: 0,
      tokenSecret: SECRET,
      logger,
      makeLoaders: (who) => ({ made: who.subject }),
      downloads: handlers,
    });
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.stop());

  const token = (secret = SECRET) => mintInternalToken(secret, caller, 'req-42', Date.now());
  const get = (path: string, headers: Record<string, string> = { [INTERNAL_TOKEN_HEADER]: token() }) =>
    fetch(`${origin}${path}`, { headers });

  it('sends the handler’s bytes unchanged, as an attachment with its Chinese name, in the caller’s context', async () => {
    const response = await get('/downloads/register?organizationId=o-1&year=2025&year=2026');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(sheet.body)).toBe(true);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-length')).toBe(String(sheet.body.length));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(sheet.fileName);
    const [{ query, context }] = seen;
    expect(query).toEqual({ organizationId: 'o-1', year: '2025' });
    expect(context.caller).toEqual(caller);
    expect(context.requestId).toBe('req-42');
    expect(context.loaders).toEqual({ made: 'branch-1' });
  });

  it.each([
    ['without a token', {}],
    ['with a token signed by another secret', { [INTERNAL_TOKEN_HEADER]: token('another-secret') }],
    ['with a malformed token', { [INTERNAL_TOKEN_HEADER]: 'not-a-token' }],
  ])('refuses a request %s, as /graphql does (401)', async (_case, headers: Record<string, string>) => {
    const callsBefore = seen.length;
    const response = await get('/downloads/register', headers);
    expect(response.status).toBe(401);
    expect((await jsonOf(response)).error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '请求未经网关签发或令牌已失效，子服务拒绝直接访问',
    });
    expect(seen.length).toBe(callsBefore);
    const graphql = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(graphql.status).toBe(401);
    expect((await jsonOf(graphql)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown download with 404 JSON', async () => {
    const response = await get('/downloads/nothing-here');
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).error).toMatchObject({
      code: 'NOT_FOUND',
      message: '没有名为“nothing-here”的下载',
    });
  });

  it('answers a not-found AppError with 404 and its Chinese message and details', async () => {
    const response = await get('/downloads/missing?id=o-9');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await jsonOf(response)).error).toEqual({
      code: 'NOT_FOUND',
      message: '找不到编号为 o-9 的组织，或您无权访问它',
      id: 'o-9',
      requestId: 'req-42',
    });
  });

  it('answers FORBIDDEN with 403', async () => {
    const response = await get('/downloads/forbidden');
    expect(response.status).toBe(403);
    expect((await jsonOf(response)).error).toMatchObject({
      code: 'FORBIDDEN',
      message: '只有本支部可以导出本支部的登记表',
    });
  });

  it('answers an unexpected error with 500 and the generic message; the details go to the log only', async () => {
    const response = await get('/downloads/broken');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|pg\.Pool/);
    expect(JSON.parse(text).error).toEqual({
      code: 'INTERNAL',
      message: '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员',
      requestId: 'req-42',
    });
    expect(JSON.stringify(logged)).toMatch(/ECONNREFUSED/);
  });
});
