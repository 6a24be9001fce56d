// T8 评星定级: each half-year 共性分 60 (six aspects the committee deducts from) + 评星分 40 (five items, each at most 10).
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

const ASPECTS = [
  'idealsShortfall',
  'purposeShortfall',
  'disciplineShortfall',
  'workStyleShortfall',
  'lifeStyleShortfall',
  'integrityShortfall',
];
const STAR_ITEMS = ['basicDuties', 'professionalSkill', 'businessStudy', 'zoubangfu', 'volunteerService'];
const STAR_NOTES = [
  '按时参加主题党日并作交流发言',
  '完成支部分配的联系群众任务',
  '参加业务培训并通过考核',
  '走访联系户，帮助解决实际困难',
  '参加社区志愿服务活动',
  '在岗位上带头攻坚',
];

/** How much 共性分 an ordinary member loses in a half-year, in points. */
const USUAL_SHORTFALL: Weighted<Range> = [
  [[0, 0], 55],
  [[0.5, 2], 25],
  [[2, 5], 15],
  [[5, 9], 5],
];

export const districtStarRatingYear: YearGenerator = (ctx, member, rand) => {
  const entries: EntryDraft[] = [];
  for (const half of periodsOf(ctx, 'H')) {
    const total = clamp(member.target + wobble(rand, 2.5), 5, 100);
    let base: number;
    if (member.tail) base = randInt(rand, 400, 490) / 10;
    else {
      const [lo, hi] = pickWeighted(rand, USUAL_SHORTFALL);
      base = 60 - Math.round((lo + rand() * (hi - lo)) * 10) / 10;
    }
    base = Math.max(base, total - 40);
    const star = clamp(total - base, 0, 40);
    // 共性分: the shortfall spread over as few aspects as it needs (each at most 10), one or two entries each.
    const shortfall = tenths(60 - base);
    const aspects =
      shortfall === 0 ? [] : shuffled(rand, ASPECTS).slice(0, Math.max(Math.ceil(shortfall / 80), randInt(rand, 1, 2)));
    const byAspect = shareAmong(
      rand,
      shortfall,
      aspects.map(() => 100),
    );
    aspects.forEach((item, i) =>
      entries.push(
        ...discretionary(rand, item, byAspect[i], randInt(rand, 1, 2), 10, (n) => spreadDays(rand, half, n)),
      ),
    );
    // 评星分: declared month by month, the entries spread over the items.
    const starTenths = tenths(star);
    const byItem = shareAmong(
      rand,
      starTenths,
      STAR_ITEMS.map(() => 100),
    );
    const wanted = Math.max(STAR_ITEMS.length, Math.round(ctx.grain * 0.55) - aspects.length);
    STAR_ITEMS.forEach((item, i) => {
      const count = Math.max(1, Math.round((wanted * byItem[i]) / Math.max(1, starTenths)));
      entries.push(
        ...discretionary(rand, item, byItem[i], count, 10, (n) => spreadDays(rand, half, n)).map((e) =>
          withNote(rand, e),
        ),
      );
    });
  }
  return { entries, votes: null };
};

const withNote = (rand: Rand, entry: EntryDraft): EntryDraft =>
  chance(rand, 0.3) ? { ...entry, note: pick(rand, STAR_NOTES) } : entry;

export const districtStarRatingDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: pick(rand, STAR_ITEMS),
  occurredOn: dayIn(rand, { start: from, end: to }),
  points: randInt(rand, 5, 30) / 10,
  note: pick(rand, STAR_NOTES),
});
