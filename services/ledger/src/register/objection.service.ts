import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { actorNameAt, dayOf } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { findEntries } from '../entry/entry.storage';
import { assertMayAct, mayAppeal, memberReach, RegisterAction } from '../ledger-access';
import { invalidTransition, LedgerError, LedgerErrorCode } from '../ledger-error';
import { ScoreKeeper } from '../scoring/score-keeper';
import { branchInScope, memberWithBranch } from './branch-lookup';
import { ObjectionStatus, ObjectionStep, objectionStep } from './objection-workflow';
import * as storage from './objection.storage';
import { ObjectionRecord } from './objection.storage';
import { windowNotFound } from './publicity.service';
import { findWindows } from './register.storage';

export interface RaiseObjection {
  windowId: string;
  memberId: string;
  entryId?: string | null;
  content: string;
}

const MAX_TEXT = 2000;

/** 异议 and 申诉: raised during publicity, answered by the branch, appealed to and decided by the upper level. */
export class ObjectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly clock: () => Date,
  ) {}

  /** Anyone who sees the publicity may object about a member's score while the window runs; that score is held. */
  async raise(
    caller: Caller,
    token: string,
    input: RaiseObjection,
    clientKey?: string | null,
  ): Promise<ObjectionRecord> {
    const content = cleanText(input.content, '异议内容');
    const [window] = await this.dataSource.transaction((db) => findWindows(db, [input.windowId], caller.scopePath));
    if (!window) throw windowNotFound(input.windowId);
    const today = dayOf(this.clock);
    if (window.status !== 'OPEN' || today < window.startsOn || today > window.endsOn) {
      throw new LedgerError(
        LedgerErrorCode.OUTSIDE_PUBLICITY,
        `公示期为 ${window.startsOn} 至 ${window.endsOn}，只能在公示期内提出异议；公示结束后请向党支部或上级党组织反映`,
        { windowId: window.id },
      );
    }
    const member = await this.dataSource.transaction((db) => memberWithBranch(db, caller, input.memberId));
    if (member.branch.id !== window.branchId)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `${member.name}不在这次公示的党支部`, {
        memberId: member.id,
      });
    assertMayAct(caller, RegisterAction.OBJECT, member.branch.path);
    if (input.entryId) {
      const [entry] = await this.dataSource.transaction((db) =>
        findEntries(db, [input.entryId!], caller.scopePath, memberReach(caller)?.memberId ?? null),
      );
      if (!entry || entry.memberId !== member.id || entry.windowId !== window.id) {
        throw new LedgerError(
          LedgerErrorCode.ENTRY_NOT_FOUND,
          `这次公示中没有${member.name}编号为 ${input.entryId} 的积分记录`,
          { entryId: input.entryId },
        );
      }
    }
    const { plan } = await this.keeper.plan(token, member.branch, window.periodStart, window.periodEnd);
    const now = this.clock();
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, 'raiseObjection', input, now, async () => {
        const record: ObjectionRecord = {
          id: randomUUID(),
          districtId: member.branch.districtId,
          branchId: member.branch.id,
          windowId: window.id,
          memberId: member.id,
          entryId: input.entryId ?? null,
          status: ObjectionStatus.OPEN,
          content,
          raisedBy: caller.subject,
          raisedAt: now.toISOString(),
          answer: null,
          upheld: null,
          answeredBy: null,
          answeredAt: null,
          appealText: null,
          appealedBy: null,
          appealedAt: null,
          appealDecision: null,
          appealUpheld: null,
          appealDecidedBy: null,
          appealDecidedAt: null,
        };
        await storage.insertObjection(db, record);
        await this.keeper.apply(db, plan, [member.id]);
        return record;
      }),
    );
  }

  /** The branch answers (upheld: the objection was right; the correction is then a reversing entry). */
  answer(
    caller: Caller,
    token: string,
    id: string,
    answer: string,
    upheld: boolean,
    clientKey?: string | null,
  ): Promise<ObjectionRecord> {
    const text = cleanText(answer, '答复');
    return this.step(
      caller,
      token,
      id,
      'ANSWER',
      RegisterAction.REVIEW,
      clientKey,
      { answer: text, upheld },
      (record, at) => ({ ...record, answer: text, upheld, answeredBy: caller.subject, answeredAt: at }),
    );
  }

  /** Whoever raised the objection, or the member it is about, appeals the branch's answer to the upper level. */
  appeal(
    caller: Caller,
    token: string,
    id: string,
    content: string,
    clientKey?: string | null,
  ): Promise<ObjectionRecord> {
    const text = cleanText(content, '申诉内容');
    return this.step(
      caller,
      token,
      id,
      'APPEAL',
      RegisterAction.OBJECT,
      clientKey,
      { content: text },
      (record, at) => ({ ...record, appealText: text, appealedBy: caller.subject, appealedAt: at }),
    );
  }

  /** The upper level decides the appeal. */
  decideAppeal(
    caller: Caller,
    token: string,
    id: string,
    decision: string,
    upheld: boolean,
    clientKey?: string | null,
  ): Promise<ObjectionRecord> {
    const text = cleanText(decision, '处理意见');
    return this.step(
      caller,
      token,
      id,
      'DECIDE_APPEAL',
      RegisterAction.DECIDE,
      clientKey,
      { decision: text, upheld },
      (record, at) => ({
        ...record,
        appealDecision: text,
        appealUpheld: upheld,
        appealDecidedBy: caller.subject,
        appealDecidedAt: at,
      }),
    );
  }

  /** Why a step is refused, naming who took the objection to where it stands (as they were named then). */
  private async refusal(db: EntityManager, objection: ObjectionRecord, reason: string): Promise<string> {
    const last = lastStep(objection);
    if (!last) return reason;
    return `${reason}；${await actorNameAt(db, 'ledger', last.by, last.at)} 已${last.what}`;
  }

  private async step(
    caller: Caller,
    token: string,
    id: string,
    step: ObjectionStep,
    action: RegisterAction,
    clientKey: string | null | undefined,
    body: Record<string, unknown>,
    change: (record: ObjectionRecord, at: string) => ObjectionRecord,
  ): Promise<ObjectionRecord> {
    const [objection] = await this.dataSource.transaction((db) =>
      storage.findObjections(db, [id], caller.scopePath, false, memberReach(caller)),
    );
    if (!objection)
      throw new LedgerError(LedgerErrorCode.OBJECTION_NOT_FOUND, `找不到编号为 ${id} 的异议，或您无权访问它`, { id });
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, objection.branchId));
    assertMayAct(caller, action, branch.path);
    if (step === 'APPEAL' && !mayAppeal(caller, objection)) {
      throw new LedgerError(LedgerErrorCode.FORBIDDEN, '只有提出异议的人或异议涉及的党员本人可以申诉', { id });
    }
    const [window] = await this.dataSource.transaction((db) => findWindows(db, [objection.windowId], null));
    const { plan } = await this.keeper.plan(token, branch, window.periodStart, window.periodEnd);
    const now = this.clock();
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, `objection:${step}`, { id, ...body }, now, async () => {
        const [locked] = await storage.findObjections(db, [id], null, true);
        const next = objectionStep(locked.status, step);
        if (!next.ok)
          throw invalidTransition(await this.refusal(db, locked, next.reason), { id, status: locked.status });
        const record = { ...change(locked, now.toISOString()), status: next.to };
        await storage.saveObjection(db, record);
        await this.keeper.apply(db, plan, [record.memberId]);
        return record;
      }),
    );
  }
}

function cleanText(value: string, what: string): string {
  const text = value.trim();
  if (!text || text.length > MAX_TEXT)
    throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `${what}不能为空，最多 ${MAX_TEXT} 个字`, { field: what });
  return text;
}

/** Who took the objection to its present status, and how; none while it waits for the first answer. */
function lastStep(o: ObjectionRecord): { by: string; at: string; what: string } | null {
  if (o.appealDecidedBy && o.appealDecidedAt) return { by: o.appealDecidedBy, at: o.appealDecidedAt, what: '处理申诉' };
  if (o.appealedBy && o.appealedAt) return { by: o.appealedBy, at: o.appealedAt, what: '申诉' };
  if (o.answeredBy && o.answeredAt) return { by: o.answeredBy, at: o.answeredAt, what: '答复' };
  return null;
}
