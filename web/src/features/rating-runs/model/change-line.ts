import { starsText } from './run-labels';

export interface ChangeFacts {
  memberName: string;
  kind: string;
  text: string;
  starsBefore?: number | null;
  starsAfter?: number | null;
}

/**
 * One member's change between two versions as the confirmation lists it: the stars first when they moved
 * ("李秀英 3 星 → 4 星"), then the API's account of the other figures that changed (total, grade, warning).
 */
export function changeLine(change: ChangeFacts): { headline: string; detail: string } {
  const moved = change.kind === 'CHANGED' && (change.starsBefore ?? null) !== (change.starsAfter ?? null);
  if (!moved) return { headline: change.memberName, detail: change.text };
  const stars = `${starsText(change.starsBefore)} → ${starsText(change.starsAfter)}`;
  // The API's account names the stars too: the rest of it (total, grade, warning) is what the line adds.
  const rest = change.text
    .split('；')
    .filter((part) => part !== `星级 ${stars}`)
    .join('；');
  return { headline: `${change.memberName} ${stars}`, detail: rest };
}
