import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { Role } from '../context/caller';
import { openServiceDatabase } from '../database/data-source';
import { createLogger } from '../logging/logger';
import { actorNameRecorder, actorNamesOf, actorNameSql, createActorNames, recordActorName } from './actor-names';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource } = await openServiceDatabase({
    url: database.url,
    schema: 'names',
    entities: [],
    migrations: [],
    logger: createLogger('test', 'silent'),
    poolSize: 1,
  }));
  await createActorNames(dataSource, 'names');
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const secretary = (name: string | null) => ({
  role: Role.BRANCH_SECRETARY,
  scopePath: 'aaa.bbb',
  subject: 'account:1',
  name,
});

async function nameAt(subject: string, at: Date | string): Promise<string> {
  const [row] = await dataSource.query(`SELECT ${actorNameSql('names', '$1', '$2::timestamptz')} AS name`, [
    subject,
    at,
  ]);
  return row.name;
}

async function since(subject: string): Promise<Date[]> {
  const rows: { since: Date }[] = await dataSource.query(
    `SELECT since FROM names.actor_name WHERE subject = $1 ORDER BY since`,
    [subject],
  );
  return rows.map((r) => r.since);
}

describe('actor names', () => {
  it('answers the name a subject acted under at an instant, so that older records keep the older name', async () => {
    await recordActorName(dataSource, 'names', secretary('青山村党支部 书记 张某'));
    await recordActorName(dataSource, 'names', secretary('青山村党支部 书记 张某'));
    const [first] = await since('account:1');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const between = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordActorName(dataSource, 'names', secretary('青山村党支部 书记 李某'));
    expect(await since('account:1')).toHaveLength(2);
    expect(await nameAt('account:1', between)).toBe('青山村党支部 书记 张某');
    expect(await nameAt('account:1', new Date(Date.now() + 60_000))).toBe('青山村党支部 书记 李某');
    // Before any name (a record older than names, a clock set back): the first name.
    expect(await nameAt('account:1', new Date(first.getTime() - 86_400_000))).toBe('青山村党支部 书记 张某');
  });

  it('names the kind of a subject never named, never its id', async () => {
    const now = new Date();
    expect(await nameAt('system', now)).toBe('平台');
    expect(await nameAt('key:9', now)).toBe('接口密钥');
    expect(await nameAt('account:never', now)).toBe('账号（未记录姓名）');
    expect(await nameAt('anonymous', now)).toBe('未登录的访问者');
  });

  it('records a caller without a name not at all, and a name it already recorded only once per process', async () => {
    await recordActorName(dataSource, 'names', { ...secretary(null), subject: 'account:2' });
    expect(await since('account:2')).toEqual([]);
    const record = actorNameRecorder(dataSource, 'names');
    const member = { role: Role.MEMBER, scopePath: 'aaa.bbb', subject: 'account:3', name: '青山村党支部 党员 王某' };
    let statements = 0;
    const counting = {
      query: (sql: string, parameters?: unknown[]) => {
        statements += 1;
        return dataSource.query(sql, parameters);
      },
    };
    const counted = actorNameRecorder(counting, 'names');
    await counted(member);
    await counted(member);
    expect(statements).toBe(1);
    await record(member);
    expect(await since('account:3')).toHaveLength(1);
  });

  it('reads the names of a request in one statement, one loader per request', async () => {
    let statements = 0;
    const counting = {
      query: (sql: string, parameters?: unknown[]) => {
        statements += 1;
        return dataSource.query(sql, parameters);
      },
    };
    const request = {};
    const loader = actorNamesOf(request, counting, 'names');
    expect(actorNamesOf(request, counting, 'names')).toBe(loader);
    expect(actorNamesOf({}, counting, 'names')).not.toBe(loader);
    const later = new Date(Date.now() + 60_000);
    const names = await Promise.all([
      loader.load({ subject: 'account:1', at: later }),
      loader.load({ subject: 'system', at: later.toISOString() }),
      loader.load({ subject: 'account:1', at: null }),
      loader.load({ subject: 'account:never', at: later }),
    ]);
    expect(names).toEqual(['青山村党支部 书记 李某', '平台', '青山村党支部 书记 李某', '账号（未记录姓名）']);
    expect(statements).toBe(1);
  });
});
