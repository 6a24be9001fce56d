import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { latencyOf, Latency } from './percentiles';

// autocannon ships no types; this is the part of its API used here.
interface AutocannonRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  requests: AutocannonRequest[];
}
interface AutocannonResult {
  duration: number;
  requests: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance extends Promise<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: AutocannonOptions) => AutocannonInstance;

export interface LoadResult {
  connections: number;
  requests: number;
  seconds: number;
  /** Requests answered per second over the run. */
  throughput: number;
  latency: Latency;
  /** Answers that were not HTTP 200 or carried GraphQL errors; a run with any is not a result. */
  failed: number;
  firstFailure: string | null;
}

/**
 * POSTs one GraphQL request over and over with `connections` clients (each waits for its answer before
 * sending again) for `seconds` or `amount` requests, and measures every answer's latency.
 */
export async function loadRun<V>(options: {
  url: string;
  bearer: string;
  document: TypedDocumentNode<unknown, V>;
  variables: V;
  connections: number;
  seconds?: number;
  amount?: number;
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const samples: number[] = [];
  let failed = 0;
  let firstFailure: string | null = null;
  const fail = (why: string) => {
    failed += 1;
    firstFailure ??= why.slice(0, 500);
  };
  const instance = autocannon({
    url: target.origin,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    requests: [
      {
        method: 'POST',
        path: target.pathname,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.bearer}` },
        body: JSON.stringify({ query: print(options.document), variables: options.variables }),
        onResponse: (status, body) => {
          if (status !== 200) fail(`HTTP ${status}: ${body}`);
          else if (body.includes('"errors"')) fail(body);
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  const result = await instance;
  const seconds = result.duration;
  failed += result.errors + result.timeouts;
  return {
    connections: options.connections,
    requests: samples.length,
    seconds,
    throughput: samples.length / seconds,
    latency: latencyOf(samples),
    failed,
    firstFailure,
  };
}
