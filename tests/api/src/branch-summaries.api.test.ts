import { dataOf, Document, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, DeclareEntryInput } from './generated/api/graphql';

/**
 * The per-branch summaries and the per-node figures above them, which the dashboards read, are kept current by
 * every change: after batches recorded and reviewed (several at once), reversals of reviewed and unreviewed
 * entries, a transfer between branches and a branch moved to another township, each node's rollup equals the
 * same figures computed straight from the members' scores and the raw entries.
 */
describe('branch summaries kept current through the gateway', () => {
  let platform: TestPlatform;
  const now = new Date('2024-04-02T08:00:00Z');
  const org: Record<string, string> = {};
  const members: Record<string, string[]> = {};
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const sql = (text: string, params: unknown[] = []) => platform.services.ledger.dataSource.query(text, params);

  const rollup = async (id: string) =>
    (
      await q(
        apiGraphql(
          `query BranchSummariesOrganization($id: ID!) { organization(id: $id) { scoreRollup(period: "2024-Q1") { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews children { organizationId membersScored membersExempt mean median distribution { label count } grades { code count } finalScores pendingReviews } } } }`,
        ),
        { id },
      )
    ).organization!.scoreRollup;

  /** The figures of one node, from the members' period scores and the raw entries, without any summary. */
  const truth = async (id: string) => {
    const [row] = await sql(
      `SELECT count(ps.member_id) FILTER (WHERE ps.status = 'SCORED')::int AS scored, count(ps.member_id) FILTER (WHERE ps.status = 'EXEMPT')::int AS exempt,
              round(avg(ps.total) FILTER (WHERE ps.status = 'SCORED'), 1)::float AS mean,
              count(ps.member_id) FILTER (WHERE ps.state = 'FINAL')::int AS final,
              count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total < 50)::int AS below50
         FROM ledger.organization n JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
         LEFT JOIN ledger.period_score ps ON ps.branch_id = b.id AND ps.period_key = '2024-Q1'
        WHERE n.id = $1`,
      [id],
    );
    const [{ pending }] = await sql(
      `SELECT count(*)::int AS pending FROM ledger.organization n JOIN ledger.organization b ON b.path <@ n.path
         JOIN ledger.entry e ON e.branch_id = b.id AND e.kind = 'CLAIM'
        WHERE n.id = $1 AND NOT EXISTS (SELECT 1 FROM ledger.entry_review r WHERE r.entry_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM ledger.entry x WHERE x.reverses_entry_id = e.id)`,
      [id],
    );
    const grades = await sql(
      `SELECT ps.grade_code AS code, count(*)::int AS count FROM ledger.organization n JOIN ledger.organization b ON b.path <@ n.path
         JOIN ledger.period_score ps ON ps.branch_id = b.id AND ps.period_key = '2024-Q1' AND ps.grade_code IS NOT NULL
        WHERE n.id = $1 GROUP BY ps.grade_code ORDER BY ps.grade_code`,
      [id],
    );
    return {
      organizationId: id,
      membersScored: row.scored,
      membersExempt: row.exempt,
      mean: row.mean,
      finalScores: row.final,
      pendingReviews: pending,
      below50: row.below50,
      grades,
    };
  };
  const expectRollupsTrue = async () => {
    for (const id of [org.district, org.town1, org.town2]) {
      const got = await rollup(id);
      for (const figures of [got, ...got.children]) {
        const expected = await truth(figures.organizationId);
        const { below50, ...rest } = expected;
        expect(figures).toMatchObject(rest);
        expect(figures.distribution.find((d) => d.label === '50 分以下')!.count).toBe(below50);
      }
    }
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (key: string, level: string, name: string, parent?: string) => {
      org[key] = (
        await q('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
          input: { level, name, parentId: parent ? org[parent] : null },
        })
      ).createOrganization.id;
    };
    await create('district', 'DISTRICT', '汇总区');
    await create('town1', 'TOWNSHIP', '东镇党委', 'district');
    await create('town2', 'TOWNSHIP', '西镇党委', 'district');
    await create('a', 'BRANCH', '东镇机关党支部', 'town1');
    await create('b', 'BRANCH', '东镇财政所党支部', 'town1');
    await create('c', 'BRANCH', '西镇机关党支部', 'town2');
    const filing = (
      await q('mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }', {
        o: org.district,
      })
    ).adoptTemplate;
    await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
    await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }', { id: filing.id });
    let no = 0;
    for (const [branch, count] of [
      ['a', 5],
      ['b', 3],
      ['c', 4],
    ] as const) {
      members[branch] = [];
      for (let i = 0; i < count; i++) {
        no += 1;
        const input: AddMemberInput = {
          organizationId: org[branch],
          memberNo: `H${String(no).padStart(3, '0')}`,
          name: `党员${no}`,
          gender: 'FEMALE',
          kind: 'FULL',
          joinDate: '2010-07-01',
          birthDate: '1980-01-01',
        };
        members[branch].push(
          (
            await q(
              apiGraphql(
                `mutation BranchSummariesAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`,
              ),
              { input },
            )
          ).addMember.id,
        );
      }
    }
  });
  afterAll(() => platform.stop());

  const record = (branch: string, entries: DeclareEntryInput[], accept: boolean, clientKey?: string) =>
    platform.query(
      apiGraphql(
        `mutation BranchSummariesRecordEntries($input: RecordEntriesInput!, $key: String) { recordEntries(input: $input, clientKey: $key) { id state memberId } }`,
      ),
      {
        input: { organizationId: org[branch], entries, accept },
        key: clientKey ?? null,
      },
    );
  const work = (memberId: string, points: number, day = '2024-02-10') => ({
    memberId,
    item: 'assignedWork',
    occurredOn: day,
    points,
    note: '完成专项任务',
  });

  it('records a batch of one branch in one call, accepted, with the scores current when it returns', async () => {
    const batch = members.a.flatMap((m, i) => [
      work(m, 4 + i),
      { memberId: m, item: 'leaderPraise', occurredOn: '2024-03-05' },
    ]);
    const recorded = dataOf(await record('a', batch, true, 'tool-batch-1')).recordEntries;
    expect(recorded).toHaveLength(10);
    expect(recorded.every((e: { state: string }) => e.state === 'ACCEPTED')).toBe(true);
    const again = dataOf(await record('a', batch, true, 'tool-batch-1')).recordEntries;
    expect(again.map((e: { id: string }) => e.id)).toEqual(recorded.map((e: { id: string }) => e.id));
    const score = (
      await q(
        apiGraphql(`query BranchSummariesMember($id: ID!) { member(id: $id) { score(period: "2024-Q1") { total } } }`),
        { id: members.a[0] },
      )
    ).member!.score;
    expect(score!.total).toBeGreaterThan(7.5);
    await expectRollupsTrue();
  });

  it('refuses a bad batch whole, with a code and the entry named, writing nothing', async () => {
    const before = (
      await q(
        apiGraphql(`query BranchSummariesVerifyLedger($id: ID!) { verifyLedger(organizationId: $id) { checked } }`),
        { id: org.b },
      )
    ).verifyLedger.checked;
    const bad = await record(
      'b',
      [work(members.b[0], 5), { memberId: members.b[1], item: 'noSuchItem', occurredOn: '2024-03-01' }],
      true,
    );
    expect(errorCodeOf(bad)).toBe('INVALID_ENTRY');
    expect(bad.errors?.[0].message).toContain('第 2 条');
    const elsewhere = await record('b', [work(members.c[0], 5)], true);
    expect(errorCodeOf(elsewhere)).toBe('INVALID_ENTRY');
    expect(errorCodeOf(await record('b', [], true))).toBe('INVALID_ENTRY');
    const after = (
      await q(
        apiGraphql(`query BranchSummariesVerifyLedger2($id: ID!) { verifyLedger(organizationId: $id) { checked } }`),
        { id: org.b },
      )
    ).verifyLedger.checked;
    expect(after).toBe(before);
    await expectRollupsTrue();
  });

  it('keeps the declarations awaiting review counted through reviews and reversals', async () => {
    const declared = dataOf(
      await record(
        'b',
        members.b.map((m, i) => work(m, 3 + i)),
        false,
      ),
    ).recordEntries;
    const alsoC = dataOf(
      await record(
        'c',
        members.c.map((m) => work(m, 6, '2024-01-20')),
        false,
      ),
    ).recordEntries;
    expect((await rollup(org.district)).pendingReviews).toBe(declared.length + alsoC.length);
    await q(
      apiGraphql(
        `mutation BranchSummariesReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }`,
      ),
      {
        ids: declared.slice(0, 2).map((e: { id: string }) => e.id),
      },
    );
    await q(
      apiGraphql(
        `mutation BranchSummariesReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: "重复申报") { id } }`,
      ),
      { id: declared[2].id },
    );
    await q(
      apiGraphql(
        `mutation BranchSummariesReverseEntry2($id: ID!) { reverseEntry(entryId: $id, reason: "分值有误") { id } }`,
      ),
      { id: declared[0].id },
    );
    await q(
      apiGraphql(
        `mutation BranchSummariesReviewEntries2($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: false, reason: "缺少证明材料" }) { id } }`,
      ),
      { ids: [alsoC[0].id] },
    );
    await q(
      apiGraphql(
        `mutation BranchSummariesReviewEntries3($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }`,
      ),
      {
        ids: alsoC.slice(1).map((e: { id: string }) => e.id),
      },
    );
    expect((await rollup(org.district)).pendingReviews).toBe(0);
    await expectRollupsTrue();
  });

  it('moves a transferred member’s score from one branch’s summary to the other’s once rescored', async () => {
    const moving = members.a[4];
    await q(
      apiGraphql(
        `mutation BranchSummariesTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: "2024-03-20", reason: "工作调动") { id } }`,
      ),
      { id: moving, to: org.c },
    );
    await q(
      apiGraphql(
        `mutation BranchSummariesRefreshScores($o: ID!) { refreshScores(organizationId: $o, period: "2024-Q1") }`,
      ),
      { o: org.c },
    );
    const town1 = await rollup(org.town1);
    const town2 = await rollup(org.town2);
    expect(town1.membersScored + town2.membersScored).toBe(12);
    expect(town2.children.find((c) => c.organizationId === org.c)!.membersScored).toBe(5);
    await expectRollupsTrue();
  });

  it('keeps the figures above the branches true when batches into several branches of one district run at once', async () => {
    const batches = [
      record(
        'a',
        members.a.slice(0, 4).map((m) => work(m, 2, '2024-03-11')),
        true,
      ),
      record(
        'b',
        members.b.map((m) => work(m, 3, '2024-03-12')),
        true,
      ),
      record(
        'c',
        members.c.map((m) => work(m, 1, '2024-03-13')),
        true,
      ),
      record(
        'a',
        members.a.slice(0, 2).map((m) => work(m, 5, '2024-02-14')),
        true,
      ),
    ];
    for (const answer of await Promise.all(batches)) dataOf(answer);
    await expectRollupsTrue();
  });

  it('moves a branch under another township, and the figures of both townships follow it', async () => {
    const before = await rollup(org.district);
    await q(
      apiGraphql(
        `mutation BranchSummariesMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }`,
      ),
      {
        id: org.b,
        to: org.town2,
      },
    );
    const town1 = await rollup(org.town1);
    const town2 = await rollup(org.town2);
    expect(town1.children.map((c: { organizationId: string }) => c.organizationId)).not.toContain(org.b);
    expect(town2.children.map((c: { organizationId: string }) => c.organizationId)).toContain(org.b);
    expect(town1.membersScored + town2.membersScored).toBe(before.membersScored);
    expect((await rollup(org.district)).membersScored).toBe(before.membersScored);
    await expectRollupsTrue();
  });
});
