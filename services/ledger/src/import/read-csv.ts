import { parse } from 'csv-parse/sync';
import { RawRow, ReadResult } from './import-types';

const NOT_UTF8 = '文件不是 UTF-8 编码，无法读取中文：请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”，或直接导入 xlsx 文件';

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  CSV_INVALID_CLOSING_QUOTE: '引号后面紧跟了其他字符',
};

/** Reads a UTF-8 CSV (with or without a BOM) into text cells; row numbers as a spreadsheet shows them. */
export function readCsv(content: Buffer): ReadResult {
  // TextDecoder drops a leading BOM (Excel writes one) and turns undecodable bytes into U+FFFD.
  const text = new TextDecoder('utf-8').decode(content);
  if (text.includes('\uFFFD')) return { problem: { row: 0, column: null, message: NOT_UTF8 } };
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as { code?: string; records?: number };
    const row = typeof e.records === 'number' ? e.records + 1 : 0;
    const why = (e.code && CSV_ERRORS[e.code]) || '格式有误';
    return { problem: { row, column: null, message: `无法读取 CSV 文件：第 ${row} 行附近${why}，请检查后重新导出` } };
  }
  const rows: RawRow[] = records.map((cells, i) => ({ rowNumber: i + 1, cells }));
  return { rows };
}
