import { randomUUID } from 'node:crypto';
import { actorName, AppError, Caller, seesWholeRoster, UploadErrorCode } from '@jifen/kit';
import { dayOf, rethrowUniqueViolation } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { IMPORT_LIMITS, importRejected, parseEntryImport } from '../import';
import { IMPORT_UPLOAD_TTL_SECONDS } from '../import/import-upload';
import { consumePendingUpload, findPendingUpload } from '../import/import-upload.storage';
import { assertMayAct, memberReach, RegisterAction } from '../ledger-access';
import { invalidTransition, LedgerError, LedgerErrorCode, noEffectiveScheme } from '../ledger-error';
import { assertOnRoster, branchInScope, MemberInBranch, membersWithBranch } from '../register/branch-lookup';
import { rosterOf } from '../register/roster';
import { assertEvidenceInBranch } from '../evidence/evidence.storage';
import { BranchRef, ScoreKeeper, ScorePlan } from '../scoring/score-keeper';
import { earliestDay, latestDay } from '../scoring/score-plan';
import { SchemeInForce, SchemeSource } from '../scoring/scheme-source';
import { checkEntryFields, EntryFields, findItem, normalizeEntryFields } from './entry-fields';
import { nominalPoints } from './entry-points';
import { EntryKind, EntryState } from './entry-state';
import { appendEntries, EntryDraft, EntryRecord, findEntries, insertReviews, ReviewRecord } from './entry.storage';
import { StoredLink } from './entry-chain';

export interface DeclareEntry extends EntryFields {
  memberId: string;
  evidenceIds?: string[] | null;
}

export interface RecordAttendance {
  organizationId: string;
  item: string;
  occurredOn: string;
  memberIds: string[];
  note?: string | null;
  /** Recorded by the committee from the sign-in sheet: accepted at once. */
  accept: boolean;
}

export interface RecordEntries {
  organizationId: string;
  entries: DeclareEntry[];
  /** Recorded by the committee: accepted at once (支委初评). */
  accept: boolean;
}

export interface ImportEntries {
  organizationId: string;
  /** An import file from `POST /uploads/import`, by the same caller for the same branch. */
  uploadId: string;
  accept: boolean;
}

export interface ReviewEntries {
  entryIds: string[];
  accept: boolean;
  /** A discretionary item's points (only when reviewing one entry); otherwise the points the declaration proposed. */
  points?: number | null;
  reason?: string | null;
}

interface Row {
  member: MemberInBranch;
  fields: EntryFields;
  evidenceIds: string[];
}

const MAX_BATCH = 1000;

const uploadNotFound = (id: string) =>
  new AppError(
    UploadErrorCode.UPLOAD_NOT_FOUND,
    `找不到编号为 ${id} 的导入文件：上传后 ${IMPORT_UPLOAD_TTL_SECONDS / 3600} 小时内、由上传者本人、向同一党支部导入有效，已导入的文件不能再用，请重新上传`,
    { uploadId: id },
  );

/** Entries: declared, recorded in bulk or imported, reviewed and reversed; each write one transaction that keeps scores current. */
export class EntryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly schemes: SchemeSource,
    private readonly clock: () => Date,
  ) {}

  private today(): string {
    return dayOf(this.clock);
  }

  /** 申报: by the member, the recorder, or another member about someone else. It counts once reviewed. */
  async declare(caller: Caller, token: string, input: DeclareEntry, clientKey?: string | null): Promise<EntryRecord> {
    const [member] = await this.members(caller, [input.memberId]);
    assertMayAct(caller, RegisterAction.DECLARE, member.branch.path);
    const [record] = await this.write(
      caller,
      token,
      member.branch,
      [{ member, fields: input, evidenceIds: input.evidenceIds ?? [] }],
      false,
      clientKey,
      'declareEntry',
      input,
    );
    return record;
  }

  /** One meeting's attendance: an entry for each member present, in one call. */
  async recordAttendance(
    caller: Caller,
    token: string,
    input: RecordAttendance,
    clientKey?: string | null,
  ): Promise<EntryRecord[]> {
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, input.organizationId));
    assertMayRecord(caller, branch, input.accept);
    const ids = [...new Set(input.memberIds)];
    if (ids.length === 0)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '请至少选择一名参加的党员', { field: 'memberIds' });
    if (ids.length !== input.memberIds.length)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '参加人员中有重复的党员', { field: 'memberIds' });
    const members = await this.members(caller, ids, branch);
    const rows = members.map((member) => ({
      member,
      fields: { item: input.item, occurredOn: input.occurredOn, note: input.note },
      evidenceIds: [],
    }));
    return this.write(caller, token, branch, rows, input.accept, clientKey, 'recordAttendance', input);
  }

  /** A batch of one branch's entries, as a branch's own tool sends them: every entry checked first; none written unless all are good. */
  async recordEntries(
    caller: Caller,
    token: string,
    input: RecordEntries,
    clientKey?: string | null,
  ): Promise<EntryRecord[]> {
    if (input.entries.length === 0 || input.entries.length > MAX_BATCH) {
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `一次登记 1 到 ${MAX_BATCH} 条记录`, {
        field: 'entries',
        count: input.entries.length,
      });
    }
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, input.organizationId));
    assertMayRecord(caller, branch, input.accept);
    const members = new Map(
      (await this.members(caller, [...new Set(input.entries.map((e) => e.memberId))], branch)).map((m) => [m.id, m]),
    );
    const rows = input.entries.map(({ memberId, evidenceIds, ...fields }) => ({
      member: members.get(memberId)!,
      fields,
      evidenceIds: evidenceIds ?? [],
    }));
    return this.write(caller, token, branch, rows, input.accept, clientKey, 'recordEntries', input);
  }

  /**
   * A CSV or xlsx file of entries, uploaded first (`POST /uploads/import`): every row checked first; nothing
   * written unless every row is good. The rows are written with the upload taken, in one transaction, so a file
   * is imported once; a retry with the same clientKey answers as the first import did.
   */
  async importEntries(
    caller: Caller,
    token: string,
    input: ImportEntries,
    clientKey?: string | null,
  ): Promise<EntryRecord[]> {
    const { branch, roster, upload } = await this.dataSource.transaction(async (db) => {
      const found = await branchInScope(db, caller, input.organizationId);
      return {
        branch: found,
        roster: await rosterOf(db, found),
        upload: await findPendingUpload(db, input.uploadId, found.id, caller.subject),
      };
    });
    assertMayRecord(caller, branch, input.accept);
    if (!upload) {
      // Taken by a first attempt with this clientKey: oncePerKey answers with that attempt's result; otherwise unknown.
      return this.inTransaction((db) =>
        oncePerKey(db, caller, clientKey, 'importEntries', input, this.clock(), async () =>
          Promise.reject(uploadNotFound(input.uploadId)),
        ),
      );
    }
    const today = this.today();
    const scheme = (await this.schemes.versionsOn(token, branch, [today])).get(today);
    if (!scheme) throw noEffectiveScheme(branch.name, today);
    const parsed = await parseEntryImport(upload.content, upload.format, scheme.document, roster, today, {
      ...IMPORT_LIMITS,
      maxDataRows: MAX_BATCH,
    });
    if (!parsed.ok) throw importRejected(parsed.problems);
    const members = new Map(
      (await this.members(caller, [...new Set(parsed.rows.map((r) => r.memberId))], branch)).map((m) => [m.id, m]),
    );
    const rows = parsed.rows.map(({ rowNumber: _row, memberId, ...fields }) => ({
      member: members.get(memberId)!,
      fields,
      evidenceIds: [],
    }));
    return this.write(caller, token, branch, rows, input.accept, clientKey, 'importEntries', input, async (db) => {
      if (!(await consumePendingUpload(db, upload.id))) throw uploadNotFound(input.uploadId);
    });
  }

  /** 支委初评: accept (with the points the rules give) or reject with a reason, one entry or a batch of one branch. */
  async review(caller: Caller, token: string, input: ReviewEntries, clientKey?: string | null): Promise<EntryRecord[]> {
    const ids = [...new Set(input.entryIds)];
    if (ids.length === 0 || ids.length > MAX_BATCH)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `一次初评 1 到 ${MAX_BATCH} 条`, { field: 'entryIds' });
    const reason = input.reason?.trim() || null;
    if (!input.accept && !reason)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '不予认定时要写明理由', { field: 'reason' });
    if (input.points !== undefined && input.points !== null && ids.length !== 1) {
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '酌情给分时请逐条初评', { field: 'points' });
    }
    const found = await this.dataSource.transaction((db) =>
      findEntries(db, ids, caller.scopePath, memberReach(caller)?.memberId ?? null),
    );
    const missing = ids.filter((id) => !found.some((e) => e.id === id));
    if (missing.length > 0) throw entryNotFound(missing[0]);
    const entries = ids.map((id) => found.find((e) => e.id === id)!);
    const branch = await this.oneBranch(caller, entries);
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    for (const entry of entries) {
      if (entry.kind !== EntryKind.CLAIM || entry.state !== EntryState.DECLARED) {
        throw invalidTransition(`第 ${entry.seq} 号记录（${entry.itemLabel}）${whyNotReviewable(entry)}`, {
          entryId: entry.id,
          state: entry.state,
          reviewedBy: entry.review?.reviewedBy ?? null,
          reviewedByName: entry.review?.reviewedByName ?? null,
        });
      }
    }
    const days = entries.map((e) => e.occurredOn);
    const { plan, versions } = await this.keeper.plan(token, branch, earliestDay(days), latestDay(days), days);
    const now = this.clock();
    const reviews = entries.map((entry) => ({
      entryId: entry.id,
      ...this.decide(entry, versions.get(entry.occurredOn) ?? null, input, reason, caller, now),
    }));
    return this.inTransaction(async (db) =>
      oncePerKey(db, caller, clientKey, 'reviewEntries', input, now, async () => {
        await insertReviews(db, branch.districtId, branch.id, reviews);
        if (input.accept) await this.keeper.apply(db, plan, [...new Set(entries.map((e) => e.memberId))]);
        return entries.map((entry, i) => ({
          ...entry,
          review: withoutId(reviews[i]),
          state: input.accept ? EntryState.ACCEPTED : EntryState.REJECTED,
        }));
      }),
    );
  }

  /** 冲正: a correction is a new entry that cancels an earlier one, with its reason; nothing is ever edited. */
  async reverse(
    caller: Caller,
    token: string,
    entryId: string,
    rawReason: string,
    clientKey?: string | null,
  ): Promise<EntryRecord> {
    const reason = rawReason.trim();
    if (!reason) throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '冲正要写明理由', { field: 'reason' });
    const [original] = await this.dataSource.transaction((db) =>
      findEntries(db, [entryId], caller.scopePath, memberReach(caller)?.memberId ?? null),
    );
    if (!original) throw entryNotFound(entryId);
    const branch = await this.oneBranch(caller, [original]);
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    if (original.kind !== EntryKind.CLAIM)
      throw invalidTransition('冲正记录不能再冲正；如有错误请重新申报', { entryId });
    if (original.state === EntryState.REVERSED)
      throw invalidTransition(`第 ${original.seq} 号记录已经冲正过`, { entryId });
    if (original.state === EntryState.REJECTED)
      throw invalidTransition(`第 ${original.seq} 号记录未被认定，不计分，无需冲正`, { entryId });
    const { plan } = await this.keeper.plan(token, branch, original.occurredOn, original.occurredOn);
    const now = this.clock();
    const draft: EntryDraft = {
      ...copyFields(original),
      id: randomUUID(),
      kind: EntryKind.REVERSAL,
      reversesEntryId: original.id,
      reason,
      declaredBy: caller.subject,
      declaredByRole: caller.role,
    };
    const review: ReviewRecord = {
      decision: 'ACCEPTED',
      points:
        original.review?.points === null || original.review?.points === undefined ? null : -original.review.points,
      awarded: null,
      reason,
      reviewedBy: caller.subject,
      reviewedByName: actorName(caller),
      reviewedAt: now.toISOString(),
    };
    return this.inTransaction(async (db) =>
      oncePerKey(db, caller, clientKey, 'reverseEntry', { entryId, reason }, now, async () => {
        const [link] = await appendEntries(db, branch.districtId, branch.id, [draft], now);
        await insertReviews(db, branch.districtId, branch.id, [{ entryId: link.id, ...review }]);
        await this.keeper.apply(db, plan, [original.memberId]);
        return recordOf(link, branch.districtId, actorName(caller), review, EntryState.ACCEPTED);
      }),
    ).catch(
      rethrowUniqueViolation('entry_reversed_once', () =>
        invalidTransition(`第 ${original.seq} 号记录已经冲正过`, { entryId }),
      ),
    );
  }

  /** Checks every row against the scheme in force on its day, then writes all of them (and, if accepted, their reviews and scores). */
  private async write(
    caller: Caller,
    token: string,
    branch: BranchRef,
    rows: Row[],
    accept: boolean,
    clientKey: string | null | undefined,
    operation: string,
    body: unknown,
    /** More of the same write, in its transaction (an import takes its upload). */
    alsoInside?: (db: EntityManager) => Promise<void>,
  ): Promise<EntryRecord[]> {
    if (rows.length > MAX_BATCH)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `一次最多登记 ${MAX_BATCH} 条`, { count: rows.length });
    rows.forEach((row) => assertOnRoster(row.member));
    const today = this.today();
    const days = rows.map((r) => r.fields.occurredOn).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d <= today);
    const { plan, versions } =
      accept && days.length > 0
        ? await this.keeper.plan(token, branch, earliestDay(days), latestDay(days), days)
        : { plan: null as ScorePlan | null, versions: await this.schemes.versionsOn(token, branch, days) };
    const problems: { index: number; field: string; message: string }[] = [];
    const drafts: EntryDraft[] = [];
    const reviews: ({ entryId: string } & ReviewRecord)[] = [];
    const now = this.clock();
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
    return this.inTransaction(async (db) =>
      oncePerKey(db, caller, clientKey, operation, body, now, async () => {
        await assertEvidenceInBranch(
          db,
          branch,
          drafts.flatMap((d) => d.evidenceIds),
          seesWholeRoster(caller) ? null : caller.subject,
        );
        if (alsoInside) await alsoInside(db);
        const links = await appendEntries(db, branch.districtId, branch.id, drafts, now);
        await insertReviews(db, branch.districtId, branch.id, reviews);
        if (plan) await this.keeper.apply(db, plan, [...new Set(drafts.map((d) => d.memberId))]);
        return links.map((link, i) =>
          recordOf(
            link,
            branch.districtId,
            actorName(caller),
            reviews[i] ? withoutId(reviews[i]) : null,
            accept ? EntryState.ACCEPTED : EntryState.DECLARED,
          ),
        );
      }),
    );
  }

  private decide(
    entry: EntryRecord,
    scheme: SchemeInForce | null,
    input: ReviewEntries,
    reason: string | null,
    caller: Caller,
    now: Date,
  ): ReviewRecord {
    const base = {
      reason,
      reviewedBy: caller.subject,
      reviewedByName: actorName(caller),
      reviewedAt: now.toISOString(),
    };
    if (!input.accept) return { decision: 'REJECTED', points: null, awarded: null, ...base };
    const place = scheme ? findItem(scheme.document, entry.itemCode) : null;
    if (!scheme || !place) {
      throw invalidTransition(
        `第 ${entry.seq} 号记录的项目“${entry.itemLabel}”不在 ${entry.occurredOn} 执行的方案中（方案已修订），请冲正后按现行方案重新申报`,
        { entryId: entry.id },
      );
    }
    let discretionary = entry.points;
    if (place.item.points.mode === 'DISCRETIONARY') {
      discretionary = input.points ?? entry.points ?? null;
      const max = place.item.points.max;
      if (
        discretionary === null ||
        discretionary <= 0 ||
        discretionary > max ||
        Math.round(discretionary * 10) !== discretionary * 10
      ) {
        throw new LedgerError(
          LedgerErrorCode.INVALID_ENTRY,
          `“${place.item.label}”由支部酌情给分，请给出大于 0、不超过 ${max} 分的分值（最多一位小数）`,
          { field: 'points', entryId: entry.id },
        );
      }
    } else if (input.points !== undefined && input.points !== null) {
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `“${place.item.label}”按规则计分，不能另给分值`, {
        field: 'points',
        entryId: entry.id,
      });
    }
    const fact = {
      id: entry.id,
      item: entry.itemCode,
      date: entry.occurredOn,
      ...factFields({ ...entry, level: entry.level as EntryFields['level'], points: discretionary }),
    };
    const awarded = place.item.points.mode === 'DISCRETIONARY' ? discretionary : null;
    return {
      decision: 'ACCEPTED',
      points: nominalPoints(place.item, place.component.kind, fact).points,
      awarded,
      ...base,
    };
  }

  private async members(caller: Caller, ids: string[], branch?: BranchRef): Promise<MemberInBranch[]> {
    const found = await this.dataSource.transaction((db) => membersWithBranch(db, caller, ids));
    const missing = ids.find((id) => !found.some((m) => m.id === id));
    if (missing)
      throw new LedgerError(LedgerErrorCode.MEMBER_NOT_FOUND, `找不到编号为 ${missing} 的党员，或您无权访问他/她`, {
        id: missing,
      });
    const outside = branch ? found.find((m) => m.branch.id !== branch.id) : undefined;
    if (outside)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `${outside.name}不在${branch!.name}，请分支部登记`, {
        memberId: outside.id,
      });
    return ids.map((id) => found.find((m) => m.id === id)!);
  }

  private async oneBranch(caller: Caller, entries: readonly EntryRecord[]): Promise<BranchRef> {
    const branchIds = [...new Set(entries.map((e) => e.branchId))];
    if (branchIds.length > 1)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '一次只能办理一个党支部的记录', { field: 'entryIds' });
    return this.dataSource.transaction((db) => branchInScope(db, caller, branchIds[0]));
  }

  private inTransaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

/**
 * Recording attendance or importing is the recorder's record keeping (KEEP_REGISTER); accepting the rows at
 * once is the committee's first review (支委初评) as well, so `accept` needs REVIEW too.
 */
function assertMayRecord(caller: Caller, branch: BranchRef, accept: boolean): void {
  assertMayAct(caller, RegisterAction.KEEP, branch.path);
  if (accept) assertMayAct(caller, RegisterAction.REVIEW, branch.path);
}

const entryNotFound = (id: string) =>
  new LedgerError(LedgerErrorCode.ENTRY_NOT_FOUND, `找不到编号为 ${id} 的积分记录，或您无权访问它`, { id });

function withoutId<T extends { entryId: string }>(review: T): Omit<T, 'entryId'> {
  const { entryId: _id, ...rest } = review;
  void _id;
  return rest;
}

/** The engine's optional fields from stored ones. */
function factFields(
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

function copyFields(
  entry: EntryRecord,
): Omit<EntryDraft, 'id' | 'kind' | 'reversesEntryId' | 'reason' | 'declaredBy' | 'declaredByRole'> {
  return {
    branchId: entry.branchId,
    memberId: entry.memberId,
    schemeVersionId: entry.schemeVersionId,
    itemCode: entry.itemCode,
    itemLabel: entry.itemLabel,
    occurredOn: entry.occurredOn,
    quantity: entry.quantity,
    level: entry.level,
    points: entry.points,
    leading: entry.leading,
    contributors: entry.contributors,
    matter: entry.matter,
    note: entry.note,
    evidenceIds: entry.evidenceIds,
  };
}

/** Why an entry cannot be reviewed (again), naming who already decided on it. */
function whyNotReviewable(entry: EntryRecord): string {
  if (entry.kind === EntryKind.REVERSAL) return '是冲正记录，无需初评';
  if (entry.state === EntryState.REVERSED) return '已冲正，不能再初评';
  if (!entry.review) return '已不在待初评状态，不能再初评';
  const decision = entry.review.decision === 'ACCEPTED' ? '认定' : '不予认定';
  return `已由 ${entry.review.reviewedByName} 初评（${decision}），不能再初评`;
}

function recordOf(
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
