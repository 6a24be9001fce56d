import { ComponentKind, Item, RuleDocument } from '@jifen/rules';
import { Workbook, Worksheet } from 'exceljs';
import { allowedLevels, HONOUR_LEVEL_LABELS, ItemPlace, itemPlaces, levelList } from '../entry/entry-fields';
import { IMPORT_COLUMN_DEFS, ImportField } from './import-columns';

export const ENTRY_SHEET = '积分记录';
export const ITEM_SHEET = '项目';
export const ITEM_COLUMNS: readonly string[] = ['代码', '名称', '计分方式', '需填写'];
export const EXAMPLE_NOTE = '示例行，导入前请删除';

const VERB: Record<ComponentKind, string> = { EARNED: '加', BONUS: '加', DEDUCTED: '扣', PENALTY: '扣', REVIEW: '计' };

/** How an item scores, e.g. “参加学习培训：每次扣 2 分”. */
function scoringText(place: ItemPlace): string {
  const { item, component, section } = place;
  const verb = VERB[component.kind];
  const p = item.points;
  const parts: string[] = [];
  if (p.mode === 'PER_OCCURRENCE') parts.push(`每次${verb} ${p.value} 分`);
  if (p.mode === 'PER_QUANTITY') parts.push(`每${p.unit}${verb} ${p.value} 分`);
  if (p.mode === 'BY_LEVEL')
    parts.push(
      `按级别${verb}分：${allowedLevels(item)
        .map((l) => `${HONOUR_LEVEL_LABELS[l]} ${p.values[l]} 分`)
        .join('、')}`,
    );
  if (p.mode === 'DISCRETIONARY') parts.push(`酌情${verb}分，每次不超过 ${p.max} 分`);
  if (item.leadingMultiplier) parts.push(`牵头（带头、组织）的 × ${item.leadingMultiplier}`);
  if (item.sharedAmongContributors) parts.push('多个单位参与的平分');
  if (item.highestPerMatter) parts.push('同一事项只计最高级别');
  if (item.cap?.count !== undefined) parts.push(`最多计 ${item.cap.count} 次`);
  if (item.cap?.points !== undefined) parts.push(`本项最多 ${item.cap.points} 分`);
  return `${component.label}${section ? ` › ${section.label}` : ''}：${parts.join('；')}`;
}

/** The columns a row for this item must (or may) fill besides the four required ones. */
function neededText(item: Item): string {
  const p = item.points;
  const needs: string[] = [];
  if (p.mode === 'PER_QUANTITY') needs.push(`数量（${p.unit}）`);
  if (p.mode === 'BY_LEVEL') needs.push(`级别（${levelList(allowedLevels(item))}）`);
  if (p.mode === 'DISCRETIONARY') needs.push(`分值（不超过 ${p.max}）`);
  if (item.highestPerMatter) needs.push('事项');
  if (item.leadingMultiplier) needs.push('牵头（可选）');
  if (item.sharedAmongContributors) needs.push('参与单位数（可选）');
  return needs.length ? needs.join('、') : '—';
}

/** The example row's values by field, for the first item of the scheme. */
function exampleRow(item: Item | undefined, day: string): Partial<Record<ImportField, string | number | Date>> {
  const [y, m, d] = day.split('-').map(Number);
  const row: Partial<Record<ImportField, string | number | Date>> = {
    memberNo: '0001',
    name: '张三',
    date: new Date(Date.UTC(y, m - 1, d)),
    note: EXAMPLE_NOTE,
  };
  if (!item) return row;
  const p = item.points;
  row.item = item.label;
  if (p.mode === 'PER_QUANTITY') row.quantity = 1;
  if (p.mode === 'BY_LEVEL') row.level = HONOUR_LEVEL_LABELS[allowedLevels(item)[0]];
  if (p.mode === 'DISCRETIONARY') row.points = Math.min(1, p.max);
  if (item.leadingMultiplier) row.leading = '否';
  if (item.sharedAmongContributors) row.contributors = 1;
  if (item.highestPerMatter) row.matter = '（表彰名称）';
  return row;
}

function entrySheet(sheet: Worksheet, example: ReturnType<typeof exampleRow>): void {
  sheet.columns = IMPORT_COLUMN_DEFS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.field === 'item' || c.field === 'note' ? 40 : c.field === 'matter' ? 24 : 12,
    style: c.field === 'memberNo' ? { numFmt: '@' } : c.field === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(example);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function itemSheet(sheet: Worksheet, doc: RuleDocument): void {
  sheet.columns = ITEM_COLUMNS.map((header, i) => ({ header, width: [20, 50, 60, 30][i] }));
  sheet.getRow(1).font = { bold: true };
  for (const place of itemPlaces(doc))
    sheet.addRow([place.item.code, place.item.label, scoringText(place), neededText(place.item)]);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A template xlsx for branches to fill (header row, one example row, a second sheet listing the scheme's items: 代码, 名称, 计分方式, 需填写). */
/** `exampleDate` is the day the example row shows: today in Beijing, given by the caller (no clock here). */
export async function importTemplateXlsx(doc: RuleDocument, options: { exampleDate: string }): Promise<Buffer> {
  const workbook = new Workbook();
  const first = itemPlaces(doc)[0]?.item;
  entrySheet(workbook.addWorksheet(ENTRY_SHEET), exampleRow(first, options.exampleDate));
  itemSheet(workbook.addWorksheet(ITEM_SHEET), doc);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as unknown as ArrayBuffer);
}
