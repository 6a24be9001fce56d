import { Caller, Role } from '@jifen/kit';
import ExcelJS from 'exceljs';
import { dataOf, Document, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/**
 * A member and the branch's publicity list (公示名单, issue 22 item 8) through the gateway: before publication
 * nothing; during and after the window their own branch's names, totals and grades with the window's dates and
 * their own rank, as a list and as the downloaded sheet; never another branch's, never others' entries.
 */

const BRANCH = apiGraphql(`
  query MemberPublicityBranch($o: ID!) {
    organization(id: $o) {
      publicityWindows {
        id
        periodKey
        startsOn
        endsOn
        list {
          periodKey
          startsOn
          endsOn
          ownRank
          rows {
            rank
            name
            total
            gradeName
          }
        }
      }
    }
  }
`);

const WINDOW = apiGraphql(`
  query MemberPublicityWindow($w: ID!) {
    publicityWindow(id: $w) {
      id
      list {
        ownRank
        rows {
          name
        }
      }
    }
  }
`);

const SCORE_PAGE = apiGraphql(`
  query MemberPublicityScorePage($o: ID!) {
    organization(id: $o) {
      periodScores(period: "2024-Q1") {
        items {
          memberId
        }
      }
    }
  }
`);

const OTHERS_ENTRIES = apiGraphql(`
  query MemberPublicityEntries($o: ID!) {
    organization(id: $o) {
      entries(first: 50) {
        items {
          memberId
        }
      }
    }
  }
`);

describe("a member reads and downloads their branch's publicity list", () => {
  let platform: TestPlatform;
  let now = new Date('2024-04-02T08:00:00Z');
  const org: Record<'district' | 'town' | 'branch' | 'other', { id: string; path: string }> = {} as never;
  const member: Record<string, string> = {};
  const assemblies: Record<'branch' | 'other', string> = { branch: '', other: '' };
  let windowId = '';
  let otherWindowId = '';
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const memberCaller = (key: string, branch: 'branch' | 'other'): Caller => ({
    role: Role.MEMBER,
    scopePath: org[branch].path,
    subject: `account:${key}`,
    memberId: member[key],
  });
  const sheetRows = async (file: { body: Buffer }) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as Parameters<typeof book.xlsx.load>[0]);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: string, name: string, parentId: string | null) =>
      (
        await q('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }', {
          input: { level, name, parentId },
        })
      ).createOrganization as { id: string; path: string };
    org.district = await create('DISTRICT', '公示区', null);
    org.town = await create('TOWNSHIP', '公示镇党委', org.district.id);
    org.branch = await create('BRANCH', '东村党支部', org.town.id);
    org.other = await create('BRANCH', '西村党支部', org.town.id);
    for (const branch of [org.branch, org.other]) {
      const filing = (
        await q('mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }', {
          o: branch.id,
        })
      ).adoptTemplate;
      await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
      await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }', { id: filing.id });
    }
    for (const [key, branch, name, no] of [
      ['a', org.branch, '张明', 'P001'],
      ['c', org.branch, '李华', 'P002'],
      ['y', org.other, '赵强', 'P003'],
    ] as const) {
      member[key] = (
        await q('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
          input: {
            organizationId: branch.id,
            memberNo: no,
            name,
            gender: 'MALE',
            kind: 'FULL',
            joinDate: '2010-07-01',
            birthDate: '1980-01-01',
          },
        })
      ).addMember.id;
    }
    // 张明 two praises (1 point), 李华 one (0.5): 张明 ranks first, 李华 second; 赵强 in the other branch.
    const declared: string[] = [];
    for (const [key, day] of [
      ['a', '2024-03-05'],
      ['a', '2024-03-06'],
      ['c', '2024-03-07'],
      ['y', '2024-03-08'],
    ]) {
      declared.push(
        (
          await q('mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }', {
            i: { memberId: member[key], item: 'leaderPraise', occurredOn: day },
          })
        ).declareEntry.id,
      );
    }
    for (const ids of [declared.slice(0, 3), declared.slice(3)])
      await q('mutation($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }', { ids });
    for (const [branch, attendees] of [
      ['branch', ['a', 'c']],
      ['other', ['y']],
    ] as const) {
      const assembly = (
        await q('mutation($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }', {
          i: {
            organizationId: org[branch].id,
            period: '2024-Q1',
            meetingOn: '2024-04-02',
            attendeeIds: attendees.map((k) => member[k]),
          },
        })
      ).confirmAssembly.id;
      assemblies[branch] = assembly;
    }
  });
  afterAll(() => platform?.stop());

  it('gives a member nothing before the period is published, and says why', async () => {
    const a = memberCaller('a', 'branch');
    const windows = dataOf(await platform.query(BRANCH, { o: org.branch.id }, a)).organization;
    expect(windows).toEqual({ publicityWindows: [] });
    const file = await platform.download(
      'ledger',
      'publicity-list.xlsx',
      { organizationId: org.branch.id, period: '2024-Q1' },
      a,
    );
    expect(file.status).toBe(403);
    expect(file.json.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(file.json.error.message).toContain('尚未公示');
  });

  it("shows a member their branch's list during the window: names, totals, grades, dates and their own rank", async () => {
    now = new Date('2024-04-03T08:00:00Z');
    const publish = async (assemblyId: string) =>
      (
        await q(
          'mutation($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2024-04-03", endsOn: "2024-04-09" }) { id } }',
          { a: assemblyId },
        )
      ).publishScores.id as string;
    windowId = await publish(assemblies.branch);
    otherWindowId = await publish(assemblies.other);

    const asC = dataOf(await platform.query(BRANCH, { o: org.branch.id }, memberCaller('c', 'branch'))).organization!;
    const asSystem = (await q(BRANCH, { o: org.branch.id })).organization!;
    expect(asC.publicityWindows).toHaveLength(1);
    const [window] = asC.publicityWindows;
    expect(window).toMatchObject({ id: windowId, periodKey: '2024-Q1', startsOn: '2024-04-03', endsOn: '2024-04-09' });
    expect(window.list).toMatchObject({
      periodKey: '2024-Q1',
      startsOn: '2024-04-03',
      endsOn: '2024-04-09',
      ownRank: 2,
    });
    const names = window.list.rows.map((r) => r.name);
    expect(names).toEqual(['张明', '李华']);
    expect(window.list.rows.map((r) => r.rank)).toEqual([1, 2]);
    expect(window.list.rows[0].total).toBeGreaterThan(window.list.rows[1].total!);
    // The same rows the branch committee sees; only the rank is the asker's own.
    expect(window.list.rows).toEqual(asSystem.publicityWindows[0].list.rows);
    expect(asSystem.publicityWindows[0].list.ownRank).toBeNull();
    const asA = dataOf(await platform.query(WINDOW, { w: windowId }, memberCaller('a', 'branch'))).publicityWindow;
    expect(asA).toEqual({ id: windowId, list: { ownRank: 1, rows: [{ name: '张明' }, { name: '李华' }] } });
  });

  it('lets a member download the 公示名单 of their branch, not of another branch', async () => {
    const a = memberCaller('a', 'branch');
    const file = await platform.download(
      'ledger',
      'publicity-list.xlsx',
      { organizationId: org.branch.id, period: '2024-Q1' },
      a,
    );
    expect(file.status).toBe(200);
    const rows = await sheetRows(file);
    expect(rows.some((row) => String(row[0]).includes('公示期：2024-04-03 至 2024-04-09'))).toBe(true);
    expect(rows.filter((row) => typeof row[0] === 'number').map((row) => [row[0], row[1]])).toEqual([
      [1, '张明'],
      [2, '李华'],
    ]);
    const other = await platform.download(
      'ledger',
      'publicity-list.xlsx',
      { organizationId: org.other.id, period: '2024-Q1' },
      a,
    );
    expect(other.status).toBe(404);
    const otherWindow = dataOf(await platform.query(WINDOW, { w: otherWindowId }, a)).publicityWindow;
    expect(otherWindow).toBeNull();
  });

  it("still refuses a member the branch's score page and shows only their own entries", async () => {
    const a = memberCaller('a', 'branch');
    expect(errorCodeOf(await platform.query(SCORE_PAGE, { o: org.branch.id }, a))).toBe('FORBIDDEN');
    const entries = dataOf(await platform.query(OTHERS_ENTRIES, { o: org.branch.id }, a)).organization!.entries.items;
    expect(new Set(entries.map((e) => e.memberId))).toEqual(new Set([member.a]));
  });

  it('keeps the list and the download after the window has closed', async () => {
    now = new Date('2024-04-10T08:00:00Z');
    await q('mutation($w: ID!) { closePublicity(windowId: $w) { status } }', { w: windowId });
    const c = memberCaller('c', 'branch');
    const list = dataOf(await platform.query(WINDOW, { w: windowId }, c)).publicityWindow!.list;
    expect(list.ownRank).toBe(2);
    const file = await platform.download(
      'ledger',
      'publicity-list.xlsx',
      { organizationId: org.branch.id, period: '2024-Q1' },
      c,
    );
    expect(file.status).toBe(200);
  });
});
