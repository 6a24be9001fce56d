import { randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER, mintInternalToken, systemCaller } from '@jifen/kit';
import { RuleDocument, templateByCode } from '@jifen/rules';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/**
 * Issue 22's remaining register gaps through the gateway: every active member has a score for every begun period of
 * their scheme without anyone writing for them (a sweep past each full hour, and a roster change scoring the member
 * it adds), those rows take the member's earlier grades into account, and "today" is the day in Beijing.
 */

const SCORE = apiGraphql(`
  query RegisterGapsScore($m: ID!, $p: String!) {
    member(id: $m) {
      score(period: $p) {
        state
        total
        components {
          code
          score
        }
        consequences {
          code
          label
        }
      }
    }
  }
`);

const ROLLUP = apiGraphql(`
  query RegisterGapsRollup($o: ID!, $p: String!) {
    organization(id: $o) {
      scoreRollup(period: $p) {
        membersScored
        mean
      }
    }
  }
`);

const ADD_MEMBER = apiGraphql(`
  mutation RegisterGapsAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
    }
  }
`);

const DECLARE = apiGraphql(`
  mutation RegisterGapsDeclare($i: DeclareEntryInput!) {
    declareEntry(input: $i) {
      id
      occurredOn
    }
  }
`);

/** The 镇 attendance scheme with one more consequence: 不合格 two years running is disposal (what the earlier grade decides). */
function townTwoYears(): RuleDocument {
  const doc = structuredClone(templateByCode('town-attendance')!.rules) as RuleDocument;
  doc.consequences = [
    ...(doc.consequences ?? []),
    {
      code: 'DISPOSAL',
      label: '连续两年不合格：纳入不合格党员处置范围',
      when: { grades: ['UNQUALIFIED'], consecutive: 2, memberKinds: ['FULL'] },
    },
  ];
  return doc;
}

describe('register gaps: scores nobody wrote, earlier grades, the Beijing day', () => {
  let platform: TestPlatform;
  let now = new Date('2026-03-20T08:00:00Z');
  const org: Record<'district' | 'town' | 'pioneer' | 'attendance', { id: string; path: string }> = {} as never;
  const member: Record<string, string> = {};
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const scoreOf = async (key: string, period: string) => (await q(SCORE, { m: member[key], p: period })).member!.score;
  const scoredIn = async (branch: 'pioneer' | 'attendance', period: string) =>
    (await q(ROLLUP, { o: org[branch].id, p: period })).organization!.scoreRollup.membersScored;
  const add = async (key: string, branch: 'pioneer' | 'attendance', name: string) => {
    member[key] = (
      await q(ADD_MEMBER, {
        input: {
          organizationId: org[branch].id,
          memberNo: `G-${key}`,
          name,
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2010-07-01',
          birthDate: '1980-01-01',
        },
      })
    ).addMember.id;
  };
  /** The hourly sweep, run now (a test platform's services run no timers). */
  const sweep = async () => {
    const response = await fetch(`${new URL(platform.urls.ledger).origin}/internal/sweep-scores`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: mintInternalToken(platform.tokenSecret, systemCaller, randomUUID(), Date.now()),
      },
      body: '{}',
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { branches: number; filled: number; failed: string[] };
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: string, name: string, parentId: string | null) =>
      (
        await q('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }', {
          input: { level, name, parentId },
        })
      ).createOrganization as { id: string; path: string };
    org.district = await create('DISTRICT', '补缺区', null);
    org.town = await create('TOWNSHIP', '补缺镇党委', org.district.id);
    org.pioneer = await create('BRANCH', '先锋补缺村党支部', org.town.id);
    org.attendance = await create('BRANCH', '出勤补缺村党支部', org.town.id);
    // Members on the rosters before any scheme is approved: nothing scores them then.
    await add('zhang', 'pioneer', '张一');
    await add('wang', 'attendance', '王二');
    for (const [branch, template, from, rules] of [
      [org.pioneer, 'pioneer-index', '2026-01-01', null],
      [org.attendance, 'town-attendance', '2025-01-01', townTwoYears()],
    ] as const) {
      const filing = (
        await q('mutation($o: ID!, $t: String!) { adoptTemplate(organizationId: $o, templateCode: $t) { id } }', {
          o: branch.id,
          t: template,
        })
      ).adoptTemplate;
      if (rules)
        await q('mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r) { id } }', {
          id: filing.id,
          r: rules,
        });
      await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
      await q('mutation($id: ID!, $f: Date!) { approveFiling(id: $id, effectiveFrom: $f) { id } }', {
        id: filing.id,
        f: from,
      });
    }
    // 2025: one month's dues (1 point of 100) is 不合格; nothing is recorded for 2026.
    await q('mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', {
      i: {
        organizationId: org.attendance.id,
        item: 'dues',
        occurredOn: '2025-03-05',
        memberIds: [member.wang],
        accept: true,
      },
    });
  });
  afterAll(() => platform?.stop());

  it('gives a member nobody wrote for a score once the sweep runs, provisional, counted by the rollup', async () => {
    expect(await scoreOf('zhang', '2026-M03')).toBeNull(); // the scheme came after the member: nothing was written
    expect(await scoredIn('pioneer', '2026-M03')).toBe(0);
    const swept = await sweep();
    expect(swept).toMatchObject({ branches: 2, failed: [] });
    for (const period of ['2026-M01', '2026-M02', '2026-M03', '2026-Q1', '2026']) {
      const score = await scoreOf('zhang', period);
      expect([period, score?.state]).toEqual([period, 'PROVISIONAL']);
      expect(score?.components.find((c) => c.code === 'daily')?.score).toBe(100); // 先锋指数: a full 100
    }
    expect(await scoredIn('pioneer', '2026-M03')).toBe(1);
    expect(await scoredIn('pioneer', '2026-Q2')).toBe(0); // not begun on 20 March
    expect((await sweep()).filled).toBe(0); // a second sweep finds nothing missing and writes nothing
  });

  it('scores a member added to a branch with a scheme at once, without any entry', async () => {
    await add('li', 'pioneer', '李三');
    expect(await scoreOf('li', '2026-M03')).toMatchObject({ state: 'PROVISIONAL' });
    expect(await scoredIn('pioneer', '2026-M03')).toBe(2);
  });

  it('computes a nothing-recorded row from the earlier grades: 不合格 two years running under the 镇 scheme', async () => {
    expect(await scoreOf('wang', '2025')).toMatchObject({ total: 1 }); // recorded before the first sweep
    await add('qian', 'attendance', '钱四'); // on the roster only from 2026: no earlier grade
    const wang = await scoreOf('wang', '2026');
    const qian = await scoreOf('qian', '2026');
    expect(wang).toMatchObject({ state: 'PROVISIONAL', total: 0 });
    expect(qian).toMatchObject({ state: 'PROVISIONAL', total: 0 });
    const twoYears = '连续两年不合格：纳入不合格党员处置范围';
    expect(wang!.consequences.map((c) => c.label)).toContain(twoYears);
    expect(qian!.consequences.map((c) => c.label)).not.toContain(twoYears);
    expect(await scoredIn('attendance', '2026')).toBe(2);
  });

  it('starts a period at midnight in Beijing: at 16:30 UTC on 31 March, April has begun', async () => {
    now = new Date('2026-03-31T16:30:00Z'); // 2026-04-01 00:30 in Beijing
    expect(await scoreOf('zhang', '2026-M04')).toBeNull();
    await sweep();
    expect(await scoreOf('zhang', '2026-M04')).toMatchObject({ state: 'PROVISIONAL' });
    expect((await scoreOf('zhang', '2026-Q2'))?.components.find((c) => c.code === 'daily')?.score).toBe(100);
    expect(await scoredIn('pioneer', '2026-M04')).toBe(2);
    // A declaration dated 1 April is today's, not the future's.
    const declared = (
      await q(DECLARE, { i: { memberId: member.li, item: 'dues', occurredOn: '2026-04-01', points: 5 } })
    ).declareEntry;
    expect(declared.occurredOn).toBe('2026-04-01');
    now = new Date('2026-03-31T15:30:00Z'); // 23:30 on 31 March in Beijing: 1 April is still to come
    const early = await platform.query(DECLARE, {
      i: { memberId: member.li, item: 'dues', occurredOn: '2026-04-01', points: 5 },
    });
    expect(early.errors?.[0].message).toContain('不晚于今天');
  });
});
