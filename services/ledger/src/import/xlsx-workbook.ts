import { XlsxParts } from './xlsx-zip';

/** What reading the first sheet needs from the rest of the workbook. */
export interface WorkbookInfo {
  /** The first worksheet's part, e.g. `xl/worksheets/sheet1.xml`. */
  sheetPart: string;
  sharedStringsPart: string;
  /** Dates counted from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** For each cell style (`s` of a cell), whether its number format shows a date. */
  dateStyles: boolean[];
}

interface Relationship {
  type: string;
  target: string;
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30, with the CJK date formats 27–36 and 50–58). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code showing a date or time, as exceljs decides it: y, m, d, h, s (or b) outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** `target` of a relationship of `from` (e.g. `xl/workbook.xml`) as a part name. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

const relsOf = (part: string) => {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
};

async function relationships(parts: XlsxParts, of: string): Promise<Map<string, Relationship>> {
  const found = new Map<string, Relationship>();
  await parts.parse(
    relsOf(of),
    {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External')
          found.set(a.Id, { type: a.Type ?? '', target: resolveTarget(of, a.Target) });
      },
    },
    true,
  );
  return found;
}

const byType = (rels: Map<string, Relationship>, suffix: string) =>
  [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;

/** Finds the first worksheet, the shared strings and which cell styles are dates, from the workbook's small parts. */
export async function readWorkbookInfo(parts: XlsxParts): Promise<WorkbookInfo | null> {
  const workbookPart = byType(await relationships(parts, ''), '/officeDocument') ?? 'xl/workbook.xml';
  const rels = await relationships(parts, workbookPart);
  let firstSheetId: string | null = null;
  let date1904 = false;
  await parts.parse(workbookPart, {
    open(name, a) {
      if (name === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true')) date1904 = true;
      if (name === 'sheet' && firstSheetId === null)
        firstSheetId = Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1] ?? null;
    },
  });
  const sheetPart = firstSheetId === null ? undefined : rels.get(firstSheetId)?.target;
  if (!sheetPart) return null;
  const stylesPart = byType(rels, '/styles') ?? 'xl/styles.xml';
  return {
    sheetPart,
    sharedStringsPart: byType(rels, '/sharedStrings') ?? 'xl/sharedStrings.xml',
    date1904,
    dateStyles: await readDateStyles(parts, stylesPart),
  };
}

/** For each entry of `cellXfs`, whether its number format (built in, or one of `numFmts`) shows a date. */
async function readDateStyles(parts: XlsxParts, stylesPart: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await parts.parse(
    stylesPart,
    {
      open(name, a) {
        if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    true,
  );
  return formats.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILT_IN_DATE_FORMATS.has(id)));
}
