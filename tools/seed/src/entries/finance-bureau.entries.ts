// T6 财政局: each quarter 基础分 7.5 (deducted by case), 任务分 15 (scored by the committee); 奖励分 at most 10 a year; the year is the sum.
import { chance, clamp, pick, randInt, tenths } from '../seed-random';
import {
  DeclarationGenerator,
  dayIn,
  discretionary,
  EntryDraft,
  periodsOf,
  spreadDays,
  wobble,
  YearGenerator,
} from './entry-kit';

/** Appendix two's cases worth one point, then two, and the 酌情 items (at most 2) for what is left. */
const ONE_POINT = ['missedOrgLife', 'lateDues', 'assignedTaskUndone', 'disrespect'];
const TWO_POINTS = ['noThoughtReport', 'communityLate', 'weakExample', 'uncivil'];
const OTHER = ['politicalOther', 'serviceOther', 'orgLifeOther', 'moralOther'];
const TASK_NOTES = ['预算编审按期完成', '专项资金绩效评价', '国库集中支付业务', '政府采购监管'];

export const financeBureauYear: YearGenerator = (ctx, member, rand) => {
  const entries: EntryDraft[] = [];
  const quarters = periodsOf(ctx, 'Q');
  // Rewards over the year (at most 10): a leader's praise 0.5 each, emergency work 1, an honour 2–3.
  let reward = 0;
  if (!member.tail) {
    for (let i = randInt(rand, 0, 3); i > 0; i--) {
      entries.push({ item: 'leaderPraise', occurredOn: dayIn(rand, ctx.year), note: '受到局领导表扬' });
      reward += 0.5;
    }
    if (chance(rand, 0.1)) {
      entries.push({ item: 'emergencyContribution', occurredOn: dayIn(rand, ctx.year), note: '防汛抢险中表现突出' });
      reward += 1;
    }
    if (chance(rand, 0.08)) {
      const county = chance(rand, 0.5);
      entries.push({ item: 'honour', occurredOn: dayIn(rand, ctx.year), level: county ? 'COUNTY' : 'UNIT' });
      reward += county ? 3 : 2;
    }
  }
  for (const quarter of quarters) {
    const total = clamp(member.target / 4 + wobble(rand, 0.8), 1, 25);
    const on = () => dayIn(rand, quarter);
    // 基础分 7.5: cases of one or two points, the rest 酌情.
    let lost = member.tail ? randInt(rand, 30, 75) : chance(rand, 0.35) ? randInt(rand, 5, 20) : 0;
    const lostPoints = lost / 10;
    while (lost >= 20 && chance(rand, 0.5)) {
      entries.push({ item: pick(rand, TWO_POINTS), occurredOn: on() });
      lost -= 20;
    }
    while (lost >= 10) {
      entries.push({ item: pick(rand, ONE_POINT), occurredOn: on() });
      lost -= 10;
    }
    if (lost > 0) entries.push({ item: pick(rand, OTHER), occurredOn: on(), points: lost / 10 });
    // 任务分 15: the assigned work month by month, the pledged matters once.
    const task = tenths(clamp(total - (7.5 - lostPoints) - reward / 4, 0, 15));
    const pledged = Math.min(task, randInt(rand, 10, 30));
    entries.push(
      ...discretionary(rand, 'assignedWork', task - pledged, 3, 15, (n) => spreadDays(rand, quarter, n)).map((e) => ({
        ...e,
        note: pick(rand, TASK_NOTES),
      })),
    );
    entries.push(...discretionary(rand, 'pledgedMatters', pledged, 1, 15, () => [on()]));
  }
  return { entries, votes: null };
};

export const financeBureauDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: 'leaderPraise',
  occurredOn: dayIn(rand, { start: from, end: to }),
  note: '受到局领导表扬',
});
