import { cellsOf, loadSheet, rowStarting } from './__tests__/read-back';
import { RegisterSheetData } from './export-data';
import { registerSheetXlsx } from './register-sheet';

const WIDTH = 9;

const data: RegisterSheetData = {
  branchName: '示范区第一社区党支部',
  memberName: '王建国',
  memberNo: 'A-001',
  memberKindLabel: '正式党员',
  periodLabel: '2024 年度（2024-01-01 至 2024-12-31）',
  schemeName: '社区党员积分管理办法（2024 版）',
  entries: [
    {
      occurredOn: '2024-03-05',
      componentLabel: '基础积分',
      itemLabel: '按时交纳党费',
      detail: '',
      points: 2,
      stateLabel: '已确认',
      declaredBy: '王建国',
      reviewedBy: '李书记',
    },
    {
      occurredOn: '2024-06-18',
      componentLabel: '奖励积分',
      itemLabel: '志愿服务',
      detail: '参加社区志愿服务 3 次',
      points: 4.5,
      stateLabel: '已评定',
      declaredBy: '王建国',
      reviewedBy: '李书记',
    },
    {
      occurredOn: '2024-07-02',
      componentLabel: '扣分',
      itemLabel: '无故缺席组织生活',
      detail: '7 月主题党日',
      points: -2,
      stateLabel: '已初评',
      declaredBy: '张记录员',
      reviewedBy: '李书记',
    },
    {
      occurredOn: '2024-11-20',
      componentLabel: '奖励积分',
      itemLabel: '发表文章',
      detail: '区级 1 篇',
      points: null,
      stateLabel: '已申报',
      declaredBy: '王建国',
      reviewedBy: null,
    },
  ],
  components: [
    { label: '基础积分', score: 60 },
    { label: '履职积分', score: 23.4 },
    { label: '奖励积分', score: 6.5 },
    { label: '扣分', score: -2.5 },
  ],
  total: 87.4,
  gradeName: '优秀',
  stateLabel: '暂定',
  generatedOn: '2025-01-10',
};

describe('registerSheetXlsx', () => {
  it('lays out the title, the member block and the header like the paper form', async () => {
    const { workbook, sheet } = await loadSheet(await registerSheetXlsx(data), '党员积分登记表');

    expect(workbook.creator).toBe('jifen');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['党员积分登记表']);
    expect(cellsOf(sheet, 1, WIDTH)).toEqual(['党员积分登记表']);
    expect(sheet.getCell('I1').master.address).toBe('A1');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
    expect(cellsOf(sheet, 2, WIDTH)).toEqual(['支部', '示范区第一社区党支部', '姓名', '王建国']);
    expect(cellsOf(sheet, 3, WIDTH)).toEqual(['期间', '2024 年度（2024-01-01 至 2024-12-31）', '党员编号', 'A-001']);
    expect(cellsOf(sheet, 4, WIDTH)).toEqual(['积分方案', '社区党员积分管理办法（2024 版）', '类别', '正式党员']);
    expect(cellsOf(sheet, 5, WIDTH)).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(cellsOf(sheet, 6, WIDTH)).toEqual([
      '序号',
      '日期',
      '类别',
      '项目',
      '说明',
      '分值',
      '状态',
      '申报人',
      '审核人',
    ]);
    expect(sheet.getCell('F6').font).toMatchObject({ name: '宋体', bold: true });
    expect(sheet.getCell('F6').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('numbers the rows 1, 2, 3 (序号, as on paper) and writes each entry with its points as a signed number shown to one decimal', async () => {
    const { sheet } = await loadSheet(await registerSheetXlsx(data), '党员积分登记表');

    expect(cellsOf(sheet, 7, WIDTH)).toEqual([
      1,
      '2024-03-05',
      '基础积分',
      '按时交纳党费',
      null,
      2,
      '已确认',
      '王建国',
      '李书记',
    ]);
    expect(cellsOf(sheet, 8, WIDTH)).toEqual([
      2,
      '2024-06-18',
      '奖励积分',
      '志愿服务',
      '参加社区志愿服务 3 次',
      4.5,
      '已评定',
      '王建国',
      '李书记',
    ]);
    expect(cellsOf(sheet, 9, WIDTH)).toEqual([
      3,
      '2024-07-02',
      '扣分',
      '无故缺席组织生活',
      '7 月主题党日',
      -2,
      '已初评',
      '张记录员',
      '李书记',
    ]);
    expect(cellsOf(sheet, 10, WIDTH)).toEqual([
      4,
      '2024-11-20',
      '奖励积分',
      '发表文章',
      '区级 1 篇',
      null,
      '已申报',
      '王建国',
      null,
    ]);
    expect(sheet.getCell('F9').value).toBe(-2);
    expect(sheet.getCell('F8').numFmt).toBe('0.0');
    expect(sheet.getCell('A7').numFmt).not.toBe('0.0');
    expect(cellsOf(sheet, 11, WIDTH)).toEqual([null, null, null, null, null, null, null, null, null]);
  });

  it('ends with the breakdown, the year total, grade, state and the date', async () => {
    const { sheet } = await loadSheet(await registerSheetXlsx(data), '党员积分登记表');
    const start = rowStarting(sheet, '分项合计');

    expect(start).toBe(12);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => cellsOf(sheet, start + i, WIDTH))).toEqual([
      ['分项合计', '分值'],
      ['基础积分', 60],
      ['履职积分', 23.4],
      ['奖励积分', 6.5],
      ['扣分', -2.5],
      ['年度总分', 87.4],
      ['等次', '优秀'],
      ['状态', '暂定'],
    ]);
    expect(sheet.getCell(`F${start + 5}`).numFmt).toBe('0.0');
    expect(sheet.getCell(`I${start + 5}`).master.address).toBe(`F${start + 5}`);
    expect(sheet.rowCount).toBe(start + 9);
    expect(cellsOf(sheet, start + 9, WIDTH)).toEqual(['制表日期：2025-01-10']);
  });

  it('says so when the year has no entries, and marks an exempt member', async () => {
    const exempt = { ...data, entries: [], components: [], total: null, gradeName: null, stateLabel: '已确认' };
    const { sheet } = await loadSheet(await registerSheetXlsx(exempt), '党员积分登记表');

    expect(cellsOf(sheet, 7, WIDTH)).toEqual(['本年度暂无积分记录']);
    expect(sheet.getCell('I7').master.address).toBe('A7');
    const start = rowStarting(sheet, '分项合计');
    expect(start).toBe(9);
    expect([1, 2, 3].map((i) => cellsOf(sheet, start + i, WIDTH))).toEqual([
      ['年度总分', '不纳入积分管理'],
      ['等次', null],
      ['状态', '已确认'],
    ]);
  });
});
