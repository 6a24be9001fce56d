import { periodKindLabels } from '../../../lib/periods';
import type { ItemPoints, RuleComponent, RuleDocument, RuleItem } from './rule-document';
import { itemsOf } from './rule-document';
import {
  componentKindLabels,
  floorScopeLabels,
  HONOUR_LEVELS,
  honourLevelLabels,
  memberKindLabels,
  perPeriodLabels,
} from './rule-labels';

/** A rule document as readable tables: each row a stable key (for comparing two documents) and its cells in Chinese. */
export interface RuleRow {
  key: string;
  cells: Record<string, string>;
}

export interface RuleTable {
  key: string;
  title: string;
  /** `width`: a column of short values keeps this many pixels; the first takes the rest. */
  columns: { key: string; title: string; width?: number }[];
  rows: RuleRow[];
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
const deducts = (kind: RuleComponent['kind']) => kind === 'DEDUCTED' || kind === 'PENALTY';

/** An item's points as a person reads them: 每次 2 分, 每篇扣 1 分, 国家级 10 分、省级 8 分, 酌情，每次至多 4 分. */
export function pointsText(points: ItemPoints, deduct = false): string {
  const verb = deduct ? '扣' : '';
  switch (points.mode) {
    case 'PER_OCCURRENCE':
      return `每次${verb} ${points.value} 分`;
    case 'PER_QUANTITY':
      return `每${points.unit}${verb} ${points.value} 分`;
    case 'BY_LEVEL':
      return HONOUR_LEVELS.filter((level) => points.values[level] !== undefined)
        .map((level) => `${honourLevelLabels[level]}${verb} ${points.values[level]} 分`)
        .join('、');
    case 'DISCRETIONARY':
      return `酌情${deduct ? '扣分' : '打分'}，每次至多 ${points.max} 分`;
  }
}

/** An item's cap per scoring unit: 每年最多计 12 次、12 分; `—` for none. */
export function capText(cap: RuleItem['cap'], per: RuleDocument['cycle']['scoredPer']): string {
  const parts = [
    cap?.count !== undefined ? `${cap.count} 次` : null,
    cap?.points !== undefined ? `${cap.points} 分` : null,
  ].filter(Boolean);
  return parts.length ? `${perPeriodLabels[per]}最多计 ${parts.join('、')}` : '—';
}

function itemNotes(item: RuleItem): string {
  const notes = [
    item.highestPerMatter ? '同一事项只计最高级别' : null,
    item.sharedAmongContributors ? '参与者平分' : null,
    item.leadingMultiplier ? `起带头、组织作用的 ×${item.leadingMultiplier}（仍在上限内）` : null,
  ].filter(Boolean);
  return notes.length ? notes.join('；') : '—';
}

function componentScore(c: RuleComponent, doc: RuleDocument): string {
  const per = perPeriodLabels[doc.cycle.scoredPer];
  const parts: string[] = [];
  if (c.kind === 'DEDUCTED' && c.max !== undefined) parts.push(`基础分 ${c.max} 分`);
  else if (c.kind === 'REVIEW' && c.review)
    parts.push(
      `票数×权重÷总票数×${c.review.multiplier}（${c.review.levels.map((l) => `${l.label} ${l.weight}`).join('、')}）`,
    );
  else if (c.max !== undefined) parts.push(`${per}最多 ${c.max} 分`);
  if (c.cap?.points !== undefined) parts.push(`${per}最多${deducts(c.kind) ? '扣' : ''} ${c.cap.points} 分`);
  if (c.cap?.shareOfFull !== undefined)
    parts.push(`${per}最多为满分的 ${pct(c.cap.shareOfFull)}（${(c.cap.shareOfFull * doc.fullScore).toFixed(0)} 分）`);
  if (c.yearCap !== undefined) parts.push(`全年最多 ${c.yearCap} 分`);
  return parts.length ? parts.join('；') : '不设上限';
}

function generalRows(doc: RuleDocument): RuleRow[] {
  const { cycle, grading } = doc;
  const rows: [string, string, string][] = [
    ['name', '名称', doc.name],
    ['fullScore', '满分', `${doc.fullScore} 分`],
    ['cycle', '积分周期', `每年 ${cycle.start.month} 月 ${cycle.start.day} 日起为一个周期`],
    [
      'unit',
      '计分单位',
      `${periodKindLabels[cycle.scoredPer]}${cycle.scoredPer === 'YEAR' ? '' : `；全年为各${periodKindLabels[cycle.scoredPer]}${cycle.combineUnits === 'SUM' ? '之和' : '的平均'}`}`,
    ],
    ['periods', '核定公示', ['年度', ...cycle.periods.map((p) => periodKindLabels[p])].join('、')],
    ['publicity', '公示天数', `${doc.workflow.publicityDays} 天`],
    ['totalCap', '总分上限', doc.totalCap !== undefined ? `${doc.totalCap} 分` : '不设'],
    [
      'grading',
      '评定等次',
      `按${periodKindLabels[grading.per]}评定；评定对象：${grading.gradedKinds.map((k) => memberKindLabels[k] ?? k).join('、')}`,
    ],
  ];
  return rows.map(([key, label, value]) => ({ key: `general:${key}`, cells: { label, value } }));
}

function componentRows(doc: RuleDocument): RuleRow[] {
  return doc.components.flatMap((c) => [
    {
      key: `component:${c.code}`,
      cells: {
        label: c.label,
        kind: componentKindLabels[c.kind],
        score: componentScore(c, doc),
        weight: String(c.weight ?? 1),
        floor:
          c.kind === 'DEDUCTED' ? floorScopeLabels[c.floor ?? 'UNIT'] : c.kind === 'PENALTY' ? '总分不低于 0 分' : '—',
        group: c.group ?? '—',
      },
    },
    ...(c.sections ?? []).map((s) => ({
      key: `section:${s.code}`,
      cells: {
        label: `${c.label} · ${s.label}`,
        kind: '分项',
        score: `${c.kind === 'DEDUCTED' ? '基础分' : '最多'} ${s.max} 分`,
        weight: '—',
        floor: c.kind === 'DEDUCTED' ? '本分项扣完为止' : '—',
        group: c.group ?? '—',
      },
    })),
  ]);
}

function itemRows(doc: RuleDocument): RuleRow[] {
  return itemsOf(doc).map(({ item, component, section }) => ({
    key: `item:${item.code}`,
    cells: {
      label: item.label,
      part: section ? `${component.label} · ${section.label}` : component.label,
      points: pointsText(item.points, deducts(component.kind)),
      cap: capText(item.cap, doc.cycle.scoredPer),
      notes: itemNotes(item),
    },
  }));
}

function gradeName(doc: RuleDocument, code: string): string {
  return doc.grading.bands.find((b) => b.code === code)?.name ?? code;
}

function bandRows(doc: RuleDocument): RuleRow[] {
  const bands = doc.grading.bands;
  return bands.map((b, i) => ({
    key: `band:${b.code}`,
    cells: {
      label: b.name,
      min: b.min === 0 && i > 0 ? `低于 ${bands[i - 1]!.min} 分` : `${b.min} 分及以上`,
      terms:
        [
          b.share !== undefined ? `且在支部排名前 ${pct(b.share)}` : null,
          b.bySelection ? '在达到者中由党员大会评定' : null,
          b.needsStarFloors ? '且达到评星起点' : null,
        ]
          .filter(Boolean)
          .join('；') || '—',
    },
  }));
}

function conditionRows(doc: RuleDocument): RuleRow[] {
  return [
    ...doc.vetoes.map((v) => ({ key: `veto:${v.code}`, cells: { label: v.label, outcome: '一票否决：总分为 0' } })),
    ...doc.directGrades.map((d) => ({
      key: `direct:${d.code}`,
      cells: { label: d.label, outcome: `直接认定为“${gradeName(doc, d.grade)}”` },
    })),
  ];
}

function consequenceRows(doc: RuleDocument): RuleRow[] {
  const seen = new Map<string, number>();
  return doc.consequences.map((c) => {
    const n = (seen.get(c.code) ?? 0) + 1;
    seen.set(c.code, n);
    const { grades, below, memberKinds, consecutive } = c.when;
    const when = [
      grades?.length ? `等次为${grades.map((g) => `“${gradeName(doc, g)}”`).join('或')}` : null,
      below !== undefined ? `总分低于 ${below} 分` : null,
      memberKinds?.length ? `人员为${memberKinds.map((k) => memberKindLabels[k] ?? k).join('或')}` : null,
      consecutive ? `连续 ${consecutive} 个评定期` : null,
    ].filter(Boolean);
    return { key: `consequence:${c.code}:${n}`, cells: { label: c.label, when: when.join('，') || '—' } };
  });
}

function eligibilityRows(doc: RuleDocument): RuleRow[] {
  return doc.eligibilities.map((e) => ({
    key: `eligibility:${e.code}`,
    cells: {
      label: e.label,
      terms:
        [
          e.minTotal !== undefined ? `总分 ${e.minTotal} 分及以上` : null,
          e.topShare !== undefined ? `支部排名前 ${pct(e.topShare)}` : null,
          e.topRank !== undefined ? `支部排名前 ${e.topRank} 名` : null,
          e.yuanPerPoint !== undefined ? `每分兑现不高于 ${e.yuanPerPoint} 元` : null,
        ]
          .filter(Boolean)
          .join('；') || '—',
    },
  }));
}

function starRows(doc: RuleDocument): RuleRow[] {
  const star = doc.starRating;
  if (!star) return [];
  const labelOf = (code: string) => doc.components.find((c) => c.code === code)?.label ?? code;
  const rows: [string, string, string][] = [
    ['base', '共性分', star.baseComponents.map(labelOf).join(' + ')],
    ['baseFloor', '共性分起点', `${star.baseFloor} 分（低于此分不评星）`],
    ['totalFloor', '总分起点', `${star.totalFloor} 分`],
    ['levels', '星级比例（参考）', star.levels.map((l) => `${l.stars} 星 ${pct(l.share)}`).join('、')],
  ];
  return rows.map(([key, label, value]) => ({ key: `star:${key}`, cells: { label, value } }));
}

function awardRows(doc: RuleDocument): RuleRow[] {
  const labelOf = (code: string) => doc.components.find((c) => c.code === code)?.label ?? code;
  return doc.awards.map((a) => ({
    key: `award:${a.code}`,
    cells: { label: a.label, terms: `${perPeriodLabels[a.per]}“${labelOf(a.component)}”得分最高者` },
  }));
}

const col = (key: string, title: string, width?: number) => ({ key, title, ...(width ? { width } : {}) });

/** The document's tables in reading order; a table with no rows is left out. */
export function ruleTables(doc: RuleDocument): RuleTable[] {
  const tables: RuleTable[] = [
    { key: 'general', title: '总则', columns: [col('label', '事项'), col('value', '规定')], rows: generalRows(doc) },
    {
      key: 'components',
      title: '积分构成',
      columns: [
        col('label', '构成'),
        col('kind', '计分方式', 150),
        col('score', '分值与上限', 280),
        col('weight', '权重', 70),
        col('floor', '扣分底线', 220),
        col('group', '分组', 120),
      ],
      rows: componentRows(doc),
    },
    {
      key: 'items',
      title: '积分项目',
      columns: [
        col('label', '项目'),
        col('part', '所属', 170),
        col('points', '分值', 200),
        col('cap', '上限', 180),
        col('notes', '说明', 230),
      ],
      rows: itemRows(doc),
    },
    {
      key: 'bands',
      title: '等次',
      columns: [col('label', '等次'), col('min', '分数线'), col('terms', '另需')],
      rows: bandRows(doc),
    },
    {
      key: 'conditions',
      title: '一票否决与直接认定',
      columns: [col('label', '情形'), col('outcome', '结果')],
      rows: conditionRows(doc),
    },
    {
      key: 'consequences',
      title: '结果运用',
      columns: [col('label', '措施'), col('when', '条件')],
      rows: consequenceRows(doc),
    },
    {
      key: 'eligibilities',
      title: '评先评优与兑现',
      columns: [col('label', '资格'), col('terms', '条件')],
      rows: eligibilityRows(doc),
    },
    { key: 'star', title: '评星起点', columns: [col('label', '事项'), col('value', '规定')], rows: starRows(doc) },
    { key: 'awards', title: '评比', columns: [col('label', '称号'), col('terms', '评比办法')], rows: awardRows(doc) },
  ];
  return tables.filter((t) => t.rows.length > 0);
}
