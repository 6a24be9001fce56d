import { RuleDocument } from '@jifen/scheme';
import { mapHeader } from './import-columns';
import { checkImportRow, isBlankRow, rosterLookup } from './import-rows';
import { ImportFormat, ImportProblem, ImportResult, ImportRow, RawRow, ReadResult, RosterMember } from './import-types';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export { IMPORT_COLUMNS } from './import-columns';
export { importTemplateXlsx } from './import-template';
export type { ImportFormat, ImportProblem, ImportResult, ImportRow, RosterMember } from './import-types';

export const DEFAULT_MAX_ROWS = 5000;

const fail = (problems: ImportProblem[]): ImportResult => ({ ok: false, problems });

/** Reads and checks an import file; rows are returned only when every row is good. */
export async function parseEntryImport(
  content: Buffer,
  format: ImportFormat,
  doc: RuleDocument,
  roster: RosterMember[],
  today: string,
  options: { maxRows?: number } = {},
): Promise<ImportResult> {
  const read: ReadResult = format === 'CSV' ? readCsv(content) : await readXlsx(content);
  if ('problem' in read) return fail([read.problem]);
  const header: RawRow | undefined = read.rows[0];
  if (!header || header.rowNumber !== 1 || isBlankRow(header)) return fail([{ row: 1, column: null, message: '第 1 行应为表头（党员编号、姓名、项目、日期……），请使用导入模板' }]);

  const { columns, problems } = mapHeader(header);
  const data = read.rows.slice(1).filter((r) => !isBlankRow(r));
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (data.length > maxRows) problems.push({ row: 1, column: null, message: `数据共 ${data.length} 行，超过一次最多导入的 ${maxRows} 行，请分成几个文件导入` });
  if (problems.length > 0) return fail(problems);
  if (data.length === 0) return fail([{ row: 2, column: null, message: '文件中没有数据行：请从第 2 行起每行填写一条记录' }]);

  const context = { doc, columns, roster: rosterLookup(roster), today };
  const rows: ImportRow[] = [];
  const all: ImportProblem[] = [];
  for (const raw of data) {
    const result = checkImportRow(raw, context);
    all.push(...result.problems);
    if (result.row) rows.push(result.row);
  }
  return all.length > 0 ? fail(all) : { ok: true, rows };
}
