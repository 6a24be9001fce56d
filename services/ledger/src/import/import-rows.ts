import { HONOUR_LEVELS, RuleDocument } from '@jifen/rules';
import {
  checkEntryFields,
  EntryFields,
  findItemByCodeOrLabel,
  itemList,
  itemPlaces,
  levelList,
  normalizeEntryFields,
} from '../entry/entry-fields';
import { ColumnMap, headerOf, ImportField } from './import-columns';
import { ImportProblem, ImportRow, RawRow, RosterMember } from './import-types';
import { BAD, memberNoKey, nameKey, parseDay, parseLevel, parseNumber, Parsed, parseYesNo } from './import-values';

/** Finds roster members by the number a sheet gives. */
export interface RosterLookup {
  find(memberNo: string): RosterMember | null;
}

/** A lookup by exact number; a number whose leading zeros a spreadsheet dropped (00123 → 123) is found when only one member fits. */
export function rosterLookup(roster: readonly RosterMember[]): RosterLookup {
  const exact = new Map(roster.map((m) => [m.memberNo.trim(), m]));
  const unpadded = new Map<string, RosterMember[]>();
  for (const m of roster) {
    const no = m.memberNo.trim();
    if (!/^\d+$/.test(no)) continue;
    const key = no.replace(/^0+(?=\d)/, '');
    unpadded.set(key, [...(unpadded.get(key) ?? []), m]);
  }
  return {
    find(memberNo) {
      const hit = exact.get(memberNo);
      if (hit) return hit;
      if (!/^\d+$/.test(memberNo)) return null;
      const candidates = unpadded.get(memberNo.replace(/^0+(?=\d)/, '')) ?? [];
      return candidates.length === 1 ? candidates[0] : null;
    },
  };
}

export interface RowContext {
  doc: RuleDocument;
  columns: ColumnMap;
  roster: RosterLookup;
  today: string;
}

/** The column (header) each entry field is read from. */
const FIELD_COLUMN: Record<string, ImportField> = {
  item: 'item',
  occurredOn: 'date',
  quantity: 'quantity',
  level: 'level',
  points: 'points',
  leading: 'leading',
  contributors: 'contributors',
  matter: 'matter',
  note: 'note',
};

/** True when every cell is blank: such lines are skipped. */
export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((c) => !c || !c.trim());
}

/** Reads one data row into entry fields and checks them; the row is returned only when it has no problem. */
export function checkImportRow(raw: RawRow, ctx: RowContext): { row: ImportRow | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const add = (field: ImportField | null, message: string) =>
    problems.push({ row: raw.rowNumber, column: field ? headerOf(field) : null, message });
  const cell = (field: ImportField) => {
    const at = ctx.columns[field];
    return at === undefined ? '' : (raw.cells[at] ?? '').trim();
  };
  const mapped = new Set(Object.values(ctx.columns));
  raw.cells.forEach((c, i) => {
    if (!mapped.has(i) && c && c.trim()) add(null, `第 ${i + 1} 列没有表头，其中的内容“${c.trim()}”无法识别`);
  });

  const memberId = checkMember(cell('memberNo'), cell('name'), ctx.roster, add);

  const failed = new Set<ImportField>();
  const read = <T>(
    field: ImportField,
    parse: (text: string) => Parsed<T>,
    message: (text: string) => string,
  ): T | null => {
    const text = cell(field);
    const value = parse(text);
    if (value !== BAD) return value;
    failed.add(field);
    add(field, message(text));
    return null;
  };

  const itemText = cell('item');
  const place = itemText ? findItemByCodeOrLabel(ctx.doc, itemText) : null;
  if (!itemText) add('item', '要填写项目（项目代码或名称）');
  else if (!place) add('item', unknownItem(ctx.doc, itemText));
  if (!place) failed.add('item');

  const dateText = cell('date');
  if (!dateText) {
    failed.add('date');
    add('date', '要填写日期');
  }
  const occurredOn = read('date', parseDay, (t) => `日期“${t}”无法识别，请写作 2024-03-05 或 2024/3/5`) ?? '';

  const fields: EntryFields = {
    item: place?.item.code ?? itemText,
    occurredOn,
    quantity: read('quantity', parseNumber, (t) => `数量“${t}”不是数字`),
    level: read('level', parseLevel, (t) => `级别“${t}”无法识别，可填：${levelList(HONOUR_LEVELS)}`),
    leading: read('leading', parseYesNo, (t) => `牵头应填“是”或“否”（或留空），不能是“${t}”`),
    contributors: read('contributors', parseNumber, (t) => `参与单位数“${t}”不是数字`),
    points: read('points', parseNumber, (t) => `分值“${t}”不是数字`),
    matter: cell('matter') || null,
    note: cell('note') || null,
  };
  for (const p of checkEntryFields(ctx.doc, fields, ctx.today)) {
    const field = FIELD_COLUMN[p.field] ?? null;
    if (!field || !failed.has(field)) add(field, p.message);
  }
  if (problems.length > 0 || !memberId) return { row: null, problems };
  return { row: { rowNumber: raw.rowNumber, memberId, ...normalizeEntryFields(ctx.doc, fields) }, problems };
}

function checkMember(
  memberNoText: string,
  nameText: string,
  roster: RosterLookup,
  add: (field: ImportField | null, message: string) => void,
): string | null {
  const memberNo = memberNoKey(memberNoText);
  if (!memberNo) add('memberNo', '要填写党员编号');
  if (!nameText) add('name', '要填写姓名');
  if (!memberNo) return null;
  const member = roster.find(memberNo);
  if (!member) {
    add('memberNo', `党员编号“${memberNo}”不在本支部名册中`);
    return null;
  }
  if (nameText && nameKey(nameText) !== nameKey(member.name)) {
    add('name', `姓名“${nameText}”与名册中编号 ${member.memberNo} 的党员“${member.name}”不一致，请核对党员编号`);
    return null;
  }
  if (!member.active) {
    add('memberNo', `党员“${member.name}”（编号 ${member.memberNo}）已不是本支部在册党员，不能登记积分`);
    return null;
  }
  return nameText ? member.id : null;
}

function unknownItem(doc: RuleDocument, text: string): string {
  const sameLabel = itemPlaces(doc)
    .map((p) => p.item)
    .filter((i) => i.label.trim() === text);
  if (sameLabel.length > 1)
    return `方案中有 ${sameLabel.length} 个项目名称都是“${text}”，请改填项目代码（${sameLabel.map((i) => i.code).join('、')}）`;
  return `方案中没有代码或名称为“${text}”的项目，本方案的项目有：${itemList(doc)}（也可对照模板“项目”表填写）`;
}
