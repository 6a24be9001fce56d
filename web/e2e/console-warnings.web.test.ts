import type { Browser, BrowserContext, Page } from 'playwright-core';
import { planned, Planned } from '../../tests/support/src/planned-members';
import {
  buildRatedDistrict,
  RATED_BRANCHES,
  RATED_PERIOD,
  RatedDistrict,
} from '../../tests/support/src/rated-district';
import { halfYearEntries, scorePeriod } from '../../tests/support/src/scored-period';
import { dataOf, startTestPlatform, TestPlatform } from '../../tests/support/src/test-platform';
import { launchBrowser, screenshot as shoot } from './browser';
import { openDesk, readableText } from './desk';

const PASSWORD = 'Warnings-2026';
const ENUMS = /\b(OPEN|INTERVIEWED|HELPER_PAIRED|RECTIFYING|IMPROVED|ESCALATED|SCORE_BELOW_50|FULL|null|undefined)\b/;

const ROLLUP = `query($id: ID!, $p: String!) { organization(id: $id) {
  ratingRollup(period: $p) { warnings { open overdue escalated closed } }
  warningCases(first: 100) { id memberName status isOverdue overdue periodKey }
} }`;
const CASE = `query($id: ID!) { warningCase(id: $id) { status interviewedBy helperName helperMemberId plan rectifyDeadline nextTotal
  updatedByName history { kind recordedBy } } }`;

/**
 * The township committee's warning cases board in Chromium against the real gateway and PostgreSQL: the rated district
 * (tests/support rated-district.ts) warns 何亮 (45) and 高原 (38) in 东一村 under 东镇党委 for 2026-H1, confirmed on
 * 10 July; on 28 July (the interview was due by 25 July) both are overdue by 3 days. As 东镇's committee: the board's
 * counts are the API's rollup; 何亮's case goes through interview, helper and plan in the browser, its history grows
 * with names; the outcome waits for the next half-year's rating and says so. Secretary and member cannot reach it.
 */
describe('the committee console: warning cases', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let origin: string;
  let rated: RatedDistrict;
  let now = new Date('2026-07-02T08:00:00Z');
  let township: { role: string; scopePath: string; subject: string; memberId: null };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform({ clock: () => now }), launchBrowser()]);
    origin = new URL(platform.gatewayUrl).origin;
    rated = await buildRatedDistrict(platform, (to) => (now = to));
    now = new Date('2026-07-28T02:00:00Z');
    const accounts = [
      { username: 'township', displayName: '王主任', role: 'TOWNSHIP', at: rated.org.town, memberId: null },
      { username: 'secretary', displayName: '王建国', role: 'BRANCH_SECRETARY', at: rated.org.a, memberId: null },
      { username: 'member', displayName: null, role: 'MEMBER', at: rated.org.a, memberId: rated.members.A5 },
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
  const row = (name: string | RegExp) =>
    page.getByRole('table', { name: '双预警案件' }).getByRole('row').filter({ hasText: name });
  const readable = () => readableText(page, ENUMS);
  /** The board's figures and tab counts as shown. */
  const board = async () => {
    await page.locator('[data-figure="未结"]').waitFor();
    const figure = async (name: string) =>
      Number((await page.locator(`[data-figure="${name}"] .ant-statistic-content-value`).innerText()).trim());
    const tab = async (name: string) =>
      Number(/\d+$/.exec((await page.locator(`[data-tab="${name}"]`).innerText()).trim())![0]);
    return {
      figures: {
        open: await figure('未结'),
        overdue: await figure('其中逾期'),
        escalated: await figure('转入处置'),
        closed: await figure('已结案'),
      },
      tabs: Object.fromEntries(
        await Promise.all(
          ['待约谈', '已约谈', '已结对', '整改中', '已转化', '处置中'].map(async (t) => [t, await tab(t)] as const),
        ),
      ),
    };
  };
  const apiBoard = async () => {
    const o = (await asTownship(ROLLUP, { id: rated.org.town.id, p: RATED_PERIOD })).organization;
    const label: Record<string, string> = {
      OPEN: '待约谈',
      INTERVIEWED: '已约谈',
      HELPER_PAIRED: '已结对',
      RECTIFYING: '整改中',
      IMPROVED: '已转化',
      ESCALATED: '处置中',
    };
    const tabs = Object.fromEntries(Object.values(label).map((l) => [l, 0]));
    for (const c of o.warningCases) tabs[label[c.status]!]! += 1;
    return { figures: o.ratingRollup.warnings, tabs, cases: o.warningCases };
  };

  it('shows the township’s cases by stage, counted as the rollup, the overdue ones with their days', async () => {
    await open('township');
    await page.getByRole('menuitem', { name: '管理台' }).click();
    await page.getByRole('menu', { name: '管理台' }).getByRole('menuitem', { name: '双预警' }).click();
    await page.waitForURL(/\/console\/warnings/);
    const shown = await board();
    const api = await apiBoard();
    expect(api.figures).toEqual({ open: 2, overdue: 2, escalated: 0, closed: 0 });
    expect(shown.figures).toEqual(api.figures);
    expect(shown.tabs).toEqual(api.tabs);
    expect(shown.tabs['待约谈']).toBe(2);
    for (const name of ['何亮', '高原']) {
      const text = await row(name).innerText();
      expect(text).toContain('东一村党支部');
      expect(text).toContain('双预警：考核总分低于 50 分');
      expect(text).toContain('待约谈');
      expect(text).toContain('逾期');
      expect(text).toContain('应于 2026-07-25 前约谈，已逾期 3 天');
    }
    expect(api.cases.every((c: { isOverdue: boolean }) => c.isOverdue)).toBe(true);
    await readable();
    await screenshot(page, 'console-warnings-board');
  });

  it('takes a case through interview, helper and plan; the history grows with names; the outcome waits for the next rating', async () => {
    await open('township');
    await page.goto(`${origin}/console/warnings`);
    await row('何亮').getByRole('link', { name: '何亮' }).click();
    await page.waitForURL(/\/console\/warnings\/[0-9a-f-]{36}/);
    const caseId = page.url().split('/').pop()!.split('?')[0]!;
    const history = page.getByRole('table', { name: '办理记录' });
    await history.waitFor();
    await page.getByRole('alert').getByText('书记约谈逾期：应于 2026-07-25 前约谈，已逾期 3 天').waitFor();
    expect(await history.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await history.innerText()).toMatch(
      /2026-07-10[\s\S]*评定确认，实行双预警[\s\S]*平台[\s\S]*2026-07-10 17:00/,
    );
    await screenshot(page, 'console-warning-case-open');

    // Interview: a day after today is refused in Chinese; then recorded.
    const interview = page.locator('[aria-label="登记书记约谈"]');
    await interview.getByLabel('约谈日期').fill('2026-07-30');
    await interview.getByLabel('约谈人').fill('东一村党支部书记 王建国');
    await interview.getByLabel('约谈情况').fill('上半年缺席组织生活三次');
    await interview.getByRole('button', { name: /登记约谈/ }).click();
    await interview.getByRole('alert').getByText('约谈日期（2026-07-30）不能晚于今天（2026-07-28）').waitFor();
    await screenshot(page, 'console-warning-interview-refused');
    await interview.getByLabel('约谈日期').fill('2026-07-27');
    await interview.getByRole('button', { name: /登记约谈/ }).click();
    await page.getByText('已登记书记约谈').waitFor();

    // Helper: picked by name from 东一村's members.
    const helper = page.locator('[aria-label="结对帮扶"]');
    await helper.getByRole('combobox', { name: '帮扶人' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李秀英' }).click();
    await helper.getByLabel('结对日期').fill('2026-07-28');
    await helper.getByRole('button', { name: /确定帮扶人/ }).click();
    await page.getByText('已确定帮扶人：李秀英').waitFor();

    // Plan: the deadline defaults to six months on.
    const plan = page.locator('[aria-label="制定整改计划"]');
    await plan.getByLabel('整改计划').fill('按时参加“三会一课”，每月向帮扶人汇报');
    await plan.getByLabel('制定日期').fill('2026-07-28');
    await plan.getByRole('button', { name: /制定计划/ }).click();
    await page.getByText('已制定整改计划').waitFor();

    // Revise it with a reason: kept as a revision.
    const revise = page.locator('[aria-label="修订整改计划"]');
    await revise.getByLabel('修订后的整改期限').fill('2027-03-28');
    await revise.getByLabel('修订日期').fill('2026-07-28');
    await revise.getByLabel('修订决定人或机构').fill('东一村党支部委员会');
    await revise.getByLabel('修订理由').fill('本人外出务工，延长两个月');
    await revise.getByRole('button', { name: /登记修订/ }).click();
    await page.getByText('已登记整改计划的修订').waitFor();
    await page.getByRole('table', { name: '整改计划修订记录' }).getByText('本人外出务工，延长两个月').waitFor();

    const api = (await asTownship(CASE, { id: caseId })).warningCase;
    const members = (
      await asTownship('query($id: ID!) { organization(id: $id) { members(first: 50) { items { id name } } } }', {
        id: rated.org.a.id,
      })
    ).organization.members.items as { id: string; name: string }[];
    expect(api).toMatchObject({
      status: 'RECTIFYING',
      interviewedBy: '东一村党支部书记 王建国',
      helperName: '李秀英',
      helperMemberId: members.find((m) => m.name === '李秀英')!.id,
      plan: '按时参加“三会一课”，每月向帮扶人汇报',
      rectifyDeadline: '2027-03-28',
      nextTotal: null,
    });
    expect(api.updatedByName).toContain('王主任');
    const lines = (await history.locator('tbody tr.ant-table-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/评定确认，实行双预警.*平台/);
    expect(lines[1]).toMatch(/2026-07-27.*书记约谈.*东一村党支部书记 王建国.*上半年缺席组织生活三次/);
    expect(lines[2]).toMatch(/2026-07-28.*结对帮扶.*李秀英/);
    expect(lines[3]).toMatch(/2026-07-28.*制定整改计划.*按时参加“三会一课”.*2027-01-28/);
    expect(lines[4]).toMatch(/2026-07-28.*修订整改计划（第 1 次）.*东一村党支部委员会.*本人外出务工.*2027-03-28/);
    expect(await page.locator('[aria-label="预警情况"]').innerText()).toMatch(/最近办理[\s\S]*王主任/);

    // The outcome: nothing recorded for the next half-year yet, and the page says what is needed.
    const outcome = page.locator('[aria-label="认定整改结果"]');
    await outcome.getByText('认定整改结果：须先确认下一期的评定').waitFor();
    expect(await outcome.innerText()).toContain('目前还没有记录下一期的评定总分，尚不能认定');
    expect(await outcome.getByRole('button').count()).toBe(0);
    await readable();
    await screenshot(page, 'console-warning-case-rectifying');

    // Back on the board: one case waits for its interview (still overdue), one is in rectification, as the API counts.
    await page.getByRole('link', { name: /返回双预警/ }).click();
    await page.locator('[data-tab="整改中"]', { hasText: '整改中 1' }).waitFor();
    const shown = await board();
    const fromApi = await apiBoard();
    expect(fromApi.figures).toEqual({ open: 2, overdue: 1, escalated: 0, closed: 0 });
    expect(shown.figures).toEqual(fromApi.figures);
    expect(shown.tabs).toEqual(fromApi.tabs);
    expect(shown.tabs).toMatchObject({ 待约谈: 1, 整改中: 1 });
    expect(await row('何亮').innerText()).toContain('未逾期');
    await page.locator('[data-tab="整改中"]').click();
    await row('高原').waitFor({ state: 'detached' });
    expect(await page.getByRole('table', { name: '双预警案件' }).locator('tbody tr.ant-table-row').count()).toBe(1);
    await row('何亮').waitFor();
    await readable();
    await screenshot(page, 'console-warnings-board-after');
  });

  it('decides the outcomes the next half-year gives, and takes the disposal through the assembly vote', async () => {
    // 高原 is brought to rectification through the API; then 2026-H2 is scored (何亮 63, 高原 41) and confirmed.
    const [gaoyuan] = (await apiBoard()).cases.filter((c: { memberName: string }) => c.memberName === '高原');
    const system = (query: string, input: Record<string, unknown>) =>
      platform.query(query, { i: { caseId: gaoyuan.id, ...input } }).then(dataOf);
    await system('mutation($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) { id } }', {
      interviewedOn: '2026-07-28',
      interviewedBy: '王建国',
      note: '长期不参加组织生活',
    });
    await system('mutation($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) { id } }', {
      helperName: '张伟',
      pairedOn: '2026-07-28',
    });
    await system('mutation($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { id } }', {
      plan: '每月参加主题党日',
      plannedOn: '2026-07-28',
    });
    const secondHalf: Record<string, [number, number]> = { A5: [53, 10], A6: [35, 6], C3: [45, 10] };
    const next = (m: Planned) => (secondHalf[m.no] ? planned(m.no, m.name, ...secondHalf[m.no]!) : m);
    now = new Date('2027-01-05T08:00:00Z');
    await scorePeriod(platform, (to) => (now = to), {
      period: '2026-H2',
      branches: (['a', 'b', 'c'] as const).map((key) => ({
        id: rated.org[key].id,
        members: RATED_BRANCHES[key].map((m) => ({
          no: m.no,
          name: m.name,
          id: rated.members[m.no]!,
          entries: halfYearEntries(next(m), 2026, 2),
        })),
      })),
      meetingOn: '2027-01-05',
      publicity: { startsOn: '2027-01-06', endsOn: '2027-01-12' },
      closeAt: new Date('2027-01-13T08:00:00Z'),
    });
    const preview = dataOf(
      await platform.query('mutation($o: ID!) { previewRating(organizationId: $o, period: "2026-H2") { id } }', {
        o: rated.org.district.id,
      }),
    ).previewRating;
    dataOf(await platform.query('mutation($r: ID!) { confirmRating(runId: $r) { id } }', { r: preview.id }));
    now = new Date('2027-01-15T02:00:00Z');

    await open('township');
    await page.goto(`${origin}/console/warnings?period=${RATED_PERIOD}`);
    await row('何亮').getByRole('link', { name: '何亮' }).click();
    const outcome = page.locator('[aria-label="认定整改结果"]');
    await outcome.getByText('下一期（2026年度下半年）评定总分 63 分，达到 50 分：认定为已转化提高，结案').waitFor();
    await outcome.getByLabel('认定日期').fill('2027-01-15');
    await outcome.getByLabel('认定人或认定机构').fill('东一村党支部委员会');
    await outcome.getByRole('button', { name: /认定已转化提高/ }).click();
    await page.getByText('已认定整改结果：已转化提高，结案').waitFor();
    await page.getByText('本案已转化提高，结案，无须再办理').waitFor();
    const history = page.getByRole('table', { name: '办理记录' });
    expect(await history.innerText()).toMatch(
      /下一期评定确认，记录下一期总分[\s\S]*认定整改结果：已转化提高，结案[\s\S]*东一村党支部委员会/,
    );
    await screenshot(page, 'console-warning-case-improved');

    await page.getByRole('link', { name: /返回双预警/ }).click();
    await row('高原').getByRole('link', { name: '高原' }).click();
    await outcome.getByText(/评定总分 41 分，低于 50 分/).waitFor();
    await outcome.getByLabel('认定日期').fill('2027-01-15');
    await outcome.getByLabel('认定人或认定机构').fill('东一村党支部委员会');
    await outcome.getByRole('button', { name: /认定并转入处置程序/ }).click();
    await outcome.getByText('启动处置程序时须填写说明').waitFor();
    await outcome.getByLabel('说明').fill('经帮扶仍无转化提高');
    await outcome.getByRole('button', { name: /认定并转入处置程序/ }).click();
    await page.getByText('已认定整改结果：仍无转化提高，启动不合格党员处置程序').waitFor();

    // The first disposal step: the branch committee proposes 限期改正.
    const disposal = page.locator('[aria-label="登记处置步骤"]');
    await disposal.waitFor();
    await disposal.getByLabel('办理日期').fill('2027-01-15');
    await disposal.getByLabel('决定人或决定机构').fill('东一村党支部委员会');
    await disposal.getByRole('button', { name: /登记步骤/ }).click();
    await page.getByText('已登记处置步骤：支委会提出处置意见并报基层党委备案').waitFor();
    await disposal.getByText('正在办理：限期改正').waitFor();
    // The form now offers the procedure's next step.
    await disposal.locator('.ant-select-selection-item', { hasText: '调查核实' }).waitFor();
    expect(await history.innerText()).toMatch(
      /限期改正：支委会提出处置意见并报基层党委备案[\s\S]*东一村党支部委员会（登记：[^）]*王主任）/,
    );
    await screenshot(page, 'console-warning-case-disposal');

    // The next steps in order, each with the fields it carries; the assembly's vote is checked as the 2024 rules say.
    const record = async (fill: () => Promise<void>, done: string) => {
      await disposal.getByLabel('办理日期').fill('2027-01-15');
      await disposal.getByLabel('决定人或决定机构').fill('东一村党支部委员会');
      await fill();
      await disposal.getByRole('button', { name: /登记步骤/ }).click();
      await page.getByText(`已登记处置步骤：${done}`).waitFor();
    };
    await record(async () => {}, '调查核实');
    await disposal.locator('.ant-select-selection-item', { hasText: '两名正式党员谈话' }).waitFor();
    await record(async () => {
      const talkers = disposal.getByRole('combobox', { name: '谈话人（两名正式党员）' });
      for (const name of ['李秀英', '张伟']) {
        await talkers.fill(name);
        await talkers.press('Enter');
      }
    }, '两名正式党员谈话');
    await disposal.locator('.ant-select-selection-item', { hasText: '基层党委预审' }).waitFor();
    await record(() => disposal.getByText('同意', { exact: true }).click(), '基层党委预审');
    await disposal.locator('.ant-select-selection-item', { hasText: '党员大会表决' }).waitFor();
    const vote = async (counts: [number, number, number, number, number]) => {
      const labels = ['有表决权的正式党员', '到会', '赞成', '反对', '弃权'];
      for (const [i, n] of counts.entries()) await disposal.getByLabel(labels[i]!, { exact: true }).fill(String(n));
    };
    await disposal.getByLabel('办理日期').fill('2027-01-15');
    await disposal.getByLabel('决定人或决定机构').fill('东一村党支部党员大会');
    await vote([6, 3, 3, 0, 0]);
    await disposal.getByRole('button', { name: /登记步骤/ }).click();
    await disposal
      .getByRole('alert')
      .getByText('有表决权的党员 6 人，到会 3 人，未超过半数，表决无效；请另行召开党员大会')
      .waitFor();
    await screenshot(page, 'console-warning-vote-refused');
    await vote([6, 5, 4, 1, 0]);
    await disposal.getByRole('button', { name: /登记步骤/ }).click();
    await page.getByText('已登记处置步骤：党员大会表决').waitFor();
    await disposal.locator('.ant-select-selection-item', { hasText: '基层党委审批' }).waitFor();
    const steps = (
      await asTownship(
        'query($id: ID!) { warningCase(id: $id) { disposalStep disposals { steps { step participants approval vote { eligible present inFavour against abstain } } } } }',
        { id: gaoyuan.id },
      )
    ).warningCase;
    expect(steps.disposalStep).toBe('ASSEMBLY_VOTED');
    expect(steps.disposals[0].steps.map((x: { step: string }) => x.step)).toEqual([
      'PROPOSED',
      'INVESTIGATED',
      'TALKED',
      'PRE_REVIEWED',
      'ASSEMBLY_VOTED',
    ]);
    expect(steps.disposals[0].steps[2].participants).toEqual(['李秀英', '张伟']);
    expect(steps.disposals[0].steps[3].approval).toBe(true);
    expect(steps.disposals[0].steps[4].vote).toEqual({ eligible: 6, present: 5, inFavour: 4, against: 1, abstain: 0 });
    const historyText = await history.innerText();
    expect(historyText).toMatch(/限期改正：两名正式党员谈话[\s\S]*谈话人：李秀英、张伟/);
    expect(historyText).toMatch(
      /限期改正：党员大会表决[\s\S]*东一村党支部党员大会[\s\S]*有表决权 6 人，到会 5 人，赞成 4、反对 1、弃权 0/,
    );
    await readable();
    await screenshot(page, 'console-warning-case-disposal-voted');

    await page.getByRole('link', { name: /返回双预警/ }).click();
    await page.locator('[data-tab="处置中"]', { hasText: '处置中 1' }).waitFor();
    const shown = await board();
    const fromApi = await apiBoard();
    expect(fromApi.figures).toEqual({ open: 1, overdue: 0, escalated: 1, closed: 1 });
    expect(shown.figures).toEqual(fromApi.figures);
    expect(shown.tabs).toEqual(fromApi.tabs);
    await screenshot(page, 'console-warnings-board-decided');
  });

  it.each(['secretary', 'member'])('as %s the board is neither shown nor reachable', async (username) => {
    await open(username);
    await page.goto(`${origin}/console/warnings`);
    await page.getByText('无权访问').waitFor();
    await page.getByText('您的账号不能打开“管理台”。').waitFor();
    expect(await page.getByText('双预警案件').count()).toBe(0);
    await screenshot(page, `console-warnings-forbidden-${username}`);
  });
});
