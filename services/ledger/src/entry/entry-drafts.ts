import { randomUUID } from 'node:crypto';
import { actorName, Caller } from '@jifen/kit';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { MemberInBranch } from '../register/branch-lookup';
import { BranchRef } from '../scoring/score-keeper';
import { SchemeInForce } from '../scoring/scheme-source';
import { StoredLink } from './entry-chain';
import { checkEntryFields, EntryFields, findItem, normalizeEntryFields } from './entry-fields';
import { nominalPoints } from './entry-points';
import { EntryKind, EntryState } from './entry-state';
import { EntryDraft } from './entry-write.storage';
import { EntryRecord, ReviewRecord } from './entry.storage';

/** The most entries one call records, imports or reviews. */
export const MAX_BATCH = 1000;

/** One entry to record: its member (with the branch), what was done, and its evidence. */
export interface EntryRow {
  member: MemberInBranch;
  fields: EntryFields;
  evidenceIds: string[];
}

type DraftReview = { entryId: string } & ReviewRecord;

interface DraftContext {
  caller: Caller;
  branch: BranchRef;
  /** Accepted at once (支委初评): each draft gets its review. */
  accept: boolean;
  /** The scheme in force on each valid day. */
  versions: ReadonlyMap<string, SchemeInForce | null>;
  /** The rows' days that are dates and not after today. */
  days: readonly string[];
  today: string;
  now: Date;
}

/**
 * Checks every row against the scheme in force on its day: the drafts to append (and, if accepted, their reviews),
 * or one refusal that lists every row's problems.
 */
export function draftEntries(
  rows: readonly EntryRow[],
  context: DraftContext,
): { drafts: EntryDraft[]; reviews: DraftReview[] } {
  const { caller, branch, accept, versions, days, today, now } = context;
  const problems: { index: number; field: string; message: string }[] = [];
  const drafts: EntryDraft[] = [];
  const reviews: DraftReview[] = [];
  rows.forEach((row, index) => {
    const scheme = versions.get(row.fields.occurredOn) ?? null;
    const day = row.fields.occurredOn;
    if (!scheme) {
      const message = days.includes(day)
        ? `${branch.name}在 ${day} 没有执行中的积分方案`
        : '发生日期应为有效日期，且不晚于今天';
      return void problems.push({ index, field: 'occurredOn', message });
    }
    const found = checkEntryFields(scheme.document, row.fields, today);
    if (found.length > 0) return void problems.push(...found.map((p) => ({ index, ...p })));
    const fields = normalizeEntryFields(scheme.document, row.fields);
    const place = findItem(scheme.document, fields.item)!;
    const id = randomUUID();
    drafts.push({
      id,
      branchId: branch.id,
      kind: EntryKind.CLAIM,
      memberId: row.member.id,
      schemeVersionId: scheme.versionId,
      itemCode: place.item.code,
      itemLabel: place.item.label,
      occurredOn: fields.occurredOn,
      quantity: fields.quantity ?? null,
      level: fields.level ?? null,
      points: fields.points ?? null,
      leading: fields.leading ?? null,
      contributors: fields.contributors ?? null,
      matter: fields.matter ?? null,
      note: fields.note ?? null,
      evidenceIds: [...new Set(row.evidenceIds)],
      reversesEntryId: null,
      reason: null,
      declaredBy: caller.subject,
      declaredByRole: caller.role,
    });
    if (accept) {
      const points = nominalPoints(place.item, place.component.kind, {
        id,
        item: place.item.code,
        date: fields.occurredOn,
        ...factFields(fields),
      }).points;
      const awarded = place.item.points.mode === 'DISCRETIONARY' ? (fields.points ?? null) : null;
      reviews.push({
        entryId: id,
        decision: 'ACCEPTED',
        points,
        awarded,
        reason: null,
        reviewedBy: caller.subject,
        reviewedByName: actorName(caller),
        reviewedAt: now.toISOString(),
      });
    }
  });
  if (problems.length > 0) {
    const where = (index: number) => (rows.length > 1 ? `第 ${index + 1} 条：` : '');
    throw new LedgerError(
      LedgerErrorCode.INVALID_ENTRY,
      problems.map((p) => `${where(p.index)}${p.message}`).join('；'),
      { problems },
    );
  }
  return { drafts, reviews };
}

/** The engine's optional fields from stored ones. */
export function factFields(
  fields: Pick<EntryFields, 'quantity' | 'level' | 'points' | 'leading' | 'contributors' | 'matter'>,
) {
  return {
    ...(fields.quantity != null ? { quantity: fields.quantity } : {}),
    ...(fields.level != null ? { level: fields.level } : {}),
    ...(fields.points != null ? { points: fields.points } : {}),
    ...(fields.leading != null ? { leading: fields.leading } : {}),
    ...(fields.contributors != null ? { contributors: fields.contributors } : {}),
    ...(fields.matter != null ? { matter: fields.matter } : {}),
  };
}

export function withoutId<T extends { entryId: string }>(review: T): Omit<T, 'entryId'> {
  const { entryId: _id, ...rest } = review;
  void _id;
  return rest;
}

/** The answer for an entry just appended. */
export function recordOf(
  link: StoredLink,
  districtId: string,
  declaredByName: string,
  review: ReviewRecord | null,
  state: EntryState,
): EntryRecord {
  const { prevHash: _prev, ...content } = link;
  void _prev;
  return { ...content, districtId, declaredByName, review, reversedBy: null, assemblyId: null, windowId: null, state };
}
