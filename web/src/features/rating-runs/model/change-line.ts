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
 * ("李秀英 3 星 → 4 星"), then the API's account of every figure that changed.
 */
export function changeLine(change: ChangeFacts): { headline: string; detail: string } {
  const moved = change.kind === 'CHANGED' && (change.starsBefore ?? null) !== (change.starsAfter ?? null);
  return {
    headline: moved
      ? `${change.memberName} ${starsText(change.starsBefore)} → ${starsText(change.starsAfter)}`
      : change.memberName,
    detail: change.text,
  };
}
