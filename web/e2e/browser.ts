import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium (apt: chromium, fonts-noto-cjk); Playwright's own download cannot reach its host here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const WEB_DIST = join(__dirname, '..', 'dist', 'index.html');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(WEB_DIST)) throw new Error('web/dist 不存在：请先运行 npm run build（浏览器测试用构建好的网页端）');
  if (!existsSync(CHROMIUM))
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请安装 Debian 的 chromium 与 fonts-noto-cjk`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A screenshot of the screen under test, kept in web/screenshots/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fills and sends the login form as a person does. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}
