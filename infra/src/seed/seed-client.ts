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

export function seedClient(urls: PeerUrls, tokenSecret: string): SeedClient {
  const stats = new Map<string, OperationStats>();
  const call: SeedCall = async <T>(service: Service, query: string, variables: Record<string, unknown> = {}) => {
    const operation = operationOf(query);
    const started = performance.now();
    const token = mintInternalToken(tokenSecret, systemCaller, `seed-${randomUUID()}`, Date.now());
    const response = await fetch(urls[service], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
    const entry = stats.get(operation) ?? stats.set(operation, { operation, calls: 0, totalMs: 0 }).get(operation)!;
    entry.calls += 1;
    entry.totalMs += performance.now() - started;
    if (body.errors?.length || !body.data) {
      const first = body.errors?.[0];
      const problems = (first?.extensions?.problems ?? [])
        .slice(0, 5)
        .map((p) => `${p.index !== undefined ? `第 ${p.index + 1} 条 ` : ''}${p.field ?? ''} ${p.message}`);
      throw new Error(
        `${service} 服务拒绝了 ${operation}（${first?.extensions?.code ?? response.status}）：${first?.message ?? '无结果'}${problems.length ? `；${problems.join('；')}` : ''}`,
      );
    }
    return body.data;
  };
  return { call, stats: () => [...stats.values()].sort((a, b) => b.totalMs - a.totalMs) };
}
