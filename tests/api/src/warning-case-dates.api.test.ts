import { dataOf, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { entriesOf, planned, Planned } from '../../support/src/planned-members';
import { apiGraphql } from './generated/api';

/**
 * The days a warning case runs by, through the gateway. The day a rating was decided (评定决定日期): the township committee confirms a half-year's run
 * weeks after its rating meeting, saying when the meeting was; the dual warnings it opens date from that day, so an
 * interview not held within the policy's days is overdue at once. A day in the future, before the period's end or
 * (for a correction) before the version it corrects is refused in Chinese. Then the rectification plan revised
 * (整改计划修订) within the year the law allows, each revision kept with who decided it and why.
 */

const MEMBERS: Planned[] = [
  planned('E101', '钱永刚', 58, 36), // 94
  planned('E102', '孔令华', 55, 25), // 80
  planned('E103', '严明', 50, 15), //  65
  planned('E104', '秦川', 35, 9), //   44  dual warning
  planned('E105', '尤佳', 30, 10), //  40  dual warning
];

const previewDocument = apiGraphql(`mutation DecisionDayPreview($o: ID!) {
  previewRating(organizationId: $o, period: "2026-H1") { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }
}`);
const confirmDocument = apiGraphql(`mutation DecisionDayConfirm($r: ID!, $d: Date) {
  confirmRating(runId: $r, decidedOn: $d) { id version status period periodEnd decidedOn confirmedAt summary { rated warnings } }
}`);
const pendingPreviewDocument = apiGraphql(`mutation ReadinessPreview($o: ID!) {
  previewRating(organizationId: $o, period: "2026-H1") {
    id pendingCount summary { rated } pendingBranches { branchName count provisional published held reason }
  }
}`);
const emptyPreviewDocument = apiGraphql(`mutation ReadinessEmptyPreview($o: ID!) {
  previewRating(organizationId: $o, period: "2025-H2") { id pendingCount pendingBranches { branchId } summary { scores rated } }
}`);
const casesDocument = apiGraphql(`query DecisionDayCases($o: ID!) {
  organization(id: $o) {
    warningCases { id memberName periodKey status openedOn interviewDue isOverdue overdue interviewedOn }
    ratingRollup(period: "2026-H1") { warnings { open overdue escalated closed } }
  }
}`);
const interviewDocument = apiGraphql(`mutation DecisionDayInterview($i: RecordWarningInterviewInput!) {
  recordWarningInterview(input: $i) { id status interviewedOn }
}`);
const pairDocument = apiGraphql(`mutation PlanRevisionPair($i: PairWarningHelperInput!) {
  pairWarningHelper(input: $i) { id status }
}`);
const planDocument = apiGraphql(`mutation PlanRevisionPlan($i: SetRectificationPlanInput!) {
  setRectificationPlan(input: $i) { id status plannedOn rectifyDeadline }
}`);
const reviseDocument = apiGraphql(`mutation PlanRevisionRevise($i: ReviseRectificationPlanInput!) {
  reviseRectificationPlan(input: $i) {
    id status plan rectifyDeadline
    planRevisions { seq plan deadline planBefore deadlineBefore revisedOn revisedBy reason recordedBy }
  }
}`);

describe('a rating confirmed with the day the committee decided', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let town = '';
  let window = '';
  const q = async (query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await platform.query(query, variables));
  const preview = async () => dataOf(await platform.query(previewDocument, { o: town })).previewRating;
  const confirm = (runId: string, decidedOn?: string | null) =>
    platform.query(confirmDocument, { r: runId, d: decidedOn ?? null });
  const cases = async () => dataOf(await platform.query(casesDocument, { o: town })).organization!;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: string, name: string, parentId: string | null) =>
      (
        await q('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
          input: { level, name, parentId },
        })
      ).createOrganization.id as string;
    const district = await create('DISTRICT', '决定日区', null);
    town = await create('TOWNSHIP', '南镇党委', district);
    const branch = await create('BRANCH', '南一村党支部', town);
    const filing = (
      await q('mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "district-star-rating") { id } }', {
        o: branch,
      })
    ).adoptTemplate;
    await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
    await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }', { id: filing.id });
    const ids: string[] = [];
    for (const m of MEMBERS) {
      const input = {
        organizationId: branch,
        memberNo: m.no,
        name: m.name,
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2010-07-01',
        birthDate: '1980-05-01',
      };
      ids.push(
        (await q('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input })).addMember.id,
      );
    }
    const rows = MEMBERS.flatMap((m, i) =>
      entriesOf(m).map((e, j) => `${m.no},${m.name},${e.item},2026-0${((i + j) % 6) + 1}-15,${e.points}`),
    );
    const uploaded = await platform.upload(
      'import',
      `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`,
      { organizationId: branch, fileName: '积分记录.csv' },
      { contentType: 'text/csv' },
    );
    const declared = (
      await q('mutation($i: ImportEntriesInput!) { importEntries(input: $i) { id } }', {
        i: { organizationId: branch, uploadId: uploaded.json.id },
      })
    ).importEntries as { id: string }[];
    await q('mutation($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }', {
      ids: declared.map((e) => e.id),
    });
    const assembly = (
      await q('mutation($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }', {
        i: { organizationId: branch, period: '2026-H1', meetingOn: '2026-07-02', attendeeIds: ids },
      })
    ).confirmAssembly;
    window = (
      await q(
        'mutation($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2026-07-03", endsOn: "2026-07-09" }) { id } }',
        { a: assembly.id },
      )
    ).publishScores.id;
  }, 120_000);
  afterAll(() => platform?.stop());

  let first = '';
  it('previews before the scores are final with the branches it waits for and why, and refuses to confirm', async () => {
    now = new Date('2026-07-05T08:00:00Z');
    const early = dataOf(await platform.query(pendingPreviewDocument, { o: town })).previewRating;
    expect(early).toMatchObject({ pendingCount: 5, summary: { rated: 0 } });
    expect(early.pendingBranches).toEqual([
      {
        branchName: '南一村党支部',
        count: 5,
        provisional: 0,
        published: 5,
        held: 0,
        reason: '5 人的积分尚未确定：5 人公示中，公示期满后确定',
      },
    ]);
    expect(errorCodeOf(await confirm(early.id, '2026-07-05'))).toBe('SCORES_NOT_FINAL');
  });

  it('previews with the period’s last day, and no decision day until confirmed', async () => {
    now = new Date('2026-08-20T08:00:00Z');
    await q('mutation($w: ID!) { closePublicity(windowId: $w) { status } }', { w: window });
    const run = await preview();
    first = run.id;
    expect(run).toMatchObject({
      status: 'PREVIEW',
      periodEnd: '2026-06-30',
      decidedOn: null,
      summary: { rated: 5, warnings: 2 },
    });
  });

  it.each([
    ['2026-08-21', '评定决定日期（2026-08-21）不能晚于今天（2026-08-20）'],
    ['2026-06-29', '评定决定日期（2026-06-29）不能早于 2026-H1 期间的最后一天（2026-06-30）：期末之后才能评定'],
  ])('refuses to confirm as decided on %s', async (day, message) => {
    const refused = await confirm(first, day);
    expect(errorCodeOf(refused)).toBe('INVALID_DECISION_DAY');
    expect(refused.errors?.[0].message).toBe(message);
  });

  it('refuses a decision day that is not a date, in the date scalar’s words', async () => {
    const refused = await confirm(first, '2026/07/20');
    expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('日期格式应为 YYYY-MM-DD（例如 2026-07-01），收到');
  });

  it('opens the warnings on the decision day: their interview is overdue counted from it', async () => {
    const confirmed = dataOf(await confirm(first, '2026-07-20')).confirmRating;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', decidedOn: '2026-07-20', periodEnd: '2026-06-30' });
    expect(confirmed.confirmedAt).toMatch(/^2026-08-20T/);
    const org = await cases();
    // The default policy gives 15 days: due 2026-08-04, sixteen days late on 2026-08-20.
    expect(
      org.warningCases!.map((c) => [c.memberName, c.openedOn, c.interviewDue, c.isOverdue, c.overdue]).sort(),
    ).toEqual([
      ['尤佳', '2026-07-20', '2026-08-04', true, ['书记约谈逾期：应于 2026-08-04 前约谈，已逾期 16 天']],
      ['秦川', '2026-07-20', '2026-08-04', true, ['书记约谈逾期：应于 2026-08-04 前约谈，已逾期 16 天']],
    ]);
    expect(org.ratingRollup!.warnings).toEqual({ open: 2, overdue: 2, escalated: 0, closed: 0 });
  });

  it('takes an interview dated between the decision and today, not one before the decision', async () => {
    const [c] = (await cases()).warningCases!.filter((x) => x.memberName === '秦川');
    const interview = (interviewedOn: string) =>
      platform.query(interviewDocument, {
        i: { caseId: c.id, interviewedOn, interviewedBy: '南一村党支部书记', note: '指出长期不参加组织生活的问题' },
      });
    const early = await interview('2026-07-19');
    expect(errorCodeOf(early)).toBe('INVALID_WARNING_INPUT');
    expect(early.errors?.[0].message).toBe('约谈日期（2026-07-19）不能早于预警日期（2026-07-20）');
    expect(dataOf(await interview('2026-07-22')).recordWarningInterview).toMatchObject({
      status: 'INTERVIEWED',
      interviewedOn: '2026-07-22',
    });
    expect((await cases()).ratingRollup!.warnings).toEqual({ open: 2, overdue: 1, escalated: 0, closed: 0 });
  });

  it('dates a correction no earlier than the version it corrects; without a day, today', async () => {
    const second = await preview();
    // Version 1 was the preview before the scores were final, version 2 the one confirmed.
    expect(second.version).toBe(3);
    const refused = await confirm(second.id, '2026-07-19');
    expect(errorCodeOf(refused)).toBe('INVALID_DECISION_DAY');
    expect(refused.errors?.[0].message).toBe(
      '评定决定日期（2026-07-19）不能早于被更正的第 2 版的决定日期（2026-07-20）',
    );
    const confirmed = dataOf(await confirm(second.id)).confirmRating;
    expect(confirmed).toMatchObject({ version: 3, status: 'CONFIRMED', decidedOn: '2026-08-20' });
    // The cases stay as opened by the first version (the same members are warned): one history each.
    const org = await cases();
    expect(org.warningCases!.map((c) => [c.memberName, c.openedOn, c.status]).sort()).toEqual([
      ['尤佳', '2026-07-20', 'OPEN'],
      ['秦川', '2026-07-20', 'INTERVIEWED'],
    ]);
  });

  it('revises the plan within a year of its first day, keeping each revision with who and why', async () => {
    const [c] = (await cases()).warningCases!.filter((x) => x.memberName === '秦川');
    expect(
      dataOf(await platform.query(pairDocument, { i: { caseId: c.id, helperName: '钱永刚', pairedOn: '2026-07-25' } }))
        .pairWarningHelper.status,
    ).toBe('HELPER_PAIRED');
    expect(
      dataOf(
        await platform.query(planDocument, { i: { caseId: c.id, plan: '每月参加主题党日', plannedOn: '2026-08-01' } }),
      ).setRectificationPlan,
    ).toMatchObject({ status: 'RECTIFYING', plannedOn: '2026-08-01', rectifyDeadline: '2027-02-01' });
    const revise = (input: Record<string, unknown>) =>
      platform.query(reviseDocument, {
        i: {
          caseId: c.id,
          revisedOn: '2026-08-20',
          revisedBy: '南一村党支部委员会',
          reason: '本人外出务工，改为每月线上汇报',
          ...input,
        },
      });
    const tooLong = await revise({ deadline: '2027-08-02' });
    expect(errorCodeOf(tooLong)).toBe('INVALID_WARNING_INPUT');
    expect(tooLong.errors?.[0].message).toBe(
      '修订后的整改期限应在修订日期之后、自 2026-08-01 制定计划起最长不超过一年（2026-08-21 至 2027-08-01），收到 2027-08-02',
    );
    const first = dataOf(await revise({ deadline: '2027-05-01' })).reviseRectificationPlan;
    expect(first).toMatchObject({ status: 'RECTIFYING', plan: '每月参加主题党日', rectifyDeadline: '2027-05-01' });
    const backdated = await revise({ plan: '每月线上汇报思想', revisedOn: '2026-08-19' });
    expect(backdated.errors?.[0].message).toBe('修订日期（2026-08-19）不能早于上次制定或修订计划的日期（2026-08-20）');
    const second = dataOf(
      await revise({ plan: '每月线上汇报思想', reason: '支委会研究调整整改方式' }),
    ).reviseRectificationPlan;
    expect(second).toMatchObject({ plan: '每月线上汇报思想', rectifyDeadline: '2027-05-01' });
    expect(second.planRevisions).toEqual([
      {
        seq: 1,
        plan: '每月参加主题党日',
        deadline: '2027-05-01',
        planBefore: '每月参加主题党日',
        deadlineBefore: '2027-02-01',
        revisedOn: '2026-08-20',
        revisedBy: '南一村党支部委员会',
        reason: '本人外出务工，改为每月线上汇报',
        recordedBy: expect.any(String),
      },
      {
        seq: 2,
        plan: '每月线上汇报思想',
        deadline: '2027-05-01',
        planBefore: '每月参加主题党日',
        deadlineBefore: '2027-05-01',
        revisedOn: '2026-08-20',
        revisedBy: '南一村党支部委员会',
        reason: '支委会研究调整整改方式',
        recordedBy: expect.any(String),
      },
    ]);
  });

  it('refuses to confirm a run that rates nobody, saying why', async () => {
    const empty = dataOf(await platform.query(emptyPreviewDocument, { o: town })).previewRating;
    expect(empty).toMatchObject({ pendingCount: 0, pendingBranches: [], summary: { scores: 0, rated: 0 } });
    const refused = await confirm(empty.id);
    expect(errorCodeOf(refused)).toBe('NOTHING_RATED');
    expect(refused.errors?.[0].message).toBe(
      '本次评定没有评定等次的党员（“南镇党委”2025-H2 没有已确定的积分），确认后将成为本期现行评定而不公布任何结果；请检查评定范围和期间是否正确',
    );
  });
});
