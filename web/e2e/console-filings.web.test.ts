import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { launchBrowser, screenshot as shoot } from './browser';
import { openDesk, readableText } from './desk';

const PASSWORD = 'Filings-2026';
const ENUMS =
  /\b(SUBMITTED|APPROVED|RETURNED|DRAFT|EARNED|DEDUCTED|PENALTY|PER_OCCURRENCE|DISCRETIONARY|FULL|null|undefined)\b/;
const DUES = '每月足额缴纳一次党费';
const SCHEME = '党员教育管理积分制考核（基础分值 + “十个一”激励分值）';
const QUIZ = '参加一次党史知识竞赛（根据竞赛成绩打分）';

const FILING = `query($id: ID!) { filing(id: $id) { status effectiveFrom decisionComment rules approvedVersion { version } } }`;
const PREVIEW = `query($id: ID!, $facts: ScoreFactsInput!) {
  previewScore(filingId: $id, facts: $facts) { total grade { name } explanation { rule text } } }`;

/**
 * 方案审核 in Chromium against the real gateway and PostgreSQL, as a township: two branches' secretaries file the 镇
 * attendance template through the API, one with 缴纳党费 raised to 2 points; the township reads the changed filing's
 * items with the change marked, tries it on sample entries (the total as the API's previewScore gives it), approves it
 * from a date and returns the other with a comment, and the queue empties. Secretary and member cannot reach it.
 */
describe('the committee console: filings to approve', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  const org: Record<string, string> = {};
  const filing: Record<string, string> = {};
  let township: { bearer: string };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform(), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    const system = async (query: string, variables: Record<string, unknown> = {}) =>
      dataOf(await platform.query(query, variables));
    const create = async (key: string, level: string, name: string, parent: string | null) => {
      org[key] = (
        await system('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
          input: { level, name, parentId: parent ? org[parent] : null },
        })
      ).createOrganization.id;
    };
    await create('district', 'DISTRICT', '示范区', null);
    await create('township', 'TOWNSHIP', '城关街道党工委', 'district');
    await create('east', 'BRANCH', '城关社区党支部', 'township');
    await create('west', 'BRANCH', '西门社区党支部', 'township');
    const member = (
      await system('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
        input: {
          organizationId: org.east,
          memberNo: 'F001',
          name: '张明',
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2010-07-01',
          birthDate: '1980-01-01',
        },
      })
    ).addMember.id;
    const accounts = [
      { username: 'township', displayName: '王主任', role: 'TOWNSHIP', organizationId: org.township },
      { username: 'secretary', displayName: '张建华', role: 'BRANCH_SECRETARY', organizationId: org.east },
      { username: 'west-secretary', displayName: '李明', role: 'BRANCH_SECRETARY', organizationId: org.west },
      { username: 'member', role: 'MEMBER', organizationId: org.east, memberId: member },
    ];
    const token: Record<string, string> = {};
    for (const a of accounts) {
      await system('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: { ...a, password: PASSWORD },
      });
      token[a.username] = (
        await system('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
          u: a.username,
          p: PASSWORD,
        })
      ).login.token;
    }
    township = { bearer: token.township! };
    // Each secretary files the template for the branch; 城关社区 raises 缴纳党费 from 1 to 2 points first.
    const as = async (username: string, query: string, variables: Record<string, unknown>) =>
      dataOf(await platform.query(query, variables, { bearer: token[username]! }));
    for (const [key, username] of [
      ['east', 'secretary'],
      ['west', 'west-secretary'],
    ] as const) {
      const draft = (
        await as(
          username,
          'mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "town-attendance") { id rules } }',
          {
            o: org[key],
          },
        )
      ).adoptTemplate;
      filing[key] = draft.id;
      if (key === 'east') {
        const rules = structuredClone(draft.rules);
        const dues = rules.components[0].items.find((i: { code: string }) => i.code === 'dues');
        dues.points.value = 2;
        await as(
          username,
          'mutation($id: ID!, $r: JSONObject!) { editFiling(id: $id, rules: $r, note: "党费每次改为 2 分") { id } }',
          {
            id: draft.id,
            r: rules,
          },
        );
      }
      await as(username, 'mutation($id: ID!) { submitFiling(id: $id, comment: "请审核") { id } }', { id: draft.id });
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

  const screenshot = async (name: string) => {
    await page.waitForTimeout(500);
    await shoot(page, name);
  };
  const asTownship = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await platform.query(query, variables, township));
  const readable = () => readableText(page, ENUMS);
  const queueRow = (name: string) =>
    page.getByRole('table', { name: '待审核的积分方案' }).getByRole('row').filter({ hasText: name });
  /** A day typed into Ant Design's date picker as a person does: click, type, Enter. */
  const fillDay = async (input: ReturnType<Page['getByPlaceholder']>, day: string) => {
    await input.click();
    await input.fill(day);
    await input.press('Enter');
  };
  const pickItem = async (n: number, label: string) => {
    await page.getByRole('combobox', { name: `第 ${n} 条的项目` }).click();
    await page.keyboard.type(label.slice(0, 8));
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
  };

  it('reads a filing with its change marked, tries it, approves it from a date and returns the other', async () => {
    await open('township');
    await page.getByRole('menuitem', { name: '管理台' }).click();
    await page.getByRole('menu', { name: '管理台' }).getByRole('menuitem', { name: '方案审核' }).click();
    await page.waitForURL(/\/console\/filings/);
    await queueRow('城关社区党支部').waitFor();
    // The queue: both branches by name, who submitted by name, what each is.
    for (const [branch, who] of [
      ['城关社区党支部', '张建华'],
      ['西门社区党支部', '李明'],
    ]) {
      const text = await queueRow(branch!).innerText();
      expect(text).toContain(who);
      expect(text).toContain(SCHEME);
      expect(text).toContain('采用模板的新方案');
    }
    expect(await queueRow('城关社区党支部').innerText()).toContain('党费每次改为 2 分');
    await readable();
    await screenshot('console-filings-queue');

    // The changed filing: its items as the API's rules list them, 缴纳党费 marked with what it was.
    await queueRow('城关社区党支部').getByRole('link', { name: '审核' }).click();
    await page.getByRole('heading', { name: SCHEME }).waitFor();
    const items = page.getByRole('table', { name: '积分项目' });
    await items.waitFor();
    const { rules } = (await asTownship(FILING, { id: filing.east })).filing;
    const apiLabels = rules.components.flatMap((c: { items?: { label: string }[] }) =>
      (c.items ?? []).map((i) => i.label),
    );
    const shownLabels = await items.locator('tbody tr td:first-child').allInnerTexts();
    expect(shownLabels.map((t) => t.replace(/^已修改\s*/, '').trim())).toEqual(apiLabels);
    const dues = items.getByRole('row').filter({ hasText: DUES });
    expect(await dues.getAttribute('data-change')).toBe('changed');
    expect(await dues.innerText()).toMatch(/已修改[\s\S]*每次 2 分[\s\S]*原：每次 1 分[\s\S]*每年最多计 12 次/);
    expect(await items.getByRole('row').filter({ hasText: '每月参加一次党员活动日' }).getAttribute('data-change')).toBe(
      'none',
    );
    expect(await page.locator('[data-change="changed"]').count()).toBe(1);
    const note = await page.getByRole('note', { name: '与原方案的差异' }).innerText();
    expect(note).toContain('与模板“党员教育管理积分制考核（基础分值 + “十个一”激励分值）”相比，有 1 处不同');
    expect(note).toContain(`积分项目“${DUES}”：分值 每次 1 分 → 每次 2 分`);
    expect(await page.getByRole('table', { name: '积分构成' }).innerText()).toContain('总分不低于 0 分');
    expect(await page.getByRole('table', { name: '等次' }).innerText()).toMatch(/优秀[\s\S]*90 分及以上/);
    expect(await page.getByRole('table', { name: '结果运用' }).count()).toBe(1);
    await readable();
    await screenshot('console-filing-rules');

    // 试算: an entry without a date is refused in Chinese; then two dues and a quiz led (3 × 2, within the item's 4).
    await pickItem(1, DUES);
    await page.getByRole('button', { name: /试\s*算/ }).click();
    await page.getByRole('alert').getByText('第 1 条记录：请选择日期').waitFor();
    await fillDay(page.locator('[data-entry="1"]').getByPlaceholder('发生日期'), '2026-01-05');
    await page.getByRole('button', { name: /添加记录/ }).click();
    await pickItem(2, DUES);
    await fillDay(page.locator('[data-entry="2"]').getByPlaceholder('发生日期'), '2026-02-05');
    await page.getByRole('button', { name: /添加记录/ }).click();
    await pickItem(3, QUIZ);
    await fillDay(page.locator('[data-entry="3"]').getByPlaceholder('发生日期'), '2026-05-20');
    await page.getByLabel('第 3 条的分值').fill('3');
    await page.locator('[data-entry="3"]').getByText('起带头作用').click();
    await fillDay(page.getByPlaceholder(/^评价日期/), '2026-12-31');
    await page.getByRole('button', { name: /试\s*算/ }).click();
    const result = page.getByRole('region', { name: '试算结果' });
    await result.waitFor();
    const api = (
      await asTownship(PREVIEW, {
        id: filing.east,
        facts: {
          period: '2026',
          asOf: '2026-12-31',
          memberKind: 'FULL',
          entries: [
            { id: '1', item: 'dues', date: '2026-01-05' },
            { id: '2', item: 'dues', date: '2026-02-05' },
            { id: '3', item: 'partyHistoryQuiz', date: '2026-05-20', points: 3, leading: true },
          ],
        },
      })
    ).previewScore;
    expect(api.total).toBe(8);
    expect(await result.locator('[data-total]').innerText()).toBe(String(api.total));
    expect(await result.locator('[data-grade]').innerText()).toBe(api.grade.name);
    const lines = await result.getByRole('list', { name: '计算说明' }).getByRole('listitem').allInnerTexts();
    expect(lines).toEqual(api.explanation.map((s: { rule: string; text: string }) => `${s.rule}：${s.text}`));
    await readable();
    await screenshot('console-filing-try');

    // Approve from a date: without one, refused in Chinese; then back to the queue, which names the new version.
    await page.getByRole('button', { name: /批\s*准/ }).click();
    await page.getByRole('alert').getByText('请选择生效日期').waitFor();
    await fillDay(page.getByPlaceholder('生效日期'), '2027-01-01');
    await page.getByLabel('审核意见').fill('同意备案');
    await page.getByRole('button', { name: /批\s*准/ }).click();
    await page.getByText(`已批准城关社区党支部的“${SCHEME}”，成为第 1 版，自 2027-01-01 起执行`).waitFor();
    expect((await asTownship(FILING, { id: filing.east })).filing).toMatchObject({
      status: 'APPROVED',
      effectiveFrom: '2027-01-01',
      decisionComment: '同意备案',
      approvedVersion: { version: 1 },
    });
    await queueRow('城关社区党支部').waitFor({ state: 'detached' });

    // Return the other with a comment: without one, refused in Chinese.
    await queueRow('西门社区党支部').getByRole('link', { name: '审核' }).click();
    await page.getByRole('note', { name: '与原方案的差异' }).getByText(/相同/).waitFor();
    await page.getByRole('button', { name: /退回修改/ }).click();
    await page.getByRole('alert').getByText('退回时要写明修改意见').waitFor();
    await page.getByLabel('审核意见').fill('请结合本社区实际细化负面清单');
    await page.getByRole('button', { name: /退回修改/ }).click();
    await page.getByText(`已退回西门社区党支部的“${SCHEME}”，意见：请结合本社区实际细化负面清单`).waitFor();
    expect((await asTownship(FILING, { id: filing.west })).filing).toMatchObject({
      status: 'RETURNED',
      decisionComment: '请结合本社区实际细化负面清单',
    });
    await page.getByText('没有待审核的积分方案').waitFor();
    const queue = (await asTownship('{ filings(status: SUBMITTED) { id } }', {})).filings;
    expect(queue).toEqual([]);
    await readable();
    await screenshot('console-filings-empty');
  });

  it.each(['secretary', 'member'])('as %s the filings screen is not reachable', async (username) => {
    await open(username);
    await page.goto(`${origin}/console/filings/${filing.west}`);
    await page.getByText('无权访问').waitFor();
    await page.getByText('您的账号不能打开“管理台”。').waitFor();
    await screenshot(`console-filings-forbidden-${username}`);
  });
});
