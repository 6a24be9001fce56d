// T5 高校支部: 基础分 60 deducted, 履职分 25 (岗位职责 15 monthly, 履诺践诺 5, 奉献 5), 加分 and 扣分; total capped at 100.
import { chance, clamp, pick, pickWeighted, randInt, shuffled, tenths } from '../seed-random';
import {
  DeclarationGenerator,
  dayIn,
  discretionary,
  EntryDraft,
  shareAmong,
  spreadDays,
  YearGenerator,
} from './entry-kit';
import type { Range, Weighted } from '../people';

const BASIC = ['partyDuties', 'assignedWork', 'partyActivities', 'politicalQuality', 'training', 'exemplaryRole'];
const PERFORMANCE: [string, number, number][] = [
  ['jobDuty', 15, 12],
  ['pledge', 5, 4],
  ['dedication', 5, 3],
];
const BONUS_NOTES = ['指导学生获省级竞赛奖', '教学成果获校级表彰', '承担社会服务项目成效突出'];
/** An ordinary member's 基础分 shortfall in the year, in tenths. */
const USUAL_SHORTFALL: Weighted<Range> = [
  [[0, 0], 40],
  [[5, 30], 40],
  [[30, 60], 20],
];

export const collegeBranchYear: YearGenerator = (ctx, member, rand) => {
  const entries: EntryDraft[] = [];
  const days = (n: number) => spreadDays(rand, ctx.year, n);
  const [lo, hi] = member.tail ? [120, 250] : pickWeighted(rand, USUAL_SHORTFALL);
  const shortfall = randInt(rand, lo, hi);
  const basic = shuffled(rand, BASIC).slice(0, Math.max(1, Math.ceil(shortfall / 40)));
  const lost = shareAmong(
    rand,
    shortfall,
    basic.map(() => 600),
  );
  basic.forEach((item, i) => entries.push(...discretionary(rand, item, lost[i], Math.ceil(lost[i] / 30), 5, days)));
  let penalty = 0;
  if (member.tail && chance(rand, 0.5)) {
    penalty = randInt(rand, 10, 30) / 10;
    entries.push({
      item: pick(rand, ['notInPlace', 'irresponsible', 'mistake']),
      occurredOn: dayIn(rand, ctx.year),
      points: penalty,
      note: '经支委会核实',
    });
  }
  // total = (60 − shortfall) + performance + bonus − penalty
  const wanted = tenths(member.target + penalty) - (600 - shortfall);
  const performance = clamp(wanted, 0, 250);
  const shares = shareAmong(
    rand,
    performance,
    PERFORMANCE.map(([, cap]) => cap * 10),
  );
  PERFORMANCE.forEach(([item, cap, count], i) =>
    entries.push(...discretionary(rand, item, shares[i], count, cap, days)),
  );
  const bonus = clamp(wanted - performance, 0, 150) + (chance(rand, 0.15) ? randInt(rand, 5, 20) : 0);
  if (bonus > 0)
    entries.push(
      ...discretionary(
        rand,
        chance(rand, 0.5) ? 'outstandingContribution' : 'commended',
        bonus,
        Math.ceil(bonus / 40),
        5,
        days,
      ).map((e) => ({ ...e, note: pick(rand, BONUS_NOTES) })),
    );
  return { entries, votes: null };
};

export const collegeBranchDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: pick(rand, ['outstandingContribution', 'commended', 'dedication']),
  occurredOn: dayIn(rand, { start: from, end: to }),
  points: randInt(rand, 5, 30) / 10,
  note: pick(rand, BONUS_NOTES),
});
