// T2 区属机关: 日常行为 80 deducted in five sections, 民主评议 by votes (好 1 / 一般 0.8 / 差 0.6, × 100, at 20%), rewards, deductions.
import { chance, clamp, pick, randInt, tenths } from '../seed-random';
import {
  DeclarationGenerator,
  dayIn,
  discretionary,
  EntryDraft,
  reviewScore,
  shareAmong,
  spreadDays,
  votesFor,
  YearGenerator,
} from './entry-kit';

const SECTIONS: [string, number][] = [
  ['studyLapse', 15],
  ['achievementLapse', 15],
  ['serviceLapse', 15],
  ['lawAbidingLapse', 20],
  ['integrityLapse', 15],
];
const HONOURS = ['年度优秀共产党员', '年度优秀公务员', '先进工作者', '三八红旗手'];
const ARTICLE_NOTES = ['调研文章在市级刊物发表', '专题信息被区委采用'];

function rewards(rand: () => number, year: { start: string; end: string }): { entries: EntryDraft[]; points: number } {
  const entries: EntryDraft[] = [];
  let points = 0;
  if (chance(rand, 0.25)) {
    const level = chance(rand, 0.4) ? 'CITY' : 'COUNTY';
    entries.push({ item: 'article', occurredOn: dayIn(rand, year), level, note: pick(rand, ARTICLE_NOTES) });
    points += level === 'CITY' ? 2 : 1;
  }
  if (chance(rand, 0.12)) {
    const matter = `${year.end.slice(0, 4)}${pick(rand, HONOURS)}`;
    const level = pick(rand, ['COUNTY', 'TOWNSHIP', 'BRANCH'] as const);
    entries.push({ item: 'honour', occurredOn: dayIn(rand, year), level, matter });
    points += level === 'COUNTY' ? 4 : level === 'TOWNSHIP' ? 3 : 2;
  }
  if (chance(rand, 0.1)) {
    entries.push({ item: 'innovation', occurredOn: dayIn(rand, year), note: '工作方法创新，成效显著' });
    points += 3;
  }
  if (chance(rand, 0.2)) {
    const extra = randInt(rand, 5, 20) / 10;
    entries.push({
      item: 'extraCommitment',
      occurredOn: dayIn(rand, year),
      points: extra,
      note: '承诺之外参加防汛值守',
    });
    points += extra;
  }
  return { entries, points };
}

export const districtOfficeYear: YearGenerator = (ctx, member, rand) => {
  const votes = votesFor(
    rand,
    ['GOOD', 'FAIR', 'POOR'],
    ctx.voters,
    member.tail ? 0.2 + rand() * 0.3 : 0.75 + rand() * 0.25,
  );
  const review = reviewScore(ctx.doc, votes);
  const reward = member.tail ? { entries: [], points: 0 } : rewards(rand, ctx.year);
  const entries: EntryDraft[] = [...reward.entries];
  let penalty = 0;
  if (member.tail && chance(rand, 0.5)) {
    entries.push({
      item: pick(rand, ['dutyFailure', 'complaint']),
      occurredOn: dayIn(rand, ctx.year),
      note: '经支部核实',
    });
    penalty = 3;
  }
  // total = (80 − deductions) + 0.2 × review + rewards − penalties
  const deductions = tenths(clamp(80 + 0.2 * review + reward.points - penalty - member.target, 0, 80));
  const shares = shareAmong(
    rand,
    deductions,
    SECTIONS.map(([, max]) => max * 10),
  );
  SECTIONS.forEach(([item, max], i) =>
    entries.push(
      ...discretionary(rand, item, shares[i], Math.max(1, Math.round(shares[i] / 20)), max, (n) =>
        spreadDays(rand, ctx.year, n),
      ),
    ),
  );
  return { entries, votes };
};

export const districtOfficeDeclaration: DeclarationGenerator = (rand, from, to) =>
  chance(rand, 0.5)
    ? {
        item: 'article',
        occurredOn: dayIn(rand, { start: from, end: to }),
        level: chance(rand, 0.3) ? 'CITY' : 'COUNTY',
        note: pick(rand, ARTICLE_NOTES),
      }
    : {
        item: 'extraCommitment',
        occurredOn: dayIn(rand, { start: from, end: to }),
        points: randInt(rand, 5, 20) / 10,
        note: '承诺之外参加社区志愿服务',
      };
