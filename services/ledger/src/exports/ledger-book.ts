import { LedgerBookData } from './export-data';
import {
  addHeader,
  addLine,
  addSpans,
  addTitle,
  createSheet,
  meanToTenth,
  pointsSpan,
  Span,
  textUnits,
  toBuffer,
  totalSpan,
} from './workbook-style';

const LEDGER_SHEET_NAME = '积分总台账';
const NO_MEMBERS_TEXT = '本期暂无党员积分数据';

const LEADING = ['名次', '党员编号', '姓名', '类别'];
const TRAILING = ['总分', '等次', '状态'];

/** 积分总台账: every member of the branch with each component, the total, grade and state, and a 平均 row. */
export async function ledgerBookXlsx(data: LedgerBookData): Promise<Buffer> {
  checkRows(data);
  const headers = [...LEADING, ...data.componentLabels, ...TRAILING];
  const widths = [6, 12, 10, 12, ...data.componentLabels.map((text) => Math.max(10, textUnits(text) + 2)), 16, 8, 8];
  const { workbook, sheet } = createSheet(LEDGER_SHEET_NAME, widths, 'landscape', data.generatedOn);
  addTitle(sheet, '积分总台账');
  addLine(sheet, `支部：${data.branchName}\u3000期间：${data.periodLabel}\u3000积分方案：${data.schemeName}`, 'center');
  addLine(sheet, `制表日期：${data.generatedOn}`, 'right');
  addHeader(sheet, headers);
  for (const row of data.rows) addSpans(sheet, memberRow(row), { border: true });
  if (data.rows.length === 0)
    addSpans(sheet, [{ value: NO_MEMBERS_TEXT, span: headers.length, align: 'center' }], { border: true });
  addSpans(sheet, averageRow(data), { border: true });
  return toBuffer(workbook);
}

function memberRow(row: LedgerBookData['rows'][number]): Span[] {
  return [
    { value: row.rank, align: 'center' },
    { value: row.memberNo, align: 'center' },
    { value: row.name, align: 'center' },
    { value: row.memberKindLabel, align: 'center' },
    ...row.components.map((score) => pointsSpan(score)),
    totalSpan(row.total),
    { value: row.gradeName, align: 'center' },
    { value: row.stateLabel, align: 'center' },
  ];
}

/** 平均: the mean of each component column and of the total over the non-null values. */
function averageRow(data: LedgerBookData): Span[] {
  const means = data.componentLabels.map((_label, i) => meanToTenth(data.rows.map((row) => row.components[i])));
  return [
    { value: '平均', span: LEADING.length, bold: true, align: 'center' },
    ...means.map((mean) => pointsSpan(mean)),
    pointsSpan(meanToTenth(data.rows.map((row) => row.total))),
    { value: null }, // 等次
    { value: null }, // 状态
  ];
}

function checkRows(data: LedgerBookData): void {
  for (const row of data.rows) {
    if (row.components.length !== data.componentLabels.length) {
      throw new RangeError(
        `党员 ${row.name}（${row.memberNo}）有 ${row.components.length} 项分项积分，表头为 ${data.componentLabels.length} 项`,
      );
    }
  }
}
