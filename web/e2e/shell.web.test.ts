import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createScoredBranch, ScoredBranch } from '../../tests/support/src/scored-branch';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { launchBrowser, screenshot, signIn } from './browser';

const PASSWORD = 'Jifen-demo-2026';

/** The demo's five accounts, each with the navigation its role may see (web/src/features/shell/navigation.ts). */
const roles = [
  {
    username: 'district',
    role: 'DISTRICT',
    label: '区委组织部',
    at: 'district',
    nav: ['首页', '数据看板', '数据大屏', '管理台'],
  },
  {
    username: 'township',
    role: 'TOWNSHIP',
    label: '镇(街道)党(工)委',
    at: 'township',
    nav: ['首页', '数据看板', '管理台'],
  },
  { username: 'secretary', role: 'BRANCH_SECRETARY', label: '党支部书记', at: 'branch', nav: ['首页', '支部台账'] },
  { username: 'recorder', role: 'BRANCH_RECORDER', label: '积分记录员', at: 'branch', nav: ['首页', '支部台账'] },
  { username: 'member', role: 'MEMBER', label: '党员', at: 'branch', nav: ['首页', '我的积分'] },
] as const;

const displayName = (username: string) => `演示账号${username}`;

/**
 * The web app in Chromium against the real gateway and PostgreSQL: each role signs in and sees only its own
 * navigation; a wrong password is told in Chinese; logging out returns to the login page and ends the old cookie;
 * a deep link opened while signed out comes back after signing in; the 积分总台账 downloads with a click.
 */
describe('the web app shell in a browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  let org: ScoredBranch;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform(), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    org = await createScoredBranch(platform, {
      district: '示范区',
      township: '城关街道党工委',
      branch: '城关社区党支部',
    });
    for (const account of roles) {
      dataOf(
        await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input: {
            username: account.username,
            displayName: displayName(account.username),
            role: account.role,
            organizationId: org[account.at],
            memberId: account.role === 'MEMBER' ? org.member : null,
            password: PASSWORD,
          },
        }),
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const navLabels = async () => {
    const nav = page.getByRole('menu', { name: '主导航' });
    await nav.waitFor();
    return (await nav.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
  };

  it.each(roles)('$username signs in and sees only the navigation of $label', async (account) => {
    await page.goto(`${origin}/`);
    await page.waitForURL(/\/login$/);
    await signIn(page, account.username, PASSWORD);
    await page.getByText(`您好，${displayName(account.username)}`).waitFor();
    expect(await navLabels()).toEqual(account.nav);
    await page.getByText(`（${account.label}）`).waitFor();
    // The organisation of the account by its name (the side tree for committees and branches, the card for all).
    const orgName = { district: '示范区', township: '城关街道党工委', branch: '城关社区党支部' }[account.at];
    expect(await page.getByText(orgName, { exact: true }).count()).toBeGreaterThan(0);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|undefined|null|BRANCH_|DISTRICT|TOWNSHIP/);
    await screenshot(page, `home-${account.username}`);
  });

  it('keeps the period in the address and refuses an area of another role in Chinese', async () => {
    await page.goto(`${origin}/login`);
    await signIn(page, 'member', PASSWORD);
    await page.getByText(`您好，${displayName('member')}`).waitFor();
    await page.getByTitle('季度', { exact: true }).click();
    await page.locator('.ant-select-item-option[title="年度"]').click();
    await page.waitForURL(/period=\d{4}(&|$)/);
    const year = new URL(page.url()).searchParams.get('period')!;
    await page.getByTitle(`${year}年度`, { exact: true }).waitFor();
    // The address alone brings the same view back (a bookmark, a link sent to someone).
    await page.goto(`${origin}/?period=2024-H2`);
    await page.getByTitle('2024年度下半年', { exact: true }).waitFor();
    await screenshot(page, 'home-member-period');
    await page.goto(`${origin}/dashboard?period=2024-Q1`);
    await page.getByText('无权访问').waitFor();
    await page.getByText('您的账号不能打开“数据看板”。').waitFor();
    await screenshot(page, 'forbidden-member-dashboard');
  });

  it('tells a wrong password in Chinese and stays at the login page', async () => {
    await page.goto(`${origin}/login`);
    await signIn(page, 'secretary', 'not-the-password');
    await page.getByRole('alert').getByText('用户名或密码不正确').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
  });

  it('logs out back to the login page, and the old cookie is refused afterwards', async () => {
    await page.goto(`${origin}/login`);
    await signIn(page, 'recorder', PASSWORD);
    await page.getByText(`您好，${displayName('recorder')}`).waitFor();
    const session = (await context.cookies()).find((cookie) => cookie.name === 'jifen_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('jifen_session=');
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL(/\/login\?reason=signedOut$/);
    await page.getByText('您已退出登录').waitFor();
    await screenshot(page, 'logged-out');
    const replay = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        cookie: `jifen_session=${session!.value}`,
      },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as any).errors[0].extensions.code).toBe('SESSION_ENDED');
    // And the page, opened again, asks to sign in.
    await page.goto(`${origin}/`);
    await page.waitForURL(/\/login/);
  });

  it('brings a deep link opened while signed out back after signing in', async () => {
    await page.goto(`${origin}/register?period=2024-Q1`);
    await page.waitForURL(/\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/register?period=2024-Q1');
    await screenshot(page, 'login-deep-link');
    await signIn(page, 'secretary', PASSWORD);
    await page.waitForURL(`${origin}/register?period=2024-Q1`);
    await page.getByRole('heading', { name: '支部台账' }).or(page.getByText('此功能正在建设中')).first().waitFor();
    await page.getByTitle('2024年度第一季度').waitFor();
  });

  it('renews quietly when the access cookie has lapsed; a session ended elsewhere goes back to login with a notice', async () => {
    const id = dataOf(
      await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: {
          username: 'lapsing',
          displayName: displayName('lapsing'),
          role: 'BRANCH_RECORDER',
          organizationId: org.branch,
          password: PASSWORD,
        },
      }),
    ).createAccount.id;
    await page.goto(`${origin}/login`);
    await signIn(page, 'lapsing', PASSWORD);
    await page.getByText(`您好，${displayName('lapsing')}`).waitFor();
    // The browser drops the access cookie when it lapses; the refresh cookie (Path=/auth) is still there.
    await context.clearCookies({ name: 'jifen_session' });
    const renewal = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/refresh');
    await page.reload();
    expect((await renewal).status()).toBe(200);
    await page.getByText(`您好，${displayName('lapsing')}`).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await context.cookies()).find((cookie) => cookie.name === 'jifen_session')?.httpOnly).toBe(true);
    // Now the committee disables the account: the session ends, and the page says so at its next request.
    dataOf(
      await platform.query('mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabledAt } }', { id }),
    );
    await page.getByRole('menuitem', { name: '支部台账' }).click();
    await page.reload();
    await page.waitForURL(/\/login\?next=%2Fregister.*reason=expired/);
    await page.getByText('登录已过期或已在别处结束，请重新登录').waitFor();
    await screenshot(page, 'login-session-ended');
  });

  it('downloads the 积分总台账 with a click (the cookie is enough)', async () => {
    await page.goto(`${origin}/login?next=${encodeURIComponent('/?period=2024-Q1')}`);
    await signIn(page, 'secretary', PASSWORD);
    const link = page.getByRole('link', { name: /下载积分总台账/ });
    await link.waitFor();
    await screenshot(page, 'home-secretary-2024-Q1');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
