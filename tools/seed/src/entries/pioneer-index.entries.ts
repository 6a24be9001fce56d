// T1 先锋指数: 日常考核 100 deducted (× 0.8), 年度评议 one entry of the review's score (× 0.2), rewards up to 10, penalties.
import { chance, clamp, pick, randInt, tenths } from '../seed-random';
import {
  DeclarationGenerator,
  dayIn,
  discretionary,
  EntryDraft,
  shareAmong,
  spreadDays,
  YearGenerator,
} from './entry-kit';

/** Daily items the committee deducts from, with the most one entry may take. */
const DAILY: [string, number][] = [
  ['orgLife', 10],
  ['study', 10],
  ['dues', 10],
  ['dutyPledge', 20],
  ['assignedTask', 20],
];
const REWARDS = ['jobAchievement', 'centralWork', 'volunteer'];
const REWARD_NOTES = ['岗位工作获单位表扬', '参与乡村振兴项目成效明显', '志愿服务获社区表扬'];

export const pioneerIndexYear: YearGenerator = (ctx, member, rand) => {
  const entries: EntryDraft[] = [];
  const review = member.tail ? randInt(rand, 55, 75) : randInt(rand, 78, 98);
  entries.push({
    item: 'reviewResult',
    occurredOn: `${ctx.year.end.slice(0, 8)}${randInt(rand, 10, 22)}`,
    points: review,
    note: '年度民主评议',
  });
  let reward = 0;
  if (!member.tail && chance(rand, 0.3)) {
    for (const item of REWARDS.filter(() => chance(rand, 0.4)).slice(0, 2)) {
      const points = randInt(rand, 20, 50) / 10;
      reward += points;
      entries.push({ item, occurredOn: dayIn(rand, ctx.year), points, note: pick(rand, REWARD_NOTES) });
    }
    reward = Math.min(10, reward);
  }
  // total = 0.8 × (100 − deductions) + 0.2 × review + reward
  const deductions = tenths(clamp(100 - (member.target - 0.2 * review - reward) / 0.8, 0, 100));
  if (deductions > 0) {
    // Small deductions, one per lapse: about one entry per 2 points.
    const count = Math.max(1, Math.round(deductions / 20));
    const items = DAILY.slice(0, Math.min(DAILY.length, Math.max(2, Math.ceil(count / 2))));
    const shares = shareAmong(
      rand,
      deductions,
      items.map(([, max]) => max * 10 * count),
    );
    items.forEach(([item, max], i) =>
      entries.push(
        ...discretionary(rand, item, shares[i], Math.max(1, Math.round(shares[i] / 20)), max, (n) =>
          spreadDays(rand, ctx.year, n),
        ),
      ),
    );
  }
  return { entries, votes: null };
};

export const pioneerIndexDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: pick(rand, REWARDS),
  occurredOn: dayIn(rand, { start: from, end: to }),
  points: randInt(rand, 10, 50) / 10,
  note: pick(rand, REWARD_NOTES),
});
