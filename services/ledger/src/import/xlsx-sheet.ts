import { cellTooLong, ImportLimits, ImportStop, tooManyColumns, tooManyRows } from './import-limits';
import { WorkbookInfo } from './xlsx-workbook';
import { XlsxParts, XmlHandler } from './xlsx-zip';

/** A cell as the sheet holds it: its text, or the index of a shared string still to be looked up. */
type SheetCell = string | { shared: number };

/** A row of the sheet before its shared strings are looked up; `cells` by column (0-based), holes for empty cells. */
export interface SheetRow {
  rowNumber: number;
  cells: SheetCell[];
}

/** `AB12` → 28 (1-based), or null. */
function columnOf(reference: string | undefined): number | null {
  const letters = reference ? /^([A-Z]{1,3})\d*$/i.exec(reference)?.[1] : undefined;
  if (!letters) return null;
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** An Excel serial day as YYYY-MM-DD, as exceljs reads a date cell (UTC midnight). */
function serialToDay(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/**
 * Reads the first sheet as a stream, keeping the rows that hold something: dates from date-styled numbers,
 * booleans as 是/否, formulas by their cached result, inline rich text joined. The row after the header and
 * `maxDataRows` data rows, a cell past `maxCellChars` or a filled column past `maxColumns` stops reading.
 */
export async function readSheetRows(parts: XlsxParts, info: WorkbookInfo, limits: ImportLimits): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let lastRow = 0;
  let filled = false;
  let cell: { column: number; type: string; style: number; text: string; hasValue: boolean } | null = null;
  let lastColumn = 0;
  let collecting = false;
  let phonetic = 0;

  const finishCell = () => {
    if (!row || !cell || !cell.hasValue) return;
    const { column, type, style, text } = cell;
    let value: SheetCell;
    if (type === 's') value = { shared: Number(text) };
    else if (type === 'b') value = text.trim() === '1' || text.trim() === 'true' ? '是' : '否';
    else if (type === 'str' || type === 'inlineStr' || type === 'e') value = text;
    else if (type === 'd')
      value = Number.isNaN(Date.parse(text)) ? '' : new Date(Date.parse(text)).toISOString().slice(0, 10);
    else {
      const number = parseFloat(text);
      value = Number.isNaN(number) ? '' : info.dateStyles[style] ? serialToDay(number, info.date1904) : String(number);
    }
    if (value === '') return;
    if (column > limits.maxColumns) throw new ImportStop(tooManyColumns(limits, row.rowNumber));
    row.cells[column - 1] = value;
    if (typeof value !== 'string' || value.trim()) filled = true;
  };

  const handler: XmlHandler = {
    open(name, a) {
      if (name === 'row') {
        lastRow = a.r && /^\d+$/.test(a.r) ? Number(a.r) : lastRow + 1;
        row = { rowNumber: lastRow, cells: [] };
        filled = false;
        lastColumn = 0;
      } else if (name === 'c' && row) {
        lastColumn = columnOf(a.r) ?? lastColumn + 1;
        cell = { column: lastColumn, type: a.t ?? 'n', style: Number(a.s ?? 0), text: '', hasValue: false };
      } else if (cell && name === 'rPh') {
        phonetic++;
      } else if (cell && (name === 'v' || (name === 't' && cell.type === 'inlineStr' && phonetic === 0))) {
        collecting = true;
        cell.hasValue = true;
      }
    },
    text(text) {
      if (!collecting || !cell || !row) return;
      cell.text += text;
      if (cell.text.length > limits.maxCellChars) throw new ImportStop(cellTooLong(limits, row.rowNumber, cell.column));
    },
    close(name) {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c') {
        finishCell();
        cell = null;
      } else if (name === 'row' && row) {
        if (filled) {
          if (rows.length > limits.maxDataRows) throw new ImportStop(tooManyRows(limits, row.rowNumber));
          rows.push(row);
        }
        row = null;
      }
    },
  };
  await parts.parse(info.sheetPart, handler);
  return rows;
}

/** Looks up the shared strings the rows use (with the first cell using each), streaming the table and keeping only those: rich text joined, phonetic guides left out. */
export async function readSharedStrings(
  parts: XlsxParts,
  part: string,
  needed: Map<number, { row: number; column: number }>,
  limits: ImportLimits,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (needed.size === 0) return found;
  let index = -1;
  let text: string | null = null;
  let collecting = false;
  let phonetic = 0;
  await parts.parse(part, {
    open(name) {
      if (name === 'si') {
        index++;
        text = needed.has(index) ? '' : null;
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && text !== null && phonetic === 0) collecting = true;
    },
    text(chunk) {
      if (!collecting || text === null) return;
      text += chunk;
      if (text.length > limits.maxCellChars) {
        const { row, column } = needed.get(index)!;
        throw new ImportStop(cellTooLong(limits, row, column));
      }
    },
    close(name) {
      if (name === 't') collecting = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && text !== null) {
        found.set(index, text);
        text = null;
      }
    },
  });
  return found;
}
