// T4 公司: each quarter 基础积分 40 (duties deducted), 任务分 50 (itemised, scored by the committee), 奖励分 at most 10; the year is the mean.
import { Period } from '@jifen/rules';
import { chance, clamp, pick, pickWeighted, randInt, shuffled, tenths, type Rand } from '../seed-random';
import {
  DeclarationGenerator,
  dayIn,
  discretionary,
  EntryDraft,
  periodsOf,
  shareAmong,
  spreadDays,
  wobble,
  YearGenerator,
} from './entry-kit';
import type { Range, Weighted } from '../people';

const DUTIES: [string, number][] = [
  ['studyPolicy', 3],
  ['carryOutLine', 3],
  ['obeyOrganisation', 3],
  ['meetings', 3],
  ['dues', 3],
  ['education', 3],
  ['discipline', 3],
  ['contactMasses', 3],
  ['newCustoms', 3],
  ['solidarity', 3],
  ['cleanConduct', 3],
  ['otherBasic', 7],
];
const TASKS: [string, number][] = [
  ['jobDuty', 15],
  ['pairedAssistance', 6],
  ['companyActivities', 4],
  ['research', 4],
  ['pledgeFulfilled', 3],
  ['centralWork', 3],
  ['volunteer', 2],
  ['goodDeeds', 2],
  ['otherTask', 11],
];
/** An ordinary member's 基础积分 shortfall in a quarter, in tenths. */
const USUAL_SHORTFALL: Weighted<Range> = [
  [[0, 0], 50],
  [[5, 20], 35],
  [[20, 40], 15],
];

/** An occasional reward: 突出贡献 5, a county or city honour 2 or 3, or another reward the branch scores 1–3. */
function rewardIn(rand: Rand, quarter: Period): { entry: EntryDraft; points: number } {
  const occurredOn = dayIn(rand, quarter);
  const kind = pick(rand, ['outstandingContribution', 'honour', 'otherReward'] as const);
  if (kind === 'outstandingContribution')
    return { entry: { item: kind, occurredOn, note: '在抢修任务中有突出贡献' }, points: 5 };
  if (kind === 'honour')
    return chance(rand, 0.5)
      ? { entry: { item: kind, occurredOn, level: 'CITY' }, points: 3 }
      : { entry: { item: kind, occurredOn, level: 'COUNTY' }, points: 2 };
  const points = randInt(rand, 1, 3);
  return { entry: { item: kind, occurredOn, points, note: '合理化建议被采纳' }, points };
}

export const enterpriseQuarterlyYear: YearGenerator = (ctx, member, rand) => {
  const entries: EntryDraft[] = [];
  for (const quarter of periodsOf(ctx, 'Q')) {
    const total = clamp(member.target + wobble(rand, 3), 5, 100);
    const days = (n: number) => spreadDays(rand, quarter, n);
    const reward = !member.tail && chance(rand, 0.08) ? rewardIn(rand, quarter) : null;
    if (reward) entries.push(reward.entry);
    const [lo, hi] = member.tail ? [80, 150] : pickWeighted(rand, USUAL_SHORTFALL);
    const shortfall = randInt(rand, lo, hi);
    const duties = shuffled(rand, DUTIES).slice(0, Math.max(1, Math.ceil(shortfall / 30)));
    const lost = shareAmong(
      rand,
      shortfall,
      duties.map(([, v]) => v * 10),
    );
    duties.forEach(([item, value], i) => entries.push(...discretionary(rand, item, lost[i], 1, value, days)));
    const task = tenths(clamp(total - (40 - shortfall / 10) - (reward?.points ?? 0), 0, 50));
    const earned = shareAmong(
      rand,
      task,
      TASKS.map(([, v]) => v * 10),
    );
    TASKS.forEach(([item, value], i) =>
      entries.push(...discretionary(rand, item, earned[i], item === 'jobDuty' ? 3 : 1, value, days)),
    );
  }
  return { entries, votes: null };
};

export const enterpriseQuarterlyDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: pick(rand, ['volunteer', 'goodDeeds', 'pairedAssistance']),
  occurredOn: dayIn(rand, { start: from, end: to }),
  points: randInt(rand, 5, 20) / 10,
});
