import { IMPORT_LIMITS, ImportLimits, ImportStop, RowCollector } from './import-limits';
import { ReadResult } from './import-types';
import { readSharedStrings, readSheetRows } from './xlsx-sheet';
import { readWorkbookInfo } from './xlsx-workbook';
import { XlsxParts } from './xlsx-zip';

const CORRUPT = '无法读取文件：文件已损坏或不是 Excel 工作簿，请确认是 xlsx 格式（旧版 xls 请先另存为 xlsx）';

/**
 * Reads the first worksheet of an xlsx file into text cells, with the sheet's own row numbers (blank rows left
 * out). The zip's parts are inflated and parsed as streams under the import limits: the sheet first, then only
 * the shared strings its rows use, so what is kept is bounded by the row limit, not by the file.
 */
export async function readXlsx(content: Buffer, limits: ImportLimits = IMPORT_LIMITS): Promise<ReadResult> {
  let parts: XlsxParts | null = null;
  try {
    parts = await XlsxParts.open(content, limits);
    const info = await readWorkbookInfo(parts);
    if (!info) return { problem: { row: 0, column: null, message: '文件中没有工作表' } };
    const sheetRows = await readSheetRows(parts, info, limits);
    const needed = new Map<number, { row: number; column: number }>();
    for (const row of sheetRows) {
      row.cells.forEach((c, at) => {
        if (typeof c === 'object' && !needed.has(c.shared))
          needed.set(c.shared, { row: row.rowNumber, column: at + 1 });
      });
    }
    const strings = await readSharedStrings(parts, info.sharedStringsPart, needed, limits);
    const collector = new RowCollector(limits);
    for (const row of sheetRows) {
      collector.add(
        row.rowNumber,
        Array.from(row.cells, (c) =>
          c === undefined ? '' : typeof c === 'string' ? c : (strings.get(c.shared) ?? ''),
        ),
      );
    }
    return { rows: collector.rows };
  } catch (error) {
    if (error instanceof ImportStop) return { problem: error.problem };
    return { problem: { row: 0, column: null, message: CORRUPT } };
  } finally {
    parts?.close();
  }
}
