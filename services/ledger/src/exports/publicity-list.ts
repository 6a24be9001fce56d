import { PublicityListData } from './export-data';
import { addBlank, addHeader, addLine, addSpans, addTitle, createSheet, toBuffer, totalSpan } from './workbook-style';

const PUBLICITY_SHEET_NAME = '公示名单';
const PUBLICITY_HEADERS = ['序号', '姓名', '总分', '等次'];
const NOT_PUBLISHED_TEXT = '待公示';
const NO_ROWS_TEXT = '本期暂无公示人员';

const WIDTHS = [8, 20, 20, 14];

/** 公示名单: names, totals and grades for the publicity board, with the window, the notice and the date. */
export async function publicityListXlsx(data: PublicityListData): Promise<Buffer> {
  const { workbook, sheet } = createSheet(PUBLICITY_SHEET_NAME, WIDTHS, 'portrait', data.generatedOn);
  addTitle(sheet, `${data.branchName}${data.periodLabel}党员积分公示名单`);
  addLine(
    sheet,
    data.window ? `公示期：${data.window.startsOn} 至 ${data.window.endsOn}` : NOT_PUBLISHED_TEXT,
    'center',
  );
  addHeader(sheet, PUBLICITY_HEADERS);
  data.rows.forEach((row, i) => {
    addSpans(
      sheet,
      [
        { value: i + 1, align: 'center' },
        { value: row.name, align: 'center' },
        totalSpan(row.total),
        { value: row.gradeName, align: 'center' },
      ],
      { border: true },
    );
  });
  if (data.rows.length === 0)
    addSpans(sheet, [{ value: NO_ROWS_TEXT, span: PUBLICITY_HEADERS.length, align: 'center' }], { border: true });
  addBlank(sheet);
  if (data.notice) addLine(sheet, data.notice);
  addLine(sheet, data.branchName, 'right');
  addLine(sheet, data.generatedOn, 'right');
  return toBuffer(workbook);
}
