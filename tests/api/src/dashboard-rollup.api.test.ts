import { Role } from '@jifen/kit';
import {
  buildRatedDistrict,
  RATED_NAMES,
  RATED_PERIOD,
  RatedDistrict,
  RatedOrgKey,
} from '../../support/src/rated-district';
import { dataOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';

/**
 * What the dashboard reads in one request per screen: each child of a node named by both rollups (the register's
 * figures carry the name; the rating's carry the organisation, which the ledger names in the same query plan, one
 * batch for all children), and a member's breakdown whose explanation steps name their component and bring the
 * entries behind them, limited to what the caller may see.
 */
describe('the dashboard’s rollups and breakdowns through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let rated: RatedDistrict;
  const nameOf = new Map<string, string>();
  const as = (role: Role, at: RatedOrgKey, memberId?: string) => ({
    role,
    scopePath: rated.org[at].path,
    subject: `account:${role.toLowerCase()}`,
    memberId: memberId ?? null,
  });

  const NODE = `query($id: ID!, $p: String!) { organization(id: $id) {
    scoreRollup(period: $p) { organizationId name level membersScored children { organizationId name level membersScored } }
    ratingRollup(period: $p) { organization { id name level } rated children { organizationId rated organization { id name level } } }
  } }`;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    rated = await buildRatedDistrict(platform, (to) => (now = to));
    for (const [key, { id }] of Object.entries(rated.org)) nameOf.set(id, RATED_NAMES[key as RatedOrgKey]);
  });
  afterAll(() => platform?.stop());

  it('names every child of the district in both rollups, with one batch to the ledger for the rating’s children', async () => {
    const before = platform.services.ledger.sql.statements;
    const { organization } = dataOf(
      await platform.query(NODE, { id: rated.org.district.id, p: RATED_PERIOD }, as(Role.DISTRICT, 'district')),
    );
    const ledgerStatements = platform.services.ledger.sql.statements - before;
    const { scoreRollup, ratingRollup } = organization;
    expect(scoreRollup).toMatchObject({ name: '汇总区', level: 'DISTRICT', membersScored: 14 });
    expect(scoreRollup.children).toEqual([
      { organizationId: rated.org.town.id, name: '东镇党委', level: 'TOWNSHIP', membersScored: 11 },
      { organizationId: rated.org.sibling.id, name: '西镇党委', level: 'TOWNSHIP', membersScored: 3 },
    ]);
    expect(ratingRollup.organization).toEqual({ id: rated.org.district.id, name: '汇总区', level: 'DISTRICT' });
    expect(ratingRollup.rated).toBe(14);
    expect(ratingRollup.children).toHaveLength(2);
    for (const child of ratingRollup.children)
      expect(child.organization).toEqual({
        id: child.organizationId,
        name: nameOf.get(child.organizationId),
        level: 'TOWNSHIP',
      });
    // Without the rating's names the same request costs the ledger two statements less: one batch for the node, one
    // that names every child (a statement per child would make three).
    const unnamed = platform.services.ledger.sql.statements;
    dataOf(
      await platform.query(
        NODE.replace(/organization \{ id name level \}/g, ''),
        { id: rated.org.district.id, p: RATED_PERIOD },
        as(Role.DISTRICT, 'district'),
      ),
    );
    expect(ledgerStatements - (platform.services.ledger.sql.statements - unnamed)).toBe(2);
  });

  it('names a township’s own branches for its committee, and answers nothing for another township’s node', async () => {
    const { organization } = dataOf(
      await platform.query(NODE, { id: rated.org.town.id, p: RATED_PERIOD }, as(Role.TOWNSHIP, 'town')),
    );
    expect(organization.scoreRollup.children.map((c: { name: string }) => c.name).sort()).toEqual(
      ['东一村党支部', '东二村党支部'].sort(),
    );
    expect(
      organization.ratingRollup.children.map((c: { organization: { name: string } }) => c.organization.name).sort(),
    ).toEqual(['东一村党支部', '东二村党支部'].sort());
    const other = await platform.query(NODE, { id: rated.org.sibling.id, p: RATED_PERIOD }, as(Role.TOWNSHIP, 'town'));
    expect(dataOf(other).organization).toBeNull();
  });

  const BREAKDOWN = `query($m: ID!, $p: String!) { member(id: $m) {
    name
    score(period: $p) { total components { code label } explanation { rule text entryIds component entries { id memberId itemCode } } }
    entries(first: 100) { items { id } }
    rating(period: $p) { stars explanation }
    warningCases { trigger status }
  } }`;

  it.each([
    ['the district', (_r: RatedDistrict) => as(Role.DISTRICT, 'district')],
    ['the member', (r: RatedDistrict) => as(Role.MEMBER, 'a', r.members.A5)],
  ])('gives %s a member’s steps with their component and the entries behind each', async (_who, caller) => {
    const { member } = dataOf(await platform.query(BREAKDOWN, { m: rated.members.A5, p: RATED_PERIOD }, caller(rated)));
    expect(member.name).toBe('何亮');
    const { components, explanation } = member.score;
    const labels = new Map(components.map((c: { code: string; label: string }) => [c.code, c.label]));
    for (const step of explanation) {
      expect(step.entries.map((e: { id: string }) => e.id)).toEqual(step.entryIds);
      for (const entry of step.entries) expect(entry.memberId).toBe(rated.members.A5);
      if (step.component !== null)
        expect(
          step.rule === labels.get(step.component) || step.rule.startsWith(`${labels.get(step.component)} › `),
        ).toBe(true);
    }
    // Every component has its steps; every entry of the member stands behind some step of its component.
    for (const { code } of components)
      expect(explanation.some((s: { component: string }) => s.component === code)).toBe(true);
    const behind = new Set(explanation.flatMap((s: { entryIds: string[] }) => s.entryIds));
    expect(member.entries.items.map((e: { id: string }) => e.id).every((id: string) => behind.has(id))).toBe(true);
    expect(explanation.some((s: { component: string | null }) => s.component === null)).toBe(true);
    // 35 + 10 = 45: below 50, so no star, and a dual-warning case.
    expect(member.score.total).toBe(45);
    expect(member.rating.stars).toBeNull();
    expect(member.rating.explanation.length).toBeGreaterThan(0);
    expect(member.warningCases).toEqual([{ trigger: 'SCORE_BELOW_50', status: 'OPEN' }]);
  });
});
