/** A district being loaded: how to call the services, the plan, the ids the services gave, the phases timed so far. */
import { DistrictPlan } from './district-plan';
import { inPool } from './in-pool';
import { PhaseProgress } from './progress';
import { SeedCall } from './seed-client';

export interface LoadContext {
  call: SeedCall;
  phase: (label: string, total: number) => PhaseProgress;
  say: (line: string) => void;
  /** Requests at a time (branches worked on at once). */
  concurrency: number;
  /** Password of the district's accounts (one per role). */
  password: string;
}

export interface DistrictSummary {
  districtId: string;
  name: string;
  organizations: number;
  members: number;
  exempt: number;
  entries: number;
  rejected: number;
  pending: number;
  windows: number;
  ratingRuns: { period: string; runId: string; rated: number; starred: number; warnings: number }[];
  accounts: string[];
  /** Phase label → milliseconds. */
  phases: [string, number][];
}

/** A district being loaded: the plan, the ids the services gave, and the phases timed so far. */
export interface DistrictLoad {
  plan: DistrictPlan;
  ctx: LoadContext;
  phases: [string, number][];
  orgIds: Map<string, string>;
  memberIds: string[];
  idOf(key: string): string;
  /** A phase over some items, `size` at a time, with its progress line. */
  run<T>(
    label: string,
    items: readonly T[],
    weight: (item: T) => number,
    work: (item: T, tick: (n: number) => void) => Promise<void>,
    size?: number,
  ): Promise<void>;
}

export function startLoad(plan: DistrictPlan, ctx: LoadContext): DistrictLoad {
  const phases: [string, number][] = [];
  const orgIds = new Map<string, string>();
  return {
    plan,
    ctx,
    phases,
    orgIds,
    memberIds: new Array(plan.members.length),
    idOf: (key) => orgIds.get(key)!,
    async run(label, items, weight, work, size = ctx.concurrency) {
      const bar = ctx.phase(
        label,
        items.reduce((a, item) => a + weight(item), 0),
      );
      await inPool(items, size, (item) => work(item, (n) => bar.add(n)));
      phases.push([label, bar.finish()]);
    },
  };
}
