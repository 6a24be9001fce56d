import ExcelJS from 'exceljs';

/** Shared layout for the paper forms: a Chinese font, thin borders, one-decimal scores, A4 printing. */

const FONT_NAME = '宋体';
const POINTS_FORMAT = '0.0';
const EXEMPT_TEXT = '不纳入积分管理';

const FONT_SIZE = 11;
const TITLE_SIZE = 16;
const GB2312_CHARSET = 134;
/** A4 in the sheet's paper-size codes (ExcelJS.PaperSize is a const enum, which isolatedModules cannot read). */
const A4 = 9 as ExcelJS.PaperSize;
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

type Plain = string | number | null;

/** One cell of a laid-out row; `span` merges it across that many columns. */
export interface Span {
  value: Plain;
  span?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A score: kept as a number and shown with one decimal. */
  points?: boolean;
}

export interface RowStyle {
  border?: boolean;
  size?: number;
  height?: number;
}

/** A new workbook by 'jifen' with one sheet of the given column widths, set up to print on A4. */
export function createSheet(
  sheetName: string,
  widths: readonly number[],
  orientation: 'portrait' | 'landscape',
  generatedOn: string,
): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jifen';
  workbook.lastModifiedBy = 'jifen';
  const madeOn = new Date(`${generatedOn}T00:00:00Z`);
  if (!Number.isNaN(madeOn.getTime())) {
    workbook.created = madeOn;
    workbook.modified = madeOn;
  }
  const sheet = workbook.addWorksheet(sheetName, {
    pageSetup: { paperSize: A4, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return { workbook, sheet };
}

/** Appends a row of cells, merging spans and styling each cell; '' is left as an empty cell. */
export function addSpans(sheet: ExcelJS.Worksheet, spans: readonly Span[], style: RowStyle = {}): ExcelJS.Row {
  const row = sheet.addRow([]);
  let column = 1;
  for (const span of spans) {
    const width = span.span ?? 1;
    const cell = row.getCell(column);
    cell.value = span.value === '' ? null : span.value;
    cell.font = { name: FONT_NAME, charset: GB2312_CHARSET, size: style.size ?? FONT_SIZE, bold: span.bold ?? false };
    cell.alignment = {
      horizontal: span.align ?? (typeof span.value === 'number' ? 'right' : 'left'),
      vertical: 'middle',
      wrapText: true,
    };
    if (span.points && typeof span.value === 'number') cell.numFmt = POINTS_FORMAT;
    if (width > 1) sheet.mergeCells(row.number, column, row.number, column + width - 1);
    if (style.border) for (let c = column; c < column + width; c++) row.getCell(c).border = BORDERS;
    column += width;
  }
  if (style.height) row.height = style.height;
  return row;
}

/** The form's title: bold, centred, merged across the whole table. */
export function addTitle(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  const width = sheetWidth(sheet);
  return addSpans(sheet, [{ value: text, span: sheet.columns.length, bold: true, align: 'center' }], {
    size: TITLE_SIZE,
    height: heightFor(text, width, TITLE_SIZE),
  });
}

/** A line of plain text merged across the whole table (subtitle, notice, date). */
export function addLine(sheet: ExcelJS.Worksheet, text: string, align: Span['align'] = 'left'): ExcelJS.Row {
  return addSpans(sheet, [{ value: text, span: sheet.columns.length, align }], {
    height: heightFor(text, sheetWidth(sheet), FONT_SIZE),
  });
}

/** An empty line between blocks. */
export function addBlank(sheet: ExcelJS.Worksheet): ExcelJS.Row {
  return sheet.addRow([]);
}

/** The table's bold, bordered header row; frozen on screen and repeated on every printed page. */
export function addHeader(sheet: ExcelJS.Worksheet, headers: readonly string[]): ExcelJS.Row {
  const row = addSpans(
    sheet,
    headers.map((value) => ({ value, bold: true, align: 'center' as const })),
    { border: true },
  );
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: row.number }];
  sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
  return row;
}

/** A score cell: the number shown to one decimal, or empty when there is none. */
export function pointsSpan(points: number | null, span = 1): Span {
  return { value: points, span, points: true, align: 'center' };
}

/** A total cell: the number shown to one decimal, or 不纳入积分管理 for an exempt member. */
export function totalSpan(total: number | null, span = 1): Span {
  return total === null ? { value: EXEMPT_TEXT, span, align: 'center' } : pointsSpan(total, span);
}

/** The mean of the non-null scores to one decimal, rounded half up (away from zero); null when there are none. */
export function meanToTenth(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  const tenths = present.reduce((sum, value) => sum + Math.round(value * 10), 0);
  const n = present.length;
  const rounded = Math.floor((2 * Math.abs(tenths) + n) / (2 * n));
  return tenths < 0 && rounded > 0 ? -rounded / 10 : rounded / 10;
}

/** How wide a column must be for the text: a Chinese character takes two units. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += char.charCodeAt(0) > 0xff ? 2 : 1;
  return units;
}

/** The workbook as xlsx bytes. */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheetWidth(sheet: ExcelJS.Worksheet): number {
  return sheet.columns.reduce((sum, column) => sum + (column.width ?? 9), 0);
}

/** A row height (points) tall enough for the wrapped text. */
function heightFor(text: string, width: number, size: number): number {
  const lines = Math.max(1, Math.ceil((textUnits(text) * size) / FONT_SIZE / width));
  return Math.ceil(lines * size * 1.6);
}
