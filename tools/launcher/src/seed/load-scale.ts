/**
 * Loads a scale through the services: S is the demo district (the demo loader, into an empty database); M, L
 * and custom scales are generated districts, one after another, each refused when its name is already taken.
 */
import { PeerUrls } from '@jifen/kit';
import { loadDemoIfEmpty } from '@jifen/demo';
import {
  buildDistrictPlan,
  DistrictSummary,
  loadDistrict,
  PhaseProgress,
  Scale,
  OperationStats,
  seedClient,
} from '@jifen/seed';

export interface ScaleLoadOptions {
  urls: PeerUrls;
  tokenSecret: string;
  /** The load day, YYYY-MM-DD: the cycle loaded is the last one over by then (the services' own clock must agree). */
  today: string;
  /** Password of the accounts created (one per role in each district). */
  password: string;
  phase: (label: string, total: number) => PhaseProgress;
  say: (line: string) => void;
  concurrency: number;
}

export interface ScaleLoadResult {
  districts: DistrictSummary[];
  /** S: what the demo loader loaded. */
  demo: { organizations: number; members: number; exempt: number } | null;
  stats: OperationStats[];
}

/** A refusal to load (a district of that name exists): the CLI prints the message and exits non-zero. */
export class SeedRefused extends Error {}

export async function loadScale(scale: Scale, options: ScaleLoadOptions): Promise<ScaleLoadResult> {
  const client = seedClient(options.urls, options.tokenSecret);
  const existing = new Set(
    (
      await client.call<{ organizations: { name: string }[] }>('ledger', '{ organizations(level: DISTRICT) { name } }')
    ).organizations.map((o) => o.name),
  );
  if (scale.demo) {
    if (existing.has('示范区'))
      throw new SeedRefused('数据库中已有“示范区”，不再重复载入；要重新载入请换一个数据库（--database）');
    const demo = await loadDemoIfEmpty({
      urls: options.urls,
      tokenSecret: options.tokenSecret,
      today: options.today,
      password: options.password,
      progress: options.say,
    });
    if (!demo)
      throw new SeedRefused(
        `示范区演示数据只载入空数据库，而数据库中已有：${[...existing].join('、')}；请换一个数据库（--database）`,
      );
    return { districts: [], demo, stats: client.stats() };
  }
  const taken = scale.districts.filter((d) => existing.has(d.name)).map((d) => d.name);
  if (taken.length > 0)
    throw new SeedRefused(
      `数据库中已有${taken.map((n) => `“${n}”`).join('、')}，不再重复载入；要重新载入请换一个数据库（--database）`,
    );
  const districts: DistrictSummary[] = [];
  for (const [i, district] of scale.districts.entries()) {
    if (scale.districts.length > 1) options.say(`第 ${i + 1}/${scale.districts.length} 个区：${district.name}`);
    const plan = buildDistrictPlan(district, options.today);
    options.say(
      `${district.name}：${plan.townships.length} 个镇街、${plan.branches.length} 个党支部、${plan.members.length} 名党员；载入 ${plan.cycle} 年度积分周期`,
    );
    districts.push(
      await loadDistrict(plan, {
        call: client.call,
        phase: options.phase,
        say: options.say,
        concurrency: options.concurrency,
        password: options.password,
      }),
    );
  }
  return { districts, demo: null, stats: client.stats() };
}
