import { HonourLevel, Item } from '../document/rule-document.types';

/** Item builders the templates share: the seeds' three ways of giving points. */
export const discretionary = (code: string, label: string, max: number, cap?: Item['cap']): Item => ({
  code,
  label,
  points: { mode: 'DISCRETIONARY', max },
  ...(cap ? { cap } : {}),
});

export const perCase = (code: string, label: string, value: number, cap?: Item['cap']): Item => ({
  code,
  label,
  points: { mode: 'PER_OCCURRENCE', value },
  ...(cap ? { cap } : {}),
});

export const byLevel = (
  code: string,
  label: string,
  values: Partial<Record<HonourLevel, number>>,
  more: Partial<Item> = {},
): Item => ({ code, label, points: { mode: 'BY_LEVEL', values }, ...more });
