/**
 * Calls the services' own GraphQL APIs as the platform itself (SYSTEM, with the internal token only the holder of
 * the platform's secret can mint), so that every rule the services enforce holds for seeded data too. Keeps the
 * count and time of every operation, to say what is slow.
 */
import { INTERNAL_TOKEN_HEADER, mintInternalToken, PeerUrls, systemCaller } from '@jifen/kit';
import { randomUUID } from 'node:crypto';

type Service = keyof PeerUrls;
export type SeedCall = <T>(service: Service, query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface OperationStats {
  operation: string;
  calls: number;
  totalMs: number;
}

export interface SeedClient {
  call: SeedCall;
  /** Operations by total time, the slowest first. */
  stats(): OperationStats[];
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; problems?: { index?: number; field?: string; message: string }[] };
}

/** The first operation name or root field of a document, for the statistics: `mutation($i: …) { addMember(…` → addMember. */
function operationOf(query: string): string {
  return /\{\s*(\w+)/.exec(query)?.[1] ?? 'query';
}

/** A call with a client key is done once whatever the number of tries: it is tried this often in all. */
const TRIES_WITH_CLIENT_KEY = 5;
const RETRY_AFTER_MS = 1000;

/** A refusal worth another try: a service the one called depends on was out of reach (it restarts), or none answered. */
class TransientFailure extends Error {}

export function seedClient(urls: PeerUrls, tokenSecret: string): SeedClient {
  const stats = new Map<string, OperationStats>();
  const once = async <T>(service: Service, query: string, variables: Record<string, unknown>, operation: string) => {
    const started = performance.now();
    const token = mintInternalToken(tokenSecret, systemCaller, `seed-${randomUUID()}`, Date.now());
    const response = await fetch(urls[service], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, variables }),
    }).catch((error: unknown) => {
      throw new TransientFailure(`${service} 服务无法访问（${(error as Error).message}）`);
    });
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLError[] };
    const entry = stats.get(operation) ?? stats.set(operation, { operation, calls: 0, totalMs: 0 }).get(operation)!;
    entry.calls += 1;
    entry.totalMs += performance.now() - started;
    if (body.errors?.length || !body.data) {
      const first = body.errors?.[0];
      const problems = (first?.extensions?.problems ?? [])
        .slice(0, 5)
        .map((p) => `${p.index !== undefined ? `第 ${p.index + 1} 条 ` : ''}${p.field ?? ''} ${p.message}`);
      const message = `${service} 服务拒绝了 ${operation}（${first?.extensions?.code ?? response.status}）：${first?.message ?? '无结果'}${problems.length ? `；${problems.join('；')}` : ''}`;
      const transient = response.status >= 502 || first?.extensions?.code === 'INTERNAL';
      throw transient ? new TransientFailure(message) : new Error(message);
    }
    return body.data;
  };
  /** Tried again after a transient failure only when the call carries a client key (the service does it once). */
  const call: SeedCall = async <T>(service: Service, query: string, variables: Record<string, unknown> = {}) => {
    const operation = operationOf(query);
    const tries = typeof variables.clientKey === 'string' ? TRIES_WITH_CLIENT_KEY : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await once<T>(service, query, variables, operation);
      } catch (error) {
        if (!(error instanceof TransientFailure) || attempt >= tries)
          throw new Error((error as Error).message, { cause: error });
        // 1, 2, 4, 8 seconds: long enough for a service the supervisor restarts.
        await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS * 2 ** (attempt - 1)));
      }
    }
  };
  return { call, stats: () => [...stats.values()].sort((a, b) => b.totalMs - a.totalMs) };
}
