import { Item } from '../document/rule-document.types';
import { EntryFact } from './facts';
import { dividedBy, show, showFactor, sum, Tenths, times, toTenths } from './tenths';
import { LEVEL_NAMES } from './choices';

export interface Step {
  /** The rule applied, by its Chinese label (e.g. “日常考核积分 › 无故缺勤”). */
  rule: string;
  text: string;
  entryIds: string[];
}

export interface ItemOutcome {
  code: string;
  label: string;
  points: Tenths;
  counted: string[];
  excluded: { entryId: string; reason: string }[];
}

function levelName(level: string): string {
  return LEVEL_NAMES[level] ?? level;
}

/** The points one entry earns under an item, before the item's caps. */
export function entryPoints(item: Item, entry: EntryFact): { points: Tenths; how: string } {
  const p = item.points;
  let points: Tenths;
  let how: string;
  switch (p.mode) {
    case 'PER_OCCURRENCE':
      points = toTenths(p.value);
      how = `每次 ${p.value} 分`;
      break;
    case 'PER_QUANTITY':
      points = times(toTenths(p.value), entry.quantity ?? 0);
      how = `${entry.quantity}${p.unit} × ${p.value} 分`;
      break;
    case 'BY_LEVEL':
      points = toTenths(p.values[entry.level!] ?? 0);
      how = `${levelName(entry.level!)} ${show(points)} 分`;
      break;
    case 'DISCRETIONARY':
      points = toTenths(entry.points ?? 0);
      how = `支部酌定 ${show(points)} 分`;
      break;
  }
  if (item.leadingMultiplier && entry.leading) {
    points = times(points, item.leadingMultiplier);
    how += `，起带头、组织作用 × ${showFactor(item.leadingMultiplier)}`;
  }
  if (item.sharedAmongContributors && (entry.contributors ?? 1) > 1) {
    points = dividedBy(points, entry.contributors!);
    how += `，${entry.contributors} 个单位平分`;
  }
  return { points, how: `${how}，计 ${show(points)} 分` };
}

/**
 * Scores one item's entries in a unit: each entry's points, then only the highest per matter, then the
 * count cap (earliest entries first), then the points cap.
 */
export function scoreItem(item: Item, entries: readonly EntryFact[], rule: string, steps: Step[]): ItemOutcome {
  const ordered = [...entries].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  const scored = ordered.map((entry) => ({ entry, ...entryPoints(item, entry) }));
  const excluded: { entryId: string; reason: string }[] = [];
  let kept = scored;
  if (item.highestPerMatter) {
    const best = new Map<string, (typeof scored)[number]>();
    for (const s of scored) {
      const matter = s.entry.matter?.trim() || s.entry.id;
      const current = best.get(matter);
      if (!current || s.points > current.points) best.set(matter, s);
    }
    const winners = new Set([...best.values()]);
    for (const s of scored)
      if (!winners.has(s)) excluded.push({ entryId: s.entry.id, reason: `同一事项（${s.entry.matter}）只计最高级别` });
    kept = scored.filter((s) => winners.has(s));
  }
  if (item.cap?.count !== undefined && kept.length > item.cap.count) {
    // The highest entries count (the earliest among equals): a further entry never lowers what counts.
    const best = new Set(
      [...kept]
        .sort(
          (a, b) =>
            b.points - a.points ||
            (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.entry.id < b.entry.id ? -1 : 1),
        )
        .slice(0, item.cap.count),
    );
    for (const s of kept)
      if (!best.has(s))
        excluded.push({ entryId: s.entry.id, reason: `每期最多计 ${item.cap.count} 次，只计分值最高的` });
    kept = kept.filter((s) => best.has(s));
  }
  for (const s of kept) steps.push({ rule, text: s.how, entryIds: [s.entry.id] });
  for (const e of excluded) steps.push({ rule, text: `不计：${e.reason}`, entryIds: [e.entryId] });
  let points = sum(kept.map((s) => s.points));
  if (item.cap?.points !== undefined && points > toTenths(item.cap.points)) {
    steps.push({
      rule,
      text: `合计 ${show(points)} 分，超过本项上限 ${item.cap.points} 分，按 ${item.cap.points} 分计`,
      entryIds: kept.map((s) => s.entry.id),
    });
    points = toTenths(item.cap.points);
  }
  return { code: item.code, label: item.label, points, counted: kept.map((s) => s.entry.id), excluded };
}
