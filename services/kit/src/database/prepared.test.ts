import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { createLogger } from '../logging/logger';
import { openServiceDatabase } from './data-source';
import { queryPrepared } from './prepared';
import { CountingSqlLogger } from './sql-counter';

let database: TestDatabase;
let dataSource: DataSource;
let sql: CountingSqlLogger;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource, sql } = await openServiceDatabase({
    url: database.url,
    schema: 'prep',
    entities: [],
    migrations: [],
    logger: createLogger('test', 'silent'),
    poolSize: 1,
  }));
  await dataSource.query('CREATE TABLE prep.item (id int PRIMARY KEY, name text NOT NULL)');
  await dataSource.query(`INSERT INTO prep.item VALUES (1, '一'), (2, '二'), (3, '三')`);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const BY_IDS = 'SELECT id, name FROM prep.item WHERE id = ANY($1::int[]) ORDER BY id';

describe('queryPrepared', () => {
  it('answers as a plain query would, and is counted like one', async () => {
    const before = sql.statements;
    expect(await queryPrepared(dataSource.manager, BY_IDS, [[3, 1]])).toEqual(await dataSource.query(BY_IDS, [[3, 1]]));
    expect(sql.statements - before).toBe(2);
  });

  it('prepares a text once on a connection however often it runs, with other values each time', async () => {
    for (const id of [1, 2, 3, 2]) expect(await queryPrepared(dataSource.manager, BY_IDS, [[id]])).toHaveLength(1);
    // One pooled connection: the statements it prepared are the ones this session sees.
    const prepared = await queryPrepared<{ statement: string }>(
      dataSource.manager,
      'SELECT statement FROM pg_prepared_statements ORDER BY name',
      [],
    );
    expect(prepared.filter((p) => p.statement === BY_IDS)).toHaveLength(1);
  });

  it('runs on the transaction’s connection inside a transaction, so it sees what the transaction wrote', async () => {
    await dataSource
      .transaction(async (tx) => {
        await tx.query(`INSERT INTO prep.item VALUES (4, '四')`);
        expect(await queryPrepared(tx, BY_IDS, [[4]])).toEqual([{ id: 4, name: '四' }]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await queryPrepared(dataSource.manager, BY_IDS, [[4]])).toEqual([]);
  });

  it('gives the connection back when the statement fails', async () => {
    await expect(
      queryPrepared(dataSource.manager, 'SELECT id FROM prep.item WHERE id = $1::int', ['不是数字']),
    ).rejects.toThrow();
    // With a pool of one, a connection kept by the failure would leave this waiting forever.
    expect(await queryPrepared(dataSource.manager, BY_IDS, [[1]])).toHaveLength(1);
  });
});
