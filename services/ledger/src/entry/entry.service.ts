import { actorName, AppError, Caller, seesWholeRoster, UploadErrorCode } from '@jifen/kit';
import { dayOf } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { IMPORT_LIMITS, importRejected, parseEntryImport } from '../import';
import { IMPORT_UPLOAD_TTL_SECONDS } from '../import/import-upload';
import { consumePendingUpload, findPendingUpload } from '../import/import-upload.storage';
import { assertMayAct, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode, noEffectiveScheme } from '../ledger-error';
import { assertOnRoster, branchInScope, MemberInBranch, membersWithBranch } from '../register/branch-lookup';
import { rosterOf } from '../register/roster';
import { assertEvidenceInBranch } from '../evidence/evidence.storage';
import { BranchRef, ScoreKeeper, ScorePlan } from '../scoring/score-keeper';
import { earliestDay, latestDay } from '../scoring/score-plan';
import { SchemeSource } from '../scoring/scheme-source';
import { draftEntries, EntryRow, MAX_BATCH, recordOf, withoutId } from './entry-drafts';
import { EntryFields } from './entry-fields';
import { EntryState } from './entry-state';
import { appendEntries, insertReviews } from './entry-write.storage';
import { EntryRecord } from './entry.storage';

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

const uploadNotFound = (id: string) =>
  new AppError(
    UploadErrorCode.UPLOAD_NOT_FOUND,
    `找不到编号为 ${id} 的导入文件：上传后 ${IMPORT_UPLOAD_TTL_SECONDS / 3600} 小时内、由上传者本人、向同一党支部导入有效，已导入的文件不能再用，请重新上传`,
    { uploadId: id },
  );

/** New entries: declared, recorded in bulk or imported; each write one transaction that keeps scores current. */
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

  /** Checks every row against the scheme in force on its day, then writes all of them (and, if accepted, their reviews and scores). */
  private async write(
    caller: Caller,
    token: string,
    branch: BranchRef,
    rows: EntryRow[],
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
    const now = this.clock();
    const { drafts, reviews } = draftEntries(rows, { caller, branch, accept, versions, days, today, now });
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
