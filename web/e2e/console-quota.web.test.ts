import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildRatedDistrict, RATED_PERIOD, RatedDistrict } from '../../tests/support/src/rated-district';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { launchBrowser, screenshot as shoot } from './browser';
import { openDesk, readableText } from './desk';

const PASSWORD = 'Console-quota-2026';
const ENUMS =
  /\b(BRANCH|POOL|OVERRIDE|HALF_UP|DOWN|UP|BASE|STAR_POINTS|ALL_TAKE|NONE_TAKE|RATED|CHANGED|null|undefined|NaN)\b/;

const STORED = `query($id: ID!) { organization(id: $id) {
  quotaPolicy(cycle: 2026) { id isDefault fiveStarPercent overrides { branchId } }
  quotaPolicyHistory { id cycle fiveStarPercent fourStarPercent threeStarPercent reason setAt setByName
    overrides { fiveStarPercent reason branch { name } } } } }`;
const PREVIEW = `query($i: SetQuotaPolicyInput!, $p: String!) { previewQuotaPolicy(input: $i, period: $p) {
  units { name levels { stars places taken explanation } } changes { memberName text } } }`;

/**
 * The township's quota policy editor in Chromium against the real gateway and PostgreSQL, on the rated district of
 * rated-district.ts (2026-H1 rated under the default shares): giving 东一村党支部 40% five stars through an override
 * shows it two five-star places in the preview before anything is saved (the API confirms nothing was), with the
 * changes against the standing rating (李秀英 4 → 5, 张伟 3 → 4); an override without a reason is refused in Chinese at
 * the form; saving adds a version, with the name of who set it, to the history. Secretary and member cannot reach it.
 */
describe('the committee console: the quota policy editor with a live preview', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  let district: RatedDistrict;
  let now = new Date('2026-07-02T08:00:00Z');
  let township: { role: string; scopePath: string; subject: string; memberId: null };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform({ clock: () => now }), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    district = await buildRatedDistrict(platform, (to) => (now = to));
    const accounts = [
      { username: 'township', displayName: '王主任', role: 'TOWNSHIP', at: district.org.town, memberId: null },
      { username: 'secretary', displayName: '张建华', role: 'BRANCH_SECRETARY', at: district.org.a, memberId: null },
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
      if (a.role === 'TOWNSHIP')
        township = {
          role: 'TOWNSHIP',
          scopePath: a.at.path,
          subject: `account:${createAccount.id}`,
          memberId: null,
        };
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
    await p.waitForTimeout(600);
    await shoot(p, name);
  };
  const asTownship = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await platform.query(query, variables, township as never));
  const stored = () => asTownship(STORED, { id: district.org.town.id }).then((d) => d.organization);
  const unitRow = (name: string) =>
    page.getByRole('table', { name: '各单位名额' }).getByRole('row').filter({ hasText: name });
  const readable = () => readableText(page, ENUMS);
  const overrideDraft = (reason: string) => ({
    organizationId: district.org.town.id,
    cycle: 2026,
    overrides: [
      { branchId: district.org.a.id, fiveStarPercent: 40, fourStarPercent: 15, threeStarPercent: 20, reason },
    ],
  });

  it('previews an override before saving, refuses one without a reason, saves it and shows it in the history', async () => {
    const before = await stored();
    expect(before.quotaPolicy).toMatchObject({ id: null, isDefault: true, fiveStarPercent: 10 });
    expect(before.quotaPolicyHistory).toEqual([]);

    await open('township');
    await page.goto(`${origin}/console`);
    await page.getByRole('menu', { name: '管理台' }).getByRole('menuitem', { name: '星级名额' }).click();
    await page.waitForURL(/\/console\/quota/);
    // The default period is the latest rated: 2026-H1. The preview of the policy in force (the defaults).
    await page.locator('.ant-select-selection-item[title="2026年度上半年"]').waitFor();
    await unitRow('东一村党支部').getByText('6 人 × 10% = 0.6 人，四舍五入为 1 个名额').waitFor();
    expect(await page.getByRole('table', { name: '各单位名额' }).locator('tbody tr.ant-table-row').count()).toBe(2);
    await page.getByText('与现行评定相同，没有星级变化').waitFor();
    expect(await page.getByLabel('五星比例', { exact: true }).inputValue()).toBe('10');
    await page.getByText('现行：系统默认比例').waitFor();
    await readable();
    await screenshot(page, 'console-quota');

    // 东一村党支部 given 40% five stars: two five-star places in the preview, the changes listed, nothing saved.
    await page.getByRole('button', { name: /添加单独核定的党支部/ }).click();
    await page.getByRole('combobox', { name: '党支部', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '东一村党支部' }).click();
    await page.getByLabel('单独核定五星比例').fill('40');
    await page.getByLabel('单独核定理由').fill('连续三年被评为先进基层党组织');
    const a = unitRow('东一村党支部（单独核定）');
    await a.getByText('6 人 × 40% = 2.4 人，四舍五入为 2 个名额').waitFor();
    expect(await a.locator('[data-stars="5"]').innerText()).toMatch(/^2 个名额，获评 2 人/);
    const changes = page.getByRole('list', { name: '与现行评定的差异' });
    await changes.getByText('李秀英：星级 4 星 → 5 星').waitFor();
    await changes.getByText('张伟：星级 3 星 → 4 星').waitFor();
    expect(await changes.getByRole('listitem').count()).toBe(2);
    // The screen shows what the API previews for the same draft.
    const api = (await asTownship(PREVIEW, { i: overrideDraft('连续三年被评为先进基层党组织'), p: RATED_PERIOD }))
      .previewQuotaPolicy;
    for (const unit of api.units as {
      name: string;
      levels: { stars: number; places: number; taken: number; explanation: string }[];
    }[])
      for (const level of unit.levels) {
        const cell = await unitRow(unit.name).locator(`[data-stars="${level.stars}"]`).innerText();
        expect(cell).toContain(`${level.places} 个名额，获评 ${level.taken} 人`);
        expect(cell).toContain(level.explanation);
      }
    expect(await stored()).toEqual(before);
    // Each member's star with the explanation a click opens.
    const members = page.getByRole('table', { name: '每人星级' });
    await members.getByRole('row').filter({ hasText: '李秀英' }).first().click();
    const why = page.getByRole('list', { name: '李秀英的说明' });
    await why.waitFor();
    expect((await why.innerText()).length).toBeGreaterThan(10);
    await readable();
    await screenshot(page, 'console-quota-override-preview');

    // An override without a reason: the API's Chinese refusal at the form, the last figures kept (dimmed).
    await page.getByLabel('单独核定理由').fill('');
    const refusal = '第 1 项单独核定须写明理由（如连续三年被评为先进基层党组织）';
    await page.getByRole('form', { name: '名额政策' }).getByRole('alert').getByText(refusal).waitFor();
    await page.getByRole('group', { name: '单独核定第 1 项' }).getByText(refusal).waitFor();
    await page.getByText('以下为上一次可试算的草案的结果').waitFor();
    await a.getByText('四舍五入为 2 个名额').first().waitFor();
    await screenshot(page, 'console-quota-refused');
    await page.getByLabel('单独核定理由').fill('连续三年被评为先进基层党组织');
    await page.getByRole('form', { name: '名额政策' }).getByRole('alert').waitFor({ state: 'detached' });

    // Saved: the history shows the version with who set it by name, when in Beijing time, why, and its shares.
    await page.getByLabel('调整理由').fill('东一村党支部连续三年被评为先进基层党组织，放宽五星比例');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(/已保存名额政策，自 2026 年度起执行/).waitFor();
    const history = page.getByRole('table', { name: '政策历史' });
    const saved = history.locator('tbody tr.ant-table-row');
    await saved.first().waitFor();
    expect(await saved.count()).toBe(1);
    const after = await stored();
    expect(after.quotaPolicyHistory).toHaveLength(1);
    const [version] = after.quotaPolicyHistory;
    expect(version).toMatchObject({
      cycle: 2026,
      fiveStarPercent: 10,
      reason: '东一村党支部连续三年被评为先进基层党组织，放宽五星比例',
      overrides: [{ fiveStarPercent: 40, reason: '连续三年被评为先进基层党组织', branch: { name: '东一村党支部' } }],
    });
    expect(version.setByName).toContain('王主任');
    const text = await saved.first().innerText();
    expect(text).toContain(version.setByName);
    expect(text).toContain('2026-07-10 17:00'); // 09:00 UTC on the platform's clock
    expect(text).toContain('东一村党支部连续三年被评为先进基层党组织，放宽五星比例');
    expect(text).toMatch(/10% \/ 15% \/ 20%/);
    expect(text).toContain('东一村党支部');
    // The policy in force is now the committee's; the preview of the saved policy lists the same changes.
    await page.reload();
    await page.getByText(/现行：2026 年度起，.*王主任设定于 2026-07-10 17:00/).waitFor();
    await unitRow('东一村党支部（单独核定）').getByText('6 人 × 40% = 2.4 人，四舍五入为 2 个名额').waitFor();
    await page.getByRole('list', { name: '与现行评定的差异' }).getByText('李秀英：星级 4 星 → 5 星').waitFor();
    // Browsing the history: a version's details open on a click.
    await history
      .getByRole('button', { name: /展开行|Expand row/ })
      .first()
      .click();
    await history.getByText('东一村党支部：40% / 15% / 20%，理由：连续三年被评为先进基层党组织').waitFor();
    await readable();
    await screenshot(page, 'console-quota-saved');

    // A score no longer final (罗晓's first entry reversed): her branch is listed with why, never a silent figure.
    dataOf(
      await platform.query(
        'mutation($id: ID!) { reverseEntry(entryId: $id, reason: "扣分依据不足，予以更正") { state } }',
        {
          id: district.entries.b[0],
        },
      ),
    );
    await page.reload();
    const pending = page.getByRole('list', { name: '积分尚未确定的党支部' });
    await pending.getByText('东二村党支部：1 人的积分尚未确定：1 人尚在申报、初评或党员大会评定中，未公示').waitFor();
    await page.getByText('1 人的积分尚未确定，本次不参加试算').waitFor();
    await unitRow('东二村党支部').getByText('4 人 × 10% = 0.4 人，四舍五入为 0 个名额').waitFor();
    expect(await page.getByRole('table', { name: '每人星级' }).innerText()).not.toContain('罗晓');
    await readable();
    await screenshot(page, 'console-quota-pending');
  });

  it.each(['secretary', 'member'])('as %s the quota editor is neither shown nor reachable', async (username) => {
    await open(username);
    const nav = (await page.getByRole('menu', { name: '主导航' }).getByRole('menuitem').allInnerTexts()).map((t) =>
      t.trim(),
    );
    expect(nav).not.toContain('管理台');
    await page.goto(`${origin}/console/quota`);
    await page.getByText('无权访问').waitFor();
    await page.getByText('您的账号不能打开“管理台”。').waitFor();
    expect(await page.getByText('星级名额').count()).toBe(0);
    await screenshot(page, `console-quota-forbidden-${username}`);
  });
});
