import { ImportProblem, RawRow } from './import-types';

export type ImportField =
  | 'memberNo'
  | 'name'
  | 'item'
  | 'date'
  | 'quantity'
  | 'level'
  | 'leading'
  | 'contributors'
  | 'points'
  | 'matter'
  | 'note';

export interface ImportColumn {
  field: ImportField;
  header: string;
  required: boolean;
}

/** The columns an import file may have, in the template's order. */
export const IMPORT_COLUMN_DEFS: readonly ImportColumn[] = [
  { field: 'memberNo', header: '党员编号', required: true },
  { field: 'name', header: '姓名', required: true },
  { field: 'item', header: '项目', required: true },
  { field: 'date', header: '日期', required: true },
  { field: 'quantity', header: '数量', required: false },
  { field: 'level', header: '级别', required: false },
  { field: 'leading', header: '牵头', required: false },
  { field: 'contributors', header: '参与单位数', required: false },
  { field: 'points', header: '分值', required: false },
  { field: 'matter', header: '事项', required: false },
  { field: 'note', header: '说明', required: false },
];

/** The header row a template file has, in order. */
export const IMPORT_COLUMNS: readonly string[] = IMPORT_COLUMN_DEFS.map((c) => c.header);

/** The header of a field. */
export function headerOf(field: ImportField): string {
  return IMPORT_COLUMN_DEFS.find((c) => c.field === field)!.header;
}

/** Where each field's column is (0-based), from the header row. */
export type ColumnMap = Partial<Record<ImportField, number>>;

/** Matches the header row's cells to the known columns; any problem is on row 1. */
export function mapHeader(header: RawRow): { columns: ColumnMap; problems: ImportProblem[] } {
  const columns: ColumnMap = {};
  const problems: ImportProblem[] = [];
  const add = (column: string | null, message: string) => problems.push({ row: header.rowNumber, column, message });
  header.cells.forEach((cell, index) => {
    const text = cell.trim();
    if (!text) return;
    const def = IMPORT_COLUMN_DEFS.find((c) => c.header === text);
    if (!def) add(text, `无法识别的列“${text}”（第 ${index + 1} 列），可用的列：${IMPORT_COLUMNS.join('、')}`);
    else if (columns[def.field] !== undefined) add(text, `“${text}”列出现了不止一次`);
    else columns[def.field] = index;
  });
  for (const def of IMPORT_COLUMN_DEFS) {
    if (def.required && columns[def.field] === undefined) add(def.header, `缺少“${def.header}”列`);
  }
  return { columns, problems };
}
