import ExcelJS from 'exceljs';

/** Test helpers: load a built workbook back and read its rows the way a person sees them. */

type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** Loads xlsx bytes with exceljs and returns the named sheet, failing when it is missing. */
export async function loadSheet(
  buffer: Buffer,
  sheetName: string,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer look-alike that Node's Buffer no longer matches; at run time a Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as XlsxInput);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet)
    throw new Error(`no sheet named ${sheetName}; found ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return { workbook, sheet };
}

/** The values of columns 1..width of a row, one per visible cell: merged-over cells are left out; fails if the row reaches past width. */
export function cellsOf(sheet: ExcelJS.Worksheet, rowNumber: number, width: number): ExcelJS.CellValue[] {
  const row = sheet.getRow(rowNumber);
  if (row.cellCount > width)
    throw new Error(`row ${rowNumber} has ${row.cellCount} cells, wider than the table's ${width}`);
  const values: ExcelJS.CellValue[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    if (cell.master.address === cell.address) values.push(cell.value);
  }
  return values;
}

/** The number of the first row whose first cell holds exactly this text. */
export function rowStarting(sheet: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === text) return r;
  throw new Error(`no row starts with ${text}`);
}
