import { Component, Item, RuleDocument } from './rule-document.types';
import type { RuleProblem } from './rule-problem';

/** What the JSON Schema cannot say: unique codes, references, bands in order, one decimal place. */
export function checkRuleSemantics(doc: RuleDocument): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  oneDecimal(doc.fullScore, '$.fullScore', add);
  if (doc.totalCap !== undefined) oneDecimal(doc.totalCap, '$.totalCap', add);
  doc.cycle.periods.forEach((kind, i) => {
    if (kind === 'YEAR') add(`$.cycle.periods[${i}]`, '年度总是计分，不必列出');
  });

  const componentCodes = new Set<string>();
  const itemCodes = new Map<string, string>();
  doc.components.forEach((component, c) => {
    const at = `$.components[${c}]`;
    if (componentCodes.has(component.code)) add(`${at}.code`, `积分构成代码“${component.code}”重复`);
    componentCodes.add(component.code);
    checkComponent(doc, component, at, add);
    const sections = component.sections ?? [];
    const sectionCodes = new Set<string>();
    sections.forEach((section, s) => {
      if (sectionCodes.has(section.code)) add(`${at}.sections[${s}].code`, `分项代码“${section.code}”重复`);
      sectionCodes.add(section.code);
      oneDecimal(section.max, `${at}.sections[${s}].max`, add);
      section.items.forEach((item, i) => checkItem(item, `${at}.sections[${s}].items[${i}]`, itemCodes, add));
    });
    (component.items ?? []).forEach((item, i) => checkItem(item, `${at}.items[${i}]`, itemCodes, add));
  });

  if (doc.components.filter((c) => c.kind === 'REVIEW').length > 1)
    add('$.components', '民主评议（REVIEW）最多一项：票数只有一套');

  const conditionCodes = new Set<string>();
  [
    ...doc.vetoes.map((v, i) => [v.code, `$.vetoes[${i}].code`]),
    ...doc.directGrades.map((d, i) => [d.code, `$.directGrades[${i}].code`]),
  ].forEach(([code, path]) => {
    if (conditionCodes.has(code)) add(path, `条件代码“${code}”重复`);
    conditionCodes.add(code);
  });

  const bandCodes = new Set<string>();
  doc.grading.bands.forEach((band, b) => {
    if (bandCodes.has(band.code)) add(`$.grading.bands[${b}].code`, `等次代码“${band.code}”重复`);
    bandCodes.add(band.code);
    oneDecimal(band.min, `$.grading.bands[${b}].min`, add);
    const previous = doc.grading.bands[b - 1];
    if (previous && band.min >= previous.min)
      add(
        `$.grading.bands[${b}].min`,
        `等次应从高到低排列：“${band.name}”的分数线应低于“${previous.name}”的 ${previous.min}`,
      );
  });
  doc.grading.bands.forEach((band, b) => {
    const at = `$.grading.bands[${b}]`;
    const last = b === doc.grading.bands.length - 1;
    if (band.share !== undefined && band.bySelection) add(at, '按比例（share）和由大会选定（bySelection）只能选一种');
    if ((band.share !== undefined || band.bySelection || band.needsStarFloors) && last)
      add(at, '最低一个等次不能附加条件：未达到条件的要落入下一个等次');
    if (band.needsStarFloors && !doc.starRating)
      add(`${at}.needsStarFloors`, '方案未设评星定级（starRating），没有共性分起点');
  });
  const lowest = doc.grading.bands[doc.grading.bands.length - 1];
  if (lowest && lowest.min !== 0)
    add(`$.grading.bands[${doc.grading.bands.length - 1}].min`, '最低一个等次的分数线应为 0，使每个分数都有等次');
  doc.directGrades.forEach((d, i) => {
    if (!bandCodes.has(d.grade)) add(`$.directGrades[${i}].grade`, `没有代码为“${d.grade}”的等次`);
  });
  doc.consequences.forEach((consequence, i) => {
    const when = consequence.when;
    (when.grades ?? []).forEach((g, j) => {
      if (!bandCodes.has(g)) add(`$.consequences[${i}].when.grades[${j}]`, `没有代码为“${g}”的等次`);
    });
    if (when.below !== undefined) oneDecimal(when.below, `$.consequences[${i}].when.below`, add);
    if (when.consecutive !== undefined && !when.grades)
      add(`$.consequences[${i}].when.consecutive`, '连续若干期的条件需要同时写明等次（grades）');
    if (when.memberKinds && !when.grades && when.below === undefined)
      add(`$.consequences[${i}].when`, '只写党员类别不够：还要写明等次（grades）或分数线（below）');
  });
  doc.eligibilities.forEach((e, i) => {
    if (e.minTotal !== undefined) oneDecimal(e.minTotal, `$.eligibilities[${i}].minTotal`, add);
    if (e.topShare !== undefined && e.topRank !== undefined)
      add(`$.eligibilities[${i}]`, '排名条件只能选一种：前百分之几（topShare）或前几名（topRank）');
  });
  doc.awards.forEach((award, i) => {
    const component = doc.components.find((c) => c.code === award.component);
    if (!component) add(`$.awards[${i}].component`, `没有代码为“${award.component}”的积分构成`);
    else if (component.kind === 'REVIEW')
      add(`$.awards[${i}].component`, '评比依据应为加分类的积分构成，不能是民主评议');
  });
  if (doc.starRating) {
    const star = doc.starRating;
    star.baseComponents.forEach((code, i) => {
      if (!componentCodes.has(code)) add(`$.starRating.baseComponents[${i}]`, `没有代码为“${code}”的积分构成`);
    });
    oneDecimal(star.baseFloor, '$.starRating.baseFloor', add);
    oneDecimal(star.totalFloor, '$.starRating.totalFloor', add);
    star.levels.forEach((level, i) => {
      const previous = star.levels[i - 1];
      if (previous && level.stars >= previous.stars)
        add(`$.starRating.levels[${i}].stars`, '星级应从高到低排列，且不重复');
    });
    if (star.levels.reduce((sum, l) => sum + Math.round(l.share * 10000), 0) > 10000)
      add('$.starRating.levels', '各星级比例之和不能超过 100%');
  }
  return problems;
}

type Add = (path: string, message: string) => void;

function checkComponent(doc: RuleDocument, component: Component, at: string, add: Add): void {
  const { kind } = component;
  const hasEntries = (component.items?.length ?? 0) + (component.sections?.length ?? 0) > 0;
  if (component.max !== undefined) oneDecimal(component.max, `${at}.max`, add);
  if (component.weight !== undefined) atMostDecimals(component.weight, 4, `${at}.weight`, add);
  if (kind === 'EARNED' || kind === 'DEDUCTED') {
    if (component.max === undefined)
      add(`${at}.max`, kind === 'DEDUCTED' ? '倒扣类积分要写明满分（max）' : '累加类积分要写明上限（max）');
    if (!hasEntries) add(`${at}.items`, '要至少列出一个计分项目');
  }
  if ((kind === 'BONUS' || kind === 'PENALTY') && component.max !== undefined)
    add(`${at}.max`, '加分、扣分类不设满分；要封顶请用 cap');
  if (kind !== 'BONUS' && kind !== 'PENALTY' && component.cap)
    add(`${at}.cap`, '只有加分、扣分类可以设 cap；其他类请用 max');
  if ((kind === 'BONUS' || kind === 'PENALTY') && !hasEntries) add(`${at}.items`, '要至少列出一个加分或扣分项目');
  if (component.cap?.points !== undefined) oneDecimal(component.cap.points, `${at}.cap.points`, add);
  if (component.yearCap !== undefined) {
    oneDecimal(component.yearCap, `${at}.yearCap`, add);
    if (doc.cycle.scoredPer === 'YEAR') add(`${at}.yearCap`, '按年计分的方案直接用 cap 或 max 封顶，不需要 yearCap');
    else if (kind !== 'BONUS')
      add(
        `${at}.yearCap`,
        '全年上限（yearCap）只用于加分类（如奖励分全年最多 10 分）；其他类的满分按每个计分单位写在 max 或 cap',
      );
    else if ((component.weight ?? 1) !== 1) add(`${at}.weight`, '设了全年上限（yearCap）的加分按原分计入，权重应为 1');
    // Each unit's total stops at 0 and at the cap: the year could not tell how much of the budget really counted.
    else if (doc.components.some((c) => c.kind === 'PENALTY') || doc.totalCap !== undefined)
      add(`${at}.yearCap`, '有全年上限（yearCap）的方案，扣分请写在倒扣类构成之内，且不设总分封顶（totalCap）');
  }
  if (component.floor !== undefined && kind !== 'DEDUCTED')
    add(`${at}.floor`, '只有倒扣类（DEDUCTED）才设“扣完为止”的范围（floor）');
  else if (component.floor === 'CYCLE') checkCycleFloor(doc, component, at, add);
  if (kind === 'REVIEW') {
    if (!component.review) add(`${at}.review`, '民主评议要写明各等次及其分值（review）');
    if (hasEntries) add(`${at}.items`, '民主评议按票数计分，不列计分项目');
    if (component.review && component.max !== undefined) {
      const top = Math.max(...component.review.levels.map((l) => l.weight)) * component.review.multiplier;
      if (Math.abs(top - component.max) > 1e-6)
        add(
          `${at}.max`,
          `民主评议的满分由最高等次分值 × multiplier 决定（现为 ${Number(top.toFixed(4))}），max 应与之相等或不写`,
        );
    }
    const codes = new Set<string>();
    component.review?.levels.forEach((level, i) => {
      if (codes.has(level.code)) add(`${at}.review.levels[${i}].code`, `评议等次代码“${level.code}”重复`);
      codes.add(level.code);
      atMostDecimals(level.weight, 4, `${at}.review.levels[${i}].weight`, add);
    });
  } else if (component.review) {
    add(`${at}.review`, '只有民主评议（REVIEW）才写 review');
  }
  if (component.sections && component.sections.length > 0 && component.max !== undefined) {
    const sum = component.sections.reduce((total, s) => total + Math.round(s.max * 10), 0);
    const max = Math.round(component.max * 10);
    if (kind === 'DEDUCTED' && sum !== max)
      add(`${at}.sections`, `各分项满分之和（${sum / 10}）应等于本项满分 ${component.max}`);
    if (kind === 'EARNED' && sum < max)
      add(`${at}.sections`, `各分项上限之和（${sum / 10}）小于本项上限 ${component.max}，本项永远拿不满`);
  }
  if (component.sections && component.sections.length > 0 && kind !== 'EARNED' && kind !== 'DEDUCTED')
    add(`${at}.sections`, '只有累加类和倒扣类可以分项');
}

/**
 * A cycle floor lets a unit's figure go below 0 (its deductions use base credited in earlier units): the figures only
 * add up when nothing else floors or caps a unit's total and the component counts at its own value.
 */
function checkCycleFloor(doc: RuleDocument, component: Component, at: string, add: Add): void {
  if ((component.sections?.length ?? 0) > 0)
    add(`${at}.sections`, '按整个周期扣完为止（floor: CYCLE）的倒扣项不分项：全周期的扣分从一个总额中扣除');
  if ((component.weight ?? 1) !== 1)
    add(`${at}.weight`, '按整个周期扣完为止（floor: CYCLE）的倒扣项按原分计入，权重应为 1');
  if (doc.components.some((c) => c.kind === 'PENALTY') || doc.totalCap !== undefined)
    add(
      `${at}.floor`,
      '按整个周期扣完为止（floor: CYCLE）的方案，扣分请写在倒扣类构成之内，且不设总分封顶（totalCap）：否则各计分单位之和不等于全年',
    );
}

function checkItem(item: Item, at: string, itemCodes: Map<string, string>, add: Add): void {
  const first = itemCodes.get(item.code);
  if (first) add(`${at}.code`, `项目代码“${item.code}”与 ${first} 重复；每个项目的代码在整个方案中唯一`);
  else itemCodes.set(item.code, at);
  const p = item.points;
  if (p.mode === 'BY_LEVEL')
    Object.entries(p.values).forEach(([level, value]) =>
      oneDecimal(value as number, `${at}.points.values.${level}`, add),
    );
  else
    oneDecimal(
      p.mode === 'DISCRETIONARY' ? p.max : p.value,
      `${at}.points.${p.mode === 'DISCRETIONARY' ? 'max' : 'value'}`,
      add,
    );
  if (item.cap?.points !== undefined) oneDecimal(item.cap.points, `${at}.cap.points`, add);
  if (item.highestPerMatter && p.mode !== 'BY_LEVEL')
    add(`${at}.highestPerMatter`, '“同一事项只计最高级别”只适用于按级别计分（BY_LEVEL）的项目');
  if (item.leadingMultiplier !== undefined) atMostDecimals(item.leadingMultiplier, 1, `${at}.leadingMultiplier`, add);
}

function oneDecimal(value: number, path: string, add: Add): void {
  atMostDecimals(value, 1, path, add);
}

function atMostDecimals(value: number, decimals: number, path: string, add: Add): void {
  const scaled = value * 10 ** decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6)
    add(path, decimals === 1 ? `分值最多一位小数（现为 ${value}）` : `最多 ${decimals} 位小数（现为 ${value}）`);
}
