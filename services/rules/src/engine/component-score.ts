import { Component, RuleDocument } from '../document/rule-document.types';
import { EntryFact } from './facts';
import { ItemOutcome, scoreItem, Step } from './item-score';
import { divideRound, factor, show, showFactor, sum, Tenths, times, toTenths } from './tenths';

interface SectionOutcome {
  code: string;
  label: string;
  max: Tenths;
  score: Tenths;
  items: ItemOutcome[];
}

export interface ComponentOutcome {
  code: string;
  label: string;
  kind: Component['kind'];
  group: string | null;
  /** The component's own score (penalties as a positive amount). */
  score: Tenths;
  weight: number;
  /** What it adds to the total: score × weight, negative for a penalty. */
  contribution: Tenths;
  sections: SectionOutcome[];
  items: ItemOutcome[];
  /** REVIEW: no votes yet. */
  pending: boolean;
  /** A DEDUCTED component whose floor is the cycle's (floor: CYCLE): its pool after this unit. */
  pool?: Pool;
}

/** A cycle's pool for a deducted component (floor: CYCLE): what the units so far credited and deducted. */
export interface Pool {
  credited: Tenths;
  deducted: Tenths;
}

function itemsOf(entries: readonly EntryFact[], code: string): EntryFact[] {
  return entries.filter((e) => e.item === code);
}

/** Scores one component over the entries of one unit (already limited to the unit's window). */
export function scoreComponent(
  doc: RuleDocument,
  component: Component,
  entries: readonly EntryFact[],
  votes: Record<string, number> | undefined,
  steps: Step[],
  poolBefore: Pool = { credited: 0, deducted: 0 },
): ComponentOutcome {
  const name = component.label;
  const sections: SectionOutcome[] = (component.sections ?? []).map((section) => {
    const rule = `${name} › ${section.label}`;
    const items = section.items.map((item) =>
      scoreItem(item, itemsOf(entries, item.code), `${rule} › ${item.label}`, steps),
    );
    const total = sum(items.map((i) => i.points));
    const max = toTenths(section.max);
    const score = component.kind === 'DEDUCTED' ? Math.max(0, max - total) : Math.min(max, total);
    if (total > 0) {
      steps.push({
        rule,
        text:
          component.kind === 'DEDUCTED'
            ? `满分 ${section.max}，扣 ${show(total)} 分${total > max ? '，扣完为止' : ''}，得 ${show(score)} 分`
            : `得 ${show(total)} 分${total > max ? `，超过上限 ${section.max} 分，按 ${section.max} 分计` : ''}`,
        entryIds: items.flatMap((i) => i.counted),
      });
    }
    return { code: section.code, label: section.label, max, score, items };
  });
  const items = (component.items ?? []).map((item) =>
    scoreItem(item, itemsOf(entries, item.code), `${name} › ${item.label}`, steps),
  );
  const own = sum(items.map((i) => i.points));
  const entryIds = [...sections.flatMap((s) => s.items.flatMap((i) => i.counted)), ...items.flatMap((i) => i.counted)];
  const max = component.max !== undefined ? toTenths(component.max) : 0;
  let score: Tenths;
  let pending = false;
  let pool: Pool | undefined;
  switch (component.kind) {
    case 'EARNED': {
      const earned = sum(sections.map((s) => s.score)) + own;
      score = Math.min(max, earned);
      steps.push({
        rule: name,
        text: `累计得 ${show(earned)} 分${earned > max ? `，超过上限 ${component.max} 分，按 ${component.max} 分计` : `（上限 ${component.max} 分）`}`,
        entryIds,
      });
      break;
    }
    case 'DEDUCTED': {
      if (component.floor === 'CYCLE') {
        pool = { credited: poolBefore.credited + max, deducted: poolBefore.deducted + own };
        score = drawDown(component, poolBefore, pool, own, entryIds, steps);
        break;
      }
      const base = sections.length > 0 ? sum(sections.map((s) => s.score)) : max;
      score = Math.max(0, base - own);
      const from = sections.length > 0 ? `各分项合计 ${show(base)} 分` : `满分 ${component.max} 分`;
      steps.push({
        rule: name,
        text:
          own > 0
            ? `${from}，扣 ${show(own)} 分${own > base ? '，扣完为止' : ''}，得 ${show(score)} 分`
            : `${from}，无扣分，得 ${show(score)} 分`,
        entryIds,
      });
      break;
    }
    case 'BONUS':
    case 'PENALTY': {
      const cap = capOf(doc, component);
      score = cap === null ? own : Math.min(cap, own);
      const verb = component.kind === 'BONUS' ? '加分' : '扣分';
      const capText =
        cap === null
          ? ''
          : own > cap
            ? `，超过上限 ${show(cap)} 分${component.cap?.shareOfFull !== undefined ? `（满分的 ${showFactor(component.cap.shareOfFull * 100)}%）` : ''}，按 ${show(cap)} 分计`
            : '';
      steps.push({ rule: name, text: `${verb}合计 ${show(own)} 分${capText}`, entryIds });
      break;
    }
    case 'REVIEW': {
      const review = component.review!;
      const counts = review.levels.map((level) => ({ level, count: votes?.[level.code] ?? 0 }));
      const total = counts.reduce((a, c) => a + c.count, 0);
      if (total === 0) {
        score = 0;
        pending = true;
        steps.push({ rule: name, text: '尚无民主测评票数，暂计 0 分', entryIds: [] });
      } else {
        // Σ votes × weight ÷ votes × multiplier, exact, then rounded to a tenth.
        const numerator =
          counts.reduce((a, c) => a + BigInt(c.count) * factor(c.level.weight), 0n) * factor(review.multiplier) * 10n;
        score = divideRound(numerator, BigInt(total) * 10000n * 10000n);
        const formula = counts.map((c) => `${c.level.label} ${c.count} 票 × ${showFactor(c.level.weight)}`).join(' + ');
        steps.push({
          rule: name,
          text: `（${formula}）÷ ${total} 票${review.multiplier !== 1 ? ` × ${showFactor(review.multiplier)}` : ''} = ${show(score)} 分`,
          entryIds: [],
        });
      }
      break;
    }
  }
  const weight = component.weight ?? 1;
  const weighted = weight === 1 ? score : times(score, weight);
  if (weight !== 1)
    steps.push({
      rule: name,
      text: `${show(score)} 分 × 权重 ${showFactor(weight)} = ${show(weighted)} 分，计入总分`,
      entryIds: [],
    });
  return {
    code: component.code,
    label: component.label,
    kind: component.kind,
    group: component.group ?? null,
    score,
    weight,
    contribution: component.kind === 'PENALTY' && weighted !== 0 ? -weighted : weighted,
    sections,
    items,
    pending,
    ...(pool ? { pool } : {}),
  };
}

/**
 * A unit of a deducted component whose floor is the cycle's: the unit credits its full score and takes its deductions
 * from the cycle's running figure, which stops at 0 (扣完为止) but keeps what was deducted beyond it, so the pool is
 * used up exactly when the cycle's deductions reach its full score. The unit's figure is how much the running figure
 * moved: below 0 when its deductions use what earlier units credited.
 */
function drawDown(component: Component, before: Pool, after: Pool, own: Tenths, entryIds: string[], steps: Step[]) {
  const runningBefore = Math.max(0, before.credited - before.deducted);
  const running = Math.max(0, after.credited - after.deducted);
  const score = running - runningBefore;
  const unit = own > 0 ? `本期计入 ${component.max} 分，扣 ${show(own)} 分` : `本期计入 ${component.max} 分，无扣分`;
  const cycle = `本周期累计计入 ${show(after.credited)} 分、累计扣 ${show(after.deducted)} 分${after.deducted > after.credited ? '，扣完为止' : ''}，累计余 ${show(running)} 分`;
  const change = score < 0 ? `本期计 ${show(score)} 分（扣分用去此前计入的分值）` : `本期计 ${show(score)} 分`;
  steps.push({ rule: component.label, text: `${unit}；${cycle}；${change}`, entryIds });
  return score;
}

/** The component with a new score (a cap applied later): its contribution follows, weighted and signed. */
export function withScore(outcome: ComponentOutcome, score: Tenths): ComponentOutcome {
  const weighted = outcome.weight === 1 ? score : times(score, outcome.weight);
  return { ...outcome, score, contribution: outcome.kind === 'PENALTY' && weighted !== 0 ? -weighted : weighted };
}

export function capOf(doc: RuleDocument, component: Component): Tenths | null {
  if (component.cap?.points !== undefined) return toTenths(component.cap.points);
  if (component.cap?.shareOfFull !== undefined) return times(toTenths(doc.fullScore), component.cap.shareOfFull);
  return null;
}
