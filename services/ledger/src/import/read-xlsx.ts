import { CellValue, Workbook } from 'exceljs';
import { RawRow, ReadResult } from './import-types';

const CORRUPT = '无法读取文件：文件已损坏或不是 Excel 工作簿，请确认是 xlsx 格式（旧版 xls 请先另存为 xlsx）';

/** A cell's value as text: dates as YYYY-MM-DD, booleans as 是/否, formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return value.error;
  return '';
}

/** Reads the first worksheet of an xlsx file into text cells, with the sheet's own row numbers. */
export async function readXlsx(content: Buffer): Promise<ReadResult> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { problem: { row: 0, column: null, message: CORRUPT } };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { problem: { row: 0, column: null, message: '文件中没有工作表' } };
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { rows };
}
