import { randomUUID } from 'node:crypto';
import { Caller, createLogger, labelOf, Right, Role, systemCaller } from '@jifen/kit';
import { openServiceDatabase } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { WarningCases1764000000001 } from '../migrations/1764000000001-warning-cases';
import { ActorNames1765700000000 } from '../migrations/1765700000000-actor-names';
import { CaseNextRun1765800000000 } from '../migrations/1765800000000-case-next-run';
import { EVERYTHING, readScope } from '../rating-access';
import { WarningErrorCode } from './warning-error';
import * as caseRun from './case-run.storage';
import { WarningCaseDraft } from './case-run.storage';
import { overdueItems } from './overdue-rules';
import { warningCounts } from './warning-counts.storage';
import { DisposalMeasure as M, DisposalStepKind as K, WarningCaseStatus as S, WarningOutcome } from './warning-rules';
import { WarningCaseService } from './warning.service';
import * as storage from './warning.storage';

// Only this module's migrations (and the names they read): the test stays independent of the other rating tables.
let database: TestDatabase;
let dataSource: DataSource;
let now = new Date('2026-03-01T08:00:00Z');
const clock = () => now;
const setDay = (day: string) => (now = new Date(`${day}T08:00:00Z`));

const districtId = randomUUID();
const district = labelOf(districtId);
const township = `${district}.${labelOf(randomUUID())}`;
const branchA = { id: randomUUID(), path: '' };
const branchB = { id: randomUUID(), path: '' };
branchA.path = `${township}.${labelOf(branchA.id)}`;
branchB.path = `${township}.${labelOf(branchB.id)}`;
const elsewhere = `${labelOf(randomUUID())}.${labelOf(randomUUID())}`;
const secretaryA: Caller = { role: Role.BRANCH_SECRETARY, scopePath: branchA.path, subject: 'secretary-a' };
const secretaryB: Caller = { role: Role.BRANCH_SECRETARY, scopePath: branchB.path, subject: 'secretary-b' };
const townshipCaller: Caller = { role: Role.TOWNSHIP, scopePath: township, subject: 'township' };

function draft(
  branch: { id: string; path: string },
  name: string,
  extra: Partial<WarningCaseDraft> = {},
): WarningCaseDraft {
  return {
    districtId,
    branchId: branch.id,
    branchPath: branch.path,
    memberId: randomUUID(),
    memberName: name,
    memberKind: 'FULL',
    runId: randomUUID(),
    periodKey: '2025-H2',
    trigger: 'SCORE_BELOW_50',
    total: 42.5,
    triggerNote: '2025 年下半年考核总分 42.5 分，低于 50 分',
    interviewDays: 15,
    rectifyMonths: 6,
    ...extra,
  };
}

async function caseOf(memberId: string, periodKey = '2025-H2') {
  const rows = await storage.casesOfMembers(dataSource.manager, [memberId], EVERYTHING);
  return rows.find((c) => c.periodKey === periodKey)!;
}

const confirmer = { subject: 'account:committee', name: '东镇党委 组织委员 陈某' };

/** Opens cases as a confirmed run does; returns how many opened. */
const openCases = (drafts: WarningCaseDraft[], on: string) =>
  dataSource.transaction(async (db) => (await caseRun.openCases(db, drafts, on, confirmer)).length);

/** Withdraws the members' cases of the period as a corrected run does; returns how many were. */
async function withdraw(periodKey: string, memberIds: string[], runId: string, on: string): Promise<number> {
  const cases = await storage.casesOfMembers(
    dataSource.manager,
    memberIds.filter((id) => id.length === 36),
    EVERYTHING,
  );
  const ids = cases
    .filter((c) => c.periodKey === periodKey)
    .map((c) => ({ id: c.id, note: '更正后的评定不再触发双预警，自动撤销' }));
  return dataSource.transaction((db) => caseRun.withdrawCases(db, ids, runId, on, confirmer));
}

/** Records the next period's total on a case, as the next period's confirmed run does. */
const recordNext = (
  caseId: string,
  nextPeriodKey: string,
  nextTotal: number,
  warnedPeriods: string[],
  decidedOn: string,
) =>
  dataSource.transaction((db) =>
    caseRun.recordNext(
      db,
      [{ id: caseId, touch: true, nextPeriodKey, nextTotal, nextDisposal: null, warnedPeriods }],
      randomUUID(),
      decidedOn,
      confirmer,
    ),
  );

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource } = await openServiceDatabase({
    url: database.url,
    schema: 'rating',
    entities: [],
    migrations: [WarningCases1764000000001, ActorNames1765700000000, CaseNextRun1765800000000],
    logger: createLogger('test', 'silent'),
  }));
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('warning case storage', () => {
  const zhang = draft(branchA, '张三');
  const li = draft(branchA, '李四', {
    trigger: 'DIRECT_UNQUALIFIED',
    total: 71,
    triggerNote: '受到党纪处分，直接评为不合格',
  });
  const wang = draft(branchB, '王五', { memberKind: 'PROBATIONARY', interviewDays: 10 });
  const service = () => new WarningCaseService(dataSource, clock);

  it('opens cases in one statement and skips members who already have one for the period', async () => {
    const opened = await openCases([zhang, li, wang, { ...zhang, memberName: '张三（重复）' }], '2026-01-05');
    expect(opened).toBe(3);
    expect(await openCases([zhang, li], '2026-01-06')).toBe(0);
    expect(await openCases([], '2026-01-06')).toBe(0);
    const c = await caseOf(zhang.memberId);
    expect(c).toMatchObject({
      status: S.OPEN,
      memberName: '张三',
      openedOn: '2026-01-05',
      interviewDue: '2026-01-20',
      total: 42.5,
      branchPath: branchA.path,
      rectifyMonths: 6,
      warnedPeriods: ['2025-H2'],
      nextTotal: null,
      outcome: null,
    });
    expect(await caseOf(li.memberId)).toMatchObject({ trigger: 'DIRECT_UNQUALIFIED', total: 71 });
    expect((await caseOf(wang.memberId)).interviewDue).toBe('2026-01-15');
  });

  it('withdraws open cases a corrected run no longer triggers, and opens them afresh when triggered again', async () => {
    const ghost = draft(branchA, '赵六');
    await openCases([ghost], '2026-01-05');
    const correction = randomUUID();
    expect(await withdraw('2025-H2', [ghost.memberId, randomUUID(), 'not-a-uuid'], correction, '2026-01-08')).toBe(1);
    expect(await caseOf(ghost.memberId)).toMatchObject({
      status: S.WITHDRAWN,
      outcome: WarningOutcome.WITHDRAWN,
      outcomeOn: '2026-01-08',
      withdrawnByRun: correction,
    });
    expect(await withdraw('2025-H2', [ghost.memberId], correction, '2026-01-09')).toBe(0);
    expect(await withdraw('2025-H1', [zhang.memberId], correction, '2026-01-09')).toBe(0);

    expect(await openCases([{ ...ghost, total: 45 }], '2026-01-20')).toBe(1);
    expect(await caseOf(ghost.memberId)).toMatchObject({
      status: S.OPEN,
      outcome: null,
      withdrawnByRun: null,
      openedOn: '2026-01-20',
      total: 45,
    });
  });

  it('moves a case through interview, helper, plan and outcome, one locked transaction each', async () => {
    setDay('2026-01-10');
    const id = (await caseOf(zhang.memberId)).id;
    await service().recordInterview(secretaryA, id, {
      interviewedOn: '2026-01-09',
      interviewedBy: '王书记',
      note: '长期不参加组织生活，原因是外出务工',
    });
    await service().pairHelper(secretaryA, id, {
      helperName: '李四',
      helperMemberId: li.memberId,
      pairedOn: '2026-01-10',
    });
    const planned = await service().setRectificationPlan(secretaryA, id, {
      plan: '每月参加主题党日，按时交纳党费',
      plannedOn: '2026-01-10',
    });
    expect(planned).toMatchObject({ status: S.RECTIFYING, rectifyDeadline: '2026-07-10', updatedBy: 'secretary-a' });
    expect(await caseOf(zhang.memberId)).toMatchObject({
      status: S.RECTIFYING,
      interviewedBy: '王书记',
      helperMemberId: li.memberId,
      rectifyDeadline: '2026-07-10',
    });

    expect(
      await codeOf(
        service().recordInterview(secretaryA, id, {
          interviewedOn: '2026-01-10',
          interviewedBy: '王书记',
          note: '再谈',
        }),
      ),
    ).toBe(WarningErrorCode.WARNING_STEP_REFUSED);
    expect(await codeOf(service().pairHelper(secretaryB, id, { helperName: '某人', pairedOn: '2026-01-10' }))).toBe(
      WarningErrorCode.WARNING_CASE_NOT_FOUND,
    );
    expect(await service().byId(secretaryB, id)).toBeNull();
    const wangId = (await caseOf(wang.memberId)).id;
    expect(await codeOf(service().pairHelper(secretaryB, wangId, { helperName: '某人', pairedOn: '2026-01-10' }))).toBe(
      WarningErrorCode.WARNING_STEP_REFUSED,
    );
    expect((await caseOf(wang.memberId)).status).toBe(S.OPEN);
  });

  it('shows a member only their own cases, answers another’s as unknown, and lets them take no step on their own', async () => {
    const liAsMember: Caller = {
      role: Role.MEMBER,
      scopePath: branchA.path,
      subject: 'member-li',
      memberId: li.memberId,
    };
    const own = (await caseOf(li.memberId)).id;
    const other = (await caseOf(zhang.memberId)).id;
    expect((await service().byId(liAsMember, own))?.memberId).toBe(li.memberId);
    expect(await service().byId(liAsMember, other)).toBeNull();
    expect((await service().ofMember(liAsMember, li.memberId)).map((c) => c.id)).toEqual([own]);
    expect(await service().ofMember(liAsMember, zhang.memberId)).toEqual([]);
    expect(await service().underPath(liAsMember, township, { first: 50, offset: 0 })).toEqual([]);
    const filter = { statuses: null, overdueOnly: false, today: '2026-01-10', first: 50, offset: 0 };
    expect(
      (await storage.casesUnder(dataSource.manager, [township], readScope(liAsMember), filter)).map((c) => c.id),
    ).toEqual([own]);
    const interview = { interviewedOn: '2026-01-10', interviewedBy: '李四', note: '本人自行登记' };
    expect(await codeOf(service().recordInterview(liAsMember, own, interview))).toBe(WarningErrorCode.FORBIDDEN);
    expect(await codeOf(service().recordInterview(liAsMember, other, interview))).toBe(
      WarningErrorCode.WARNING_CASE_NOT_FOUND,
    );
    const readOnlyKey: Caller = { ...townshipCaller, subject: 'key:read', rights: [Right.READ] };
    expect(await codeOf(service().recordInterview(readOnlyKey, own, interview))).toBe(WarningErrorCode.FORBIDDEN);
    expect((await caseOf(li.memberId)).status).toBe(S.OPEN);
  });

  it('escalates to a disposal whose steps are appended, and refuses to change them', async () => {
    setDay('2026-08-01');
    const id = (await caseOf(zhang.memberId)).id;
    const escalation = {
      outcome: WarningOutcome.ESCALATED,
      decidedOn: '2026-07-20',
      decidedBy: '党支部委员会',
      note: '帮扶后仍不参加组织生活',
    };
    // No outcome before the next half-year's rating is confirmed; then only what its total allows.
    expect(await codeOf(service().decideOutcome(secretaryA, id, escalation))).toBe(
      WarningErrorCode.NEXT_RATING_REQUIRED,
    );
    await recordNext(id, '2026-H1', 38, ['2025-H2', '2026-H1'], '2026-07-15');
    expect(await codeOf(service().decideOutcome(secretaryA, id, { ...escalation, decidedOn: '2026-07-14' }))).toBe(
      WarningErrorCode.INVALID_WARNING_INPUT,
    );
    expect(
      await codeOf(service().decideOutcome(secretaryA, id, { ...escalation, outcome: WarningOutcome.IMPROVED })),
    ).toBe(WarningErrorCode.WARNING_STEP_REFUSED);
    expect(await service().decideOutcome(secretaryA, id, escalation)).toMatchObject({
      status: S.ESCALATED,
      nextPeriodKey: '2026-H1',
      nextTotal: 38,
      warnedPeriods: ['2025-H2', '2026-H1'],
    });
    await service().recordDisposalStep(secretaryA, id, {
      measure: M.RECTIFY_DEADLINE,
      step: K.PROPOSED,
      decidedBy: '党支部委员会',
      decidedOn: '2026-07-25',
      documents: ['处置意见'],
    });
    await service().recordDisposalStep(secretaryA, id, {
      measure: M.RECTIFY_DEADLINE,
      step: K.INVESTIGATED,
      decidedBy: '调查组',
      decidedOn: '2026-07-28',
    });
    expect(
      await codeOf(
        service().recordDisposalStep(secretaryA, id, {
          measure: M.RECTIFY_DEADLINE,
          step: K.PRE_REVIEWED,
          decidedBy: '镇党委',
          decidedOn: '2026-07-30',
          approval: true,
        }),
      ),
    ).toBe(WarningErrorCode.FORBIDDEN);
    expect(
      await codeOf(
        service().recordDisposalStep(townshipCaller, id, {
          measure: M.RECTIFY_DEADLINE,
          step: K.PRE_REVIEWED,
          decidedBy: '镇党委',
          decidedOn: '2026-07-30',
          approval: true,
        }),
      ),
    ).toBe(WarningErrorCode.DISPOSAL_STEP_REFUSED);
    const saved = await service().recordDisposalStep(secretaryA, id, {
      measure: M.RECTIFY_DEADLINE,
      step: K.TALKED,
      decidedBy: '党支部',
      decidedOn: '2026-07-30',
      participants: ['赵一', '钱二'],
    });
    expect(saved).toMatchObject({
      status: S.ESCALATED,
      disposalMeasure: M.RECTIFY_DEADLINE,
      disposalStep: K.TALKED,
      disposalStepOn: '2026-07-30',
    });

    const steps = await service().disposalSteps(id);
    expect(steps.map((s) => [s.seq, s.step])).toEqual([
      [1, K.PROPOSED],
      [2, K.INVESTIGATED],
      [3, K.TALKED],
    ]);
    expect(steps[2]).toMatchObject({
      participants: ['赵一', '钱二'],
      decidedOn: '2026-07-30',
      recordedBy: 'secretary-a',
      vote: null,
      documents: [],
    });
    await expect(
      dataSource.query(`UPDATE rating.disposal_step SET note = 'changed' WHERE case_id = $1`, [id]),
    ).rejects.toThrow(/处置程序记录不可修改或删除/);
    await expect(dataSource.query(`DELETE FROM rating.disposal_step WHERE case_id = $1`, [id])).rejects.toThrow(
      /处置程序记录不可修改或删除/,
    );
    expect(await service().disposalSteps(id)).toHaveLength(3);
    // Escalated cases stay when a corrected run no longer triggers them.
    expect(await withdraw('2025-H2', [zhang.memberId], randomUUID(), '2026-08-01')).toBe(0);
  });

  it('counts open, overdue, escalated, closed and withdrawn per path in one statement, overdue as the rules say', async () => {
    const improved = draft(branchB, '孙七');
    const withdrawn = draft(branchB, '周八');
    const otherPeriod = draft(branchB, '吴九', { periodKey: '2026-H1' });
    await openCases([improved, withdrawn, otherPeriod], '2026-01-05');
    await withdraw('2025-H2', [withdrawn.memberId], randomUUID(), '2026-01-06');
    setDay('2026-02-01');
    const improvedId = (await caseOf(improved.memberId)).id;
    await service().recordInterview(systemCaller, improvedId, {
      interviewedOn: '2026-01-06',
      interviewedBy: '书记',
      note: '谈话',
    });
    await service().pairHelper(systemCaller, improvedId, { helperName: '帮扶人', pairedOn: '2026-01-07' });
    await service().setRectificationPlan(systemCaller, improvedId, {
      plan: '整改',
      plannedOn: '2026-01-08',
      deadline: '2026-03-08',
    });
    await recordNext(improvedId, '2026-H1', 66, ['2025-H2'], '2026-01-20');
    await service().decideOutcome(systemCaller, improvedId, {
      outcome: WarningOutcome.IMPROVED,
      decidedOn: '2026-02-01',
      decidedBy: '党支部委员会',
    });

    // On 2026-08-10: 李四 (A) and 王五 (B) and 吴九 (B, 2026-H1) wait for their interview past the due day; 赵六 (A, reopened on 01-20) too;
    // 张三 (A) is escalated, its disposal last moved on 07-30 (not stalled yet).
    const day = '2026-08-10';
    const counts = await warningCounts(
      dataSource.manager,
      [township, branchA.path, branchB.path, elsewhere],
      day,
      '2025-H2',
    );
    // Open counts 张三 too: escalated, its disposal not archived (处置中).
    expect(counts.get(township)).toEqual({ open: 4, overdue: 3, escalated: 1, closed: 1, withdrawn: 1 });
    expect(counts.get(branchA.path)).toEqual({ open: 3, overdue: 2, escalated: 1, closed: 0, withdrawn: 0 });
    expect(counts.get(branchB.path)).toEqual({ open: 1, overdue: 1, escalated: 0, closed: 1, withdrawn: 1 });
    expect(counts.get(elsewhere)).toEqual({ open: 0, overdue: 0, escalated: 0, closed: 0, withdrawn: 0 });
    expect((await warningCounts(dataSource.manager, [township], '2026-01-15', null)).get(township)).toMatchObject({
      open: 5,
      overdue: 0,
    });
    expect((await warningCounts(dataSource.manager, [township], '2026-10-01', null)).get(township)).toMatchObject({
      open: 5,
      overdue: 5,
    });

    // The SQL's overdue agrees with the rules' on every case and many days.
    const all = await storage.casesUnder(dataSource.manager, [district], EVERYTHING, {
      statuses: null,
      overdueOnly: false,
      today: day,
      first: 200,
      offset: 0,
    });
    for (const on of [
      '2026-01-15',
      '2026-01-21',
      '2026-02-02',
      '2026-03-09',
      '2026-08-10',
      '2026-09-28',
      '2026-09-29',
      '2027-01-01',
    ]) {
      const overdue = await storage.casesUnder(dataSource.manager, [district], EVERYTHING, {
        statuses: null,
        overdueOnly: true,
        today: on,
        first: 200,
        offset: 0,
      });
      expect(overdue.map((c) => c.id).sort()).toEqual(
        all
          .filter((c) => overdueItems(c, on).length > 0)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  it('lists cases under several paths in one statement, by status, overdue and page, inside the scope', async () => {
    const filter = { statuses: null, overdueOnly: false, today: '2026-08-10', first: 50, offset: 0 };
    const rows = await storage.casesUnder(dataSource.manager, [branchA.path, branchB.path], EVERYTHING, filter);
    expect(
      rows
        .filter((r) => r.anchor === branchA.path)
        .map((r) => r.memberName)
        .sort(),
    ).toEqual(['张三', '李四', '赵六']);
    expect(rows.filter((r) => r.anchor === branchB.path)).toHaveLength(4);
    const escalated = await storage.casesUnder(dataSource.manager, [township], EVERYTHING, {
      ...filter,
      statuses: [S.ESCALATED],
    });
    expect(escalated.map((r) => r.memberName)).toEqual(['张三']);
    const page = await storage.casesUnder(dataSource.manager, [township], EVERYTHING, {
      ...filter,
      first: 2,
      offset: 1,
    });
    expect(page).toHaveLength(2);
    expect(
      await storage.casesUnder(dataSource.manager, [township], { path: branchB.path, memberId: null }, filter),
    ).toHaveLength(4);
    expect(
      await storage.casesUnder(dataSource.manager, [township], { path: elsewhere, memberId: null }, filter),
    ).toHaveLength(0);
    expect(
      await storage.findCases(dataSource.manager, [(await caseOf(zhang.memberId)).id], {
        path: branchB.path,
        memberId: null,
      }),
    ).toHaveLength(0);
  });
});
