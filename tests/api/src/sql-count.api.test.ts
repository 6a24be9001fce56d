import { systemCaller } from '@jifen/kit';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import { ledgerGraphql } from './generated/ledger';

const TOWNSHIPS = 5;
const BRANCHES_PER_TOWNSHIP = 10;

/**
 * Statements each service sent while `work` ran: the least of three runs. The counters are per service, and the
 * ledger also serves the gateway's feed of ended sessions (a long-poll that reads its table when it starts and at
 * each renewal): one of its statements may fall into a run's window, never into all three.
 */
async function countStatements(platform: TestPlatform, work: () => Promise<unknown>): Promise<Record<string, number>> {
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < 3; run += 1) {
    const before = Object.fromEntries(Object.entries(platform.services).map(([name, s]) => [name, s.sql.statements]));
    await work();
    runs.push(
      Object.fromEntries(Object.entries(platform.services).map(([name, s]) => [name, s.sql.statements - before[name]])),
    );
  }
  return Object.fromEntries(
    Object.keys(platform.services).map((name) => [name, Math.min(...runs.map((r) => r[name]))]),
  );
}

describe('a district of 50 branches costs a bounded number of SQL statements', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const call = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables: NoInfer<V>) =>
      dataOf(await platform.querySubgraph('ledger', query, variables, systemCaller));
    const create = ledgerGraphql(
      `mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    );
    const district = (await call(create, { input: { level: 'DISTRICT', name: '计数区' } })).createOrganization.id;
    for (let t = 1; t <= TOWNSHIPS; t += 1) {
      const township = (await call(create, { input: { level: 'TOWNSHIP', name: `第${t}镇党委`, parentId: district } }))
        .createOrganization.id;
      for (let b = 1; b <= BRANCHES_PER_TOWNSHIP; b += 1) {
        const branch = (
          await call(create, { input: { level: 'BRANCH', name: `第${t}镇第${b}党支部`, parentId: township } })
        ).createOrganization.id;
        for (let m = 1; m <= b % 3; m += 1) {
          await call('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
            input: {
              organizationId: branch,
              memberNo: `C-${t}-${b}-${m}`,
              name: '张伟',
              gender: 'MALE',
              kind: 'FULL',
              joinDate: '2000-07-01',
              birthDate: '1970-01-01',
            },
          });
        }
      }
    }
  });
  afterAll(() => platform.stop());

  it('answers district → townships → branches with member counts in a handful of ledger statements', async () => {
    let data: any;
    const counts = await countStatements(platform, async () => {
      data = dataOf(
        await platform.query(
          apiGraphql(
            `query SqlCountOrganizations { organizations(level: DISTRICT) { name children { name children { name memberCount } } } }`,
          ),
        ),
      );
    });
    const branches = data.organizations[0].children.flatMap((t: { children: unknown[] }) => t.children);
    expect(branches).toHaveLength(TOWNSHIPS * BRANCHES_PER_TOWNSHIP);
    expect(branches.reduce((sum: number, b: { memberCount: number }) => sum + b.memberCount, 0)).toBe(
      TOWNSHIPS * (3 + 3 + 3 + 1 * 1 + 0),
    );
    // districts, the district's children, the townships' children, member counts: one statement each level.
    expect(counts.ledger).toBeLessThanOrEqual(4);
  });

  it('adds every branch its scheme and quota policy with one statement per service', async () => {
    let data: any;
    const counts = await countStatements(platform, async () => {
      data = dataOf(
        await platform.query(
          apiGraphql(
            `query SqlCountOrganizations2 { organizations(level: BRANCH) { name memberCount effectiveScheme { name } quotaPolicy { fiveStarPercent } } }`,
          ),
        ),
      );
    });
    expect(data.organizations).toHaveLength(TOWNSHIPS * BRANCHES_PER_TOWNSHIP);
    expect(
      data.organizations.every(
        (o: { quotaPolicy: { fiveStarPercent: number } }) => o.quotaPolicy.fiveStarPercent === 10,
      ),
    ).toBe(true);
    expect(counts).toEqual({ ledger: 2, scheme: 1, rating: 1 });
  });

  it('pages the members of every branch in one statement', async () => {
    const counts = await countStatements(platform, async () => {
      dataOf(
        await platform.query(
          apiGraphql(
            `query SqlCountOrganizations3 { organizations(level: BRANCH) { members(first: 5) { total items { name } } } }`,
          ),
        ),
      );
    });
    expect(counts.ledger).toBe(2);
  });
});
