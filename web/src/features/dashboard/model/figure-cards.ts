import { NodeFigures, starOf } from './node-figures';

export interface FigureCard {
  /** Stable key (the browser tests find a card by it). */
  key: string;
  title: string;
  value: string;
  tone?: 'warn' | 'good';
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));
const rated = (f: NodeFigures, pick: (r: NonNullable<NodeFigures['rating']>) => number) =>
  f.rating ? String(pick(f.rating)) : '—';

/** The figure cards of a node, in the order the dashboard shows them. */
export function figureCardsOf(f: NodeFigures): FigureCard[] {
  return [
    { key: 'membersScored', title: '计分党员', value: num(f.membersScored) },
    { key: 'membersExempt', title: '不纳入积分管理', value: num(f.membersExempt) },
    { key: 'mean', title: '平均分', value: num(f.mean) },
    { key: 'median', title: '中位数', value: num(f.median) },
    ...f.grades.map((g) => ({ key: `grade-${g.code}`, title: `等次：${g.name}`, value: String(g.count) })),
    ...[5, 4, 3].map((stars) => {
      const s = starOf(f, stars);
      return {
        key: `stars-${stars}`,
        title: `${stars}星 获评/名额`,
        value: s ? `${s.taken} / ${s.places}` : '—',
        tone: 'good' as const,
      };
    }),
    { key: 'warningsOpen', title: '双预警未结', value: rated(f, (r) => r.warnings.open), tone: 'warn' },
    { key: 'warningsOverdue', title: '其中逾期', value: rated(f, (r) => r.warnings.overdue), tone: 'warn' },
    { key: 'warningsEscalated', title: '转入处置', value: rated(f, (r) => r.warnings.escalated), tone: 'warn' },
    { key: 'pendingReviews', title: '待初评申报', value: num(f.pendingReviews) },
    { key: 'openObjections', title: '未结异议', value: num(f.openObjections) },
    { key: 'runningWindows', title: '公示中', value: num(f.runningWindows) },
  ];
}
