import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createScoredBranch, ScoredBranch } from '../../tests/support/src/scored-branch';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { operationLabels } from '../src/features/accounts/model/audit-labels';
import { launchBrowser, screenshot as shoot } from './browser';
import { openDesk, readableText } from './desk';

const PASSWORD = 'Console-2026';
const ENUMS = /\b(TOWNSHIP|DISTRICT|BRANCH_\w+|MEMBER|READ|EXPORT|WRITE|OK|FORBIDDEN|null|undefined)\b/;

const ACCOUNTS = `query($id: ID!) { organization(id: $id) {
  accounts { id label displayName role failedLogins lockedUntil disabledAt }
  children { name accounts { id label displayName role failedLogins lockedUntil disabledAt } } } }`;
const KEYS = `query($id: ID!) { organization(id: $id) { apiKeys { id name rights prefix lastUsedAt revokedAt } } }`;
const AUDIT = `query($id: ID!) { organization(id: $id) { auditLog(first: 50) { subjectName operation outcome } } }`;

/**
 * The committee's console in Chromium against the real gateway and PostgreSQL, as a township: its accounts (open one
 * for a member picked from the roll, clear the wrong-password wait, disable it), its keys (issue one, see the secret
 * once, call the gateway with the curl example shown, revoke it, the next call refused) and the audit log of those
 * actions with names; each screen checked against the API read by the same township. Secretary and member cannot
 * reach it.
 */
describe('the committee console: accounts, keys and the audit log', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  let org: ScoredBranch;
  let township: { role: string; scopePath: string; subject: string; memberId: null };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform(), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    org = await createScoredBranch(platform, {
      district: '示范区',
      township: '城关街道党工委',
      branch: '城关社区党支部',
    });
    dataOf(
      await platform.query('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
        input: {
          organizationId: org.branch,
          memberNo: 'W002',
          name: '李华',
          gender: 'FEMALE',
          kind: 'FULL',
          joinDate: '2012-07-01',
          birthDate: '1985-05-01',
        },
      }),
    );
    const accounts = [
      { username: 'township', displayName: '王主任', role: 'TOWNSHIP', at: org.township, memberId: null },
      { username: 'secretary', displayName: '张建华', role: 'BRANCH_SECRETARY', at: org.branch, memberId: null },
      { username: 'member', displayName: null, role: 'MEMBER', at: org.branch, memberId: org.member },
    ];
    for (const a of accounts) {
      const { createAccount } = dataOf(
        await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input: { ...a, organizationId: a.at, at: undefined, password: PASSWORD },
        }),
      );
      if (a.role === 'TOWNSHIP') {
        const { organization } = dataOf(
          await platform.query('query($id: ID!) { organization(id: $id) { path } }', { id: org.township }),
        );
        township = {
          role: 'TOWNSHIP',
          scopePath: organization.path,
          subject: `account:${createAccount.id}`,
          memberId: null,
        };
      }
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

  /** After the dialogs' and pop-ups' closing animations, so that the picture shows the screen. */
  const screenshot = async (p: Page, name: string) => {
    await p.waitForTimeout(500);
    await shoot(p, name);
  };
  const asTownship = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await platform.query(query, variables, township as never));
  const pick = async (label: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  };
  const confirm = () => page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
  const row = (name: string | RegExp) => page.getByRole('row').filter({ hasText: name });
  const readable = () => readableText(page, ENUMS);
  /** The curl example as shown, run by the shell as a person would paste it (not blocking: the gateway runs here). */
  const runCurl = async (example: string) =>
    JSON.parse((await promisify(execFile)('bash', ['-c', example], { encoding: 'utf8', timeout: 30_000 })).stdout);

  it('opens an account for a member, clears its wrong-password wait and disables it', async () => {
    await open('township');
    await page.getByRole('menuitem', { name: '管理台' }).click();
    await page.waitForURL(/\/console\/quota/);
    await page.getByRole('menu', { name: '管理台' }).getByRole('menuitem', { name: '账号' }).click();
    await page.waitForURL(/\/console\/accounts/);
    await page.getByRole('table').waitFor();
    // The screen lists the township's accounts and its branch's, as the API gives them to the township.
    const api = (await asTownship(ACCOUNTS, { id: org.township })).organization;
    const all = [...api.accounts, ...api.children.flatMap((c: { accounts: unknown[] }) => c.accounts)];
    expect(all.map((a: { displayName: string }) => a.displayName).sort()).toEqual(['张明', '张建华', '王主任'].sort());
    for (const [name, role, where] of [
      ['王主任', '镇(街道)党(工)委', '城关街道党工委'],
      ['张建华', '党支部书记', '城关社区党支部'],
      ['张明', '党员', '城关社区党支部'],
    ]) {
      const text = await row(name!).innerText();
      expect(text).toContain(role);
      expect(text).toContain(where);
      expect(text).toContain('在用');
    }

    // Open an account for 李华, picked by name from the branch's roll; a user name already taken is refused in Chinese.
    await page.getByRole('button', { name: /开设账号/ }).click();
    await pick('所在组织', '城关社区党支部');
    await pick('角色', '党员');
    await pick('党员', '李华');
    await page.getByLabel('用户名').fill('secretary');
    await page.getByLabel('初始密码').fill('Spring-2026-ok');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /开\s*设/ })
      .click();
    await page.getByRole('dialog').getByRole('alert').getByText('用户名“secretary”已被使用，请换一个').waitFor();
    await screenshot(page, 'console-account-refused');
    await page.getByLabel('用户名').fill('lihua');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /开\s*设/ })
      .click();
    await page.getByText('已开设账号：城关社区党支部').waitFor();
    await row('李华').waitFor();
    expect(await row('李华').innerText()).toMatch(/李华[\s\S]*lihua[\s\S]*城关社区党支部[\s\S]*党员[\s\S]*在用/);
    await readable();
    await screenshot(page, 'console-accounts');

    // Five wrong passwords: the row says so, and 解除等待 clears it (the API agrees).
    for (let i = 0; i < 5; i += 1)
      await platform.query('mutation { login(username: "lihua", password: "wrong-password-1") { token } }', {}, null);
    await page.reload();
    await row('李华')
      .getByText(/连续输错密码 5 次/)
      .waitFor();
    await screenshot(page, 'console-account-wrong-passwords');
    await row('李华')
      .getByRole('button', { name: /解除等待/ })
      .click();
    await page.getByText('已解除输错等待：').waitFor();
    await row('李华').getByText('连续输错密码').waitFor({ state: 'detached' });
    const lihua = () =>
      asTownship(ACCOUNTS, { id: org.township }).then((d) =>
        d.organization.children[0].accounts.find((a: { displayName: string }) => a.displayName === '李华'),
      );
    expect(await lihua()).toMatchObject({ failedLogins: 0, lockedUntil: null, disabledAt: null });

    // A new password: a password too short is refused in Chinese; the new one signs in.
    await row('李华')
      .getByRole('button', { name: /重置密码/ })
      .click();
    await page.getByLabel('新密码').fill('short1');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /重\s*置/ })
      .click();
    await page.getByRole('dialog').getByRole('alert').getByText('密码至少 10 位').waitFor();
    await page.getByLabel('新密码').fill('Summer-2026-new');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /重\s*置/ })
      .click();
    await page.getByText('已重置密码：城关社区党支部 党员 李华（其所有登录已结束）').waitFor();
    const signedIn = await platform.query(
      'mutation { login(username: "lihua", password: "Summer-2026-new") { account { displayName } } }',
      {},
      null,
    );
    expect(dataOf(signedIn).login.account.displayName).toBe('李华');

    // Disable it: the row says 已停用 with the time, and so does the API.
    await row('李华')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await confirm();
    await page.getByText('已停用账号：').waitFor();
    await row('李华').locator('[data-state="已停用"]').waitFor();
    expect((await lihua()).disabledAt).not.toBeNull();
    expect(await row('李华').innerText()).toMatch(/停用于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await readable();
    await screenshot(page, 'console-account-disabled');
  });

  it('issues a key, shows its secret once with a curl call that works, revokes it and the next call is refused', async () => {
    await open('township');
    await page.goto(`${origin}/console/keys`);
    await page.getByRole('button', { name: /签发密钥/ }).click();
    await pick('绑定的组织', '城关社区党支部');
    await page.getByLabel('名称').fill('支部考勤机');
    await pick('以何种角色调用', '积分记录员');
    // A recorder key from a township: the recorder's rights the township holds, never managing access.
    const offered = await page.getByRole('dialog').locator('.ant-checkbox-wrapper').allInnerTexts();
    expect(offered.map((t) => t.trim())).toEqual(['查看', '异议与申诉', '双预警跟进', '导出']);
    await page.getByRole('dialog').getByText('查看', { exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /签\s*发/ })
      .click();
    const secretBox = page.getByLabel('完整密钥', { exact: true });
    await secretBox.waitFor();
    const secret = (await secretBox.innerText()).trim();
    expect(secret).toMatch(/^jk/);
    const example = (await page.getByLabel('调用示例（curl）', { exact: true }).innerText()).trim();
    expect(example).toContain(`${origin}/graphql`);
    expect(example).toContain(`Authorization: Bearer ${secret}`);
    await screenshot(page, 'console-key-issued');

    // The example, run as shown, answers with the branch's data.
    const answer = await runCurl(example);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.organization).toEqual({ name: '城关社区党支部', memberCount: 2 });

    // Closed, the secret is gone from the page; the row shows the key as the API does, with its last use.
    await page.getByRole('button', { name: /我已复制，关闭/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row('支部考勤机').waitFor();
    const [key] = (await asTownship(KEYS, { id: org.branch })).organization.apiKeys;
    expect(key).toMatchObject({ name: '支部考勤机', rights: ['READ'], revokedAt: null });
    expect(key.lastUsedAt).not.toBeNull();
    const keyRow = await row('支部考勤机').innerText();
    expect(keyRow).toContain(key.prefix);
    expect(keyRow).toMatch(/城关社区党支部[\s\S]*积分记录员[\s\S]*查看[\s\S]*600 次/);
    expect(keyRow).not.toContain('从未调用');
    expect(keyRow).toContain('有效');
    await readable();
    await screenshot(page, 'console-keys');

    // Revoked: the row says so, and the same call is refused.
    await row('支部考勤机')
      .getByRole('button', { name: /吊\s*销/ })
      .click();
    await confirm();
    await page.getByText('已吊销密钥：支部考勤机（城关社区党支部）').waitFor();
    await row('支部考勤机').locator('[data-state="已吊销"]').waitFor();
    const refused = await runCurl(example);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors[0].extensions.code).toBe('INVALID_API_KEY');
    expect(refused.errors[0].message).toBe('密钥无效或已吊销');
    await screenshot(page, 'console-key-revoked');
  });

  it('shows those actions in the audit log with names, in Chinese, filtered by what and outcome', async () => {
    await open('township');
    await page.goto(`${origin}/console/audit`);
    await page.getByRole('table').waitFor();
    await row('签发密钥').first().waitFor();
    const me = '城关街道党工委';
    const expected = [
      ['开设账号', '城关社区党支部 党员 李华（lihua）', '成功'],
      ['开设账号', '党员账号（secretary）', '未成功：用户名已被使用'],
      ['解除输错等待', '李华', '成功'],
      ['重置密码', '李华', '成功'],
      ['停用或启用账号', '停用：城关社区党支部', '成功'],
      ['签发密钥', '支部考勤机', '成功'],
      ['吊销密钥', '支部考勤机', '成功'],
    ];
    for (const [what, target, outcome] of expected) {
      const text = await row(what!).filter({ hasText: target! }).first().innerText();
      expect(text).toContain(me);
      expect(text).toContain('王主任');
      expect(text).toContain(outcome);
      expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    }
    // The same entries as the API gives the township.
    const log = (await asTownship(AUDIT, { id: org.township })).organization.auditLog as {
      subjectName: string;
      operation: string;
      outcome: string;
    }[];
    const mine = log.filter((e) => e.subjectName.includes('王主任'));
    expect(mine.map((e) => e.operation).sort()).toEqual(
      [
        'createAccount',
        'createAccount',
        'unlockAccount',
        'resetAccountPassword',
        'resetAccountPassword',
        'setAccountDisabled',
        'createApiKey',
        'revokeApiKey',
      ].sort(),
    );
    expect(
      mine
        .filter((e) => e.outcome !== 'OK')
        .map((e) => e.outcome)
        .sort(),
    ).toEqual(['INVALID_ACCOUNT', 'USERNAME_TAKEN']);
    await readable();
    await screenshot(page, 'console-audit');

    await pick('操作', '签发密钥');
    expect(await page.getByRole('table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(page, 'console-audit-filtered');
    await page.reload();
    await row('签发密钥').first().waitFor();
    await pick('结果', '未成功');
    const refusedRows = await page.getByRole('table').locator('tbody tr.ant-table-row').allInnerTexts();
    expect(refusedRows.length).toBeGreaterThanOrEqual(1);
    for (const text of refusedRows) expect(text).toContain('未成功');
    await page.keyboard.press('Escape');
    // When: today (Beijing) keeps them all, a day long past has none (the log is then read from before that day).
    await page.reload();
    await row('签发密钥').first().waitFor();
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const chooseDays = async (from: string, to: string) => {
      await page.getByPlaceholder('开始日期').click();
      await page.getByPlaceholder('开始日期').fill(from);
      await page.getByPlaceholder('结束日期').click();
      await page.getByPlaceholder('结束日期').fill(to);
      await page.getByPlaceholder('结束日期').press('Enter');
    };
    await chooseDays(today, today);
    await page.getByText(`共 ${mine.length} 条`).waitFor();
    await chooseDays('2020-01-01', '2020-01-31');
    await page.getByText('没有符合条件的记录').waitFor();
    expect(await page.getByPlaceholder('开始日期').inputValue()).toBe('2020-01-01');
    await screenshot(page, 'console-audit-days');
    await screenshot(page, 'console-audit-refused');
  });

  it.each(['secretary', 'member'])('as %s the console is neither shown nor reachable', async (username) => {
    await open(username);
    const nav = (await page.getByRole('menu', { name: '主导航' }).getByRole('menuitem').allInnerTexts()).map((t) =>
      t.trim(),
    );
    expect(nav).not.toContain('管理台');
    await page.goto(`${origin}/console/keys`);
    await page.getByText('无权访问').waitFor();
    await page.getByText('您的账号不能打开“管理台”。').waitFor();
    await screenshot(page, `console-forbidden-${username}`);
  });

  it('names every write of the API in Chinese for the audit log', () => {
    const schema = readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8');
    const mutation = /type Mutation \{([\s\S]*?)\n\}/.exec(schema)![1]!;
    const names = [...mutation.matchAll(/^ {2}([a-zA-Z]+)[(:]/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !operationLabels[name])).toEqual([]);
  });
});
