import { ImportProblem, RawRow } from './import-types';

/**
 * What one import file may hold. Each limit is checked while the file is read, so a file past any of them is
 * refused before memory grows with it: a million-row CSV stops at row 1,002, a zip bomb at its part's cap.
 */
export interface ImportLimits {
  /** Non-blank rows after the header (the most entries one write takes). */
  maxDataRows: number;
  /** Characters in one cell (a note may have 500; a cell past this is not a register entry). */
  maxCellChars: number;
  /** Columns of one row (the template has 11). */
  maxColumns: number;
  /** Inflated bytes of any one part of an xlsx (a sheet, the shared strings, the styles), counted while inflating. */
  maxPartBytes: number;
  /** Files inside an xlsx (a workbook of one sheet has about a dozen). */
  maxZipEntries: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxDataRows: 1000,
  maxCellChars: 2000,
  maxColumns: 100,
  maxPartBytes: 8 * 1024 * 1024,
  maxZipEntries: 1000,
};

/** Thrown inside a reader to stop reading with the problem the person is told. */
export class ImportStop extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

export const tooManyRows = (limits: ImportLimits, rowNumber: number): ImportProblem => ({
  row: 1,
  column: null,
  message: `数据超过一次最多导入的 ${limits.maxDataRows} 行（第 ${rowNumber} 行已是第 ${limits.maxDataRows + 1} 行数据），请分成几个文件导入`,
});

export const cellTooLong = (limits: ImportLimits, rowNumber: number, column: number): ImportProblem => ({
  row: rowNumber,
  column: null,
  message: `第 ${column} 列的内容超过 ${limits.maxCellChars} 个字，不像一条积分记录，请检查是否粘贴了多余内容`,
});

export const tooManyColumns = (limits: ImportLimits, rowNumber: number): ImportProblem => ({
  row: rowNumber,
  column: null,
  message: `这一行超过 ${limits.maxColumns} 列，请删除表格右侧多余的列后再导入`,
});

/**
 * Keeps the rows a reader finds: blank rows are dropped as they come (only their numbers matter), and the
 * (maxDataRows + 2)-th non-blank row stops reading, so what is kept never exceeds the header and the limit.
 */
export class RowCollector {
  readonly rows: RawRow[] = [];

  constructor(private readonly limits: ImportLimits) {}

  add(rowNumber: number, cells: string[]): void {
    if (cells.length > this.limits.maxColumns && cells.slice(this.limits.maxColumns).some((c) => c && c.trim())) {
      throw new ImportStop(tooManyColumns(this.limits, rowNumber));
    }
    const at = cells.findIndex((c) => c !== undefined && c.length > this.limits.maxCellChars);
    if (at >= 0) throw new ImportStop(cellTooLong(this.limits, rowNumber, at + 1));
    if (cells.every((c) => !c || !c.trim())) return;
    if (this.rows.length > this.limits.maxDataRows) throw new ImportStop(tooManyRows(this.limits, rowNumber));
    this.rows.push({
      rowNumber,
      cells: cells.length > this.limits.maxColumns ? cells.slice(0, this.limits.maxColumns) : cells,
    });
  }
}
