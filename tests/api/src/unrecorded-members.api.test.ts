import { Caller, Role } from '@jifen/kit';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/**
 * Members with nothing recorded (issue 22 items 4 and 9) through the gateway: under 先锋指数 they hold the full
 * daily 100, under the 镇 attendance scheme a base of 0, provisional, counted by the rollups; an assembly over a
 * period in which nobody has any entry is refused with the reason unless the committee acknowledges it.
 */

const SCORE = apiGraphql(`
  query UnrecordedMemberScore($m: ID!, $p: String!) {
    member(id: $m) {
      name
      score(period: $p) {
        state
        total
        components {
          code
          score
        }
      }
    }
  }
`);

const ROLLUP = apiGraphql(`
  query UnrecordedRollup($o: ID!, $p: String!) {
    organization(id: $o) {
      scoreRollup(period: $p) {
        membersScored
        membersExempt
        mean
      }
    }
  }
`);

const ASSEMBLY = apiGraphql(`
  mutation UnrecordedAssembly($i: ConfirmAssemblyInput!) {
    confirmAssembly(input: $i) {
      id
      periodKey
      entryCount
    }
  }
`);

describe('members with nothing recorded', () => {
  let platform: TestPlatform;
  const now = new Date('2026-03-20T08:00:00Z');
  const org: Record<'district' | 'town' | 'pioneer' | 'attendance', { id: string; path: string }> = {} as never;
  const member: Record<string, string> = {};
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const scoreOf = async (key: string, period: string, as?: Caller) =>
    dataOf(await platform.query(SCORE, { m: member[key], p: period }, as)).member!.score;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: string, name: string, parentId: string | null) =>
      (
        await q('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }', {
          input: { level, name, parentId },
        })
      ).createOrganization as { id: string; path: string };
    org.district = await create('DISTRICT', '未记区', null);
    org.town = await create('TOWNSHIP', '未记镇党委', org.district.id);
    org.pioneer = await create('BRANCH', '先锋村党支部', org.town.id);
    org.attendance = await create('BRANCH', '出勤村党支部', org.town.id);
    for (const [branch, template] of [
      [org.pioneer, 'pioneer-index'],
      [org.attendance, 'town-attendance'],
    ] as const) {
      const filing = (
        await q('mutation($o: ID!, $t: String!) { adoptTemplate(organizationId: $o, templateCode: $t) { id } }', {
          o: branch.id,
          t: template,
        })
      ).adoptTemplate;
      await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
      await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }', { id: filing.id });
    }
    for (const [key, branch, name] of [
      ['zhang', org.pioneer, '张三'],
      ['li', org.pioneer, '李四'],
      ['zhao', org.attendance, '赵六'],
      ['wang', org.attendance, '王五'],
    ] as const) {
      member[key] = (
        await q('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
          input: {
            organizationId: branch.id,
            memberNo: `U-${key}`,
            name,
            gender: 'MALE',
            kind: 'FULL',
            joinDate: '2010-07-01',
            birthDate: '1980-01-01',
          },
        })
      ).addMember.id;
    }
  });
  afterAll(() => platform?.stop());

  it('refuses an assembly over a period in which nobody has any entry, saying why, unless acknowledged', async () => {
    const input = {
      organizationId: org.pioneer.id,
      period: '2026-M02',
      meetingOn: '2026-03-05',
      attendeeIds: [member.zhang, member.li],
    };
    const refused = await platform.query(ASSEMBLY, { i: input });
    expect(refused.errors?.[0].extensions?.code).toBe('NOTHING_RECORDED');
    expect(refused.errors?.[0].message).toContain('2026-M02 本支部没有任何党员的积分记录');
    expect(refused.errors?.[0].message).toContain('acknowledgeNoEntries');
    // Nobody lost a point in February under 先锋指数: the committee confirms that on purpose.
    const confirmed = (await q(ASSEMBLY, { i: { ...input, acknowledgeNoEntries: true } })).confirmAssembly;
    expect(confirmed).toMatchObject({ periodKey: '2026-M02', entryCount: 0 });
    const february = await scoreOf('li', '2026-M02');
    expect(february?.components.find((c) => c.code === 'daily')?.score).toBe(100);
  });

  it('gives a member with no entries under 先锋指数 the full daily 100, provisional, as they see it themself', async () => {
    const entry = (
      await q('mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }', {
        i: { memberId: member.zhang, item: 'dues', occurredOn: '2026-03-10', points: 5 },
      })
    ).declareEntry.id;
    await q('mutation($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }', {
      ids: [entry],
    });
    const li: Caller = { role: Role.MEMBER, scopePath: org.pioneer.path, subject: 'account:li', memberId: member.li };
    for (const period of ['2026-M03', '2026-Q1', '2026']) {
      const own = await scoreOf('li', period, li);
      expect([period, own?.state]).toEqual([period, 'PROVISIONAL']);
      expect(own?.components.find((c) => c.code === 'daily')?.score).toBe(100);
      expect(own!.total).toBeGreaterThan((await scoreOf('zhang', period))!.total!);
    }
    expect((await scoreOf('zhang', '2026-M03'))?.components.find((c) => c.code === 'daily')?.score).toBe(95);
  });

  it('gives a member with no entries under the 镇 attendance scheme a base of 0, counted by the rollups', async () => {
    await q('mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', {
      i: {
        organizationId: org.attendance.id,
        item: 'dues',
        occurredOn: '2026-03-05',
        memberIds: [member.zhao],
        accept: true,
      },
    });
    const wang = await scoreOf('wang', '2026');
    expect(wang).toMatchObject({ state: 'PROVISIONAL', total: 0 });
    expect((await scoreOf('zhao', '2026'))!.total).toBeGreaterThan(0);
    const branch = (await q(ROLLUP, { o: org.attendance.id, p: '2026' })).organization!.scoreRollup;
    expect(branch).toMatchObject({ membersScored: 2, membersExempt: 0 });
    const town = (await q(ROLLUP, { o: org.town.id, p: '2026' })).organization!.scoreRollup;
    expect(town.membersScored).toBe(4); // both branches, everyone: nobody is left out for having nothing recorded
  });
});
