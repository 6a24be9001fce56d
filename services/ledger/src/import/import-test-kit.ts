import { Workbook } from 'exceljs';
import { RosterMember } from './import-types';

/** Test helpers for import files: a roster, CSV text and xlsx workbooks built in memory. */

export const TODAY = '2024-06-30';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏';
/** `n` active members numbered D001…, named 王一, 李一 …. */
export function roster(n: number): RosterMember[] {
  return Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, memberNo: `D${String(i + 1).padStart(3, '0')}`, name: `${SURNAMES[i % SURNAMES.length]}${'一二三四五'[Math.floor(i / SURNAMES.length)]}`, active: true }));
}

/** A CSV file's bytes: cells quoted where needed, CRLF lines, optionally with Excel's BOM. */
export function csv(rows: (string | number)[][], bom = true): Buffer {
  const quote = (c: string | number) => (/[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
  const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** An xlsx file's bytes with one sheet holding `rows` from row 1 (null leaves a cell empty). */
export async function xlsx(rows: (string | number | Date | boolean | null)[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((r, i) => {
    r.forEach((value, j) => {
      if (value !== null) sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

/** A UTC date for an Excel date cell (exceljs reads dates back as UTC midnight). */
export const day = (text: string): Date => new Date(`${text}T00:00:00Z`);
