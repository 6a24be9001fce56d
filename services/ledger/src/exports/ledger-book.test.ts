import { cellsOf, loadSheet, rowStarting } from './__tests__/read-back';
import { LedgerBookData } from './export-data';
import { ledgerBookXlsx } from './ledger-book';
import { meanToTenth } from './workbook-style';

const WIDTH = 11;

const data: LedgerBookData = {
  branchName: '示范区第一社区党支部',
  periodLabel: '2024 年度（2024-01-01 至 2024-12-31）',
  schemeName: '社区党员积分管理办法（2024 版）',
  componentLabels: ['基础积分', '履职积分', '奖励积分', '扣分'],
  rows: [
    {
      rank: 1,
      memberNo: 'A-001',
      name: '王建国',
      memberKindLabel: '正式党员',
      components: [60, 25, 8.5, 0],
      total: 93.5,
      gradeName: '优秀',
      stateLabel: '已确认',
    },
    {
      rank: 2,
      memberNo: 'A-002',
      name: '李梅',
      memberKindLabel: '预备党员',
      components: [58.5, 20, 2, -3.5],
      total: 77,
      gradeName: '合格',
      stateLabel: '已确认',
    },
    {
      rank: 3,
      memberNo: 'A-003',
      name: '赵强',
      memberKindLabel: '入党积极分子',
      components: [55, 18.4, null, -1],
      total: 72.4,
      gradeName: null,
      stateLabel: '公示中',
    },
    {
      rank: null,
      memberNo: 'A-004',
      name: '孙德才',
      memberKindLabel: '正式党员',
      components: [null, null, null, null],
      total: null,
      gradeName: null,
      stateLabel: '已确认',
    },
  ],
  generatedOn: '2025-01-10',
};

describe('ledgerBookXlsx', () => {
  it('has the title, the subtitle, the date and the exact header', async () => {
    const { workbook, sheet } = await loadSheet(await ledgerBookXlsx(data), '积分总台账');

    expect(workbook.creator).toBe('jifen');
    expect(cellsOf(sheet, 1, WIDTH)).toEqual(['积分总台账']);
    expect(sheet.getCell('K1').master.address).toBe('A1');
    expect(cellsOf(sheet, 2, WIDTH)).toEqual([
      '支部：示范区第一社区党支部　期间：2024 年度（2024-01-01 至 2024-12-31）　积分方案：社区党员积分管理办法（2024 版）',
    ]);
    expect(cellsOf(sheet, 3, WIDTH)).toEqual(['制表日期：2025-01-10']);
    expect(cellsOf(sheet, 4, WIDTH)).toEqual([
      '名次',
      '党员编号',
      '姓名',
      '类别',
      '基础积分',
      '履职积分',
      '奖励积分',
      '扣分',
      '总分',
      '等次',
      '状态',
    ]);
    expect(sheet.getCell('E4').font).toMatchObject({ name: '宋体', bold: true });
    expect(sheet.getCell('K4').border).toMatchObject({ left: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('writes one row per member with numbers as numbers, empty null components and exempt totals in words', async () => {
    const { sheet } = await loadSheet(await ledgerBookXlsx(data), '积分总台账');

    expect([5, 6, 7, 8].map((r) => cellsOf(sheet, r, WIDTH))).toEqual([
      [1, 'A-001', '王建国', '正式党员', 60, 25, 8.5, 0, 93.5, '优秀', '已确认'],
      [2, 'A-002', '李梅', '预备党员', 58.5, 20, 2, -3.5, 77, '合格', '已确认'],
      [3, 'A-003', '赵强', '入党积极分子', 55, 18.4, null, -1, 72.4, null, '公示中'],
      [null, 'A-004', '孙德才', '正式党员', null, null, null, null, '不纳入积分管理', null, '已确认'],
    ]);
    expect(sheet.getCell('I7').value).toBe(72.4);
    expect(sheet.getCell('H6').value).toBe(-3.5);
    expect(sheet.getCell('F7').numFmt).toBe('0.0');
    expect(sheet.getCell('I5').numFmt).toBe('0.0');
  });

  it('ends with 平均: each column averaged over its non-null values, half up to a tenth', async () => {
    const { sheet } = await loadSheet(await ledgerBookXlsx(data), '积分总台账');
    const average = rowStarting(sheet, '平均');

    expect(average).toBe(sheet.rowCount);
    expect(average).toBe(9);
    // 173.5/3 = 57.83; 63.4/3 = 21.13; 10.5/2 = 5.25 → 5.3; -4.5/3 = -1.5; 242.9/3 = 80.97 → 81
    expect(cellsOf(sheet, average, WIDTH)).toEqual(['平均', 57.8, 21.1, 5.3, -1.5, 81, null, null]);
    expect(sheet.getCell('D9').master.address).toBe('A9');
    expect(sheet.getCell('I9').numFmt).toBe('0.0');
  });

  it('says so when the branch has no members, leaving the averages empty', async () => {
    const { sheet } = await loadSheet(await ledgerBookXlsx({ ...data, rows: [] }), '积分总台账');

    expect(cellsOf(sheet, 5, WIDTH)).toEqual(['本期暂无党员积分数据']);
    expect(cellsOf(sheet, 6, WIDTH)).toEqual(['平均', null, null, null, null, null, null, null]);
    expect(sheet.rowCount).toBe(6);
  });

  it('refuses a row whose components do not match the header', async () => {
    const bad = { ...data, rows: [{ ...data.rows[0], components: [60, 25] }] };
    await expect(ledgerBookXlsx(bad)).rejects.toThrow('王建国（A-001）有 2 项分项积分，表头为 4 项');
  });
});

describe('meanToTenth', () => {
  it.each([
    [[87.4], 87.4],
    [[5, 5.5], 5.3],
    [[-0.5, -1], -0.8],
    [[0.1, 0.2], 0.2],
    [[-0.1, 0.1], 0],
    [[null, 70, null, 71], 70.5],
  ])('%j → %d', (values, mean) => {
    expect(meanToTenth(values)).toBe(mean);
  });

  it('gives null when there is nothing to average', () => {
    expect(meanToTenth([null, null])).toBeNull();
    expect(meanToTenth([])).toBeNull();
  });
});
