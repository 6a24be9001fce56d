import type { RuleRow, RuleTable } from './rule-tables';

/** How a row of the submitted document differs from the same row (same key) of the document it is compared with. */
export type RowMark = { status: 'added' } | { status: 'changed'; before: Record<string, string> };

export interface TableDiff {
  /** Marks of the submitted document's rows that differ; rows without a mark are as before. */
  marks: Map<string, RowMark>;
  /** Rows of the earlier document that the submitted one no longer has. */
  removed: RuleRow[];
}

export interface RuleDiff {
  tables: Map<string, TableDiff>;
  /** One line a difference, in table order: 积分项目“…”：分值 每次 1 分 → 每次 2 分. */
  lines: string[];
}

/**
 * The differences of the submitted document's tables from the earlier ones (the template it came from, or the version
 * it revises): rows compared by key, cells by their text, so that what differs is what a reader would see differ.
 */
export function diffRuleTables(current: RuleTable[], base: RuleTable[]): RuleDiff {
  const tables = new Map<string, TableDiff>();
  const lines: string[] = [];
  const baseByKey = new Map(base.map((t) => [t.key, t]));
  const keys = [
    ...current.map((t) => t.key),
    ...base.map((t) => t.key).filter((k) => !current.some((t) => t.key === k)),
  ];
  for (const key of keys) {
    const now = current.find((t) => t.key === key);
    const before = baseByKey.get(key);
    const table = now ?? before!;
    const title = (name: string) => `${table.title}“${name}”`;
    const beforeRows = new Map((before?.rows ?? []).map((r) => [r.key, r]));
    const diff: TableDiff = { marks: new Map(), removed: [] };
    for (const row of now?.rows ?? []) {
      const old = beforeRows.get(row.key);
      if (!old) {
        diff.marks.set(row.key, { status: 'added' });
        lines.push(`新增${title(row.cells.label ?? '')}`);
        continue;
      }
      const changed = table.columns.filter((c) => (row.cells[c.key] ?? '') !== (old.cells[c.key] ?? ''));
      if (changed.length === 0) continue;
      diff.marks.set(row.key, { status: 'changed', before: old.cells });
      const what = changed.map((c) => `${c.title} ${old.cells[c.key] ?? '—'} → ${row.cells[c.key] ?? '—'}`);
      lines.push(`${title(row.cells.label ?? '')}：${what.join('；')}`);
    }
    const nowKeys = new Set((now?.rows ?? []).map((r) => r.key));
    for (const row of before?.rows ?? []) {
      if (nowKeys.has(row.key)) continue;
      diff.removed.push(row);
      lines.push(`删除${title(row.cells.label ?? '')}`);
    }
    if (diff.marks.size || diff.removed.length) tables.set(key, diff);
  }
  return { tables, lines };
}
