import {
  Condition,
  HONOUR_LEVELS,
  HonourLevel,
  Item,
  MEMBER_KINDS,
  MemberKind,
  RuleDocument,
} from '../document/rule-document.types';
import { isDay, parsePeriodKey } from '../periods/periods';
import { choiceList, gradeChoices, itemChoiceList, gradeCodeOf, KIND_NAMES, LEVEL_NAMES } from './choices';

/** One accepted entry as the engine needs it; the ledger nets out reversed entries before scoring. */
export interface EntryFact {
  id: string;
  /** The item's code in the rule document. */
  item: string;
  /** The day it happened. */
  date: string;
  quantity?: number;
  level?: HonourLevel;
  /** Points the committee set, for a discretionary item. */
  points?: number;
  leading?: boolean;
  contributors?: number;
  /** Entries naming the same matter count once at the highest level, where the item says so. */
  matter?: string;
}

export interface ConditionFact {
  code: string;
  date: string;
  note?: string;
}

export interface ScoreFacts {
  /** The period scored, e.g. `2024`, `2024-H1`, `2024-Q3`, `2024-M05` (counted from the cycle's start). */
  period: string;
  /** The evaluation date: nothing after it counts. */
  asOf: string;
  memberKind: MemberKind;
  entries: EntryFact[];
  /** Democratic review vote counts by the review's level code. */
  votes?: Record<string, number>;
  conditions?: ConditionFact[];
  exemption?: { from: string; until?: string | null; reason: string; manualTotal?: number | null } | null;
  /** The member's grades in earlier graded periods, oldest first (for “two years running”). */
  previousGrades?: string[];
  /**
   * The member's place among the branch's ranked members, for eligibilities and bands by rank: competition ranking
   * (1, 2, 2, 4), `tied` the members sharing the position (this one included; 1 when unset).
   */
  rank?: RankFact | null;
}

export interface RankFact {
  position: number;
  of: number;
  tied?: number | null;
}

export interface FactProblem {
  path: string;
  message: string;
}

/** The entries dated within [from, to]. */
export function entriesIn(facts: ScoreFacts, from: string, to: string): EntryFact[] {
  return facts.entries.filter((e) => e.date >= from && e.date <= to);
}

/** The earliest recorded condition within [from, to] that one of `rules` names (a veto, a direct grade). */
export function firstCondition<R extends Condition>(
  facts: ScoreFacts,
  rules: readonly R[],
  from: string,
  to: string,
): { rule: R; date: string } | null {
  let first: { rule: R; date: string } | null = null;
  for (const condition of facts.conditions ?? []) {
    const rule = rules.find((r) => r.code === condition.code);
    if (rule && condition.date >= from && condition.date <= to && (!first || condition.date < first.date))
      first = { rule, date: condition.date };
  }
  return first;
}

const oneDecimal = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6;

/** Lists every problem with the facts against the document; empty when they can be scored. */
export function checkFacts(doc: RuleDocument, facts: ScoreFacts): FactProblem[] {
  const problems: FactProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const period = parsePeriodKey(doc.cycle, facts.period);
  if (!period) add('period', `“${facts.period}”不是有效的期间：应写作 2024、2024-H1、2024-Q3 或 2024-M05`);
  if (!isDay(facts.asOf)) add('asOf', '评价日期应为有效日期，格式 YYYY-MM-DD');
  else if (period && facts.asOf < period.start) add('asOf', `评价日期 ${facts.asOf} 早于该期开始日 ${period.start}`);
  if (!MEMBER_KINDS.includes(facts.memberKind))
    add('memberKind', `党员类别只能是：${choiceList(MEMBER_KINDS.map((k) => ({ code: k, label: KIND_NAMES[k] })))}`);

  const items = new Map<string, Item>();
  for (const component of doc.components) {
    for (const item of [...(component.items ?? []), ...(component.sections ?? []).flatMap((s) => s.items)])
      items.set(item.code, item);
  }
  const ids = new Set<string>();
  facts.entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    if (!entry.id) add(`${at}.id`, '记录要有编号');
    else if (ids.has(entry.id)) add(`${at}.id`, `记录编号“${entry.id}”重复`);
    ids.add(entry.id);
    if (!isDay(entry.date)) add(`${at}.date`, '发生日期应为有效日期，格式 YYYY-MM-DD');
    const item = items.get(entry.item);
    if (!item) {
      add(`${at}.item`, `本方案没有代码为“${entry.item}”的项目，本方案的项目有：${itemChoiceList(items.values())}`);
      return;
    }
    checkEntry(item, entry, at, add);
  });

  const review = doc.components.find((c) => c.kind === 'REVIEW');
  for (const [code, count] of Object.entries(facts.votes ?? {})) {
    if (!review?.review?.levels.some((l) => l.code === code))
      add(
        `votes.${code}`,
        review
          ? `民主评议没有“${code}”这一等次，只有：${choiceList(review.review!.levels)}`
          : '本方案没有民主评议，不需要票数',
      );
    else if (!Number.isInteger(count) || count < 0) add(`votes.${code}`, '票数应为不小于 0 的整数');
  }
  const conditions = new Set([...doc.vetoes, ...doc.directGrades].map((c) => c.code));
  (facts.conditions ?? []).forEach((c, i) => {
    if (!conditions.has(c.code))
      add(
        `conditions[${i}].code`,
        conditions.size > 0
          ? `本方案没有代码为“${c.code}”的否决或直接认定条件，只有：${choiceList([...doc.vetoes, ...doc.directGrades])}`
          : `本方案没有否决或直接认定条件（“${c.code}”）`,
      );
    if (!isDay(c.date)) add(`conditions[${i}].date`, '日期应为有效日期，格式 YYYY-MM-DD');
  });
  const exemption = facts.exemption;
  if (exemption) {
    if (!isDay(exemption.from)) add('exemption.from', '开始日期应为有效日期，格式 YYYY-MM-DD');
    if (exemption.until && (!isDay(exemption.until) || exemption.until < exemption.from))
      add('exemption.until', '结束日期应为有效日期，且不早于开始日期');
    if (!exemption.reason?.trim()) add('exemption.reason', '要写明不纳入积分管理的原因');
    const manual = exemption.manualTotal;
    if (manual !== undefined && manual !== null && (manual < 0 || manual > doc.fullScore * 2 || !oneDecimal(manual)))
      add('exemption.manualTotal', '手工评定的年度积分应不小于 0，最多一位小数');
  }
  (facts.previousGrades ?? []).forEach((g, i) => {
    if (gradeCodeOf(doc, g) === null)
      add(`previousGrades[${i}]`, `本方案没有“${g}”这一等次；可填等次代码或名称：${choiceList(gradeChoices(doc))}`);
  });
  if (
    facts.rank &&
    (!Number.isInteger(facts.rank.position) ||
      !Number.isInteger(facts.rank.of) ||
      facts.rank.position < 1 ||
      facts.rank.position > facts.rank.of)
  ) {
    add('rank', '排名应为 1 到总人数之间的整数');
  } else if (
    facts.rank?.tied !== undefined &&
    facts.rank.tied !== null &&
    (!Number.isInteger(facts.rank.tied) ||
      facts.rank.tied < 1 ||
      facts.rank.position + facts.rank.tied - 1 > facts.rank.of)
  ) {
    add('rank.tied', '并列人数应为不小于 1 的整数，且并列者的名次不超过总人数');
  }
  return problems;
}

const levelChoices = (levels: readonly string[]) =>
  choiceList(levels.map((l) => ({ code: l, label: LEVEL_NAMES[l] ?? l })));

function checkEntry(item: Item, entry: EntryFact, at: string, add: (path: string, message: string) => void): void {
  const p = item.points;
  if (
    p.mode === 'PER_QUANTITY' &&
    !(typeof entry.quantity === 'number' && entry.quantity > 0 && oneDecimal(entry.quantity))
  ) {
    add(`${at}.quantity`, `“${item.label}”按${p.unit}计分，要填写数量（大于 0，最多一位小数）`);
  }
  if (p.mode === 'BY_LEVEL') {
    if (!entry.level || !HONOUR_LEVELS.includes(entry.level))
      add(`${at}.level`, `“${item.label}”按级别计分，要填写级别：${levelChoices(Object.keys(p.values))}`);
    else if (p.values[entry.level] === undefined)
      add(
        `${at}.level`,
        `“${item.label}”不计 ${entry.level}（${LEVEL_NAMES[entry.level]}），只计：${levelChoices(Object.keys(p.values))}`,
      );
  }
  if (
    p.mode === 'DISCRETIONARY' &&
    !(typeof entry.points === 'number' && entry.points > 0 && entry.points <= p.max && oneDecimal(entry.points))
  ) {
    add(`${at}.points`, `“${item.label}”由支部酌情定分，要填写分值：大于 0，不超过 ${p.max}，最多一位小数`);
  }
  if (p.mode !== 'DISCRETIONARY' && entry.points !== undefined && entry.points !== null)
    add(`${at}.points`, `“${item.label}”的分值由规则确定，不能填写`);
  if (
    item.sharedAmongContributors &&
    entry.contributors !== undefined &&
    !(Number.isInteger(entry.contributors) && entry.contributors >= 1 && entry.contributors <= 100)
  ) {
    add(`${at}.contributors`, '参与单位（人）数应为 1 到 100 的整数');
  }
}
