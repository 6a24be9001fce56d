// T3 区文旅局: 基础积分 80 deducted by case, 民主评议 by votes (好 100 / 一般 70 / 差 40, at 20%), uncapped contributions, deductions.
import { chance, clamp, pick, randInt, tenths } from '../seed-random';
import { DeclarationGenerator, dayIn, EntryDraft, reviewScore, shareAmong, votesFor, YearGenerator } from './entry-kit';

const CONTRIBUTION_NOTES = ['业务竞赛获奖', '参与文旅惠民活动获表彰', '信息被市文旅局公众号转发'];

function contributions(
  rand: () => number,
  year: { start: string; end: string },
): { entries: EntryDraft[]; points: number } {
  const entries: EntryDraft[] = [];
  let points = 0;
  if (chance(rand, 0.2)) {
    entries.push({ item: 'branchHonour', occurredOn: dayIn(rand, year), note: '支部“工作标兵”' });
    points += 1;
  }
  if (chance(rand, 0.15)) {
    const level = chance(rand, 0.3) ? 'CITY' : 'COUNTY';
    entries.push({
      item: 'otherCompetition',
      occurredOn: dayIn(rand, year),
      level,
      note: pick(rand, CONTRIBUTION_NOTES),
    });
    points += level === 'CITY' ? 3 : 1;
  }
  if (chance(rand, 0.1)) {
    const contributors = randInt(rand, 1, 2);
    entries.push({
      item: 'experienceAdopted',
      occurredOn: dayIn(rand, year),
      level: 'COUNTY',
      contributors,
      note: '经验做法被区委简报采用',
    });
    points += 1 / contributors;
  }
  return { entries, points };
}

export const cultureBureauYear: YearGenerator = (ctx, member, rand) => {
  const votes = votesFor(
    rand,
    ['GOOD', 'FAIR', 'POOR'],
    ctx.voters,
    member.tail ? 0.2 + rand() * 0.3 : 0.75 + rand() * 0.25,
  );
  const review = reviewScore(ctx.doc, votes);
  const contribution = member.tail ? { entries: [], points: 0 } : contributions(rand, ctx.year);
  const entries: EntryDraft[] = [...contribution.entries];
  // total = (80 − deductions) + 0.2 × review + contributions
  const deductions = tenths(clamp(80 + 0.2 * review + contribution.points - member.target, 0, 80));
  // 学习培训 40, 遵规守纪 20, 新风正气 20 (only the low scorers lose there): each takes a share within its full score.
  const [study, discipline, integrity] = shareAmong(rand, deductions, [400, 200, member.tail ? 200 : 0]);
  const on = () => dayIn(rand, ctx.year);
  // Absences (2) and late or early (1).
  for (let left = study; left > 0;) {
    const absence = left >= 20 && chance(rand, 0.6);
    entries.push({ item: absence ? 'absence' : 'lateOrEarly', occurredOn: on() });
    left -= absence ? 20 : 10;
  }
  // Late dues (2), then late tasks (酌情, at most 5 a time).
  let left = discipline;
  while (left >= 20 && chance(rand, 0.6)) {
    entries.push({ item: 'lateDues', occurredOn: on() });
    left -= 20;
  }
  for (; left > 0; left -= Math.min(left, 50))
    entries.push({ item: 'taskLate', occurredOn: on(), points: Math.min(left, 50) / 10 });
  for (let rest = integrity; rest > 0; rest -= Math.min(rest, 100))
    entries.push({ item: 'integrityLapse', occurredOn: on(), points: Math.min(rest, 100) / 10 });
  return { entries, votes };
};

export const cultureBureauDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: 'branchHonour',
  occurredOn: dayIn(rand, { start: from, end: to }),
  note: pick(rand, CONTRIBUTION_NOTES),
});
