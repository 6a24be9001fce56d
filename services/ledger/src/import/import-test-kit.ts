import { CellValue, Workbook } from 'exceljs';
import { createDeflateRaw } from 'node:zlib';
import { RosterMember } from './import-types';

/** Test helpers for import files: a roster, CSV text and xlsx workbooks built in memory. */

export const TODAY = '2024-06-30';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏';
/** `n` active members numbered D001…, named 王一, 李一 …. */
export function roster(n: number): RosterMember[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i + 1}`,
    memberNo: `D${String(i + 1).padStart(3, '0')}`,
    name: `${SURNAMES[i % SURNAMES.length]}${'一二三四五'[Math.floor(i / SURNAMES.length)]}`,
    active: true,
  }));
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

/** A cell exceljs read, as text the way the import reader gives it: dates as YYYY-MM-DD, booleans as 是/否, formulas by their result. */
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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(crc: number, chunk: Buffer): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** One file of a zip: its name and its content in chunks (deflated as they come, never held whole). */
export interface ZipPart {
  name: string;
  chunks: Iterable<string | Buffer>;
  /** What the headers claim the inflated size is, when a test wants them to lie. */
  claimedSize?: number;
}

/** A zip file (deflate, no zip64) written as a stream: a part of 150 MB costs only its compressed bytes. */
export async function zipOf(parts: ZipPart[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const deflate = createDeflateRaw({ level: 9 });
    const compressed: Buffer[] = [];
    deflate.on('data', (b: Buffer) => compressed.push(b));
    let crc = 0;
    let size = 0;
    for (const chunk of part.chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      crc = crc32(crc, bytes);
      size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    await new Promise((resolve) => {
      deflate.once('end', resolve);
      deflate.end();
    });
    const data = Buffer.concat(compressed);
    const name = Buffer.from(part.name, 'utf8');
    const claimed = part.claimedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(claimed, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** The parts of a one-sheet workbook around `sheet` (the sheet XML in chunks); `sharedStrings` optional. */
export function workbookParts(
  sheet: ZipPart['chunks'],
  extra: { sheetClaimedSize?: number; sharedStrings?: ZipPart['chunks'] } = {},
): ZipPart[] {
  const ns = 'http://schemas.openxmlformats.org';
  const rel = `${ns}/officeDocument/2006/relationships`;
  return [
    {
      name: '[Content_Types].xml',
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      ],
    },
    {
      name: '_rels/.rels',
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    {
      name: 'xl/workbook.xml',
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ],
    },
    { name: 'xl/worksheets/sheet1.xml', chunks: sheet, claimedSize: extra.sheetClaimedSize },
    ...(extra.sharedStrings ? [{ name: 'xl/sharedStrings.xml', chunks: extra.sharedStrings }] : []),
  ];
}
