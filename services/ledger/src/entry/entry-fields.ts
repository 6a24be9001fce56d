import { Component, HONOUR_LEVELS, HonourLevel, isDay, Item, RuleDocument } from '@jifen/rules';

/** What a person fills in for one entry (申报/登记), before review. */
export interface EntryFields {
  /** The item's code in the rule document. */
  item: string;
  /** The day it happened, YYYY-MM-DD. */
  occurredOn: string;
  quantity?: number | null;
  level?: HonourLevel | null;
  /** Points proposed for a discretionary item (the reviewer may change them). */
  points?: number | null;
  leading?: boolean | null;
  contributors?: number | null;
  matter?: string | null;
  note?: string | null;
}

/** One problem with one field; the message (Chinese) says what to fix. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ItemPlace {
  item: Item;
  component: Component;
  section: { code: string; label: string } | null;
}

/** Honour levels as a person reads them. */
export const HONOUR_LEVEL_LABELS: Readonly<Record<HonourLevel, string>> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY: '市级',
  COUNTY: '县级',
  TOWNSHIP: '乡镇级',
  UNIT: '单位',
  BRANCH: '支部',
};

const NOTE_MAX_LENGTH = 500;
const MATTER_MAX_LENGTH = 200;
/** A summary shows at most this much of the note. */
const NOTE_SUMMARY_LENGTH = 50;
/** The engine refuses more contributors than this (facts.ts). */
const CONTRIBUTORS_MAX = 100;
/** Largest quantity an entry records (hours, times, pieces); the column holds 99,999,999.9, a year's register far less. */
const QUANTITY_MAX = 10_000;

/** Every item of the document with where it sits, in document order. */
export function itemPlaces(doc: RuleDocument): ItemPlace[] {
  const places: ItemPlace[] = [];
  for (const component of doc.components) {
    for (const item of component.items ?? []) places.push({ item, component, section: null });
    for (const section of component.sections ?? []) {
      for (const item of section.items)
        places.push({ item, component, section: { code: section.code, label: section.label } });
    }
  }
  return places;
}

/** The item with its component (and section), or null. */
export function findItem(doc: RuleDocument, code: string): ItemPlace | null {
  return itemPlaces(doc).find((p) => p.item.code === code) ?? null;
}

/** An item by code or by its Chinese label (spreadsheets name items by label); null when none or ambiguous. */
export function findItemByCodeOrLabel(doc: RuleDocument, text: string): ItemPlace | null {
  const wanted = text.trim();
  if (!wanted) return null;
  const places = itemPlaces(doc);
  const byCode = places.find((p) => p.item.code === wanted);
  if (byCode) return byCode;
  const byLabel = places.filter((p) => p.item.label.trim() === wanted);
  return byLabel.length === 1 ? byLabel[0] : null;
}

/** The levels an item counts, in the usual order (国家级 first). */
export function allowedLevels(item: Item): HonourLevel[] {
  const p = item.points;
  return p.mode === 'BY_LEVEL' ? HONOUR_LEVELS.filter((l) => p.values[l] !== undefined) : [];
}

/** 国家级、省级、市级 */
export function levelList(levels: readonly HonourLevel[]): string {
  return levels.map((l) => HONOUR_LEVEL_LABELS[l]).join('、');
}

/** Within a millionth of a tenth, as the engine allows. */
const oneDecimal = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6;
/** Positive as stored (one decimal): 1e-9 is "more than 0" but is kept as 0.0, so it is not. */
const positiveTenth = (v: number) => Math.round(v * 10) > 0;
const given = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;
const charCount = (s: string) => [...s].length;

/**
 * The scheme's items as a person reads them: each Chinese label with the code the API takes, one after another
 * with ；(labels themselves hold 、), e.g. 每月足额缴纳一次党费（dues）；每月参加一次党员活动日（activityDay）；….
 */
export function itemList(doc: RuleDocument): string {
  return itemPlaces(doc)
    .map((p) => `${p.item.label}（${p.item.code}）`)
    .join('；');
}

/** Every problem with the fields; empty when they can be recorded. `today` bounds the date. */
export function checkEntryFields(doc: RuleDocument, fields: EntryFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  const code = (fields.item ?? '').trim();
  const place = code ? findItem(doc, code) : null;
  if (!code) add('item', '要填写项目');
  else if (!place) add('item', `方案中没有代码为“${code}”的项目，本方案的项目有：${itemList(doc)}`);

  const day = (fields.occurredOn ?? '').trim();
  if (!day) add('occurredOn', '要填写发生日期');
  else if (!isDay(day)) add('occurredOn', `发生日期“${day}”无效，应为实际存在的日期，格式 YYYY-MM-DD`);
  else if (day > today) add('occurredOn', `发生日期 ${day} 晚于今天（${today}），只能登记已经发生的事`);

  if (given(fields.note) && charCount(fields.note.trim()) > NOTE_MAX_LENGTH) {
    add('note', `说明不能超过 ${NOTE_MAX_LENGTH} 字（现有 ${charCount(fields.note.trim())} 字）`);
  }
  if (place) checkAgainstItem(place.item, fields, add);
  return problems;
}

function checkAgainstItem(item: Item, fields: EntryFields, add: (field: string, message: string) => void): void {
  const p = item.points;
  const name = `“${item.label}”`;

  if (p.mode === 'PER_QUANTITY') {
    const q = fields.quantity;
    if (!(typeof q === 'number' && Number.isFinite(q) && positiveTenth(q) && q <= QUANTITY_MAX && oneDecimal(q))) {
      add('quantity', `${name}按${p.unit}计分，要填写数量：大于 0，不超过 ${QUANTITY_MAX}，最多一位小数`);
    }
  } else if (given(fields.quantity)) add('quantity', `${name}不按数量计分，不用填写数量`);

  if (p.mode === 'BY_LEVEL') {
    const allowed = allowedLevels(item);
    const level = fields.level;
    if (!given(level)) add('level', `${name}按级别计分，要填写级别：${levelList(allowed)}`);
    else if (!HONOUR_LEVELS.includes(level))
      add('level', `级别“${String(level)}”无效，${name}可填：${levelList(allowed)}`);
    else if (!allowed.includes(level))
      add('level', `${name}不计${HONOUR_LEVEL_LABELS[level]}，只计：${levelList(allowed)}`);
  } else if (given(fields.level)) add('level', `${name}不按级别计分，不用填写级别`);

  if (p.mode === 'DISCRETIONARY') {
    const v = fields.points;
    if (!(typeof v === 'number' && Number.isFinite(v) && positiveTenth(v) && v <= p.max && oneDecimal(v))) {
      add('points', `${name}由支部酌情定分，要填写分值：大于 0，不超过 ${p.max}，最多一位小数`);
    }
  } else if (given(fields.points)) add('points', `${name}的分值由规则确定，不能填写`);

  if (fields.leading === true && !item.leadingMultiplier)
    add('leading', `${name}没有牵头（带头、组织）加分的规定，不能填写牵头`);

  if (item.sharedAmongContributors) {
    const n = fields.contributors;
    if (given(n) && !(Number.isInteger(n) && n >= 1 && n <= CONTRIBUTORS_MAX))
      add('contributors', `参与单位数应为 1 到 ${CONTRIBUTORS_MAX} 的整数`);
  } else if (given(fields.contributors)) add('contributors', `${name}不由多个单位平分，不用填写参与单位数`);

  const matter = (fields.matter ?? '').trim();
  if (item.highestPerMatter) {
    if (!matter) add('matter', `${name}同一事项只计最高级别，要填写事项（如表彰名称），以便合并同一事项的不同级别`);
    else if (charCount(matter) > MATTER_MAX_LENGTH) add('matter', `事项不能超过 ${MATTER_MAX_LENGTH} 字`);
  } else if (matter) add('matter', `${name}不按事项合并计分，不用填写事项（可写在说明里）`);
}

const tenth = (v: number) => Math.round(v * 10) / 10;
const text = (v: string | null | undefined) => (v ?? '').trim() || null;

/** Fields cleaned for storage: only what the item uses is kept (e.g. level only for BY_LEVEL), trimmed note/matter, null elsewhere. */
export function normalizeEntryFields(doc: RuleDocument, fields: EntryFields): EntryFields {
  const code = (fields.item ?? '').trim();
  const item = findItem(doc, code)?.item;
  const mode = item?.points.mode;
  return {
    item: code,
    occurredOn: (fields.occurredOn ?? '').trim(),
    quantity: mode === 'PER_QUANTITY' && given(fields.quantity) ? tenth(fields.quantity) : null,
    level: mode === 'BY_LEVEL' && given(fields.level) ? fields.level : null,
    points: mode === 'DISCRETIONARY' && given(fields.points) ? tenth(fields.points) : null,
    leading: item?.leadingMultiplier ? fields.leading === true : null,
    contributors: item?.sharedAmongContributors && given(fields.contributors) ? fields.contributors : null,
    matter: item?.highestPerMatter ? text(fields.matter) : null,
    note: text(fields.note),
  };
}

/** A short Chinese summary of the fields for registers, e.g. “数量 2 篇；级别 市级；牵头；3 个单位共享；说明：…”. */
export function describeEntryFields(doc: RuleDocument, fields: EntryFields): string {
  const item = findItem(doc, (fields.item ?? '').trim())?.item;
  const f = normalizeEntryFields(doc, fields);
  const parts: string[] = [];
  if (given(f.quantity))
    parts.push(`数量 ${f.quantity}${item?.points.mode === 'PER_QUANTITY' ? ` ${item.points.unit}` : ''}`);
  if (given(f.level)) parts.push(`级别 ${HONOUR_LEVEL_LABELS[f.level] ?? f.level}`);
  if (given(f.points)) parts.push(`分值 ${f.points}`);
  if (f.leading) parts.push('牵头');
  if (given(f.contributors) && f.contributors > 1) parts.push(`${f.contributors} 个单位共享`);
  if (f.matter) parts.push(`事项：${f.matter}`);
  if (f.note)
    parts.push(
      `说明：${charCount(f.note) > NOTE_SUMMARY_LENGTH ? `${[...f.note].slice(0, NOTE_SUMMARY_LENGTH).join('')}…` : f.note}`,
    );
  return parts.join('；');
}
