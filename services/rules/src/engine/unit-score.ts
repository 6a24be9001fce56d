import { RuleDocument } from '../document/rule-document.types';
import { minDay, Period, PERIOD_NAMES, periodContaining, periodLabel, periodsWithin } from '../periods/periods';
import { capOf, ComponentOutcome, Pool, scoreComponent, withScore } from './component-score';
import { entriesIn, firstCondition, ScoreFacts } from './facts';
import { Step } from './item-score';
import { dividedBy, show, sum, Tenths, toTenths } from './tenths';

// The scoring units of a period: one unit scored (its components, its total, its veto) with what the cycle's earlier
// units used, and a period longer than the unit made of its units by sum or mean (the whole: evaluate.ts).

/** A unit's or a period's components and total. */
export interface Tally {
  components: ComponentOutcome[];
  total: Tenths;
  /** The sum of contributions before the floor, the total cap and a veto. */
  raw: Tenths;
  veto: { code: string; label: string; date: string } | null;
}

/**
 * What the cycle's earlier units used, by component code: what is left of each `yearCap`, and each cycle pool
 * (a deducted component with `floor: CYCLE`) as credited and deducted so far.
 */
interface CycleState {
  left: Map<string, Tenths>;
  pools: Map<string, Pool>;
}

/** The first veto condition recorded in [from, to], if any. */
export function vetoIn(doc: RuleDocument, facts: ScoreFacts, from: string, to: string): Tally['veto'] {
  const hit = firstCondition(facts, doc.vetoes, from, to);
  return hit && { code: hit.rule.code, label: hit.rule.label, date: hit.date };
}

/**
 * The cycle's state when a unit starts: a `yearCap` (T6: 奖励分全年最多 10 分) is drawn down unit by unit, so a
 * quarter counts only what the earlier quarters of the cycle left; a cycle pool (T6 基础分, floor: CYCLE) carries
 * what the earlier quarters credited and deducted.
 */
export function openingState(doc: RuleDocument, facts: ScoreFacts, unitStart: string): CycleState {
  const state: CycleState = { left: new Map(), pools: new Map() };
  const capped = doc.components.filter((c) => c.yearCap !== undefined);
  const pooled = doc.components.some((c) => c.kind === 'DEDUCTED' && c.floor === 'CYCLE');
  if ((capped.length === 0 && !pooled) || doc.cycle.scoredPer === 'YEAR') return state;
  for (const c of capped) state.left.set(c.code, toTenths(c.yearCap!));
  const year = periodContaining(doc.cycle, 'YEAR', unitStart);
  for (const unit of periodsWithin(doc.cycle, year, doc.cycle.scoredPer).filter((u) => u.end < unitStart)) {
    scoreUnit(doc, facts, unit.start, unit.end, state, []);
  }
  return state;
}

/** One scoring unit: every component, then the total (never below 0, at most the total cap). */
export function scoreUnit(
  doc: RuleDocument,
  facts: ScoreFacts,
  from: string,
  to: string,
  state: CycleState,
  steps: Step[],
): Tally {
  const entries = entriesIn(facts, from, to);
  const components = doc.components.map((c) => {
    const outcome = scoreComponent(doc, c, entries, facts.votes, steps, state.pools.get(c.code));
    if (outcome.pool) state.pools.set(c.code, outcome.pool);
    const left = state.left.get(c.code);
    if (left === undefined) return outcome;
    const allowed = Math.min(outcome.score, left);
    state.left.set(c.code, left - allowed);
    if (allowed === outcome.score) return outcome;
    steps.push({
      rule: c.label,
      text: `全年上限 ${c.yearCap} 分，本期之前已计 ${show(toTenths(c.yearCap!) - left)} 分，本期只计 ${show(allowed)} 分`,
      entryIds: [],
    });
    return withScore(outcome, allowed);
  });
  const raw = sum(components.map((c) => c.contribution));
  const parts = components
    .map((c) => (c.contribution < 0 ? `− ${show(-c.contribution)}` : `+ ${show(c.contribution)}`))
    .join(' ')
    .replace(/^\+ /, '');
  // A cycle pool's unit may be below 0 (it used what earlier units credited): the cycle, not the unit, stops at 0.
  const pooled = components.some((c) => c.pool !== undefined);
  let total = pooled ? raw : Math.max(0, raw);
  let text = `${parts} = ${show(raw)} 分`;
  if (raw < 0 && !pooled) text += '，扣完为止，计 0 分';
  if (doc.totalCap !== undefined && total > toTenths(doc.totalCap)) {
    total = toTenths(doc.totalCap);
    text += `，超过封顶 ${doc.totalCap} 分，按 ${doc.totalCap} 分计`;
  }
  steps.push({ rule: '总分', text, entryIds: [] });
  const veto = vetoIn(doc, facts, from, to);
  return { components, total: veto ? 0 : total, raw, veto };
}

/** A period longer than the scoring unit: each unit that has begun, combined by sum or mean. */
export function combineUnits(
  doc: RuleDocument,
  facts: ScoreFacts,
  period: Period,
  through: string,
  steps: Step[],
): Tally {
  const mean = doc.cycle.combineUnits === 'MEAN';
  const begun = periodsWithin(doc.cycle, period, doc.cycle.scoredPer).filter((u) => u.start <= through);
  // A sum takes what each unit has accrued so far; a mean takes the finished units (or the first, running).
  const finished = begun.filter((u) => u.end <= through);
  const units = mean && finished.length > 0 ? finished : mean ? begun.slice(0, 1) : begun;
  for (const unit of begun.slice(units.length)) {
    steps.push({
      rule: `${periodLabel(period)}总分`,
      text: `${periodLabel(unit)}尚未结束，暂不计入平均`,
      entryIds: [],
    });
  }
  const state = openingState(doc, facts, units[0].start);
  const tallies = units.map((unit) => {
    const before = steps.length;
    const tally = scoreUnit(doc, facts, unit.start, minDay(unit.end, through), state, steps);
    for (const step of steps.slice(before)) step.rule = `${periodLabel(unit)} · ${step.rule}`;
    return tally;
  });
  const combine = (values: Tenths[]) => (mean ? dividedBy(sum(values), units.length) : sum(values));
  const components = doc.components.map((_, i) => {
    const parts = tallies.map((t) => t.components[i]);
    return {
      ...parts[0],
      score: combine(parts.map((p) => p.score)),
      contribution: combine(parts.map((p) => p.contribution)),
      sections: [],
      items: mergeItems(parts, combine),
      pending: parts.some((p) => p.pending),
    };
  });
  const unitTotals = tallies.map((t) => t.total);
  let total = combine(unitTotals);
  // Balancing is only for rounding: not where a unit's floor, total cap or veto changed its total.
  const unbounded = tallies.every((t) => t.total === t.raw);
  if (mean && unbounded) balanceRounding(doc, components, total, steps);
  const how = mean ? `（${unitTotals.map(show).join(' + ')}）÷ ${units.length}` : unitTotals.map(show).join(' + ');
  let text = `${PERIOD_NAMES[doc.cycle.scoredPer]}积分${mean ? '平均' : '相加'}：${how} = ${show(combine(unitTotals))} 分`;
  if (doc.totalCap !== undefined && total > toTenths(doc.totalCap)) {
    total = toTenths(doc.totalCap);
    text += `，超过封顶 ${doc.totalCap} 分，按 ${doc.totalCap} 分计`;
  }
  steps.push({ rule: `${periodLabel(period)}总分`, text: `${text}，得 ${show(total)} 分`, entryIds: [] });
  return { components, total, raw: total, veto: tallies.find((t) => t.veto)?.veto ?? null };
}

/**
 * Means of components rounded one by one may miss the mean of the totals by a few tenths; the largest
 * component takes the difference so that the figures shown add up to the total.
 */
function balanceRounding(doc: RuleDocument, components: ComponentOutcome[], total: Tenths, steps: Step[]): void {
  const difference = total - sum(components.map((c) => c.contribution));
  if (difference === 0 || Math.abs(difference) > components.length) return;
  const candidates = components
    .map((outcome, i) => ({ outcome, i, definition: doc.components[i] }))
    .filter((c) => c.outcome.weight === 1)
    .sort((a, b) => Math.abs(b.outcome.contribution) - Math.abs(a.outcome.contribution));
  for (const { outcome, i, definition } of candidates) {
    const adjusted = withScore(outcome, outcome.score + (outcome.kind === 'PENALTY' ? -difference : difference));
    const bounds = [definition.max, definition.yearCap].filter((b): b is number => b !== undefined).map(toTenths);
    const cap = capOf(doc, definition);
    if (cap !== null) bounds.push(cap);
    if (adjusted.score < 0 || bounds.some((b) => adjusted.score > b)) continue;
    components[i] = { ...outcome, score: adjusted.score, contribution: adjusted.contribution };
    steps.push({
      rule: outcome.label,
      text: `各部分平均数分别四舍五入后与总分相差 ${show(difference)} 分，计入“${outcome.label}”，使各部分之和等于总分`,
      entryIds: [],
    });
    return;
  }
}

/** Each item across the units: its points combined like its component (sum or mean), its entries listed. */
function mergeItems(parts: ComponentOutcome[], combine: (values: Tenths[]) => Tenths): ComponentOutcome['items'] {
  const perUnit = parts.map((p) => [...p.items, ...p.sections.flatMap((s) => s.items)]);
  return perUnit[0].map((first) => {
    const same = perUnit.map((items) => items.find((i) => i.code === first.code)!);
    return {
      ...first,
      points: combine(same.map((i) => i.points)),
      counted: same.flatMap((i) => i.counted),
      excluded: same.flatMap((i) => i.excluded),
    };
  });
}
