import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildScoredDistrict, RATED_PERIOD, RatedDistrict } from '../../tests/support/src/rated-district';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { launchBrowser, screenshot as shoot } from './browser';
import { openDesk, readableText } from './desk';

const PASSWORD = 'Rating-runs-2026';
const P = RATED_PERIOD;
const ENUMS =
  /\b(PREVIEW|CONFIRMED|SUPERSEDED|BRANCH|POOL|OVERRIDE|ALL_TAKE|NONE_TAKE|CHANGED|ADDED|FULL|null|undefined)\b/;

const RUNS = `query($id: ID!, $p: String!) { organization(id: $id) { ratingRuns(period: $p) {
  id version status createdByName confirmedByName decidedOn
  units { name count levels { stars places taken explanation } }
  changes { memberName kind text starsBefore starsAfter }
  results(first: 50) { total items { memberName total stars rank explanation } } } } }`;
const RESULTS = `query($id: ID!, $b: ID, $s: Int, $w: Boolean!) { ratingRun(id: $id) {
  results(first: 50, branchId: $b, stars: $s, warningOnly: $w) { total items { memberName } } } }`;
const SET_POLICY = `mutation($input: SetQuotaPolicyInput!) { setQuotaPolicy(input: $input) { id } }`;

interface Run {
  id: string;
  version: number;
  status: string;
  createdByName: string;
  confirmedByName: string | null;
  decidedOn: string | null;
  units: {
    name: string;
    count: number;
    levels: { stars: number; places: number; taken: number; explanation: string }[];
  }[];
  changes: { memberName: string; kind: string; text: string; starsBefore: number | null; starsAfter: number | null }[];
  results: {
    total: number;
    items: { memberName: string; total: number; stars: number | null; rank: number | null; explanation: string[] }[];
  };
}

/**
 * The township console's 评星定级 screen in Chromium against the real gateway and PostgreSQL, as 东镇党委 on a
 * district whose first half of 2026 is scored and final: preview, read the places and results as the API gives them,
 * open a member's explanation, confirm on a decision day; a quota policy rounding down, previewed again, lists the
 * second version's changes before confirming; a preview made stale by another policy change is refused in Chinese and
 * previewed again. A secretary and a member cannot reach the screen.
 */
describe('the committee console: rating runs', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  let district: RatedDistrict;
  let now = new Date('2026-07-02T08:00:00Z');
  let township: { role: string; scopePath: string; subject: string; memberId: null };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform({ clock: () => now }), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    district = await buildScoredDistrict(platform, (to) => (now = to));
    // The committee decides today: the platform's day is the browser's (the date picker offers today in Beijing).
    now = new Date();
    const accounts = [
      { username: 'township', displayName: '王主任', role: 'TOWNSHIP', at: district.org.town, memberId: null },
      { username: 'west', displayName: '赵主任', role: 'TOWNSHIP', at: district.org.sibling, memberId: null },
      { username: 'secretary', displayName: '张书记', role: 'BRANCH_SECRETARY', at: district.org.a, memberId: null },
      { username: 'member', displayName: null, role: 'MEMBER', at: district.org.a, memberId: district.members.A5 },
    ];
    for (const a of accounts) {
      const { createAccount } = dataOf(
        await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input: {
            username: a.username,
            displayName: a.displayName,
            role: a.role,
            organizationId: a.at.id,
            memberId: a.memberId,
            password: PASSWORD,
          },
        }),
      );
      if (a.username === 'township')
        township = { role: 'TOWNSHIP', scopePath: a.at.path, subject: `account:${createAccount.id}`, memberId: null };
    }
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  let context: BrowserContext;
  let page: Page;
  const open = async (username: string) => {
    ({ context, page } = await openDesk(browser, origin, username, PASSWORD));
  };
  afterEach(() => context?.close());

  const screenshot = async (p: Page, name: string) => {
    await p.waitForTimeout(500);
    await shoot(p, name);
  };
  const asTownship = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await platform.query(query, variables, township as never));
  const runs = async (): Promise<Run[]> =>
    (await asTownship(RUNS, { id: district.org.town.id, p: P })).organization.ratingRuns;
  const openScreen = async () => {
    await page.goto(`${origin}/console/runs?org=${district.org.town.id}&period=${P}`);
    await page.getByRole('heading', { name: '评星定级' }).waitFor();
  };
  const versionRow = (version: number) => page.locator(`[aria-label="评定版本"] tr[data-version="${version}"]`);
  const waitStatus = async (version: number, status: string) =>
    versionRow(version).getByText(status, { exact: true }).waitFor();
  const preview = async (version: number) => {
    await page.getByRole('button', { name: /^预\s*览$/ }).click();
    await waitStatus(version, '预览，未确认');
    await page.getByRole('region', { name: new RegExp(`^第 ${version} 版`) }).waitFor();
  };
  const cells = (selector: string) =>
    page
      .locator(`${selector} tbody tr.ant-table-row`)
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())));
  const resultRows = () => cells('[aria-label="评定结果"]');
  const pick = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  };
  const readable = () => readableText(page, ENUMS);
  const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const starsText = (stars: number | null) => (stars ? `${stars} 星` : '无星');

  it('previews, shows the places and results the API gives, explains a member, and confirms on today', async () => {
    await open('township');
    await page.getByRole('menuitem', { name: '管理台' }).click();
    await page.getByRole('menuitem', { name: '评星定级' }).click();
    await page.waitForURL(/\/console\/runs/);
    await openScreen();
    await page.getByText('2026年度上半年还没有评定').waitFor();
    await readable();
    await screenshot(page, 'console-runs-empty');

    await preview(1);
    const [v1] = await runs();
    expect(v1).toMatchObject({ version: 1, status: 'PREVIEW', confirmedByName: null });
    expect(await versionRow(1).innerText()).toContain(v1!.createdByName);

    // Places per quota unit with their arithmetic, as the API gives them.
    const units = await cells('[aria-label="各单位名额"]');
    const places = units.map((r) => r.slice(-6));
    expect(places).toEqual(
      v1!.units.flatMap((u) =>
        u.levels.map((l) => [
          `${l.stars} 星`,
          expect.stringMatching(/%$/),
          String(l.places),
          String(l.taken),
          expect.any(String),
          l.explanation,
        ]),
      ),
    );
    const unitsText = await page.getByRole('region', { name: '各单位名额' }).innerText();
    for (const u of v1!.units) expect(unitsText).toContain(u.name);
    expect(v1!.units.map((u) => u.name).sort()).toEqual(['东一村党支部', '东二村党支部']);

    // The results: name, total and stars, in the API's order; then filtered by branch, stars and warnings.
    const shown = await resultRows();
    expect(shown.map((r) => [r[1], r[4], r[8]])).toEqual(
      v1!.results.items.map((m) => [m.memberName, String(m.total), starsText(m.stars)]),
    );
    expect(v1!.results.total).toBe(11);
    await readable();
    await screenshot(page, 'console-runs-preview');

    const expectFiltered = async (variables: Record<string, unknown>) => {
      const { ratingRun } = await asTownship(RESULTS, { id: v1!.id, b: null, s: null, w: false, ...variables });
      await page.getByText(`共 ${ratingRun.results.total} 人`).waitFor();
      const rows = await resultRows();
      expect(rows.map((r) => r[1])).toEqual(ratingRun.results.items.map((m: { memberName: string }) => m.memberName));
      return rows;
    };
    await pick('党支部', '东二村党支部');
    const inB = await expectFiltered({ b: district.org.b.id });
    expect(inB.every((r) => r[2] === '东二村党支部')).toBe(true);
    await pick('星级', '3 星');
    await expectFiltered({ b: district.org.b.id, s: 3 });
    await openScreen();
    await page.getByText(`共 ${v1!.results.total} 人`).waitFor();
    await page.getByText('只看双预警').click();
    const warned = await expectFiltered({ w: true });
    expect(warned.map((r) => r[1]).sort()).toEqual(['何亮', '高原'].sort());
    await screenshot(page, 'console-runs-warnings');
    await page.getByText('只看双预警').click();
    await page.getByText(`共 ${v1!.results.total} 人`).waitFor();

    // One member's explanation, in a drawer, as the API gives it.
    const first = v1!.results.items[0]!;
    await page.locator('[aria-label="评定结果"]').getByRole('button', { name: first.memberName }).click();
    const drawer = page.getByRole('dialog', { name: `${first.memberName}的评定说明` });
    await drawer.waitFor();
    const lines = (await drawer.locator('[aria-label="评定说明"] li').allInnerTexts()).map((t) => t.trim());
    expect(lines).toEqual(first.explanation);
    expect(lines.length).toBeGreaterThan(0);
    await screenshot(page, 'console-runs-explanation');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Confirm: the decision day offered is today in Beijing; the first version has nothing to compare with.
    await page.getByRole('button', { name: /确认评定/ }).click();
    const dialog = page.getByRole('dialog', { name: /确认2026年度上半年评定（第 1 版）/ });
    await dialog.waitFor();
    expect(await dialog.getByLabel('评定决定日期（定星会议之日）').inputValue()).toBe(beijingToday());
    await dialog.getByText('本期第一次评定，没有可比较的版本').waitFor();
    await screenshot(page, 'console-runs-confirm-first');
    await dialog.getByRole('button', { name: /^确\s*认$/ }).click();
    await waitStatus(1, '已确认，现行');
    const [confirmed] = await runs();
    expect(confirmed).toMatchObject({ version: 1, status: 'CONFIRMED', decidedOn: beijingToday() });
    expect(confirmed!.confirmedByName).toContain('王主任');
    expect(await versionRow(1).innerText()).toContain(confirmed!.confirmedByName);
    await readable();
    await screenshot(page, 'console-runs-confirmed');
  });

  it('lists the second version’s changes after a policy rounding down, confirms it, and refuses a stale preview', async () => {
    const policy = { organizationId: district.org.town.id, cycle: 2026, reason: '名额向下取整' };
    await asTownship(SET_POLICY, { input: { ...policy, rounding: 'DOWN' } });
    await open('township');
    await openScreen();
    await preview(2);
    const [v2, v1] = await runs();
    expect(v2).toMatchObject({ version: 2, status: 'PREVIEW' });
    expect(v1).toMatchObject({ version: 1, status: 'CONFIRMED' });
    expect(v2!.changes.length).toBeGreaterThan(0);
    const headline = (c: Run['changes'][number]) =>
      c.starsBefore !== c.starsAfter
        ? `${c.memberName} ${starsText(c.starsBefore)} → ${starsText(c.starsAfter)}`
        : c.memberName;
    // With rounding down, 东一村's six members get no five-star place (0.6 → 0): someone loses a star.
    expect(v2!.changes.some((c) => (c.starsAfter ?? 0) < (c.starsBefore ?? 0))).toBe(true);
    const panel = page.getByRole('region', { name: /与第 1 版相比的变化/ });
    const listed = await panel
      .locator('[data-change]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-change')));
    expect(listed).toEqual(v2!.changes.map(headline));

    // The confirmation lists the same changes before the button, each with the API's account of it.
    await page.getByRole('button', { name: /确认评定/ }).click();
    const dialog = page.getByRole('dialog', { name: /第 2 版/ });
    await dialog.waitFor();
    const dialogText = await dialog.innerText();
    expect(dialogText).toContain(`与第 1 版相比的变化（${v2!.changes.length} 人）`);
    for (const c of v2!.changes) {
      expect(dialogText).toContain(headline(c));
      // Its account of the change: the stars in the headline, the other figures beside it.
      for (const part of c.text.split('；')) expect(dialogText).toContain(part.replace(/^星级 /, ''));
    }
    await screenshot(page, 'console-runs-confirm-changes');
    await dialog.getByRole('button', { name: /^确\s*认$/ }).click();
    await waitStatus(2, '已确认，现行');
    await waitStatus(1, '已被新版本取代');
    expect((await runs()).map((r) => [r.version, r.status])).toEqual([
      [2, 'CONFIRMED'],
      [1, 'SUPERSEDED'],
    ]);
    await readable();
    await screenshot(page, 'console-runs-second-confirmed');

    // A preview, then the policy changes again behind it: confirming it is refused in Chinese, with the next step.
    await preview(3);
    await asTownship(SET_POLICY, { input: { ...policy, rounding: 'HALF_UP', reason: '恢复四舍五入' } });
    await page.getByRole('button', { name: /确认评定/ }).click();
    const stale = page.getByRole('dialog', { name: /第 3 版/ });
    await stale.getByRole('button', { name: /^确\s*认$/ }).click();
    const alert = stale.getByRole('alert');
    await alert.getByText('预览之后名额政策有了调整，请重新预览后再确认').waitFor();
    expect(await alert.innerText()).toContain('请点“重新预览”生成新版本');
    await screenshot(page, 'console-runs-stale');
    expect((await runs())[0]).toMatchObject({ version: 3, status: 'PREVIEW' });

    // 重新预览: a fourth version under the restored policy, its changes against the standing second version listed.
    await alert.getByRole('button', { name: /重新预览/ }).click();
    await waitStatus(4, '预览，未确认');
    const [v4] = await runs();
    expect(v4!.changes.length).toBeGreaterThan(0);
    const again = page.getByRole('region', { name: /与第 2 版相比的变化/ });
    expect(
      await again.locator('[data-change]').evaluateAll((items) => items.map((i) => i.getAttribute('data-change'))),
    ).toEqual(v4!.changes.map(headline));
    await readable();
    await screenshot(page, 'console-runs-previewed-again');
  });

  it('lists the members not yet final by branch with the reason, and refuses to confirm until they are', async () => {
    // 周平's first entry was recorded in error: the reversing entry makes the score provisional again.
    const reversed = await platform.query(
      'mutation($id: ID!) { reverseEntry(entryId: $id, reason: "记录有误，予以更正") { state } }',
      { id: district.entries.c[0] },
    );
    expect(dataOf(reversed).reverseEntry.state).toBe('ACCEPTED');
    await open('west');
    await page.goto(`${origin}/console/runs?org=${district.org.sibling.id}&period=${P}`);
    await page.getByRole('heading', { name: '评星定级' }).waitFor();
    await preview(1);
    const west = dataOf(
      await platform.query(
        `query($id: ID!, $p: String!) { organization(id: $id) { ratingRuns(period: $p) {
          pendingCount pendingBranches { branchName count reason } } } }`,
        { id: district.org.sibling.id, p: P },
      ),
    ).organization.ratingRuns[0];
    expect(west.pendingCount).toBe(1);
    const pending = await cells('[aria-label="积分尚未确定的党支部"]');
    expect(pending.map((r) => [r[0], r[1], r[5]])).toEqual(
      west.pendingBranches.map((b: { branchName: string; count: number; reason: string }) => [
        b.branchName,
        `${b.count} 人`,
        b.reason,
      ]),
    );
    expect(pending[0]![0]).toBe('西一村党支部');
    await page.getByRole('region', { name: '积分尚未确定的党员（1 人）' }).waitFor();
    await readable();
    await screenshot(page, 'console-runs-pending');

    await page.getByRole('button', { name: /确认评定/ }).click();
    const dialog = page.getByRole('dialog', { name: /第 1 版/ });
    await dialog.getByRole('button', { name: /^确\s*认$/ }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText(/还有 1 人的积分尚未确认（如 周平）/).waitFor();
    expect(await alert.innerText()).toContain('请督促下方列出的党支部完成公示');
    await screenshot(page, 'console-runs-not-final');
  });

  it.each(['secretary', 'member'])('as %s the rating runs screen is neither shown nor reachable', async (username) => {
    await open(username);
    const nav = (await page.getByRole('menu', { name: '主导航' }).getByRole('menuitem').allInnerTexts()).map((t) =>
      t.trim(),
    );
    expect(nav).not.toContain('管理台');
    await page.goto(`${origin}/console/runs?org=${district.org.town.id}&period=${P}`);
    await page.getByText('无权访问').waitFor();
    expect(await page.getByText('评定结果').count()).toBe(0);
    await screenshot(page, `console-runs-forbidden-${username}`);
  });
});
