import { randomUUID } from 'node:crypto';
import { Caller, createLogger, idOfLabel, labelOf, Right, Role } from '@jifen/kit';
import { openServiceDatabase } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { isVisible, schemeVisibility } from '../visibility/scheme-visibility';
import * as filings from '../filing/filing.storage';
import { FilingStatus } from '../filing/filing-workflow';
import { schemeMigrations } from '../migrations';
import { SchemeEntity, SchemeVersionEntity } from './scheme.entity';
import * as storage from './scheme.storage';

// The scheme tables on their own, with a stand-in for the ledger's organisation table (for the one-off backfill).
let database: TestDatabase;
let dataSource: DataSource;
const logger = createLogger('test', 'silent');
const open = (count: number) =>
  openServiceDatabase({
    url: database.url,
    schema: 'scheme',
    entities: [SchemeEntity, SchemeVersionEntity],
    migrations: schemeMigrations.slice(0, count),
    logger,
  });

type Node = { id: string; path: string };
const node = (parent: Node | null): Node => {
  const id = randomUUID();
  return { id, path: parent ? `${parent.path}.${labelOf(id)}` : labelOf(id) };
};
const district = node(null);
const east = node(district);
const west = node(district);
const branch = node(east);
const sister = node(east);
const westBranch = node(west);
const otherDistrict = node(null);
const nodes = { district, east, west, branch, sister, westBranch, otherDistrict };
/** Scheme and filing of each node, by node key. */
const schemeOf: Record<string, string> = {};
const filingOf: Record<string, string> = {};
const versionOf: Record<string, string> = {};

const as = (role: Role, at: Node | null, rights?: Right[]): Caller => ({
  role,
  scopePath: at?.path ?? null,
  subject: 'test',
  ...(rights ? { rights } : {}),
});
const callers: [string, Caller][] = [
  ['platform', as(Role.SYSTEM, null)],
  ['district', as(Role.DISTRICT, district)],
  ['east township', as(Role.TOWNSHIP, east)],
  ['west township key (READ only)', as(Role.TOWNSHIP, west, [Right.READ])],
  ['branch secretary', as(Role.BRANCH_SECRETARY, branch)],
  ['branch recorder', as(Role.BRANCH_RECORDER, branch)],
  ['member of the branch', as(Role.MEMBER, branch)],
  ['no one signed in', { role: Role.ANONYMOUS, scopePath: 'anonymous', subject: 'anonymous' }],
];

beforeAll(async () => {
  database = await createTestDatabase();
  // Rows written before the owner path existed: the first two migrations only.
  ({ dataSource } = await open(2));
  const db = dataSource.manager;
  for (const [key, owner] of Object.entries(nodes)) {
    schemeOf[key] = randomUUID();
    filingOf[key] = randomUUID();
    versionOf[key] = randomUUID();
    const districtId = owner.path.split('.')[0];
    await db.query(
      `INSERT INTO scheme.scheme (id, district_id, owner_org_id, name, created_by) VALUES ($1, $2::uuid, $3, $4, 'test')`,
      [schemeOf[key], idOfLabel(districtId), owner.id, `${key} 积分办法`],
    );
    await db.query(
      `INSERT INTO scheme.scheme_version (id, district_id, scheme_id, version, rules, created_by) VALUES ($1, $2::uuid, $3, 1, '{}'::jsonb, 'test')`,
      [versionOf[key], idOfLabel(districtId), schemeOf[key]],
    );
    await filings.insertFiling(
      db,
      {
        id: filingOf[key],
        districtId: idOfLabel(districtId),
        schemeId: schemeOf[key],
        organizationId: owner.id,
        baseVersionId: null,
        rules: {},
        note: null,
        status: FilingStatus.DRAFT,
      },
      'test',
      new Date(),
    );
  }
  await dataSource.destroy();
  ({ dataSource } = await open(schemeMigrations.length));
  // The migration reads nothing of the ledger's: older rows get their path when their organisation is next seen, as here.
  pathsBeforeRepair = await storedPaths();
  for (const [key, n] of Object.entries(nodes)) {
    if (key !== 'otherDistrict')
      await dataSource.manager.query(`UPDATE scheme.scheme SET owner_org_path = $2::ltree WHERE id = $1`, [
        schemeOf[key],
        n.path,
      ]);
  }
});

let pathsBeforeRepair: Record<string, string | null> = {};

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

/** What the pure rule says a caller sees, by node key. */
function expected(caller: Caller, paths: Record<string, string | null>): string[] {
  const view = schemeVisibility(caller);
  return Object.entries(nodes)
    .filter(([key, n]) => isVisible(view, { id: n.id, path: paths[key] }))
    .map(([key]) => key)
    .sort();
}

async function storedPaths(): Promise<Record<string, string | null>> {
  const rows = await storage.findSchemes(dataSource.manager, Object.values(schemeOf), null);
  return Object.fromEntries(
    Object.entries(schemeOf).map(([key, id]) => [key, rows.find((r) => r.id === id)?.ownerOrganizationPath ?? null]),
  );
}

describe('the owner path of a scheme and who sees it', () => {
  it("leaves the owner path of older rows empty (the migration reads none of the ledger's tables)", async () => {
    expect(Object.values(pathsBeforeRepair).every((path) => path === null)).toBe(true);
  });

  it('refuses a path that does not end with the owner', async () => {
    await expect(
      dataSource.manager.query(`UPDATE scheme.scheme SET owner_org_path = $2::ltree WHERE id = $1`, [
        schemeOf.branch,
        sister.path,
      ]),
    ).rejects.toThrow(/scheme_owner_path_ends_with_owner/);
  });

  it.each(callers)(
    'reads for the %s exactly the schemes, versions and filings the rule gives',
    async (_who, caller) => {
      const db = dataSource.manager;
      const view = schemeVisibility(caller);
      const want = expected(caller, await storedPaths());
      const keyOf = (ids: Record<string, string>, id: string) => Object.keys(ids).find((key) => ids[key] === id);
      const listed = (await storage.listSchemes(db, view))
        .map((s) => keyOf(schemeOf, s.id))
        .filter((k) => k !== undefined);
      expect(listed.sort()).toEqual(want);
      expect(
        (await storage.findSchemes(db, Object.values(schemeOf), view)).map((s) => keyOf(schemeOf, s.id)).sort(),
      ).toEqual(want);
      expect(
        (await storage.findVersions(db, Object.values(versionOf), view)).map((v) => keyOf(versionOf, v.id)).sort(),
      ).toEqual(want);
      expect(
        (await storage.versionsOfSchemes(db, Object.values(schemeOf), view)).map((v) => keyOf(versionOf, v.id)).sort(),
      ).toEqual(want);
      expect(
        (await filings.findFilings(db, Object.values(filingOf), view)).map((f) => keyOf(filingOf, f.id)).sort(),
      ).toEqual(want);
      expect(
        (await filings.listFilings(db, view, { organizationIds: Object.values(nodes).map((n) => n.id) }))
          .map((f) => keyOf(filingOf, f.id))
          .sort(),
      ).toEqual(want);
      expect((await dataSource.transaction((tx) => filings.lockFiling(tx, filingOf.sister, view))) !== null).toBe(
        want.includes('sister'),
      );
    },
  );

  it('still shows an owner on the caller’s own path when its stored path is missing, and fills it when the organisation is next seen', async () => {
    const db = dataSource.manager;
    const otherBranch = node(otherDistrict);
    const secretary = as(Role.BRANCH_SECRETARY, otherBranch);
    expect(
      (await storage.findSchemes(db, [schemeOf.otherDistrict], schemeVisibility(secretary))).map((s) => s.id),
    ).toEqual([schemeOf.otherDistrict]);
    // The district above it does not see it by its path until the path is known.
    await storage.rememberOwnerPath(db, otherDistrict);
    expect((await storedPaths()).otherDistrict).toBe(otherDistrict.path);
    expect(
      (await storage.listSchemes(db, schemeVisibility(as(Role.DISTRICT, otherDistrict)))).map((s) => s.id),
    ).toEqual([schemeOf.otherDistrict]);
  });
});
