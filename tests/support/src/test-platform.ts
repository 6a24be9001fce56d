import {
  createLogger,
  deriveSecret,
  INTERNAL_TOKEN_HEADER,
  mintInternalToken,
  mintSessionToken,
  PeerUrls,
  systemCaller,
  Caller,
} from '@jifen/kit';
import { RunningService, startService, ServiceDefinition } from '@jifen/kit/server';
import { GatewayOptions, RunningGateway, startGateway, startHiveGateway } from '@jifen/gateway';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DocumentNode, print } from 'graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphDefinitions } from '@jifen/schema';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface DownloadResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  json?: any;
}

interface UploadResponse {
  status: number;
  /** The JSON answer: what was kept (`id` …) or `{ error: { code, message, requestId } }`. */
  json: any;
}

/** Who sends a query through the gateway: a caller (a session token is minted), a bearer credential, or nobody. */
export type Sender = Caller | { bearer: string } | null;

/**
 * What a test sends: a typed document (`graphql(...)` from tests/api/src/generated/<schema>, its answer and variables
 * inferred from it), or a query string, untyped, for documents a schema refuses on purpose (bad input, fuzz).
 */
export type Document<R = any, V = Record<string, unknown>> = TypedDocumentNode<R, V> | string;

export interface TestPlatform {
  gatewayUrl: string;
  /** The platform's own throwaway database (to start another copy of a service on it). */
  databaseUrl: string;
  urls: PeerUrls;
  tokenSecret: string;
  services: Record<keyof PeerUrls, RunningService>;
  /**
   * A query through the gateway over HTTP, as any client sends it. It is sent as the platform itself (a session
   * token for SYSTEM, which only the holder of the platform's secret can mint) unless `as` names another caller,
   * a bearer credential (a session token or an API key), or `null` for no Authorization header at all.
   */
  query<R = any, V = Record<string, unknown>>(
    document: Document<R, V>,
    variables?: NoInfer<V>,
    as?: Sender,
  ): Promise<GraphQLResponse<R>>;
  /** A session token for `caller`, as `login` would give one. */
  sessionFor(caller: Caller): string;
  /** A query straight to one subgraph, with an internal token for `caller` (or none). */
  querySubgraph<R = any, V = Record<string, unknown>>(
    service: keyof PeerUrls,
    document: Document<R, V>,
    variables?: NoInfer<V>,
    caller?: Caller | null,
  ): Promise<GraphQLResponse<R>>;
  /** A file through the gateway (`/downloads/:service/:name`), as a browser fetches it; `json` when the answer is JSON (an error). */
  download(
    service: keyof PeerUrls,
    name: string,
    params?: Record<string, string>,
    as?: Caller | { bearer: string } | null,
  ): Promise<DownloadResponse>;
  /**
   * A file through the gateway's upload path (`POST /uploads/:kind?<params>`, the bytes as the body, as a browser
   * sends them), as SYSTEM unless `as` says otherwise; `contentType` defaults to the evidence's PNG.
   */
  upload(
    kind: 'evidence' | 'import',
    body: Buffer | string,
    params: Record<string, string>,
    options?: { contentType?: string; as?: Caller | { bearer: string } | null },
  ): Promise<UploadResponse>;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process, as `npm start` runs it: the three services on their own ports and
 * their own database, and the gateway over the committed supergraph.
 */
export async function startTestPlatform(
  options: { clock?: () => Date; production?: boolean } = {},
): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const tokenSecret = randomBytes(24).toString('base64url');
  const logger = createLogger('test', (process.env.TEST_LOG as any) ?? 'silent');
  const started: RunningService[] = [];
  // One object for all three services, filled in once each has its port: they read it at call time.
  const placeholder = 'http://127.0.0.1:1/unset';
  const urls: PeerUrls = { ledger: placeholder, scheme: placeholder, rating: placeholder };
  const start = async <L>(definition: ServiceDefinition<L>) => {
    const running = await startService(definition, {
      databaseUrl: database.url,
      port: 0,
      tokenSecret,
      logger,
      peers: urls,
      clock: options.clock,
    });
    started.push(running);
    return running;
  };
  // The subgraphs the schema is composed of, in its order: ledger, scheme, rating.
  const starting = await Promise.allSettled(subgraphDefinitions.map(start));
  const failed = starting.find((result) => result.status === 'rejected');
  if (failed) {
    // Let the others finish starting, then stop them: nothing keeps running after a failed start.
    await Promise.all(started.map((service) => service.stop()));
    await database.drop();
    throw failed.reason;
  }
  const [ledger, scheme, rating] = starting.map((result) => (result as PromiseFulfilledResult<RunningService>).value);
  Object.assign(urls, { ledger: ledger.url, scheme: scheme.url, rating: rating.url });
  const gateway = await startGateway({
    supergraphSdl: committedSupergraph(),
    urls,
    tokenSecret,
    port: 0,
    host: '127.0.0.1',
    logger,
    production: options.production ?? false,
  });

  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return (await response.json()) as GraphQLResponse;
  };
  const sessionSecret = deriveSecret(tokenSecret, 'session');
  const sessionFor = (caller: Caller) => mintSessionToken(sessionSecret, caller, randomUUID(), Date.now()).token;
  const authorization = (as: Sender): Record<string, string> => {
    if (as === null) return {};
    return { authorization: `Bearer ${'bearer' in as ? as.bearer : sessionFor(as)}` };
  };
  return {
    gatewayUrl: gateway.url,
    databaseUrl: database.url,
    sessionFor,
    urls,
    tokenSecret,
    services: { ledger, scheme, rating },
    query: (document, variables, as = systemCaller) =>
      post(gateway.url, { query: textOf(document), variables: variables ?? {} }, authorization(as)),
    querySubgraph: (service, document, variables, caller = systemCaller) =>
      post(
        urls[service],
        { query: textOf(document), variables: variables ?? {} },
        caller ? { [INTERNAL_TOKEN_HEADER]: mintInternalToken(tokenSecret, caller, randomUUID(), Date.now()) } : {},
      ),
    download: async (service, name, params = {}, as = systemCaller) => {
      const query = new URLSearchParams(params).toString();
      const response = await fetch(
        `${new URL(gateway.url).origin}/downloads/${service}/${encodeURIComponent(name)}${query ? `?${query}` : ''}`,
        { headers: authorization(as) },
      );
      const body = Buffer.from(await response.arrayBuffer());
      const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
      return {
        status: response.status,
        headers: response.headers,
        body,
        json: isJson ? JSON.parse(body.toString('utf8')) : undefined,
      };
    },
    upload: async (kind, body, params, { contentType = 'image/png', as = systemCaller } = {}) => {
      const url = `${new URL(gateway.url).origin}/uploads/${kind}?${new URLSearchParams(params).toString()}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': contentType, ...authorization(as) },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
      return { status: response.status, json: await response.json() };
    },
    stop: async () => {
      await gateway.stop();
      await Promise.all(started.map((service) => service.stop()));
      await database.drop();
    },
  };
}

/** The text sent for a document: a query string as it is, a typed document printed. */
export function textOf(document: DocumentNode | string): string {
  return typeof document === 'string' ? document : print(document);
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/**
 * The answers of an `_entities` query whose references are all of type `typename`, typed as the document's fragment
 * on that type selects them (null for a reference answered as unknown).
 */
export function entitiesOf<E extends object>(
  entities: readonly (E | null)[],
  typename: string,
): (Exclude<E, Record<PropertyKey, never>> | null)[] {
  for (const entity of entities) {
    const answered = (entity as { __typename?: unknown } | null)?.__typename;
    if (answered !== undefined && answered !== typename)
      throw new Error(`expected ${typename} entities, got ${String(answered)}`);
  }
  return entities as (Exclude<E, Record<PropertyKey, never>> | null)[];
}

/** The code of the first error of a response that must have failed. */
export function errorCodeOf(response: GraphQLResponse): unknown {
  if (!response.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return response.errors[0].extensions?.code;
}

/** The committed supergraph, as both gateways load it. */
function committedSupergraph(): string {
  return readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
}

/** Hive Gateway (the other engine) over the same services, secret and supergraph as the platform's Apollo gateway. */
export function startHiveBeside(
  platform: TestPlatform,
  options: Partial<Pick<GatewayOptions, 'urls' | 'production'>> = {},
): Promise<RunningGateway> {
  return startHiveGateway({
    supergraphSdl: committedSupergraph(),
    urls: options.urls ?? platform.urls,
    tokenSecret: platform.tokenSecret,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('test', (process.env.TEST_LOG as any) ?? 'silent'),
    production: options.production ?? false,
  });
}
