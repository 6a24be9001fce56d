import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { performance } from 'node:perf_hooks';
import { apiGraphql } from './generated/api';
import type { DeclareEntryInput } from './generated/api/graphql';
import { latencyOf, Latency } from './percentiles';

export interface GraphQLCall {
  url: string;
  bearer: string;
}

/**
 * One GraphQL call with a typed document (tools/bench/src/generated/api); throws with the first error's code and
 * message, so a benchmark never counts a failure.
 */
export async function gql<T, V>(
  call: GraphQLCall,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<{ data: T; ms: number }> {
  const query = print(document);
  const start = performance.now();
  const response = await fetch(call.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${call.bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const ms = performance.now() - start;
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new Error(`${first?.extensions?.code ?? response.status}: ${first?.message ?? '无数据'}`);
  }
  return { data: body.data, ms };
}

export interface RecordingResult {
  batchSize: number;
  clients: number;
  calls: number;
  entries: number;
  seconds: number;
  entriesPerSecond: number;
  latency: Latency;
}

/** One recorded entry's content as a branch has recorded it before: all but the member, the day and the note. */
export type EntryShape = Omit<DeclareEntryInput, 'memberId' | 'occurredOn' | 'note'>;

const RECORD = apiGraphql(
  `mutation BenchRecordEntries($input: RecordEntriesInput!) { recordEntries(input: $input) { id state } }`,
);

/**
 * Records `calls` batches of `batchSize` accepted entries (the committee recording them, so scores and the
 * branch figures move in the same call) with `clients` at once, each client on its own branch.
 */
export async function recordEntriesRun(options: {
  clients: { call: GraphQLCall; branchId: string; memberIds: string[]; shapes: EntryShape[] }[];
  batchSize: number;
  calls: number;
  days: readonly string[];
}): Promise<RecordingResult> {
  const samples: number[] = [];
  let next = 0;
  let entries = 0;
  const start = performance.now();
  await Promise.all(
    options.clients.map(async (client, c) => {
      let n = 0;
      while (next < options.calls) {
        const index = next++;
        const batch = Array.from({ length: options.batchSize }, (_, i) => {
          const k = n * options.batchSize + i;
          return {
            ...client.shapes[k % client.shapes.length],
            memberId: client.memberIds[k % client.memberIds.length],
            occurredOn: options.days[(index + c + i) % options.days.length],
            note: '基准测试登记',
          };
        });
        n += 1;
        const { data, ms } = await gql(client.call, RECORD, {
          input: { organizationId: client.branchId, entries: batch, accept: true },
        });
        if (data.recordEntries.length !== batch.length || data.recordEntries.some((e) => e.state !== 'ACCEPTED'))
          throw new Error('登记结果与请求不符');
        samples.push(ms);
        entries += batch.length;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return {
    batchSize: options.batchSize,
    clients: options.clients.length,
    calls: samples.length,
    entries,
    seconds,
    entriesPerSecond: entries / seconds,
    latency: latencyOf(samples),
  };
}
