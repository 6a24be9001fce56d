import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { actorNameAt, dayOf, rethrowUniqueViolation } from '@jifen/kit/server';
import { parsePeriodKey, Period, PERIOD_KINDS, PERIOD_NAMES, RuleDocument } from '@jifen/rules';
import { DataSource } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { assertMayAct, mayReadPublicityList, memberReach, RegisterAction } from '../ledger-access';
import { invalidTransition, LedgerError, LedgerErrorCode } from '../ledger-error';
import { countEntriesDated, countUnreviewed } from '../entry/entry.storage';
import { assertSomethingRecorded } from './assembly-rules';
import { ScoreKeeper } from '../scoring/score-keeper';
import { documentOn, SchemeSource } from '../scoring/scheme-source';
import { branchInScope } from './branch-lookup';
import * as storage from './register.storage';
import { AssemblyRecord, WindowRecord } from './register.storage';
import { publicityBoard, RatedBoard } from './publicity-board';
import { RatingStars } from '../exports/rating-stars';

export interface ConfirmAssembly {
  organizationId: string;
  period: string;
  meetingOn: string;
  attendeeIds: string[];
  note?: string | null;
  /** Confirms a period in which nobody has any entry (refused without it). */
  acknowledgeNoEntries?: boolean | null;
}

export interface PublishScores {
  assemblyId: string;
  startsOn: string;
  endsOn: string;
}

/** 大会评定 and 公示: the assembly confirms a period's batch; publicity opens, runs its days and closes. */
export class PublicityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly schemes: SchemeSource,
    private readonly clock: () => Date,
    private readonly stars: RatingStars,
  ) {}

  private today(): string {
    return dayOf(this.clock);
  }

  /** The branch assembly confirms every reviewed entry of the period not yet confirmed, with its date and attendance. */
  async confirmAssembly(
    caller: Caller,
    token: string,
    input: ConfirmAssembly,
    clientKey?: string | null,
  ): Promise<AssemblyRecord> {
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, input.organizationId));
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    const today = this.today();
    const doc = await documentOn(this.schemes, token, branch, today);
    const period = confirmablePeriod(doc, input.period);
    if (input.meetingOn > today || input.meetingOn < period.start) {
      throw new LedgerError(LedgerErrorCode.INVALID_PERIOD, `大会日期应在 ${period.start} 到今天之间`, {
        field: 'meetingOn',
      });
    }
    const { plan } = await this.keeper.plan(token, branch, period.start, period.end);
    const now = this.clock();
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, 'confirmAssembly', input, now, async () => {
        const waiting = await countUnreviewed(db, branch.id, period.start, period.end);
        if (waiting > 0) {
          throw new LedgerError(
            LedgerErrorCode.ENTRIES_AWAIT_REVIEW,
            `本期还有 ${waiting} 条申报未经支委初评，请先初评再提交党员大会评定`,
            { count: waiting },
          );
        }
        const recorded = await countEntriesDated(db, branch.id, period.start, period.end);
        assertSomethingRecorded(period.key, recorded, input.acknowledgeNoEntries === true);
        const roster = await storage.assemblyRoster(db, branch.path);
        const attendees = [...new Set(input.attendeeIds)];
        const stranger = attendees.find((id) => !roster.some((m) => m.id === id));
        if (stranger)
          throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `出席人员 ${stranger} 不是本支部的党员`, {
            field: 'attendeeIds',
            memberId: stranger,
          });
        const voting = roster.filter((m) => m.kind === 'FULL');
        const present = voting.filter((m) => attendees.includes(m.id)).length;
        if (present * 2 <= voting.length) {
          throw new LedgerError(
            LedgerErrorCode.NO_QUORUM,
            `有表决权的正式党员应到 ${voting.length} 人，实到 ${present} 人，未超过半数，党员大会不能评定`,
            { expected: voting.length, present },
          );
        }
        const entryIds = await storage.entriesAwaitingAssembly(db, branch.id, period.start, period.end);
        const record: AssemblyRecord = {
          id: randomUUID(),
          districtId: branch.districtId,
          branchId: branch.id,
          periodKey: period.key,
          periodStart: period.start,
          periodEnd: period.end,
          meetingOn: input.meetingOn,
          attendeeIds: attendees,
          eligibleCount: voting.length,
          entryCount: entryIds.length,
          note: input.note?.trim() || null,
          confirmedBy: caller.subject,
          confirmedAt: now.toISOString(),
        };
        await storage.insertAssembly(db, record, entryIds);
        await this.keeper.apply(db, plan, null);
        return record;
      }),
    );
  }

  /** 公示: opens the window for an assembly's batch; it lasts at least the scheme's days. */
  async publish(caller: Caller, token: string, input: PublishScores, clientKey?: string | null): Promise<WindowRecord> {
    const [assembly] = await this.dataSource.transaction((db) =>
      storage.findAssemblies(db, [input.assemblyId], caller.scopePath),
    );
    if (!assembly)
      throw new LedgerError(
        LedgerErrorCode.ASSEMBLY_NOT_FOUND,
        `找不到编号为 ${input.assemblyId} 的党员大会评定记录，或您无权访问它`,
        { id: input.assemblyId },
      );
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, assembly.branchId));
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    const doc = await documentOn(this.schemes, token, branch, this.today());
    const days = daysBetween(input.startsOn, input.endsOn) + 1;
    if (input.startsOn < assembly.meetingOn)
      throw new LedgerError(LedgerErrorCode.PUBLICITY_TOO_SHORT, `公示不能早于党员大会（${assembly.meetingOn}）开始`, {
        field: 'startsOn',
      });
    if (days < doc.workflow.publicityDays) {
      throw new LedgerError(
        LedgerErrorCode.PUBLICITY_TOO_SHORT,
        `公示期至少 ${doc.workflow.publicityDays} 天，${input.startsOn} 至 ${input.endsOn} 只有 ${Math.max(days, 0)} 天`,
        { minimumDays: doc.workflow.publicityDays },
      );
    }
    const { plan } = await this.keeper.plan(token, branch, assembly.periodStart, assembly.periodEnd);
    const now = this.clock();
    return this.dataSource
      .transaction((db) =>
        oncePerKey(db, caller, clientKey, 'publishScores', input, now, async () => {
          const record: WindowRecord = {
            id: randomUUID(),
            districtId: branch.districtId,
            branchId: branch.id,
            assemblyId: assembly.id,
            periodKey: assembly.periodKey,
            periodStart: assembly.periodStart,
            periodEnd: assembly.periodEnd,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            status: 'OPEN',
            publishedBy: caller.subject,
            publishedAt: now.toISOString(),
            closedBy: null,
            closedAt: null,
          };
          await storage.insertWindow(db, record);
          await this.keeper.apply(db, plan, null);
          return record;
        }),
      )
      .catch(
        rethrowUniqueViolation('publicity_window_assembly_id_key', () =>
          invalidTransition('这次党员大会评定的结果已经公示过', { assemblyId: assembly.id }),
        ),
      );
  }

  /** 公示名单 of a window: the branch's names, totals and grades, ranked, and the asking member's own rank. */
  async list(caller: Caller, window: Pick<WindowRecord, 'id' | 'branchId' | 'periodKey'>): Promise<RatedBoard> {
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, window.branchId));
    if (!mayReadPublicityList(caller, branch.path, true))
      throw new LedgerError(LedgerErrorCode.FORBIDDEN, '您的账号无权查看公示名单', { windowId: window.id });
    const entrants = await storage.publicityEntrants(this.dataSource.manager, branch.id, window.periodKey);
    const board = publicityBoard(entrants, memberReach(caller)?.memberId ?? null);
    // As on the downloaded 公示名单: stars where a confirmed run rated the period; with the rating service away, none.
    const stars = await this.stars
      .starsOf(board.memberIds, window.periodKey)
      .catch(() => new Map<string, number | null>());
    return {
      rows: board.rows.map((row, i) => ({ ...row, stars: stars.get(board.memberIds[i]) ?? null })),
      rated: stars.size > 0,
      ownRank: board.ownRank,
    };
  }

  /** Closes a window once its last day has passed: scores with no open objection become final and are filed upward. */
  async close(caller: Caller, token: string, windowId: string, clientKey?: string | null): Promise<WindowRecord> {
    const [window] = await this.dataSource.transaction((db) => storage.findWindows(db, [windowId], caller.scopePath));
    if (!window) throw windowNotFound(windowId);
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, window.branchId));
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    const today = this.today();
    if (today <= window.endsOn)
      throw new LedgerError(LedgerErrorCode.WINDOW_STILL_RUNNING, `公示期到 ${window.endsOn} 结束，之后才能确认结果`, {
        endsOn: window.endsOn,
      });
    const { plan } = await this.keeper.plan(token, branch, window.periodStart, window.periodEnd);
    const now = this.clock();
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, 'closePublicity', { windowId }, now, async () => {
        const [locked] = await storage.findWindows(db, [windowId], null, true);
        if (locked.status !== 'OPEN') {
          const who =
            locked.closedBy && locked.closedAt
              ? await actorNameAt(db, 'ledger', locked.closedBy, locked.closedAt)
              : null;
          throw invalidTransition(`这次公示已${who ? `由 ${who} ` : ''}结束确认`, { windowId });
        }
        await storage.closeWindow(db, windowId, caller.subject, now.toISOString());
        await this.keeper.apply(db, plan, null);
        return { ...locked, status: 'CLOSED' as const, closedBy: caller.subject, closedAt: now.toISOString() };
      }),
    );
  }
}

export const windowNotFound = (id: string) =>
  new LedgerError(LedgerErrorCode.WINDOW_NOT_FOUND, `找不到编号为 ${id} 的公示，或您无权访问它`, { id });

/** A period the scheme confirms at assemblies (its listed periods, or the year). */
function confirmablePeriod(doc: RuleDocument, key: string): Period {
  const period = parsePeriodKey(doc.cycle, key);
  const kinds = new Set([...doc.cycle.periods, 'YEAR']);
  if (!period)
    throw new LedgerError(
      LedgerErrorCode.INVALID_PERIOD,
      `“${key}”不是有效的期间：应写作 2024、2024-H1、2024-Q3 或 2024-M05`,
      { period: key },
    );
  if (!kinds.has(period.kind)) {
    const allowed = PERIOD_KINDS.filter((k) => kinds.has(k))
      .map((k) => PERIOD_NAMES[k])
      .join('、');
    throw new LedgerError(
      LedgerErrorCode.INVALID_PERIOD,
      `本支部的方案按${allowed}评定，不按${PERIOD_NAMES[period.kind]}`,
      { period: key },
    );
  }
  return period;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
