import { Caller, Role } from '@jifen/kit';
import { halfYearEntries } from '../../support/src/scored-period';
import { buildScoredDistrict, RATED_BRANCHES, RatedDistrict } from '../../support/src/rated-district';
import { dataOf, startHiveBeside, startTestPlatform, TestPlatform, textOf } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/**
 * 待办 (issue 23 item 6) through the gateway: each service lists, on an organisation, the work waiting on the caller
 * there, and an item goes once the work is done. A township: filings to approve, previews to confirm, overdue
 * interviews, appeals; a branch secretary: declarations to review, objections to answer, windows ending; a member: none.
 */

const todosDocument = apiGraphql(`query TodoOfOrganization($o: ID!) {
  organization(id: $o) {
    filingTodos { kind label count oldestSince dueOn targetId periodKey }
    ratingTodos { kind label count oldestSince dueOn targetId periodKey }
    registerTodos { kind label count oldestSince dueOn targetId periodKey }
  }
}`);
const childrenTodosDocument = apiGraphql(`query TodoOfChildren($o: ID!) {
  organization(id: $o) {
    children {
      filingTodos { kind count }
      ratingTodos { kind count }
      registerTodos { kind count }
      children { filingTodos { kind count } ratingTodos { kind count } registerTodos { kind count } }
    }
  }
}`);
const adoptDocument = apiGraphql(`mutation TodoAdoptTemplate($o: ID!) {
  adoptTemplate(organizationId: $o, templateCode: "district-star-rating", name: "东一村积分办法（修订）") { id }
}`);
const submitDocument = apiGraphql(`mutation TodoSubmitFiling($id: ID!) { submitFiling(id: $id) { id status } }`);
const approveDocument = apiGraphql(`mutation TodoApproveFiling($id: ID!) {
  approveFiling(id: $id, effectiveFrom: "2026-08-01") { id status }
}`);
const previewDocument = apiGraphql(`mutation TodoPreviewRating($o: ID!) {
  previewRating(organizationId: $o, period: "2026-H1") { id pendingCount }
}`);
const confirmDocument = apiGraphql(`mutation TodoConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }`);
const casesDocument = apiGraphql(`query TodoWarningCases($o: ID!) {
  organization(id: $o) { warningCases { id openedOn interviewDue isOverdue } }
}`);
const importDocument = apiGraphql(
  `mutation TodoImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }`,
);
const reviewDocument = apiGraphql(`mutation TodoReviewEntries($ids: [ID!]!) {
  reviewEntries(input: { entryIds: $ids, accept: true }) { state }
}`);
const assemblyDocument = apiGraphql(
  `mutation TodoConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }`,
);
const publishDocument = apiGraphql(`mutation TodoPublishScores($a: ID!) {
  publishScores(input: { assemblyId: $a, startsOn: "2027-01-06", endsOn: "2027-01-12" }) { id }
}`);
const raiseDocument = apiGraphql(
  `mutation TodoRaiseObjection($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }`,
);
const answerDocument = apiGraphql(`mutation TodoAnswerObjection($id: ID!) {
  answerObjection(id: $id, upheld: false, answer: "经核实，记录无误") { id status }
}`);
const appealDocument = apiGraphql(`mutation TodoAppealObjection($id: ID!) {
  appealObjection(id: $id, content: "不服答复，向镇党委申诉") { id status }
}`);
const decideDocument = apiGraphql(`mutation TodoDecideAppeal($id: ID!) {
  decideAppeal(id: $id, upheld: false, decision: "维持支部答复") { id status }
}`);

describe('待办 on an organisation', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let d: RatedDistrict;
  let township: Caller;
  let secretary: Caller;
  let member: Caller;

  const todos = async (org: string, as: Caller) => {
    const found = dataOf(await platform.query(todosDocument, { o: org }, as)).organization!;
    return { filing: found.filingTodos ?? [], rating: found.ratingTodos ?? [], register: found.registerTodos };
  };
  const all = async (org: string, as: Caller) => {
    const t = await todos(org, as);
    return [...t.filing, ...t.rating, ...t.register];
  };
  const kinds = async (org: string, as: Caller) => (await all(org, as)).map((i) => i.kind);

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    d = await buildScoredDistrict(platform, (to) => (now = to));
    township = { role: Role.TOWNSHIP, scopePath: d.org.town.path, subject: 'account:todo-township' };
    secretary = { role: Role.BRANCH_SECRETARY, scopePath: d.org.a.path, subject: 'account:todo-secretary' };
    member = { role: Role.MEMBER, scopePath: d.org.a.path, subject: 'account:todo-member', memberId: d.members.A1 };
  }, 180_000);

  afterAll(() => platform?.stop());

  it('lists a filing submitted below the township until the township approves it', async () => {
    expect(await all(d.org.town.id, township)).toEqual([]);
    const filing = dataOf(await platform.query(adoptDocument, { o: d.org.a.id })).adoptTemplate;
    dataOf(await platform.query(submitDocument, { id: filing.id }));

    expect((await todos(d.org.town.id, township)).filing).toEqual([
      {
        kind: 'FILING_TO_APPROVE',
        label: '1 份积分方案待审批',
        count: 1,
        oldestSince: '2026-07-10',
        dueOn: null,
        targetId: filing.id,
        periodKey: null,
      },
    ]);
    // The district above sees it too; the branch's own secretary may not approve it, nor the sibling township.
    expect(
      (await todos(d.org.district.id, { role: Role.DISTRICT, scopePath: d.org.district.path, subject: 's' })).filing,
    ).toHaveLength(1);
    expect((await todos(d.org.a.id, secretary)).filing).toEqual([]);
    expect(dataOf(await platform.query(todosDocument, { o: d.org.sibling.id }, township)).organization).toBeNull();

    dataOf(await platform.query(approveDocument, { id: filing.id }, township));
    expect((await todos(d.org.town.id, township)).filing).toEqual([]);
  });

  it('lists a preview as a run to confirm until it is confirmed, then the interviews that fall overdue', async () => {
    now = new Date('2026-07-10T09:00:00Z');
    const run = dataOf(await platform.query(previewDocument, { o: d.org.town.id }, township)).previewRating;
    expect(run.pendingCount).toBe(0);
    expect((await todos(d.org.town.id, township)).rating).toEqual([
      {
        kind: 'RUN_TO_CONFIRM',
        label: '2026 年度第 1 个半年评星定级：1 个预览待确认',
        count: 1,
        oldestSince: '2026-07-10',
        dueOn: null,
        targetId: run.id,
        periodKey: '2026-H1',
      },
    ]);
    // A secretary does not rate.
    expect((await todos(d.org.a.id, secretary)).rating).toEqual([]);

    dataOf(await platform.query(confirmDocument, { r: run.id }, township));
    expect((await todos(d.org.town.id, township)).rating).toEqual([]);

    const cases = dataOf(await platform.query(casesDocument, { o: d.org.town.id }, township)).organization!
      .warningCases!;
    expect(cases.length).toBeGreaterThan(0);
    const due = cases.map((c) => c.interviewDue).sort()[0];
    now = new Date(`${due}T08:00:00Z`);
    expect((await todos(d.org.town.id, township)).rating).toEqual([]);

    now = new Date(new Date(`${due}T08:00:00Z`).getTime() + 2 * 86_400_000);
    const oldest = [...cases].sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id.localeCompare(b.id))[0];
    const overdue = {
      kind: 'INTERVIEW_OVERDUE',
      label: `${cases.length} 名预警党员约谈逾期`,
      count: cases.length,
      oldestSince: oldest.openedOn,
      dueOn: due,
      targetId: oldest.id,
      periodKey: null,
    };
    expect((await todos(d.org.town.id, township)).rating).toEqual([overdue]);
    // The branch's secretary follows its own cases; a member is told of none.
    const ofBranchA = (await todos(d.org.a.id, secretary)).rating;
    expect(ofBranchA.map((i) => i.kind)).toEqual(['INTERVIEW_OVERDUE']);
    expect(ofBranchA[0].count).toBeLessThanOrEqual(cases.length);
    expect(await kinds(d.org.a.id, member)).toEqual([]);
  });

  it('lists a branch’s declarations until reviewed, then its objections, the ending window and the appeal', async () => {
    now = new Date('2027-01-05T08:00:00Z');
    const a1 = RATED_BRANCHES.a[0];
    const rows = halfYearEntries(a1, 2026, 2).map((e) => `${a1.no},${a1.name},${e.item},${e.on},${e.points}`);
    const csv = `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`;
    const uploaded = await platform.upload(
      'import',
      csv,
      { organizationId: d.org.a.id, fileName: '积分记录.csv' },
      {
        contentType: 'text/csv',
      },
    );
    const declared = dataOf(
      await platform.query(importDocument, { i: { organizationId: d.org.a.id, uploadId: uploaded.json.id } }),
    ).importEntries.map((e) => e.id);

    const pending = (await todos(d.org.a.id, secretary)).register;
    expect(pending).toEqual([
      {
        kind: 'DECLARATION_TO_REVIEW',
        label: `${declared.length} 条积分申报待初评`,
        count: declared.length,
        oldestSince: '2027-01-05',
        dueOn: null,
        targetId: expect.any(String),
        periodKey: null,
      },
    ]);
    expect(declared).toContain(pending[0].targetId);
    // Reviews are the branch committee's: the township is not told of them, nor the member.
    expect((await todos(d.org.town.id, township)).register).toEqual([]);
    expect(await kinds(d.org.a.id, member)).toEqual([]);

    dataOf(await platform.query(reviewDocument, { ids: declared }, secretary));
    expect((await todos(d.org.a.id, secretary)).register).toEqual([]);

    const assembly = dataOf(
      await platform.query(assemblyDocument, {
        i: {
          organizationId: d.org.a.id,
          period: '2026-H2',
          meetingOn: '2027-01-05',
          attendeeIds: RATED_BRANCHES.a.map((m) => d.members[m.no]),
        },
      }),
    ).confirmAssembly;
    const window = dataOf(await platform.query(publishDocument, { a: assembly.id })).publishScores.id;

    now = new Date('2027-01-07T08:00:00Z');
    const objection = dataOf(
      await platform.query(
        raiseDocument,
        { i: { windowId: window, memberId: d.members.A1, content: '漏记一次志愿服务' } },
        member,
      ),
    ).raiseObjection.id;
    expect((await todos(d.org.a.id, secretary)).register).toEqual([
      {
        kind: 'OBJECTION_TO_ANSWER',
        label: '1 件异议待答复',
        count: 1,
        oldestSince: '2027-01-07',
        dueOn: null,
        targetId: objection,
        periodKey: null,
      },
    ]);
    dataOf(await platform.query(answerDocument, { id: objection }, secretary));
    expect((await todos(d.org.a.id, secretary)).register).toEqual([]);

    dataOf(await platform.query(appealDocument, { id: objection }, member));
    const appeal = {
      kind: 'APPEAL_TO_DECIDE',
      label: '1 件积分申诉待处理',
      count: 1,
      oldestSince: '2027-01-07',
      dueOn: null,
      targetId: objection,
      periodKey: null,
    };
    expect((await todos(d.org.town.id, township)).register).toEqual([appeal]);
    // Hive Gateway, on the same supergraph, answers the three services' todos alike.
    const hive = await startHiveBeside(platform);
    try {
      const body = JSON.stringify({ query: textOf(todosDocument), variables: { o: d.org.town.id } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${platform.sessionFor(township)}` };
      const [viaApollo, viaHive] = await Promise.all(
        [platform.gatewayUrl, hive.url].map(async (url) =>
          (await fetch(url, { method: 'POST', headers, body })).json(),
        ),
      );
      expect(viaHive).toEqual(viaApollo);
      expect(viaHive).toMatchObject({ data: { organization: { registerTodos: [appeal] } } });
    } finally {
      await hive.stop();
    }
    expect((await todos(d.org.a.id, secretary)).register).toEqual([]);
    expect(await kinds(d.org.a.id, member)).toEqual([]);

    now = new Date('2027-01-10T08:00:00Z');
    expect((await todos(d.org.a.id, secretary)).register).toEqual([
      {
        kind: 'WINDOW_ENDING',
        label: '1 个公示 3 天内期满或已期满，期满后请确认结果',
        count: 1,
        oldestSince: '2027-01-06',
        dueOn: '2027-01-12',
        targetId: window,
        periodKey: null,
      },
    ]);

    dataOf(await platform.query(decideDocument, { id: objection }, township));
    expect((await todos(d.org.town.id, township)).register).toEqual([]);
  });

  it('answers the todos of every node of a tree in a few statements per service', async () => {
    const district: Caller = { role: Role.DISTRICT, scopePath: d.org.district.path, subject: 'account:todo-district' };
    const before = Object.fromEntries(Object.entries(platform.services).map(([name, s]) => [name, s.sql.statements]));
    const tree = dataOf(await platform.query(childrenTodosDocument, { o: d.org.district.id }, district)).organization!;
    const spent = Object.fromEntries(
      Object.entries(platform.services).map(([name, s]) => [name, s.sql.statements - before[name]]),
    );
    expect(tree.children.flatMap((t) => t.children)).toHaveLength(3);
    // Two levels of nodes, one batch per level whatever its width: scheme one statement, rating two, ledger one
    // besides the tree's own reads (three), and one to spare for the ledger's feed of ended sessions (sql-count test).
    expect(spent.scheme).toBeLessThanOrEqual(2);
    expect(spent.rating).toBeLessThanOrEqual(4);
    expect(spent.ledger).toBeLessThanOrEqual(6);
  });
});
