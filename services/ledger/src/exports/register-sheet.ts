import ExcelJS from 'exceljs';
import { RegisterSheetData } from './export-data';
import {
  addBlank,
  addHeader,
  addLine,
  addSpans,
  addTitle,
  createSheet,
  pointsSpan,
  Span,
  toBuffer,
  totalSpan,
} from './workbook-style';

const REGISTER_SHEET_NAME = '党员积分登记表';
const REGISTER_HEADERS = ['序号', '日期', '类别', '项目', '说明', '分值', '状态', '申报人', '审核人'];
const NO_ENTRIES_TEXT = '本年度暂无积分记录';

const WIDTHS = [6, 12, 12, 24, 30, 9, 9, 10, 10];
/** The summary block: a label over A:E, its figure over F:I. */
const LABEL_SPAN = 5;
const FIGURE_SPAN = 4;

/** 党员积分登记表: one member's year entry by entry, then the breakdown, the year total, grade and state. */
export async function registerSheetXlsx(data: RegisterSheetData): Promise<Buffer> {
  const { workbook, sheet } = createSheet(REGISTER_SHEET_NAME, WIDTHS, 'landscape', data.generatedOn);
  addTitle(sheet, '党员积分登记表');
  addInfo(sheet, data);
  addBlank(sheet);
  addHeader(sheet, REGISTER_HEADERS);
  addEntries(sheet, data.entries);
  addBlank(sheet);
  addSummary(sheet, data);
  addBlank(sheet);
  addLine(sheet, `制表日期：${data.generatedOn}`, 'right');
  return toBuffer(workbook);
}

function addInfo(sheet: ExcelJS.Worksheet, data: RegisterSheetData): void {
  const pairs: [string, string, string, string][] = [
    ['支部', data.branchName, '姓名', data.memberName],
    ['期间', data.periodLabel, '党员编号', data.memberNo],
    ['积分方案', data.schemeName, '类别', data.memberKindLabel],
  ];
  for (const [leftLabel, leftValue, rightLabel, rightValue] of pairs) {
    addSpans(
      sheet,
      [label(leftLabel, 2), { value: leftValue, span: 3 }, label(rightLabel, 2), { value: rightValue, span: 2 }],
      { border: true },
    );
  }
}

function addEntries(sheet: ExcelJS.Worksheet, entries: RegisterSheetData['entries']): void {
  if (entries.length === 0) {
    addSpans(sheet, [{ value: NO_ENTRIES_TEXT, span: REGISTER_HEADERS.length, align: 'center' }], { border: true });
    return;
  }
  entries.forEach((entry, i) => {
    addSpans(
      sheet,
      [
        { value: i + 1, align: 'center' }, // 序号: the row's number on this sheet, 1, 2, 3 as on paper
        { value: entry.occurredOn, align: 'center' },
        { value: entry.componentLabel },
        { value: entry.itemLabel },
        { value: entry.detail },
        pointsSpan(entry.points),
        { value: entry.stateLabel, align: 'center' },
        { value: entry.declaredBy, align: 'center' },
        { value: entry.reviewedBy, align: 'center' },
      ],
      { border: true },
    );
  });
}

function addSummary(sheet: ExcelJS.Worksheet, data: RegisterSheetData): void {
  const line = (caption: Span, figure: Span) =>
    addSpans(sheet, [caption, { ...figure, span: FIGURE_SPAN }], { border: true });
  line(label('分项合计', LABEL_SPAN), label('分值', FIGURE_SPAN));
  for (const component of data.components)
    line({ value: component.label, span: LABEL_SPAN, align: 'center' }, pointsSpan(component.score));
  line(label('年度总分', LABEL_SPAN), totalSpan(data.total));
  line(label('等次', LABEL_SPAN), { value: data.gradeName, align: 'center' });
  line(label('状态', LABEL_SPAN), { value: data.stateLabel, align: 'center' });
}

function label(text: string, span: number): Span {
  return { value: text, span, bold: true, align: 'center' };
}
