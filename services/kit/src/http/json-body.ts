import { NextFunction, Request, RequestHandler, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';

/**
 * The largest GraphQL request body anywhere on the platform, gateway and services alike: 1 MiB. Files
 * never travel inside GraphQL, so a query and its variables are small; a larger body is refused while it
 * streams in, before it is parsed and before anyone is identified.
 */
export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;

/** Why a request was refused before it reached GraphQL: its HTTP status, a stable code, a Chinese message. */
export class RequestRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    /** The client is gone (it aborted the upload): nothing can be answered. */
    readonly clientGone = false,
  ) {
    super(message);
    this.name = 'RequestRefusal';
  }
}

/** The codes a request refused at the HTTP level carries in `extensions.code` (or `error.code`). */
export enum RequestErrorCode {
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  UNSUPPORTED_CONTENT_ENCODING = 'UNSUPPORTED_CONTENT_ENCODING',
  BAD_CONTENT_ENCODING = 'BAD_CONTENT_ENCODING',
  MALFORMED_JSON = 'MALFORMED_JSON',
  BAD_REQUEST = 'BAD_REQUEST',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  NOT_FOUND = 'NOT_FOUND',
}

const mebibytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function tooLarge(limit: number, size?: number): RequestRefusal {
  return new RequestRefusal(
    413,
    RequestErrorCode.REQUEST_TOO_LARGE,
    `请求体超过上限 ${mebibytes(limit)}；GraphQL 请求只应包含查询和参数，文件请通过上传接口提交后按编号引用`,
    { limit, ...(size !== undefined ? { size } : {}) },
  );
}

/** The media type of a JSON body: `application/json` or any `…+json`, in UTF-8 (the only charset JSON has). */
function checkContentType(header: string | undefined): void {
  const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    throw new RequestRefusal(
      415,
      RequestErrorCode.UNSUPPORTED_MEDIA_TYPE,
      '请求体应为 JSON：请设置请求头 Content-Type: application/json，把查询放在 {"query": "…", "variables": {…}} 中',
      {
        contentType: type || null,
      },
    );
  }
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new RequestRefusal(
      415,
      RequestErrorCode.UNSUPPORTED_MEDIA_TYPE,
      `请求体应使用 UTF-8 编码，不支持 charset=${charset}`,
      { charset },
    );
  }
}

/** The stream of the body's bytes as sent, decoded: identity, gzip or deflate. */
function decodedStream(req: IncomingMessage): Readable {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return req;
  let decoder: Transform | undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = createGunzip();
  else if (encoding === 'deflate') decoder = createInflate();
  if (decoder) return req.pipe(decoder);
  throw new RequestRefusal(
    415,
    RequestErrorCode.UNSUPPORTED_CONTENT_ENCODING,
    `不支持的请求体压缩方式“${encoding}”；请不压缩，或使用 gzip、deflate`,
    { contentEncoding: encoding },
  );
}

/**
 * The body's bytes, at most `limit` of them after decoding. A declared Content-Length above the limit is
 * refused before a byte is read; otherwise the bytes are counted as they arrive and reading stops at the
 * first byte past the limit (a body without Content-Length, or a compressed one, is no way around it).
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    const size = Number(declared);
    if (!/^\d+$/.test(declared) || !Number.isSafeInteger(size))
      throw new RequestRefusal(400, RequestErrorCode.BAD_REQUEST, 'Content-Length 请求头无效');
    if (size > limit) throw tooLarge(limit, size);
  }
  const stream = decodedStream(req);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (error: RequestRefusal | null) => {
      if (settled) return;
      settled = true;
      stream.off('data', onData);
      if (error) {
        // Stop reading: what is left of the body is not wanted (the answer closes the connection).
        if (stream !== req) {
          req.unpipe(stream as Transform);
          stream.destroy();
        }
        req.pause();
        chunks.length = 0;
        reject(error);
      } else {
        resolve(Buffer.concat(chunks, received));
      }
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) return finish(tooLarge(limit));
      chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.once('end', () => finish(null));
    stream.once('error', () =>
      finish(
        stream === req
          ? new RequestRefusal(400, RequestErrorCode.BAD_REQUEST, '请求体未能读完', {}, true)
          : new RequestRefusal(
              400,
              RequestErrorCode.BAD_CONTENT_ENCODING,
              '请求体的压缩数据已损坏，无法按 Content-Encoding 解压',
            ),
      ),
    );
    req.once('aborted', () =>
      finish(new RequestRefusal(400, RequestErrorCode.BAD_REQUEST, '请求体未能读完', {}, true)),
    );
  });
}

/** A JSON object or array from UTF-8 bytes (a batch, an array, is for GraphQL to refuse with its own code). */
export function parseJsonBody(bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RequestRefusal(400, RequestErrorCode.MALFORMED_JSON, '请求体不是有效的 UTF-8 文本');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestRefusal(
      400,
      RequestErrorCode.MALFORMED_JSON,
      '请求体不是有效的 JSON；应为 {"query": "…", "variables": {…}}',
    );
  }
  if (typeof value !== 'object' || value === null) {
    throw new RequestRefusal(
      400,
      RequestErrorCode.MALFORMED_JSON,
      '请求体应为 JSON 对象 {"query": "…", "variables": {…}}',
    );
  }
  return value;
}

/** Reads a POST's JSON body within the limit: the content type, the length, the encoding, the bytes, the JSON. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  checkContentType(req.headers['content-type']);
  return parseJsonBody(await readLimitedBody(req, limit));
}

/** A refusal as a GraphQL response (`{ errors: [...] }`) with its status; the connection closes when the body was not read to its end. */
export function sendGraphQLRefusal(res: Response, refusal: RequestRefusal, requestId: string): void {
  if (!res.req.complete) res.set('Connection', 'close');
  res
    .status(refusal.status)
    .set('Cache-Control', 'no-store')
    .json({
      errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details, requestId } }],
    });
}

/** A GET's `variables` and `extensions` parameters must be JSON objects (each engine would answer its own way otherwise). */
function checkSearchParameters(url: string): RequestRefusal | undefined {
  const at = url.indexOf('?');
  if (at < 0) return undefined;
  const parameters = new URLSearchParams(url.slice(at + 1));
  for (const name of ['variables', 'extensions']) {
    const raw = parameters.get(name);
    if (raw === null || raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return new RequestRefusal(
        400,
        RequestErrorCode.BAD_REQUEST,
        `URL 参数 ${name} 应为 JSON 对象，如 ${name}={"id":"…"}（需经 URL 编码）`,
        { parameter: name },
      );
    }
  }
  return undefined;
}

export interface GraphQLBodyOptions {
  /** Largest decoded body in bytes (default MAX_GRAPHQL_BODY_BYTES). */
  limit?: number;
  /** The id a refusal carries (the one the request's log lines and errors carry). */
  requestIdOf: (req: Request) => string;
  /** Told of each refusal (to log it). */
  onRefusal?: (refusal: RequestRefusal, requestId: string) => void;
}

/**
 * The body of a GraphQL request, for both gateways and every service: a POST's JSON body within the limit
 * becomes `req.body`; a GET has none (its query is in the URL); any other method is refused (405), as is
 * every malformed body, with a coded Chinese GraphQL error carrying the request id.
 */
export function graphqlBody(options: GraphQLBodyOptions): RequestHandler {
  const limit = options.limit ?? MAX_GRAPHQL_BODY_BYTES;
  return (req: Request, res: Response, next: NextFunction) => {
    const refuse = (refusal: RequestRefusal) => {
      const requestId = options.requestIdOf(req);
      options.onRefusal?.(refusal, requestId);
      if (refusal.clientGone) return void res.destroy();
      sendGraphQLRefusal(res, refusal, requestId);
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      const refused = checkSearchParameters(req.originalUrl);
      if (refused) return refuse(refused);
      req.body = undefined;
      return next();
    }
    if (req.method !== 'POST') {
      res.set('Allow', 'GET, POST');
      return refuse(
        new RequestRefusal(
          405,
          RequestErrorCode.METHOD_NOT_ALLOWED,
          `GraphQL 地址只接受 POST（查询与变更）和 GET（查询）请求，不接受 ${req.method}`,
          { method: req.method },
        ),
      );
    }
    readJsonBody(req, limit).then(
      (body) => {
        req.body = body;
        next();
      },
      (error: unknown) => (error instanceof RequestRefusal ? refuse(error) : next(error)),
    );
  };
}
