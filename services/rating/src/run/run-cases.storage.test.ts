import { randomUUID } from 'node:crypto';
import { createLogger, labelOf } from '@jifen/kit';
import { openServiceDatabase } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { ratingMigrations } from '../migrations';
import { EVERYTHING } from '../rating-access';
import { eventsOfCases } from '../warning/case-run.storage';
import { warningCounts } from '../warning/warning-counts.storage';
import { WarningCaseStatus as S } from '../warning/warning-rules';
import { casesOfMembers } from '../warning/warning.storage';
import { applyRunToCases } from './run-cases';
import { ResultPlan } from './run-plan';
import { insertResults } from './run-results.storage';
import { RunRecord } from './run.storage';

/**
 * Confirming runs on PostgreSQL, as the service does in its transaction: 2026-H1 opens dual warnings and disposal
 * cases (先锋指数-like consequences), a correction of H1 withdraws what it no longer triggers, 2026-H2 records the
 * next totals on the H1 cases (one member warned again: the same case), a correction of H2 takes that back.
 */

let database: TestDatabase;
let dataSource: DataSource;
const districtId = randomUUID();
const township = `${labelOf(districtId)}.${labelOf(randomUUID())}`;
const branch = { id: randomUUID(), path: '' };
branch.path = `${township}.${labelOf(branch.id)}`;
const confirmer = { subject: 'account:committee', name: '东镇党委 组织委员 陈某' };
const UNQUALIFIED = { code: 'DISPOSAL', label: '不合格：纳入不合格党员处置范围' };
const CANCEL = { code: 'PROBATION_CANCELLED', label: '预备党员不合格：取消预备党员资格' };

const ids = { m1: randomUUID(), m2: randomUUID(), m3: randomUUID(), m4: randomUUID(), p1: randomUUID() };
type Who = keyof typeof ids;

function result(who: Who, total: number, consequences: { code: string; label: string }[] = []): ResultPlan {
  const warned = total < 50;
  return {
    memberId: ids[who],
    memberName: who,
    memberNo: who,
    memberKind: who === 'p1' ? 'PROBATIONARY' : 'FULL',
    districtId,
    branchId: branch.id,
    branchPath: branch.path,
    unitId: null,
    status: 'RATED',
    total,
    base: null,
    starPoints: null,
    grade: { code: total < 60 ? 'UNQUALIFIED' : 'QUALIFIED', name: total < 60 ? '不合格' : '合格' },
    stars: null,
    rank: null,
    warning: warned ? 'SCORE_BELOW_50' : null,
    consequences,
    explanation: warned ? [`总分 ${total} 分`, '总分低于 50 分，实行“双预警”'] : [`总分 ${total} 分`],
  };
}

/** Stores a run and its results, then applies it to the cases as its confirmation does. */
async function confirm(
  period: string,
  results: ResultPlan[],
  decided: string,
  previous: RunRecord | null = null,
): Promise<RunRecord> {
  const run = {
    id: randomUUID(),
    districtId,
    orgId: randomUUID(),
    orgPath: township,
    orgName: '东镇党委',
    periodKey: period,
    version: (previous?.version ?? 0) + 1,
  } as RunRecord;
  await dataSource.query(
    `INSERT INTO rating.rating_run (id, district_id, org_id, org_path, org_name, period_key, version, status, inputs_digest, policy_digest, summary, pending, changes, created_by, created_at)
     VALUES ($1, $2, $3, $4::ltree, $5, $6, $7, 'CONFIRMED', 'x', 'y', '{}', '{"count":0,"items":[]}', '[]', 'test', now())`,
    [run.id, districtId, run.orgId, township, run.orgName, period, run.version],
  );
  if (previous)
    await dataSource.query(`UPDATE rating.rating_run SET status = 'SUPERSEDED' WHERE id = $1`, [previous.id]);
  await insertResults(dataSource.manager, run.id, results);
  await dataSource.transaction((db) =>
    applyRunToCases(db, run, previous, decided, confirmer, `${decided}T08:00:00.000Z`),
  );
  return run;
}

const casesOf = async (who: Who) =>
  (await casesOfMembers(dataSource.manager, [ids[who]], EVERYTHING)).sort((a, b) =>
    a.periodKey < b.periodKey ? -1 : 1,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource } = await openServiceDatabase({
    url: database.url,
    schema: 'rating',
    entities: [],
    migrations: ratingMigrations,
    logger: createLogger('test', 'silent'),
  }));
  await dataSource.query(`INSERT INTO rating.actor_name (subject, name, since) VALUES ($1, $2, '2026-01-01')`, [
    confirmer.subject,
    confirmer.name,
  ]);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('what confirmed runs do to cases', () => {
  let h1: RunRecord;
  let h2: RunRecord;

  it('opens a dual warning, and disposal cases for the consequences (one case for a member also warned)', async () => {
    h1 = await confirm(
      '2026-H1',
      [
        result('m1', 45),
        result('m2', 30, [UNQUALIFIED]),
        result('m3', 55, [UNQUALIFIED]),
        result('m4', 80),
        result('p1', 40, [CANCEL]),
      ],
      '2026-07-15',
    );
    const [m1] = await casesOf('m1');
    expect(m1).toMatchObject({ status: S.OPEN, trigger: 'SCORE_BELOW_50', warnedPeriods: ['2026-H1'], outcome: null });
    const m2 = await casesOf('m2');
    expect(m2).toHaveLength(1);
    expect(m2[0]).toMatchObject({
      status: S.ESCALATED,
      trigger: 'DISPOSAL_CONSEQUENCE',
      outcome: 'ESCALATED',
      outcomeOn: '2026-07-15',
      outcomeBy: confirmer.name,
      triggerNote: '评定结果运用：不合格：纳入不合格党员处置范围；总分低于 50 分，实行“双预警”',
    });
    expect((await casesOf('m3'))[0]).toMatchObject({ status: S.ESCALATED, trigger: 'DISPOSAL_CONSEQUENCE', total: 55 });
    expect((await casesOf('p1'))[0]).toMatchObject({ status: S.ESCALATED, memberKind: 'PROBATIONARY' });
    expect(await casesOf('m4')).toEqual([]);
    // Disposal cases count as open (处置中) and escalated.
    expect((await warningCounts(dataSource.manager, [township], '2026-07-16', '2026-H1')).get(township)).toEqual({
      open: 4,
      overdue: 0,
      escalated: 3,
      closed: 0,
      withdrawn: 0,
    });
    const [event] = await eventsOfCases(dataSource.manager, [m2[0].id]);
    expect(event).toMatchObject({
      seq: 1,
      kind: 'DISPOSAL_OPENED',
      periodKey: '2026-H1',
      total: 30,
      recordedBy: confirmer.name,
    });
  });

  it('a correction of H1 that drops a consequence withdraws the untouched disposal case', async () => {
    h1 = await confirm(
      '2026-H1',
      [
        result('m1', 45),
        result('m2', 30, [UNQUALIFIED]),
        result('m3', 65),
        result('m4', 80),
        result('p1', 40, [CANCEL]),
      ],
      '2026-07-20',
      h1,
    );
    const [m3] = await casesOf('m3');
    expect(m3).toMatchObject({ status: S.WITHDRAWN, withdrawnByRun: h1.id, outcomeOn: '2026-07-20' });
    expect((await eventsOfCases(dataSource.manager, [m3.id])).map((e) => e.kind)).toEqual([
      'DISPOSAL_OPENED',
      'WITHDRAWN',
    ]);
    expect((await casesOf('m1'))[0].status).toBe(S.OPEN);
    expect((await casesOf('m2'))[0].status).toBe(S.ESCALATED);
  });

  it('H2 records the next totals on the H1 cases; a member warned again keeps one case with both periods', async () => {
    h2 = await confirm(
      '2026-H2',
      [result('m1', 41), result('m2', 70), result('m4', 30), result('p1', 62)],
      '2027-01-10',
    );
    const m1 = await casesOf('m1');
    expect(m1).toHaveLength(1);
    expect(m1[0]).toMatchObject({
      periodKey: '2026-H1',
      warnedPeriods: ['2026-H1', '2026-H2'],
      nextPeriodKey: '2026-H2',
      nextTotal: 41,
      nextRunId: h2.id,
      status: S.OPEN,
    });
    expect((await eventsOfCases(dataSource.manager, [m1[0].id])).map((e) => [e.kind, e.total, e.recordedBy])).toEqual([
      ['OPENED', 45, confirmer.name],
      ['NEXT_RATED', 41, confirmer.name],
      ['WARNED_AGAIN', 41, confirmer.name],
    ]);
    // Escalated cases are decided: the run records nothing on them.
    expect((await casesOf('m2'))[0]).toMatchObject({ nextTotal: null, warnedPeriods: ['2026-H1'] });
    expect((await casesOf('m4')).map((c) => [c.periodKey, c.status])).toEqual([['2026-H2', S.OPEN]]);
  });

  it('a correction of H2 that lifts the member to 52 takes H2 off the case and records 52', async () => {
    h2 = await confirm(
      '2026-H2',
      [result('m1', 52), result('m2', 70), result('m4', 30), result('p1', 62)],
      '2027-01-12',
      h2,
    );
    const [m1] = await casesOf('m1');
    expect(m1).toMatchObject({ warnedPeriods: ['2026-H1'], nextTotal: 52, nextRunId: h2.id });
    expect((await eventsOfCases(dataSource.manager, [m1.id])).slice(3).map((e) => [e.kind, e.note])).toEqual([
      ['NEXT_RATED', '下一期（2026-H2）评定确认，总分 52 分'],
      ['NO_LONGER_WARNED', '更正后的 2026-H2 评定不再预警'],
    ]);
    await expect(dataSource.query(`DELETE FROM rating.warning_case_event WHERE case_id = $1`, [m1.id])).rejects.toThrow(
      /不可修改或删除/,
    );
  });

  it('goes back with its migration (the disposal cases the old schema cannot hold go), and comes again', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    const [left] = await dataSource.query(
      `SELECT to_regclass('rating.warning_case_event') AS events,
              (SELECT count(*)::int FROM information_schema.columns WHERE table_schema = 'rating' AND table_name = 'warning_case'
                  AND column_name IN ('warned_periods', 'next_run_id', 'next_disposal')) AS columns,
              (SELECT array_agg(member_name ORDER BY member_name) FROM rating.warning_case) AS members`,
    );
    expect(left).toEqual({ events: null, columns: 0, members: ['m1', 'm4'] });
    await dataSource.runMigrations({ transaction: 'each' });
    // Back up: the undecided case of H1 gets the standing H2 rating's figures again, with a line naming who confirmed.
    const [m1] = await casesOf('m1');
    expect(m1).toMatchObject({ warnedPeriods: ['2026-H1'], nextPeriodKey: '2026-H2', nextTotal: 52, nextRunId: h2.id });
    expect(
      (await eventsOfCases(dataSource.manager, [m1.id])).map((e) => [e.kind, e.total, e.note, e.recordedBy]),
    ).toEqual([['NEXT_RATED', 52, '下一期（2026-H2）评定确认，总分 52 分', '平台']]);
    // A case whose next period is not rated yet gets nothing.
    expect((await casesOf('m4')).map((c) => [c.periodKey, c.nextTotal])).toEqual([['2026-H2', null]]);
  });
});
