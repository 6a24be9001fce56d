import { RuleDocument } from '../document/rule-document.types';

/** The member kinds as people read them. */
export const KIND_NAMES = { FULL: '正式党员', PROBATIONARY: '预备党员', ACTIVIST: '入党积极分子' } as const;

/** The honour levels as people read them. */
export const LEVEL_NAMES: Record<string, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY: '市级',
  COUNTY: '县（区）级',
  TOWNSHIP: '乡镇（党工委）级',
  UNIT: '本单位',
  BRANCH: '党支部',
};

/** The values a field takes, each code with its Chinese label, for a message that says what may be given. */
export function choiceList(choices: readonly { code: string; label: string }[]): string {
  return choices.map((c) => `${c.code}（${c.label}）`).join('、');
}

/**
 * A scheme's items as a person reads them, Chinese label first with the code after, in the document's order and
 * separated by ；(labels themselves hold 、): 每月足额缴纳一次党费（dues）；每月参加一次党员活动日（activityDay）；…
 * The register's item errors list them the same way.
 */
export function itemChoiceList(items: Iterable<{ code: string; label: string }>): string {
  return [...items].map((i) => `${i.label}（${i.code}）`).join('；');
}

/** A scheme's grades as choices (code and name). */
export function gradeChoices(doc: RuleDocument): { code: string; label: string }[] {
  return doc.grading.bands.map((b) => ({ code: b.code, label: b.name }));
}

/** The code of the grade `text` names, by its code or by its Chinese name (“基本合格”); `null` when the scheme has none. */
export function gradeCodeOf(doc: RuleDocument, text: string): string | null {
  const given = text.trim();
  return doc.grading.bands.find((b) => b.code === given || b.name === given)?.code ?? null;
}
