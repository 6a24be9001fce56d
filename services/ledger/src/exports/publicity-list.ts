import { PublicityListData } from './export-data';
import { addBlank, addHeader, addLine, addSpans, addTitle, createSheet, toBuffer, totalSpan } from './workbook-style';

const PUBLICITY_SHEET_NAME = '公示名单';
const PUBLICITY_HEADERS = ['序号', '姓名', '总分', '等次'];
const NOT_PUBLISHED_TEXT = '待公示';
const NO_ROWS_TEXT = '本期暂无公示人员';

const STARS_HEADER = '星级';
const WIDTHS = [8, 20, 20, 14];
const STARS_WIDTH = 12;
const STAR_NAMES: Record<number, string> = { 5: '五星', 4: '四星', 3: '三星' };

/** A member's stars as the board writes them: 五星, 四星, 三星, or — for a member rated without a star. */
export function starsText(stars: number | null | undefined): string {
  return stars ? (STAR_NAMES[stars] ?? `${stars}星`) : '—';
}

/**
 * 公示名单: names, totals and grades for the publicity board (a grade where the scheme grades the period, e.g. a
 * half-year under 评星定级), the stars where a confirmed rating run rated the period, with the window, the notice and
 * the date.
 */
export async function publicityListXlsx(data: PublicityListData): Promise<Buffer> {
  const { workbook, sheet } = createSheet(
    PUBLICITY_SHEET_NAME,
    data.rated ? [...WIDTHS, STARS_WIDTH] : WIDTHS,
    'portrait',
    data.generatedOn,
  );
  addTitle(sheet, `${data.branchName}${data.periodLabel}党员积分公示名单`);
  addLine(
    sheet,
    data.window ? `公示期：${data.window.startsOn} 至 ${data.window.endsOn}` : NOT_PUBLISHED_TEXT,
    'center',
  );
  const headers = data.rated ? [...PUBLICITY_HEADERS, STARS_HEADER] : PUBLICITY_HEADERS;
  addHeader(sheet, headers);
  data.rows.forEach((row, i) => {
    addSpans(
      sheet,
      [
        { value: i + 1, align: 'center' },
        { value: row.name, align: 'center' },
        totalSpan(row.total),
        { value: row.gradeName, align: 'center' },
        ...(data.rated ? [{ value: starsText(row.stars), align: 'center' as const }] : []),
      ],
      { border: true },
    );
  });
  if (data.rows.length === 0)
    addSpans(sheet, [{ value: NO_ROWS_TEXT, span: headers.length, align: 'center' }], { border: true });
  addBlank(sheet);
  if (data.notice) addLine(sheet, data.notice);
  addLine(sheet, data.branchName, 'right');
  addLine(sheet, data.generatedOn, 'right');
  return toBuffer(workbook);
}
