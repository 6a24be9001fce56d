import { SERVICE_LABELS, ServiceName } from '@jifen/kit';
import { GraphQLError } from 'graphql';

/**
 * How long each gateway waits for a subgraph's answer. A read at district scale answers in tens of
 * milliseconds; a confirmed rating run over a district takes about 5 s (BENCHMARKS.md), an import of
 * 1,000 rows a few: writes get more time than reads, and both far more than they need, so that only a
 * service that is down or frozen is cut off.
 */
export interface SubgraphTimeouts {
  /** Any request of a query (and the entity fetches of a mutation's answer, when the operation is a query). */
  queryMs: number;
  /** Every subgraph request of a mutation operation. */
  mutationMs: number;
}

export const defaultSubgraphTimeouts: SubgraphTimeouts = { queryMs: 15_000, mutationMs: 60_000 };

export function subgraphTimeouts(overrides: Partial<SubgraphTimeouts> = {}): SubgraphTimeouts {
  return {
    ...defaultSubgraphTimeouts,
    ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)),
  };
}

export function timeoutFor(timeouts: SubgraphTimeouts, operationType: string | undefined): number {
  return operationType === 'mutation' ? timeouts.mutationMs : timeouts.queryMs;
}

const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/**
 * The error of a subgraph that could not be reached or did not answer in time. The answer still carries
 * what the other services gave; the fields this one adds are null. It names the service (in Chinese, and
 * by its code name in `service`), never its address; whether it was down or too slow is in the log.
 */
export function subgraphUnavailable(service: string): GraphQLError {
  const label = SERVICE_LABELS[service as ServiceName] ?? service;
  return new GraphQLError(`${label}服务暂时不可用：由它提供的字段为空，其余照常返回；请稍后重试`, {
    extensions: { code: SUBGRAPH_UNAVAILABLE, service },
  });
}
