import { nearestInForce } from '@jifen/kit';
import { AssignmentRecord } from './scheme.storage';

/** The assignment in force for a node on a day: its own, or the nearest ancestor's (given the path's assignments). */
export function assignmentInForce(
  path: string,
  assignments: readonly AssignmentRecord[],
  day: string,
): AssignmentRecord | null {
  return nearestInForce(
    path,
    assignments,
    (a) => a.organizationId,
    (a) => a.effectiveFrom,
    day,
  );
}
