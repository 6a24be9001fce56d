import { Parser } from 'csv-parse';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { IMPORT_LIMITS, ImportLimits, ImportStop, RowCollector } from './import-limits';
import { ReadResult } from './import-types';

const NOT_UTF8 =
  '文件不是 UTF-8 编码，无法读取中文：请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”，或直接导入 xlsx 文件';

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  CSV_INVALID_CLOSING_QUOTE: '引号后面紧跟了其他字符',
  CSV_MAX_RECORD_SIZE: '一行的内容过长',
};

/** How much of the file the parser gets at a time; between slices the event loop runs (other requests, timers). */
const SLICE_BYTES = 64 * 1024;

async function* slices(content: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += SLICE_BYTES) {
    yield content.subarray(at, at + SLICE_BYTES);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Reads a UTF-8 CSV (with or without a BOM) into text cells, row numbers as a spreadsheet shows them, blank rows
 * dropped. Parsed as a stream, a slice at a time: a line is bounded by the parser's record size and reading stops
 * at the first row past a limit, so memory never grows with the file.
 */
export async function readCsv(content: Buffer, limits: ImportLimits = IMPORT_LIMITS): Promise<ReadResult> {
  if (!isUtf8(content)) return { problem: { row: 0, column: null, message: NOT_UTF8 } };
  const parser = new Parser({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // A record's characters (every cell and separator of one line): the cell limit times a generous width.
    max_record_size: limits.maxCellChars * 16,
  });
  const collector = new RowCollector(limits);
  const source = Readable.from(slices(content));
  let line = 0;
  try {
    source.pipe(parser);
    for await (const record of parser as AsyncIterable<string[]>) collector.add(++line, record);
  } catch (error) {
    if (error instanceof ImportStop) return { problem: error.problem };
    const e = error as { code?: string; records?: number };
    const row = typeof e.records === 'number' ? e.records + 1 : 0;
    const why = (e.code && CSV_ERRORS[e.code]) || '格式有误';
    return { problem: { row, column: null, message: `无法读取 CSV 文件：第 ${row} 行附近${why}，请检查后重新导出` } };
  } finally {
    source.destroy();
    parser.destroy();
  }
  return { rows: collector.rows };
}
