import { show } from './figure-text';
import type { ResultPlan } from './run-plan';

/** What a result shows, for comparing two versions of a run. */
export interface ResultFigures {
  memberId: string;
  memberName: string;
  total: number | null;
  grade: string | null;
  stars: number | null;
  warning: string | null;
}

export interface RatingChange {
  memberId: string;
  memberName: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: ResultFigures | null;
  after: ResultFigures | null;
  /** Chinese, e.g. "总分 48 → 52；等次 双预警 → 诫勉谈话；不再预警". */
  text: string;
}

export function figuresOf(result: ResultPlan): ResultFigures {
  return {
    memberId: result.memberId,
    memberName: result.memberName,
    total: result.total,
    grade: result.grade?.name ?? null,
    stars: result.stars,
    warning: result.warning,
  };
}

const starText = (stars: number | null) => (stars ? `${stars} 星` : '无星');

/** Every member whose figures differ between the previous version and this one, in member order. */
export function diffResults(before: readonly ResultFigures[], after: readonly ResultFigures[]): RatingChange[] {
  const old = new Map(before.map((r) => [r.memberId, r]));
  const changes: RatingChange[] = [];
  for (const now of after) {
    const was = old.get(now.memberId);
    old.delete(now.memberId);
    if (!was) {
      changes.push({
        memberId: now.memberId,
        memberName: now.memberName,
        kind: 'ADDED',
        before: null,
        after: now,
        text: '上一版本中没有此人',
      });
      continue;
    }
    const parts: string[] = [];
    if (was.total !== now.total) parts.push(`总分 ${show(was.total)} → ${show(now.total)}`);
    if (was.grade !== now.grade) parts.push(`等次 ${show(was.grade)} → ${show(now.grade)}`);
    if (was.stars !== now.stars) parts.push(`星级 ${starText(was.stars)} → ${starText(now.stars)}`);
    if (was.warning !== now.warning) parts.push(now.warning ? '新列入双预警' : '不再双预警');
    if (parts.length > 0)
      changes.push({
        memberId: now.memberId,
        memberName: now.memberName,
        kind: 'CHANGED',
        before: was,
        after: now,
        text: parts.join('；'),
      });
  }
  for (const gone of old.values()) {
    changes.push({
      memberId: gone.memberId,
      memberName: gone.memberName,
      kind: 'REMOVED',
      before: gone,
      after: null,
      text: '本版本中已没有此人（积分不再是已确认状态，或已转出）',
    });
  }
  return changes.sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
}
