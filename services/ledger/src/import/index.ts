import { RuleDocument } from '@jifen/rules';
import { mapHeader } from './import-columns';
import { checkImportRow, isBlankRow, rosterLookup } from './import-rows';
import { IMPORT_LIMITS, ImportLimits } from './import-limits';
import { ImportFormat, ImportProblem, ImportResult, ImportRow, RawRow, ReadResult, RosterMember } from './import-types';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export { IMPORT_COLUMNS } from './import-columns';
export { importTemplateXlsx } from './import-template';
export { importRejected } from './import-rejection';
export { IMPORT_LIMITS } from './import-limits';
export type { ImportLimits } from './import-limits';
export type { ImportFormat, ImportProblem, ImportResult, ImportRow, RosterMember } from './import-types';

const fail = (problems: ImportProblem[]): ImportResult => ({ ok: false, problems });

/**
 * Reads and checks an import file; rows are returned only when every row is good. The file is read as a stream
 * under `limits` (by default IMPORT_LIMITS: 1,000 data rows), so a file past one is refused before it is parsed whole.
 */
export async function parseEntryImport(
  content: Buffer,
  format: ImportFormat,
  doc: RuleDocument,
  roster: RosterMember[],
  today: string,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<ImportResult> {
  const read: ReadResult = format === 'CSV' ? await readCsv(content, limits) : await readXlsx(content, limits);
  if ('problem' in read) return fail([read.problem]);
  const header: RawRow | undefined = read.rows[0];
  if (!header || header.rowNumber !== 1 || isBlankRow(header))
    return fail([{ row: 1, column: null, message: '第 1 行应为表头（党员编号、姓名、项目、日期……），请使用导入模板' }]);

  const { columns, problems } = mapHeader(header);
  // The readers leave blank rows out and stop past the row limit.
  const data = read.rows.slice(1);
  if (problems.length > 0) return fail(problems);
  if (data.length === 0)
    return fail([{ row: 2, column: null, message: '文件中没有数据行：请从第 2 行起每行填写一条记录' }]);

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
