import { Caller, Right, Role } from '@jifen/kit';
import {
  dataOf,
  Document,
  entitiesOf,
  GraphQLResponse,
  startTestPlatform,
  TestPlatform,
} from '../../support/src/test-platform';
import { entriesOf, planned, Planned } from '../../support/src/planned-members';
import { buildScoredDistrict, RATED_NAMES, RatedDistrict } from '../../support/src/rated-district';
import { halfYearEntries, scorePeriod } from '../../support/src/scored-period';
import { ratingGraphql } from './generated/rating';
import type { RecordDisposalStepInput } from './generated/rating/graphql';

/**
 * Who may do what in the rating service, straight to the subgraph with each caller's internal token: a district
 * with two townships (东镇: branches A and B; 西镇: branch C), every branch scored, published and final for
 * 2026-H1, both townships rated and confirmed, dual-warning cases open. Each table is callers × targets →
 * allowed / not found (as an unknown id) / FORBIDDEN, as rating-access.ts and warning-rules.ts say.
 */

/** Totals below 50 open a dual-warning case at confirmation: A4, A5, A6, B2, C2. */
const BRANCHES: Record<'a' | 'b' | 'c', Planned[]> = {
  a: [
    planned('A1', '王建国', 58, 40),
    planned('A2', '李秀英', 55, 30),
    planned('A3', '张伟', 50, 20),
    planned('A4', '何亮', 35, 10),
    planned('A5', '高原', 30, 8),
    planned('A6', '孙涛', 32, 5),
  ],
  b: [planned('B1', '罗晓', 60, 35), planned('B2', '谢婷', 40, 5)],
  c: [planned('C1', '周平', 58, 30), planned('C2', '马骏', 30, 10)],
};

type OrgKey = 'district' | 'town' | 'a' | 'b' | 'sibling' | 'c';
type Who =
  'district' | 'township' | 'siblingTownship' | 'secretary' | 'recorder' | 'member' | 'otherMember' | 'readKey';
const WHO: Who[] = [
  'district',
  'township',
  'siblingTownship',
  'secretary',
  'recorder',
  'member',
  'otherMember',
  'readKey',
];

/** What a response came to: 'OK', or the first error's code. */
const outcome = (response: GraphQLResponse) =>
  response.errors?.length ? String(response.errors[0].extensions?.code) : 'OK';

/** The fields of an organisation that must answer (no empty list to fall back on): field → a query of it alone. */
const organizationWide: [string, Document<unknown, { r: { __typename: string; [key: string]: unknown }[] }>][] = [
  [
    'quotaPolicy(cycle: 2026) { id }',
    ratingGraphql(
      `query AccessRatingQuotaPolicy($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { id } } } }`,
    ),
  ],
  [
    'ratingRollup(period: "2026-H1") { rated }',
    ratingGraphql(
      `query AccessRatingRatingRollup($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRollup(period: "2026-H1") { rated } } } }`,
    ),
  ],
];

describe('access to ratings, quotas and warning cases, caller by caller', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let org = {} as RatedDistrict['org'];
  /** memberNo → member id */
  let id: Record<string, string> = {};
  const caseOf: Record<string, string> = {};
  const runs = {} as Record<'town' | 'sibling' | 'districtPreview', string>;
  let caller = {} as Record<Who, Caller>;

  const system = async <R, V>(service: 'ledger' | 'scheme' | 'rating', query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await platform.querySubgraph(service, query, variables));
  const as = <R, V>(who: Who, query: Document<R, V>, variables: NoInfer<V>) =>
    platform.querySubgraph('rating', query, variables, caller[who]);
  const previewAsSystem = async (orgKey: OrgKey) =>
    (
      await system(
        'rating',
        ratingGraphql(
          `mutation AccessRatingPreviewRating($o: ID!) { previewRating(organizationId: $o, period: "2026-H1") { id } }`,
        ),
        {
          o: org[orgKey].id,
        },
      )
    ).previewRating.id as string;
  const orgRef = (key: OrgKey) => ({ __typename: 'Organization', id: org[key].id, path: org[key].path });

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const district = await buildScoredDistrict(platform, (to) => (now = to), {
      branches: BRANCHES,
      names: { ...RATED_NAMES, district: '权限区' },
    });
    org = district.org;
    id = district.members;
    for (const key of ['a', 'b', 'c'] as const) {
      const declared = district.entries[key];
      const rows = BRANCHES[key].flatMap((m) => entriesOf(m));
      expect(declared).toHaveLength(rows.length);
    }
    for (const [key, run] of [
      ['town', 'town'],
      ['sibling', 'sibling'],
    ] as const) {
      await system(
        'rating',
        ratingGraphql(
          `mutation AccessRatingSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, reason: "默认比例" }) { id } }`,
        ),
        { o: org[key].id },
      );
      runs[run] = await previewAsSystem(key);
      const confirmed = (
        await system(
          'rating',
          ratingGraphql(
            `mutation AccessRatingConfirmRating($r: ID!) { confirmRating(runId: $r) { status summary { scores warnings } } }`,
          ),
          { r: runs[run] },
        )
      ).confirmRating;
      expect(confirmed).toEqual({
        status: 'CONFIRMED',
        summary: { scores: key === 'town' ? 8 : 2, warnings: key === 'town' ? 4 : 1 },
      });
    }
    // A district preview over both townships stays a preview (confirming it would overlap theirs).
    runs.districtPreview = await previewAsSystem('district');
    for (const no of ['A4', 'A5', 'A6', 'B2', 'C2']) {
      const entities = (
        await system(
          'rating',
          ratingGraphql(
            `query AccessRatingEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id } } } }`,
          ),
          { r: [{ __typename: 'Member', id: id[no] }] },
        )
      )._entities;
      const cases = entitiesOf(entities, 'Member')[0]!.warningCases!;
      expect([no, cases.length]).toEqual([no, 1]);
      caseOf[no] = cases[0].id;
    }
    const at = (role: Role, key: OrgKey, extra: Partial<Caller> = {}): Caller => ({
      role,
      scopePath: org[key].path,
      subject: `account:${role}:${key}`,
      ...extra,
    });
    caller = {
      district: at(Role.DISTRICT, 'district'),
      township: at(Role.TOWNSHIP, 'town'),
      siblingTownship: at(Role.TOWNSHIP, 'sibling'),
      secretary: at(Role.BRANCH_SECRETARY, 'a'),
      recorder: at(Role.BRANCH_RECORDER, 'a'),
      // 何亮 (A4) is under dual warning: the member sees their own case.
      member: at(Role.MEMBER, 'a', { memberId: id.A4 }),
      otherMember: at(Role.MEMBER, 'b', { memberId: id.B1 }),
      readKey: at(Role.TOWNSHIP, 'town', {
        subject: 'key:town-dashboard',
        keyId: 'town-dashboard',
        rights: [Right.READ],
      }),
    };
  });
  afterAll(() => platform?.stop());

  it('sets quota policies only with RATE on a township or district in scope', async () => {
    const table: [Who, OrgKey, string][] = [
      ['district', 'district', 'OK'],
      ['district', 'town', 'OK'],
      ['township', 'town', 'OK'],
      ['township', 'a', 'INVALID_QUOTA_POLICY'],
      ['township', 'sibling', 'ORGANIZATION_NOT_FOUND'],
      ['township', 'district', 'ORGANIZATION_NOT_FOUND'],
      ['siblingTownship', 'sibling', 'OK'],
      ['siblingTownship', 'town', 'ORGANIZATION_NOT_FOUND'],
      ['secretary', 'a', 'FORBIDDEN'],
      ['secretary', 'b', 'ORGANIZATION_NOT_FOUND'],
      ['secretary', 'town', 'ORGANIZATION_NOT_FOUND'],
      ['recorder', 'a', 'FORBIDDEN'],
      ['member', 'a', 'FORBIDDEN'],
      ['member', 'town', 'ORGANIZATION_NOT_FOUND'],
      ['otherMember', 'b', 'FORBIDDEN'],
      ['otherMember', 'a', 'ORGANIZATION_NOT_FOUND'],
      ['readKey', 'town', 'FORBIDDEN'],
      ['readKey', 'a', 'FORBIDDEN'],
      ['readKey', 'sibling', 'ORGANIZATION_NOT_FOUND'],
    ];
    const actual: [Who, OrgKey, string][] = [];
    for (const [who, target] of table) {
      actual.push([
        who,
        target,
        outcome(
          await as(
            who,
            ratingGraphql(
              `mutation AccessRatingSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }`,
            ),
            {
              o: org[target].id,
            },
          ),
        ),
      ]);
    }
    expect(actual).toEqual(table);
    expect(WHO.every((who) => table.some(([w]) => w === who))).toBe(true);
  });

  it('answers an out-of-scope node exactly as an unknown one, and names the missing right', async () => {
    const unknown = await as(
      'township',
      ratingGraphql(
        `mutation AccessRatingSetQuotaPolicy3($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }`,
      ),
      { o: '00000000-0000-4000-8000-000000000000' },
    );
    const sibling = await as(
      'township',
      ratingGraphql(
        `mutation AccessRatingSetQuotaPolicy4($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }`,
      ),
      { o: org.sibling.id },
    );
    const message = (response: GraphQLResponse, idUsed: string) => response.errors?.[0].message.replace(idUsed, '<id>');
    expect(message(sibling, org.sibling.id)).toBe(message(unknown, '00000000-0000-4000-8000-000000000000'));
    expect(outcome(sibling)).toBe(outcome(unknown));
    const refused = await as(
      'secretary',
      ratingGraphql(
        `mutation AccessRatingPreviewRating2($o: ID!) { previewRating(organizationId: $o, period: "2026-H1") { id } }`,
      ),
      { o: org.a.id },
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: '您的账号无权发起评星定级（需要“评星定级”权限）',
      extensions: { code: 'FORBIDDEN', right: 'RATE' },
    });
  });

  it('previews only with RATE on a township or district in scope', async () => {
    const table: [Who, OrgKey, string][] = [
      ['district', 'town', 'OK'],
      ['township', 'town', 'OK'],
      ['township', 'a', 'INVALID_RATING_SCOPE'],
      ['township', 'sibling', 'ORGANIZATION_NOT_FOUND'],
      ['township', 'district', 'ORGANIZATION_NOT_FOUND'],
      ['siblingTownship', 'town', 'ORGANIZATION_NOT_FOUND'],
      ['secretary', 'a', 'FORBIDDEN'],
      ['secretary', 'town', 'ORGANIZATION_NOT_FOUND'],
      ['recorder', 'a', 'FORBIDDEN'],
      ['member', 'a', 'FORBIDDEN'],
      ['otherMember', 'b', 'FORBIDDEN'],
      ['readKey', 'town', 'FORBIDDEN'],
    ];
    const actual: [Who, OrgKey, string][] = [];
    for (const [who, target] of table) {
      actual.push([
        who,
        target,
        outcome(
          await as(
            who,
            ratingGraphql(
              `mutation AccessRatingPreviewRating3($o: ID!) { previewRating(organizationId: $o, period: "2026-H1") { id } }`,
            ),
            {
              o: org[target].id,
            },
          ),
        ),
      ]);
    }
    expect(actual).toEqual(table);
  });

  it('shows a run to callers whose scope holds its node, never to a branch or a member; its results likewise', async () => {
    const table: [Who, keyof typeof runs, number | null][] = [
      ['district', 'town', 8],
      ['district', 'sibling', 2],
      ['district', 'districtPreview', 10],
      ['township', 'town', 8],
      ['township', 'sibling', null],
      ['township', 'districtPreview', null],
      ['siblingTownship', 'sibling', 2],
      ['siblingTownship', 'town', null],
      ['secretary', 'town', null],
      ['recorder', 'town', null],
      ['member', 'town', null],
      ['otherMember', 'town', null],
      ['readKey', 'town', 8],
    ];
    const actual: [Who, keyof typeof runs, number | null][] = [];
    for (const [who, run] of table) {
      const data = dataOf(
        await as(
          who,
          ratingGraphql(
            `query AccessRatingRatingRun($id: ID!, $r: [_Any!]!) { ratingRun(id: $id) { id results { total } } _entities(representations: $r) { ... on RatingRun { id results { total items { memberId } } } } }`,
          ),
          {
            id: runs[run],
            r: [{ __typename: 'RatingRun', id: runs[run] }],
          },
        ),
      );
      // The query and the entity reference (how the gateway reaches a run) agree.
      expect([who, run, entitiesOf(data._entities, 'RatingRun')[0]?.results.total ?? null]).toEqual([
        who,
        run,
        data.ratingRun?.results.total ?? null,
      ]);
      actual.push([who, run, data.ratingRun?.results.total ?? null]);
    }
    expect(actual).toEqual(table);
  });

  it('confirms only with RATE on the run’s node; a run out of scope is not found', async () => {
    const table: [Who, OrgKey, string][] = [
      ['district', 'town', 'OK'],
      ['township', 'town', 'OK'],
      ['township', 'sibling', 'RATING_RUN_NOT_FOUND'],
      ['township', 'district', 'RATING_RUN_NOT_FOUND'],
      ['siblingTownship', 'town', 'RATING_RUN_NOT_FOUND'],
      ['secretary', 'town', 'RATING_RUN_NOT_FOUND'],
      ['recorder', 'town', 'RATING_RUN_NOT_FOUND'],
      ['member', 'town', 'RATING_RUN_NOT_FOUND'],
      ['otherMember', 'town', 'RATING_RUN_NOT_FOUND'],
      ['readKey', 'town', 'FORBIDDEN'],
    ];
    const actual: [Who, OrgKey, string][] = [];
    for (const [who, target] of table) {
      // A fresh preview each time: the latest version, nothing stale, so only access decides.
      const runId = await previewAsSystem(target);
      actual.push([
        who,
        target,
        outcome(
          await as(
            who,
            ratingGraphql(`mutation AccessRatingConfirmRating2($r: ID!) { confirmRating(runId: $r) { status } }`),
            { r: runId },
          ),
        ),
      ]);
    }
    expect(actual).toEqual(table);
    const unknown = await as(
      'township',
      ratingGraphql(`mutation AccessRatingConfirmRating3($r: ID!) { confirmRating(runId: $r) { status } }`),
      {
        r: '00000000-0000-4000-8000-000000000000',
      },
    );
    const outOfScope = await as(
      'township',
      ratingGraphql(`mutation AccessRatingConfirmRating4($r: ID!) { confirmRating(runId: $r) { status } }`),
      {
        r: runs.sibling,
      },
    );
    expect([outcome(outOfScope), outOfScope.errors?.[0].message.replace(runs.sibling, '<id>')]).toEqual([
      outcome(unknown),
      unknown.errors?.[0].message.replace('00000000-0000-4000-8000-000000000000', '<id>'),
    ]);
  });

  it('shows a member’s standing rating in scope, and a member only their own', async () => {
    const table: [Who, string, number | null][] = [
      ['member', 'A4', 45],
      ['member', 'A1', null],
      ['member', 'B1', null],
      ['otherMember', 'B1', 95],
      ['otherMember', 'A4', null],
      ['secretary', 'A4', 45],
      ['secretary', 'A1', 98],
      ['secretary', 'B1', null],
      ['secretary', 'C1', null],
      ['recorder', 'A1', 98],
      ['recorder', 'B2', null],
      ['township', 'A4', 45],
      ['township', 'B1', 95],
      ['township', 'C1', null],
      ['siblingTownship', 'C1', 88],
      ['siblingTownship', 'A1', null],
      ['district', 'C2', 40],
      ['district', 'A1', 98],
      ['readKey', 'B2', 45],
    ];
    const actual: [Who, string, number | null][] = [];
    for (const [who, no] of table) {
      const data = dataOf(
        await as(
          who,
          ratingGraphql(
            `query AccessRatingEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Member { rating(period: "2026-H1") { total memberId stars } stars(period: "2026-H1") warningCases { memberId } } } }`,
          ),
          {
            r: [{ __typename: 'Member', id: id[no] }],
          },
        ),
      );
      const member = entitiesOf(data._entities, 'Member')[0]!;
      if (member.rating === null) expect([who, no, member.stars, member.warningCases]).toEqual([who, no, null, []]);
      // The stars column reads the stars alone; the same scope lets through the same result.
      else expect([who, no, member.stars]).toEqual([who, no, member.rating.stars]);
      actual.push([who, no, member.rating?.total ?? null]);
    }
    expect(actual).toEqual(table);
    const own = dataOf(
      await as(
        'member',
        ratingGraphql(
          `query AccessRatingEntities3($r: [_Any!]!) { _entities(representations: $r) { ... on Member { warningCases { id memberId } } } }`,
        ),
        { r: [{ __typename: 'Member', id: id.A4 }] },
      ),
    );
    expect(entitiesOf(own._entities, 'Member')[0]!.warningCases).toEqual([{ id: caseOf.A4, memberId: id.A4 }]);
  });

  it('lists warning cases under a node in scope; a member gets none', async () => {
    const table: [Who, OrgKey, string[]][] = [
      ['district', 'district', ['A4', 'A5', 'A6', 'B2', 'C2']],
      ['township', 'town', ['A4', 'A5', 'A6', 'B2']],
      ['township', 'a', ['A4', 'A5', 'A6']],
      ['township', 'sibling', []],
      ['township', 'district', []],
      ['siblingTownship', 'sibling', ['C2']],
      ['siblingTownship', 'town', []],
      ['secretary', 'a', ['A4', 'A5', 'A6']],
      ['secretary', 'b', []],
      ['secretary', 'town', []],
      ['recorder', 'a', ['A4', 'A5', 'A6']],
      ['member', 'a', []],
      ['member', 'town', []],
      ['otherMember', 'b', []],
      ['readKey', 'town', ['A4', 'A5', 'A6', 'B2']],
    ];
    const noOf = new Map(Object.entries(id).map(([no, memberId]) => [memberId, no]));
    const actual: [Who, OrgKey, string[]][] = [];
    for (const [who, target] of table) {
      const data = dataOf(
        await as(
          who,
          ratingGraphql(
            `query AccessRatingEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { memberId } } } }`,
          ),
          { r: [orgRef(target)] },
        ),
      );
      actual.push([
        who,
        target,
        entitiesOf(data._entities, 'Organization')[0]!
          .warningCases!.map((c) => noOf.get(c.memberId)!)
          .sort(),
      ]);
    }
    expect(actual).toEqual(table);
    // A representation whose path is not its id's own reaches nothing.
    const forged = dataOf(
      await as(
        'township',
        ratingGraphql(
          `query AccessRatingEntities5($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { warningCases { id } ratingRuns { id } } } }`,
        ),
        {
          r: [{ __typename: 'Organization', id: org.sibling.id, path: org.a.path }],
        },
      ),
    );
    expect(forged._entities[0]).toEqual({ warningCases: [], ratingRuns: [] });
  });

  it('finds a warning case by id in scope, and a member’s own only', async () => {
    const table: [Who, string, boolean][] = [
      ['member', 'A4', true],
      ['member', 'A5', false],
      ['otherMember', 'A4', false],
      ['secretary', 'A5', true],
      ['secretary', 'B2', false],
      ['township', 'B2', true],
      ['township', 'C2', false],
      ['siblingTownship', 'C2', true],
      ['district', 'C2', true],
      ['readKey', 'A6', true],
    ];
    const actual: [Who, string, boolean][] = [];
    for (const [who, no] of table) {
      const data = dataOf(
        await as(who, ratingGraphql(`query AccessRatingWarningCase($id: ID!) { warningCase(id: $id) { id } }`), {
          id: caseOf[no],
        }),
      );
      actual.push([who, no, data.warningCase?.id === caseOf[no]]);
    }
    expect(actual).toEqual(table);
  });

  it('gives a member nothing organisation-wide: empty lists, and FORBIDDEN where a field must answer', async () => {
    const data = await as(
      'member',
      ratingGraphql(
        `query AccessRatingEntities6($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }`,
      ),
      { r: [orgRef('a')] },
    );
    expect(dataOf(data)._entities[0]).toEqual({ ratingRuns: [], quotaPolicyHistory: [], warningCases: [] });
    for (const [field, query] of organizationWide) {
      const refused = await as('member', query, { r: [orgRef('a')] });
      expect([field, outcome(refused)]).toEqual([field, 'FORBIDDEN']);
      expect(refused.errors?.[0].message).toMatch(/^您的账号无权查看.*党员只能查看本人的评定结果和双预警$/);
    }
  });

  it('answers a node out of scope with empty lists, and as an unknown organisation where a field must answer', async () => {
    const lists = dataOf(
      await as(
        'secretary',
        ratingGraphql(
          `query AccessRatingEntities7($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ratingRuns { id } quotaPolicyHistory { id } warningCases { id } } } }`,
        ),
        { r: [orgRef('town')] },
      ),
    );
    expect(lists._entities[0]).toEqual({ ratingRuns: [], quotaPolicyHistory: [], warningCases: [] });
    for (const [field, query] of organizationWide) {
      const refused = await as('secretary', query, { r: [orgRef('town')] });
      expect([field, outcome(refused)]).toEqual([field, 'ORGANIZATION_NOT_FOUND']);
    }
    // In scope, the same fields answer: the branch sees the policy it is rated under (its township's) and its own figures.
    const own = dataOf(
      await as(
        'secretary',
        ratingGraphql(
          `query AccessRatingEntities8($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicy(cycle: 2026) { inherited organizationId } ratingRollup(period: "2026-H1") { rated warnings { open } } ratingRuns { id } } } }`,
        ),
        { r: [orgRef('a')] },
      ),
    );
    expect(own._entities[0]).toEqual({
      quotaPolicy: { inherited: true, organizationId: org.town.id },
      ratingRollup: { rated: 6, warnings: { open: 3 } },
      ratingRuns: [],
    });
    const town = dataOf(
      await as(
        'readKey',
        ratingGraphql(
          `query AccessRatingEntities9($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { quotaPolicyHistory { organizationId } ratingRollup(period: "2026-H1") { rated } } } }`,
        ),
        { r: [orgRef('town')] },
      ),
    );
    expect(entitiesOf(town._entities, 'Organization')[0]!.ratingRollup).toEqual({ rated: 8 });
    expect(entitiesOf(town._entities, 'Organization')[0]!.quotaPolicyHistory!.length).toBeGreaterThan(0);
  });

  const interviewOf = (no: string, interviewedOn: string) => ({
    query: ratingGraphql(
      `mutation AccessRatingRecordWarningInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status interviewedOn } }`,
    ),
    variables: {
      i: { caseId: caseOf[no], interviewedOn, interviewedBy: '王建国（支部书记）', note: '上半年多次缺席组织生活' },
    },
  });

  it('records a warning interview with FOLLOW_WARNINGS on a case in scope; a member not even on their own case', async () => {
    // An interview dated after today is refused by the workflow's own check, after access: "allowed" without a change.
    const table: [Who, string, string][] = [
      ['district', 'A4', 'INVALID_WARNING_INPUT'],
      ['township', 'A4', 'INVALID_WARNING_INPUT'],
      ['township', 'B2', 'INVALID_WARNING_INPUT'],
      ['township', 'C2', 'WARNING_CASE_NOT_FOUND'],
      ['siblingTownship', 'C2', 'INVALID_WARNING_INPUT'],
      ['siblingTownship', 'A4', 'WARNING_CASE_NOT_FOUND'],
      ['secretary', 'A4', 'INVALID_WARNING_INPUT'],
      ['secretary', 'B2', 'WARNING_CASE_NOT_FOUND'],
      ['recorder', 'A4', 'INVALID_WARNING_INPUT'],
      ['member', 'A4', 'FORBIDDEN'],
      ['member', 'A5', 'WARNING_CASE_NOT_FOUND'],
      ['otherMember', 'A4', 'WARNING_CASE_NOT_FOUND'],
      ['readKey', 'A4', 'FORBIDDEN'],
    ];
    const actual: [Who, string, string][] = [];
    for (const [who, no] of table) {
      const { query, variables } = interviewOf(no, '2026-12-31');
      actual.push([who, no, outcome(await as(who, query, variables))]);
    }
    expect(actual).toEqual(table);
    const refused = await as(
      'member',
      interviewOf('A4', '2026-07-10').query,
      interviewOf('A4', '2026-07-10').variables,
    );
    expect(refused.errors?.[0].message).toBe('您的账号无权办理双预警和处置事项（需要“双预警跟进”权限）');

    const recorded = dataOf(
      await as('recorder', interviewOf('A4', '2026-07-10').query, interviewOf('A4', '2026-07-10').variables),
    ).recordWarningInterview;
    expect(recorded).toEqual({ status: 'INTERVIEWED', interviewedOn: '2026-07-10' });
  });

  it('records the pre-review only as an upper level with DISPOSE, never the branch itself', async () => {
    // The outcome follows the next half-year's confirmed rating: 2026-H2 scored as the first, rated by 东镇.
    now = new Date('2027-01-05T08:00:00Z');
    await scorePeriod(platform, (to) => (now = to), {
      period: '2026-H2',
      branches: (['a', 'b'] as const).map((key) => ({
        id: org[key].id,
        members: BRANCHES[key].map((m) => ({
          no: m.no,
          name: m.name,
          id: id[m.no],
          entries: halfYearEntries(m, 2026, 2),
        })),
      })),
      meetingOn: '2027-01-05',
      publicity: { startsOn: '2027-01-06', endsOn: '2027-01-12' },
      closeAt: new Date('2027-01-13T08:00:00Z'),
    });
    const nextHalf = (
      await system(
        'rating',
        ratingGraphql(
          `mutation AccessRatingPreviewNextHalf($o: ID!) { previewRating(organizationId: $o, period: "2026-H2") { id } }`,
        ),
        { o: org.town.id },
      )
    ).previewRating.id;
    await system(
      'rating',
      ratingGraphql(`mutation AccessRatingConfirmNextHalf($r: ID!) { confirmRating(runId: $r) { id } }`),
      { r: nextHalf },
    );
    // 高原 (A5): the branch walks the case to the talk; the next step is the township's pre-review.
    const step = (
      input: Omit<RecordDisposalStepInput, 'caseId' | 'decidedOn'> & { caseId?: RecordDisposalStepInput['caseId'] },
    ): RecordDisposalStepInput => ({
      caseId: caseOf.A5,
      decidedOn: '2027-01-13',
      ...input,
    });
    /** One step of the branch's own: its name and the request for it (a typed document and its input). */
    const branchStep = <I>(name: string, document: Document<unknown, { i: I }>, input: NoInfer<I>) => ({
      name,
      run: () => as('secretary', document, { i: input }),
    });
    const disposalStep = ratingGraphql(
      `mutation AccessRatingBranchDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { status } }`,
    );
    const branchSteps = [
      branchStep(
        'recordWarningInterview',
        ratingGraphql(
          `mutation AccessRatingBranchInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { status } }`,
        ),
        {
          caseId: caseOf.A5,
          interviewedOn: '2026-07-10',
          interviewedBy: '王建国（支部书记）',
          note: '长期不参加组织生活',
        },
      ),
      branchStep(
        'pairWarningHelper',
        ratingGraphql(
          `mutation AccessRatingPairWarningHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) { status } }`,
        ),
        { caseId: caseOf.A5, helperName: '张伟', helperMemberId: id.A3, pairedOn: '2026-07-10' },
      ),
      branchStep(
        'setRectificationPlan',
        ratingGraphql(
          `mutation AccessRatingSetRectificationPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { status } }`,
        ),
        { caseId: caseOf.A5, plan: '按时参加“三会一课”', plannedOn: '2026-07-10' },
      ),
      branchStep(
        'decideWarningOutcome',
        ratingGraphql(
          `mutation AccessRatingDecideWarningOutcome($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { status } }`,
        ),
        {
          caseId: caseOf.A5,
          outcome: 'ESCALATED',
          decidedOn: '2027-01-13',
          decidedBy: '东一村党支部委员会',
          note: '经帮扶仍无转化提高',
        },
      ),
      branchStep(
        'recordDisposalStep',
        disposalStep,
        step({ measure: 'RECTIFY_DEADLINE', step: 'PROPOSED', decidedBy: '东一村党支部委员会' }),
      ),
      branchStep(
        'recordDisposalStep',
        disposalStep,
        step({ measure: 'RECTIFY_DEADLINE', step: 'INVESTIGATED', decidedBy: '调查组' }),
      ),
      branchStep(
        'recordDisposalStep',
        disposalStep,
        step({
          measure: 'RECTIFY_DEADLINE',
          step: 'TALKED',
          decidedBy: '东一村党支部',
          participants: ['王建国', '李秀英'],
        }),
      ),
    ];
    for (const { name, run } of branchSteps) {
      expect([name, outcome(await run())]).toEqual([name, 'OK']);
    }

    const preReview = (input: Partial<RecordDisposalStepInput>) => ({
      query: ratingGraphql(
        `mutation AccessRatingRecordDisposalStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { disposalStep } }`,
      ),
      variables: { i: step({ measure: 'RECTIFY_DEADLINE', step: 'PRE_REVIEWED', decidedBy: '东镇党委', ...input }) },
    });
    // Without the approval the workflow refuses it, after access: "allowed" without a change.
    const table: [Who, string, string][] = [
      ['district', 'A5', 'INVALID_WARNING_INPUT'],
      ['township', 'A5', 'INVALID_WARNING_INPUT'],
      ['siblingTownship', 'A5', 'WARNING_CASE_NOT_FOUND'],
      ['secretary', 'A5', 'FORBIDDEN'],
      ['recorder', 'A5', 'FORBIDDEN'],
      ['member', 'A4', 'FORBIDDEN'],
      ['member', 'A5', 'WARNING_CASE_NOT_FOUND'],
      ['otherMember', 'A5', 'WARNING_CASE_NOT_FOUND'],
      ['readKey', 'A5', 'FORBIDDEN'],
    ];
    const actual: [Who, string, string][] = [];
    for (const [who, no] of table) {
      const { query, variables } = preReview({ caseId: caseOf[no] });
      actual.push([who, no, outcome(await as(who, query, variables))]);
    }
    expect(actual).toEqual(table);
    const bySecretary = await as(
      'secretary',
      preReview({ approval: true }).query,
      preReview({ approval: true }).variables,
    );
    expect(bySecretary.errors?.[0].message).toBe(
      '您的账号无权办理基层党委的预审或审批（需要“处置审批”权限，由上级党组织办理）',
    );

    const reviewed = dataOf(
      await as('township', preReview({ approval: true }).query, preReview({ approval: true }).variables),
    ).recordDisposalStep;
    expect(reviewed).toEqual({ disposalStep: 'PRE_REVIEWED' });
  });
});
