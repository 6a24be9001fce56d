import { anonymousCaller, Role, systemCaller } from '../context/caller';
import { actorOf, AuditKind, insertAuditRows } from './audit-event';

const district = '0f6c8a4e2b3d4c5e9f1a2b3c4d5e6f70';
const township = '1a2b3c4d5e6f40718293a4b5c6d7e8f9';

describe('who the audit log says acted', () => {
  it.each([
    [
      'a township committee',
      { role: Role.TOWNSHIP, scopePath: `${district}.${township}`, subject: 'account:7' },
      {
        districtId: '0f6c8a4e-2b3d-4c5e-9f1a-2b3c4d5e6f70',
        actorPath: `${district}.${township}`,
        subject: 'account:7',
        role: 'TOWNSHIP',
        keyId: null,
      },
    ],
    [
      'a branch tool’s key',
      {
        role: Role.BRANCH_RECORDER,
        scopePath: district,
        subject: 'key:9',
        keyId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      },
      {
        districtId: '0f6c8a4e-2b3d-4c5e-9f1a-2b3c4d5e6f70',
        actorPath: district,
        keyId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      },
    ],
    ['the platform (no scope)', systemCaller, { districtId: null, actorPath: null, subject: 'system', role: 'SYSTEM' }],
    [
      'someone not logged in (no node, though its scope has a label)',
      anonymousCaller,
      { districtId: null, actorPath: null, subject: 'anonymous', role: 'ANONYMOUS' },
    ],
    [
      'a test caller whose labels are not ids (path kept, no district)',
      { role: Role.BRANCH_SECRETARY, scopePath: 'd1.t1.b1', subject: 'branch-1', keyId: 'not-a-uuid' },
      { districtId: null, actorPath: 'd1.t1.b1', keyId: null },
    ],
  ])('%s', (_case, caller, expected) => {
    expect(actorOf(caller)).toMatchObject(expected);
  });
});

describe('writing rows', () => {
  it('appends several rows in one statement, detail as JSON', async () => {
    const sent: { sql: string; parameters?: unknown[] }[] = [];
    const db = { query: async (sql: string, parameters?: unknown[]) => void sent.push({ sql, parameters }) };
    const row = {
      ...actorOf(systemCaller),
      requestId: 'r-1',
      kind: AuditKind.WRITE,
      operation: 'createOrganization',
      detail: { input: { name: '东镇' } },
      outcome: 'OK',
    };
    await insertAuditRows(db, 'ledger', [row, { ...row, operation: 'renameOrganization' }]);
    await insertAuditRows(db, 'ledger', []);
    expect(sent).toHaveLength(1);
    expect(sent[0].sql).toContain('INSERT INTO "ledger".audit_event');
    expect(sent[0].sql).toContain('($11::uuid, $12::ltree');
    expect(sent[0].parameters).toHaveLength(20);
    expect(sent[0].parameters?.[8]).toBe('{"input":{"name":"东镇"}}');
  });

  it('refuses a schema name that is not one', async () => {
    await expect(
      insertAuditRows({ query: async () => [] }, 'ledger"; DROP TABLE x; --', [
        { ...actorOf(systemCaller), requestId: 'r', kind: AuditKind.WRITE, operation: 'x', detail: {}, outcome: 'OK' },
      ]),
    ).rejects.toThrow('not a schema name');
  });
});
