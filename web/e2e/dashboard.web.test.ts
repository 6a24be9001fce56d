import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildRatedDistrict, RATED_PERIOD, RatedDistrict } from '../../tests/support/src/rated-district';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { launchBrowser, screenshot as shoot, signIn } from './browser';

const PASSWORD = 'Dashboard-2026';
const P = RATED_PERIOD;

const NODE = `query($id: ID!, $p: String!) { organization(id: $id) { name
  scoreRollup(period: $p) { membersScored membersExempt mean median pendingReviews openObjections runningWindows grades { code count }
    children { organizationId name membersScored mean } }
  ratingRollup(period: $p) { stars { stars places taken } warnings { open overdue escalated } }
} }`;
const STARS = `query($id: ID!, $p: String!) { organization(id: $id) { ratingRollup(period: $p) { children {
  organization { name } stars { stars taken places } } } } }`;
const MEMBERS = `query($id: ID!, $p: String!) { organization(id: $id) { members(orderBy: TOTAL_DESC, period: $p, first: 50) {
  total items { id name score(period: $p) { total } } } } }`;
const MEMBER = `query($id: ID!, $p: String!) { member(id: $id) { name score(period: $p) { total components { label } }
  rating(period: $p) { explanation } warningCases { status } } }`;

/**
 * The district dashboard in Chromium against the real gateway and PostgreSQL, every screen checked against the API
 * read by the same account: district → township → branch → member, the 积分总台账 download, the 数据大屏; a township
 * sees only its own branches; a member reaches only the member's own page. Screenshots go to web/screenshots/.
 */
describe('the district dashboard in a browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  let rated: RatedDistrict;
  let now = new Date('2026-07-02T08:00:00Z');
  const callers: Record<string, { role: string; scopePath: string; subject: string; memberId: string | null }> = {};

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform({ clock: () => now }), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    rated = await buildRatedDistrict(platform, (to) => (now = to));
    const accounts = [
      { username: 'district', role: 'DISTRICT', at: rated.org.district, memberId: null },
      { username: 'township', role: 'TOWNSHIP', at: rated.org.town, memberId: null },
      { username: 'member', role: 'MEMBER', at: rated.org.a, memberId: rated.members.A5 },
    ];
    for (const a of accounts) {
      const { createAccount } = dataOf(
        await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input: {
            username: a.username,
            displayName: `测试${a.username}`,
            role: a.role,
            organizationId: a.at.id,
            memberId: a.memberId,
            password: PASSWORD,
          },
        }),
      );
      callers[a.username] = {
        role: a.role,
        scopePath: a.at.path,
        subject: `account:${createAccount.id}`,
        memberId: a.memberId,
      };
    }
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  let context: BrowserContext;
  let page: Page;
  const open = async (username: string, width = 1440, height = 900) => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${origin}/login`);
    await signIn(page, username, PASSWORD);
    await page.getByRole('menu', { name: '主导航' }).waitFor();
  };
  afterEach(() => context?.close());
  /** After the charts' entry animation, so that the picture shows their figures. */
  const screenshot = async (p: Page, name: string) => {
    await p.waitForTimeout(1200);
    await shoot(p, name);
  };

  const api = async (username: string, query: string, variables: Record<string, unknown>) =>
    dataOf(await platform.query(query, variables, callers[username] as never));

  /** The cards as the page shows them, by key. */
  const cards = async (): Promise<Record<string, string>> => {
    await page.locator('[data-card="membersScored"]').first().waitFor();
    return page.$$eval('[data-card]', (nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          n.getAttribute('data-card')!,
          (n.querySelector('.ant-statistic-content-value') ?? n.lastElementChild)!
            .textContent!.replace(/,/g, '')
            .trim(),
        ]),
      ),
    );
  };

  /** The cards the API's rollups give for the same node and period. */
  const expectedCards = async (username: string, id: string) => {
    const { organization: o } = await api(username, NODE, { id, p: P });
    const s = o.scoreRollup;
    const r = o.ratingRollup;
    const show = (v: number | null) => (v === null ? '—' : String(v));
    return {
      name: o.name as string,
      children: s.children as { organizationId: string; name: string; membersScored: number; mean: number | null }[],
      cards: {
        membersScored: show(s.membersScored),
        membersExempt: show(s.membersExempt),
        mean: show(s.mean),
        median: show(s.median),
        ...Object.fromEntries(
          s.grades.map((g: { code: string; count: number }) => [`grade-${g.code}`, String(g.count)]),
        ),
        ...Object.fromEntries(
          r.stars.map((x: { stars: number; taken: number; places: number }) => [
            `stars-${x.stars}`,
            `${x.taken} / ${x.places}`,
          ]),
        ),
        warningsOpen: String(r.warnings.open),
        warningsOverdue: String(r.warnings.overdue),
        warningsEscalated: String(r.warnings.escalated),
        pendingReviews: String(s.pendingReviews),
        openObjections: String(s.openObjections),
        runningWindows: String(s.runningWindows),
      },
    };
  };

  const rankingNames = async () => {
    const rows = page.locator('[aria-label="下级组织排名"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    return (await rows.locator('td:first-child').allInnerTexts()).map((t) => t.trim());
  };

  it('shows the district the API’s figures, then a township, a branch with its members and the workbook, and a member', async () => {
    await open('district');
    await page.goto(`${origin}/dashboard?org=${rated.org.district.id}&period=${P}`);
    const district = await expectedCards('district', rated.org.district.id);
    expect(await cards()).toEqual(district.cards);
    expect(district.cards.membersScored).toBe('14');
    expect((await rankingNames()).sort()).toEqual(district.children.map((c) => c.name).sort());
    await page.locator('canvas').first().waitFor();
    await screenshot(page, 'dashboard-district');

    // Every chart can be read as a table: the stars against places per township.
    const stars = page.getByRole('region', { name: '各下级星级获评与名额' });
    await stars.getByRole('button', { name: '查看数据' }).click();
    const starsRows = stars.locator('tbody tr.ant-table-row');
    await starsRows.first().waitFor();
    const starRows = await starsRows.evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
    const { organization: withStars } = await api('district', STARS, { id: rated.org.district.id, p: P });
    const byName = (a: string[], b: string[]) => a[0].localeCompare(b[0]);
    expect(starRows.sort(byName)).toEqual(
      withStars.ratingRollup.children
        .map((c: { organization: { name: string }; stars: { taken: number; places: number }[] }) => [
          c.organization.name,
          ...c.stars.flatMap((x) => [String(x.taken), String(x.places)]),
        ])
        .sort(byName),
    );

    // A township: the same view for its branches.
    await page.getByRole('link', { name: '东镇党委' }).click();
    await page.waitForURL((url) => url.searchParams.get('org') === rated.org.town.id);
    const town = await expectedCards('district', rated.org.town.id);
    await page.getByRole('heading', { name: '东镇党委' }).waitFor();
    expect(await cards()).toEqual(town.cards);
    expect((await rankingNames()).sort()).toEqual(['东一村党支部', '东二村党支部'].sort());
    await screenshot(page, 'dashboard-township');

    // A branch: its members, paged, highest total first, as the API orders them.
    await page.getByRole('link', { name: '东一村党支部' }).click();
    await page.getByRole('heading', { name: '东一村党支部' }).waitFor();
    expect(await cards()).toEqual((await expectedCards('district', rated.org.a.id)).cards);
    const { organization: branch } = await api('district', MEMBERS, { id: rated.org.a.id, p: P });
    const memberRows = page.locator('[aria-label="党员积分"] tbody tr.ant-table-row');
    await memberRows.first().waitFor();
    const shown = await memberRows.evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
    expect(shown.map((r) => [r[1], r[3]])).toEqual(
      branch.members.items.map((m: { name: string; score: { total: number } }) => [m.name, String(m.score.total)]),
    );
    expect(shown.every((r) => ['已确认', '公示中', '暂定', '暂缓确认'].includes(r[6]))).toBe(true);
    await screenshot(page, 'dashboard-branch');

    // 积分总台账: a plain link, the session cookie is enough; the workbook opens and lists the branch's members.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('积分总台账').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('积分总台账')!;
    const cellsText: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cellsText.push(String(cell.value ?? ''))));
    for (const m of branch.members.items) expect(cellsText).toContain(m.name);

    // A member: the breakdown with the entries behind each line, the rating and why, the warning case.
    await page.getByRole('link', { name: '何亮' }).click();
    await page.getByRole('heading', { name: '何亮' }).waitFor();
    const { member } = await api('district', MEMBER, { id: rated.members.A5, p: P });
    const body = await page.locator('[data-view="member"]').innerText();
    expect(body).toContain(`${member.score.total}`);
    for (const c of member.score.components) expect(body).toContain(c.label);
    for (const line of member.rating.explanation) expect(body).toContain(line);
    expect(member.warningCases.map((c: { status: string }) => c.status)).toEqual(['OPEN']);
    expect(body).toContain('待书记约谈');
    expect(await page.locator('[aria-label$="的记录"] li').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-member');
  });

  it('shows the district’s 数据大屏 at 1920×1080 with the same figures', async () => {
    await open('district', 1920, 1080);
    await page.goto(`${origin}/screen?period=${P}`);
    const district = await expectedCards('district', rated.org.district.id);
    await page.locator('[data-card="membersScored"]').waitFor();
    const shown = await page.$$eval('[data-card]', (nodes) =>
      Object.fromEntries(nodes.map((n) => [n.getAttribute('data-card')!, n.lastElementChild!.textContent!.trim()])),
    );
    expect(shown).toEqual(district.cards);
    await page.locator('canvas').nth(3).waitFor();
    await screenshot(page, 'screen-district');
  });

  it('shows a township only its own branches, and another township as not found', async () => {
    await open('township');
    await page.goto(`${origin}/dashboard?period=${P}`);
    await page.getByRole('heading', { name: '东镇党委' }).waitFor();
    expect(await cards()).toEqual((await expectedCards('township', rated.org.town.id)).cards);
    expect((await rankingNames()).sort()).toEqual(['东一村党支部', '东二村党支部'].sort());
    await screenshot(page, 'dashboard-township-own');
    await page.goto(`${origin}/dashboard?org=${rated.org.sibling.id}&period=${P}`);
    await page.getByText('找不到该组织').waitFor();
    expect(await page.getByText('西镇党委').count()).toBe(0);
    await screenshot(page, 'dashboard-township-other');
  });

  it('lets a member reach only the member’s own page', async () => {
    await open('member');
    await page.goto(`${origin}/my?period=${P}`);
    await page.getByRole('heading', { name: '何亮' }).waitFor();
    const { member } = await api('member', MEMBER, { id: rated.members.A5, p: P });
    const body = await page.locator('[data-view="member"]').innerText();
    for (const c of member.score.components) expect(body).toContain(c.label);
    await screenshot(page, 'member-own-page');
    for (const path of [`/dashboard?period=${P}`, `/dashboard/member/${rated.members.A1}?period=${P}`, '/screen']) {
      await page.goto(`${origin}${path}`);
      await page.getByText('无权访问').first().waitFor();
      expect(await page.getByText('王建国').count()).toBe(0);
    }
    await screenshot(page, 'member-refused');
  });
});
