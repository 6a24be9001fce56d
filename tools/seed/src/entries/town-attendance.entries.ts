// T7 XX镇: 基础分值 60 earned by attending the branch's meetings, 激励分值 40 from the 十个一 (each at most 4), a negative list.
import { Period } from '@jifen/rules';
import { chance, clamp, pick, pickWeighted, randInt, shuffled, tenths, type Rand } from '../seed-random';
import {
  BranchCalendar,
  DeclarationGenerator,
  dayIn,
  discretionary,
  EntryDraft,
  periodsOf,
  shareAmong,
  spreadDays,
  YearContext,
  YearGenerator,
} from './entry-kit';

const TEN_ONES = [
  'revolutionaryEducation',
  'theoryEssay',
  'councilMeeting',
  'redHomeVisit',
  'volunteerTeam',
  'partyHistoryQuiz',
  'pairedAssistance',
  'governanceProject',
  'unitKeyWork',
  'superiorHonour',
];
const NEGATIVE = ['gambling', 'rumours', 'defyingRegulations'];
const VALUE: Record<string, number> = {
  dues: 1,
  activityDay: 1,
  partyLecture: 3,
  assembly: 3,
  orgLifeMeeting: 3,
  democraticReview: 3,
  commitment: 3,
};

/** Days within a period's last month, from day `lo` to day `hi`. */
function lateIn(rand: Rand, period: Period, lo: number, hi: number): string {
  const month = period.end.slice(0, 8);
  return `${month}${String(randInt(rand, lo, hi)).padStart(2, '0')}`;
}

/** The branch's meetings in the cycle: dues and 主题党日 monthly, 党课 and 党员大会 quarterly, 组织生活会 half-yearly, 民主评议 and 承诺 once. */
export function townAttendanceCalendar(ctx: YearContext, rand: Rand): BranchCalendar {
  const months = periodsOf(ctx, 'M');
  const quarters = periodsOf(ctx, 'Q');
  const meetings = new Map<string, string[]>([
    ['dues', months.map((m) => `${m.start.slice(0, 8)}0${randInt(rand, 3, 9)}`)],
    ['activityDay', months.map((m) => `${m.start.slice(0, 8)}${randInt(rand, 10, 20)}`)],
    ['partyLecture', quarters.map((q) => dayIn(rand, q))],
    ['assembly', quarters.map((q) => lateIn(rand, q, 18, 28))],
    ['orgLifeMeeting', periodsOf(ctx, 'H').map((h) => lateIn(rand, h, 5, 25))],
    ['democraticReview', [lateIn(rand, ctx.year, 5, 20)]],
    ['commitment', [`${months[2].start.slice(0, 8)}${randInt(rand, 10, 25)}`]],
  ]);
  return { meetings };
}

/** How many meetings an ordinary member missed in the year. */
const USUAL_MISSES = [
  [0, 45],
  [1, 25],
  [2, 15],
  [3, 10],
  [4, 5],
] as const;

export const townAttendanceYear: YearGenerator = (ctx, member, rand) => {
  const events = [...ctx.calendar.meetings].flatMap(([item, days]) => days.map((day) => ({ item, day })));
  const missed = new Set<number>();
  let base = 60;
  if (member.tail) {
    const floor = randInt(rand, 30, 45);
    for (const i of shuffled(
      rand,
      events.map((_, k) => k),
    )) {
      if (base <= floor) break;
      missed.add(i);
      base -= VALUE[events[i].item];
    }
  } else {
    const misses = pickWeighted(rand, USUAL_MISSES);
    const monthly = events.map((e, k) => (VALUE[e.item] === 1 ? k : -1)).filter((k) => k >= 0);
    const others = events.map((e, k) => (VALUE[e.item] > 1 ? k : -1)).filter((k) => k >= 0);
    while (missed.size < misses) {
      const i = chance(rand, 0.8) ? pick(rand, monthly) : pick(rand, others);
      if (!missed.has(i)) {
        missed.add(i);
        base -= VALUE[events[i].item];
      }
    }
  }
  const entries: EntryDraft[] = events
    .filter((_, k) => !missed.has(k))
    .map((e) => ({ item: e.item, occurredOn: e.day }));
  const negatives = member.tail && chance(rand, 0.4) ? 1 : 0;
  for (let i = 0; i < negatives; i++)
    entries.push({ item: pick(rand, NEGATIVE), occurredOn: dayIn(rand, ctx.year), note: '经核实' });
  const incentive = tenths(clamp(member.target - base + negatives * 5, 0, 40));
  const items = shuffled(rand, TEN_ONES).slice(0, clamp(Math.ceil(incentive / 32), incentive > 0 ? 1 : 0, 10));
  const shares = shareAmong(
    rand,
    incentive,
    items.map(() => 40),
  );
  items.forEach((item, i) => {
    for (const entry of discretionary(rand, item, shares[i], randInt(rand, 1, 2), 4, (n) =>
      spreadDays(rand, ctx.year, n),
    ))
      entries.push(leadingOrNot(rand, entry));
  });
  return { entries, votes: null };
};

/** Leading or organising doubles the points: some entries are declared at half with `leading`. */
function leadingOrNot(rand: Rand, entry: EntryDraft): EntryDraft {
  const t = tenths(entry.points ?? 0);
  if (t % 2 !== 0 || t < 2 || !chance(rand, 0.15)) return entry;
  return { ...entry, points: t / 20, leading: true };
}

export const townAttendanceDeclaration: DeclarationGenerator = (rand, from, to) => ({
  item: pick(rand, TEN_ONES),
  occurredOn: dayIn(rand, { start: from, end: to }),
  points: randInt(rand, 10, 30) / 10,
});
