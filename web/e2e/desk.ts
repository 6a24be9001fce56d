import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './browser';

/** A piece of an id (a UUID's first groups): a screen shows names, never ids. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

/** A committee's desk as a person opens it: a desktop-wide Chinese browser, signed in, the main navigation drawn. */
export async function openDesk(
  browser: Browser,
  origin: string,
  username: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await signIn(page, username, password);
  await page.getByRole('menu', { name: '主导航' }).waitFor();
  return { context, page };
}

/** The screen's text, checked to show no id and none of the screen's `codes` (the API's enum values) to a person. */
export async function readableText(page: Page, codes: RegExp): Promise<string> {
  const text = await page.locator('main, .ant-layout-content').first().innerText();
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(codes);
  return text;
}
