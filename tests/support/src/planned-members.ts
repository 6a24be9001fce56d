/**
 * Members of the district star rating (T8 评星定级) as a test plans them: a half-year's 共性分 (60 less
 * shortfalls) and 评星分 (five items of at most 10), and the entries that give exactly those points.
 */
export interface Planned {
  no: string;
  name: string;
  base: number;
  star: number;
}

const ASPECTS = [
  'idealsShortfall',
  'purposeShortfall',
  'disciplineShortfall',
  'workStyleShortfall',
  'lifeStyleShortfall',
  'integrityShortfall',
];
const STAR_ITEMS = ['basicDuties', 'professionalSkill', 'businessStudy', 'zoubangfu', 'volunteerService'];

export const planned = (no: string, name: string, base: number, star: number): Planned => ({ no, name, base, star });

/** The entries that give a member's base and star points: shortfalls of at most 10 per aspect, star items of at most 10. */
export function entriesOf(m: Planned): { item: string; points: number }[] {
  const rows: { item: string; points: number }[] = [];
  let shortfall = 60 - m.base;
  for (const item of ASPECTS) {
    if (shortfall <= 0) break;
    const points = Math.min(10, shortfall);
    rows.push({ item, points });
    shortfall -= points;
  }
  let star = m.star;
  for (const item of STAR_ITEMS) {
    if (star <= 0) break;
    const points = Math.min(10, star);
    rows.push({ item, points });
    star -= points;
  }
  return rows;
}
