import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { latencyOf, Latency } from './percentiles';

/** The least SQL that gives an answer: its statements, run one after another on one connection. */
export interface FloorQuery {
  name: string;
  statements: { text: string; values: unknown[] }[];
}

/**
 * Times the floor straight against PostgreSQL: `runs` times after a warm-up, each run the sum of its statements
 * (no network hop but the database's, no GraphQL, no JSON beyond what pg parses). The statements are prepared
 * once, as the services prepare their hot reads, so that neither side pays for planning on every run. Returns
 * the rows of the last run.
 */
export async function timeFloor(
  client: Client,
  floor: FloorQuery,
  runs: number,
): Promise<{ latency: Latency; rows: unknown[][] }> {
  const named = floor.statements.map((statement) => ({
    ...statement,
    name: `floor_${createHash('sha1').update(statement.text).digest('hex').slice(0, 20)}`,
  }));
  const once = async () => {
    const rows: unknown[][] = [];
    for (const statement of named) rows.push((await client.query(statement)).rows);
    return rows;
  };
  for (let i = 0; i < Math.min(20, runs); i++) await once();
  const samples: number[] = [];
  let rows: unknown[][] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rows = await once();
    samples.push(performance.now() - start);
  }
  return { latency: latencyOf(samples), rows };
}
