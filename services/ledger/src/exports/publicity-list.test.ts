import { cellsOf, loadSheet } from './__tests__/read-back';
import { PublicityListData } from './export-data';
import { publicityListXlsx, starsText } from './publicity-list';

const WIDTH = 4;

const data: PublicityListData = {
  branchName: '示范区第一社区党支部',
  periodLabel: '2024 年度',
  window: { startsOn: '2025-01-06', endsOn: '2025-01-12' },
  rows: [
    { name: '王建国', total: 93.5, gradeName: '优秀' },
    { name: '李梅', total: 87.4, gradeName: '合格' },
    { name: '赵强', total: -2, gradeName: '不合格' },
    { name: '孙德才', total: null, gradeName: null },
  ],
  notice: '对公示结果有异议的，请于公示期内向党支部反映。',
  generatedOn: '2025-01-05',
};

describe('publicityListXlsx', () => {
  it('has the title with branch and period, the window and the exact header', async () => {
    const { workbook, sheet } = await loadSheet(await publicityListXlsx(data), '公示名单');

    expect(workbook.creator).toBe('jifen');
    expect(cellsOf(sheet, 1, WIDTH)).toEqual(['示范区第一社区党支部2024 年度党员积分公示名单']);
    expect(sheet.getCell('D1').master.address).toBe('A1');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
    expect(cellsOf(sheet, 2, WIDTH)).toEqual(['公示期：2025-01-06 至 2025-01-12']);
    expect(cellsOf(sheet, 3, WIDTH)).toEqual(['序号', '姓名', '总分', '等次']);
    expect(sheet.getCell('C3').border).toMatchObject({ top: { style: 'thin' } });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
  });

  it('lists the members in the given order, then the notice, the branch and the date', async () => {
    const { sheet } = await loadSheet(await publicityListXlsx(data), '公示名单');

    expect([4, 5, 6, 7].map((r) => cellsOf(sheet, r, WIDTH))).toEqual([
      [1, '王建国', 93.5, '优秀'],
      [2, '李梅', 87.4, '合格'],
      [3, '赵强', -2, '不合格'],
      [4, '孙德才', '不纳入积分管理', null],
    ]);
    expect(sheet.getCell('C5').value).toBe(87.4);
    expect(sheet.getCell('C5').numFmt).toBe('0.0');
    expect(cellsOf(sheet, 8, WIDTH)).toEqual([null, null, null, null]);
    expect(cellsOf(sheet, 9, WIDTH)).toEqual(['对公示结果有异议的，请于公示期内向党支部反映。']);
    expect(cellsOf(sheet, 10, WIDTH)).toEqual(['示范区第一社区党支部']);
    expect(cellsOf(sheet, 11, WIDTH)).toEqual(['2025-01-05']);
    expect(sheet.rowCount).toBe(11);
  });

  it('says 待公示 before publication and notes an empty list', async () => {
    const { sheet } = await loadSheet(await publicityListXlsx({ ...data, window: null, rows: [] }), '公示名单');

    expect(cellsOf(sheet, 2, WIDTH)).toEqual(['待公示']);
    expect(cellsOf(sheet, 3, WIDTH)).toEqual(['序号', '姓名', '总分', '等次']);
    expect(cellsOf(sheet, 4, WIDTH)).toEqual(['本期暂无公示人员']);
  });

  it('shows a half-year rated under 评星定级 with its grade and a 星级 column from the confirmed run', async () => {
    const halfYear: PublicityListData = {
      ...data,
      periodLabel: '2026-H1',
      rated: true,
      rows: [
        { name: '王建国', total: 91, gradeName: '优秀', stars: 5 },
        { name: '李梅', total: 78, gradeName: '合格', stars: 3 },
        { name: '赵强', total: 72, gradeName: '合格', stars: null }, // over 70 but past the places: no star
        { name: '孙德才', total: null, gradeName: null, stars: null },
      ],
    };
    const { sheet } = await loadSheet(await publicityListXlsx(halfYear), '公示名单');
    expect(cellsOf(sheet, 3, 5)).toEqual(['序号', '姓名', '总分', '等次', '星级']);
    expect([4, 5, 6, 7].map((r) => cellsOf(sheet, r, 5))).toEqual([
      [1, '王建国', 91, '优秀', '五星'],
      [2, '李梅', 78, '合格', '三星'],
      [3, '赵强', 72, '合格', '—'],
      [4, '孙德才', '不纳入积分管理', null, '—'],
    ]);
    expect(sheet.getCell('E1').master.address).toBe('A1'); // the title spans the 星级 column too
  });

  it.each([
    [5, '五星'],
    [4, '四星'],
    [3, '三星'],
    [null, '—'],
    [undefined, '—'],
  ])('writes %p stars as %s', (stars, text) => {
    expect(starsText(stars)).toBe(text);
  });
});
