import { templateByCode } from '@jifen/rules';
import { IMPORT_LIMITS, parseEntryImport } from './index';
import { csv, roster, TODAY, workbookParts, xlsx, zipOf } from './import-test-kit';

const town = templateByCode('town-attendance')!.rules;
const members = roster(3);
const HEADER = ['党员编号', '姓名', '项目', '日期'];
const MB = 1024 * 1024;

/** What the process holds: the JavaScript heap and the buffers outside it (a file, inflated bytes). */
const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Runs `work` while sampling what the process holds every few milliseconds; answers the largest growth over the start. */
async function growthDuring<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const start = held();
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, held())), 2);
  try {
    const result = await work();
    peak = Math.max(peak, held());
    return { result, growth: peak - start };
  } finally {
    clearInterval(sampler);
  }
}

/** `times` copies of `chunk`, one at a time. */
function* repeated(chunk: string | Buffer, times: number): Iterable<string | Buffer> {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let i = 0; i < times; i++) yield bytes;
}

const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}`;
const headerRow = `<row r="1">${HEADER.map((h, i) => `<c r="${'ABCD'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;
const END = '</sheetData></worksheet>';

describe('import files past the limits are refused while they are read', () => {
  jest.setTimeout(60_000);

  it('refuses a million-row CSV (about 9 MB) at row 1,002, holding no more than a few MB', async () => {
    const line = Buffer.from('1,2,3,4\r\n', 'utf8');
    const file = Buffer.from('党员编号,姓名,项目,日期\r\n', 'utf8');
    const big = Buffer.alloc(file.length + line.length * 1_000_000);
    file.copy(big);
    for (let i = 0, at = file.length; i < 1_000_000; i++, at += line.length) line.copy(big, at);
    expect(big.length).toBeGreaterThan(9_000_000);
    const { result, growth } = await growthDuring(() => parseEntryImport(big, 'CSV', town, members, TODAY));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          message: '数据超过一次最多导入的 1000 行（第 1002 行已是第 1001 行数据），请分成几个文件导入',
        },
      ],
    });
    expect(growth).toBeLessThan(50 * MB);
  });

  it('refuses a zip bomb (a sheet of 150 MB deflated to a few hundred KB) by its inflated size, holding no more than a few MB', async () => {
    const bomb = await zipOf(workbookParts([sheetXml(headerRow), ...repeated(' '.repeat(MB), 150), END]));
    expect(bomb.length).toBeLessThan(1 * MB);
    const { result, growth } = await growthDuring(() => parseEntryImport(bomb, 'XLSX', town, members, TODAY));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          message: expect.stringMatching(/^工作簿中的“xl\/worksheets\/sheet1\.xml”解压后超过 8 MB/),
        },
      ],
    });
    expect(growth).toBeLessThan(50 * MB);
  });

  it('stops inflating at the cap when the zip lies about the sheet’s size', async () => {
    const liar = await zipOf(
      workbookParts([sheetXml(headerRow), ...repeated(`<row r="2"/>`.repeat(80_000), 12), END], {
        sheetClaimedSize: 40_000,
      }),
    );
    const { result, growth } = await growthDuring(() => parseEntryImport(liar, 'XLSX', town, members, TODAY));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          message: expect.stringMatching(/^工作簿中的“xl\/worksheets\/sheet1\.xml”解压后超过 8 MB/),
        },
      ],
    });
    expect(growth).toBeLessThan(50 * MB);
  });

  it('refuses an xlsx of 100,000 rows at row 1,002, even when the zip claims a small sheet', async () => {
    const row = (n: number) =>
      `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>D001</t></is></c><c r="B${n}" t="s"><v>0</v></c><c r="C${n}" t="inlineStr"><is><t>dues</t></is></c><c r="D${n}"><v>45352</v></c></row>`;
    function* rows(): Iterable<string> {
      yield sheetXml(headerRow);
      for (let n = 2; n <= 100_001; n += 1000) yield Array.from({ length: 1000 }, (_, i) => row(n + i)).join('');
      yield END;
    }
    const file = await zipOf(
      workbookParts(rows(), {
        sheetClaimedSize: 100_000,
        sharedStrings: [
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>王一</t></si></sst>',
        ],
      }),
    );
    const { result, growth } = await growthDuring(() => parseEntryImport(file, 'XLSX', town, members, TODAY));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          message: '数据超过一次最多导入的 1000 行（第 1002 行已是第 1001 行数据），请分成几个文件导入',
        },
      ],
    });
    expect(growth).toBeLessThan(50 * MB);
  });

  it('refuses a cell past 2,000 characters, in a CSV and in an xlsx (inline or shared), without reading it whole', async () => {
    const long = '很'.repeat(IMPORT_LIMITS.maxCellChars + 1);
    const tooLong = (row: number) => ({
      ok: false,
      problems: [
        { row, column: null, message: `第 4 列的内容超过 2000 个字，不像一条积分记录，请检查是否粘贴了多余内容` },
      ],
    });
    expect(await parseEntryImport(csv([HEADER, ['D001', '王一', 'dues', long]]), 'CSV', town, members, TODAY)).toEqual(
      tooLong(2),
    );
    expect(
      await parseEntryImport(await xlsx([HEADER, ['D001', '王一', 'dues', long]]), 'XLSX', town, members, TODAY),
    ).toEqual(tooLong(2));
    const inline = await zipOf(
      workbookParts([sheetXml(headerRow), `<row r="2"><c r="D2" t="inlineStr"><is><t>${long}</t></is></c></row>`, END]),
    );
    expect(await parseEntryImport(inline, 'XLSX', town, members, TODAY)).toEqual(tooLong(2));
    const endless = Buffer.concat([csv([HEADER]), Buffer.from('D001,王一,"'), Buffer.alloc(5 * MB, 'x')]);
    expect(await parseEntryImport(endless, 'CSV', town, members, TODAY)).toEqual({
      ok: false,
      problems: [{ row: 2, column: null, message: '无法读取 CSV 文件：第 2 行附近一行的内容过长，请检查后重新导出' }],
    });
  });

  it('refuses a filled column past the 100th', async () => {
    const wide = [...HEADER, ...Array.from({ length: 100 }, () => ''), '多余'];
    expect(await parseEntryImport(csv([wide]), 'CSV', town, members, TODAY)).toEqual({
      ok: false,
      problems: [{ row: 1, column: null, message: '这一行超过 100 列，请删除表格右侧多余的列后再导入' }],
    });
    const far = await zipOf(
      workbookParts([sheetXml(headerRow), '<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>', END]),
    );
    expect(await parseEntryImport(far, 'XLSX', town, members, TODAY)).toEqual({
      ok: false,
      problems: [{ row: 2, column: null, message: '这一行超过 100 列，请删除表格右侧多余的列后再导入' }],
    });
  });

  it('refuses a workbook of too many parts as a whole', async () => {
    const parts = [
      ...workbookParts([sheetXml(headerRow), END]),
      ...Array.from({ length: 1000 }, (_, i) => ({ name: `xl/media/image${i}.png`, chunks: ['x'] })),
    ];
    expect(await parseEntryImport(await zipOf(parts), 'XLSX', town, members, TODAY)).toEqual({
      ok: false,
      problems: [{ row: 0, column: null, message: expect.stringMatching(/^工作簿内含 1005 个部件，超过 1000 个/) }],
    });
  });
});
