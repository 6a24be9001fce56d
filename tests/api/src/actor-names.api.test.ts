import ExcelJS from 'exceljs';
import { buildRatedDistrict, RATED_PERIOD, RatedDistrict } from '../../support/src/rated-district';
import { dataOf, GraphQLResponse, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/**
 * Who did what reads as a person everywhere people read it: accounts sign as organisation, role and name (署名); an
 * entry's 申报人 and 初评人, the 党员积分登记表's 申报人/审核人, a rating run's confirmer, the audit log and the
 * conflict messages name them, as they were named when they acted, while the ids stay beside for machines.
 */

const PASSWORD = 'Names-test-2026';

const CreateAccount = apiGraphql(`
  mutation ActorNamesCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { id displayName label }
  }
`);
const Login = apiGraphql(`
  mutation ActorNamesLogin($u: String!, $p: String!) {
    login(username: $u, password: $p) { token account { id label } }
  }
`);
const Me = apiGraphql(`query ActorNamesMe { me { subject name } }`);
const Branch = apiGraphql(`
  query ActorNamesBranch($o: ID!) {
    organization(id: $o) {
      accounts { username createdBy createdByName }
      publicityWindows { id publishedBy publishedByName closedBy closedByName }
    }
  }
`);
const ClosePublicity = apiGraphql(`
  mutation ActorNamesClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }
`);
const Declare = apiGraphql(`
  mutation ActorNamesDeclare($input: DeclareEntryInput!) {
    declareEntry(input: $input) { id declaredBy declaredByName }
  }
`);
const Review = apiGraphql(`
  mutation ActorNamesReview($ids: [ID!]!) {
    reviewEntries(input: { entryIds: $ids, accept: true }) { id review { reviewedBy reviewedByName } }
  }
`);
const Preview = apiGraphql(`
  mutation ActorNamesPreview($o: ID!, $p: String!) {
    previewRating(organizationId: $o, period: $p) { id version createdBy createdByName }
  }
`);
const Confirm = apiGraphql(`
  mutation ActorNamesConfirm($r: ID!) {
    confirmRating(runId: $r) { id status confirmedBy confirmedByName }
  }
`);
const Runs = apiGraphql(`
  query ActorNamesRuns($o: ID!, $p: String!) {
    organization(id: $o) { ratingRuns(period: $p) { version status confirmedBy confirmedByName } }
  }
`);
const AuditLog = apiGraphql(`
  query ActorNamesAudit($o: ID!) {
    organization(id: $o) { auditLog(first: 50) { subject subjectName operation outcome service } }
  }
`);

describe('names of who did what, through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let district: RatedDistrict;
  /** username → session token */
  const token: Record<string, string> = {};
  /** username → account id */
  const accountId: Record<string, string> = {};
  const as = (username: string) => ({ bearer: token[username] });
  const messageOf = (response: GraphQLResponse) => response.errors?.[0]?.message ?? '';

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    district = await buildRatedDistrict(platform, (to) => {
      now = to;
    });
    const accounts = [
      { username: 'names-district', displayName: '管理员', role: 'DISTRICT', at: district.org.district.id },
      { username: 'names-secretary', displayName: '张建华', role: 'BRANCH_SECRETARY', at: district.org.a.id },
      { username: 'names-deputy', displayName: '刘敏', role: 'BRANCH_SECRETARY', at: district.org.a.id },
      { username: 'names-member', displayName: null, role: 'MEMBER', at: district.org.a.id, member: 'A1' },
    ];
    for (const a of accounts) {
      const created = dataOf(
        await platform.query(CreateAccount, {
          input: {
            username: a.username,
            displayName: a.displayName,
            role: a.role as 'DISTRICT',
            organizationId: a.at,
            memberId: a.member ? district.members[a.member] : null,
            password: PASSWORD,
          },
        }),
      ).createAccount;
      accountId[a.username] = created.id;
      const login = dataOf(await platform.query(Login, { u: a.username, p: PASSWORD }, null)).login;
      expect(login.account.label).toBe(created.label);
      token[a.username] = login.token;
    }
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('signs accounts as organisation, role and person; a member account by the member it is', async () => {
    const me = async (username: string) => dataOf(await platform.query(Me, {}, as(username))).me;
    expect(await me('names-district')).toEqual({
      subject: `account:${accountId['names-district']}`,
      name: '汇总区委组织部 管理员',
    });
    expect((await me('names-secretary')).name).toBe('东一村党支部 书记 张建华');
    expect((await me('names-member')).name).toBe('东一村党支部 党员 王建国');

    const recorder = dataOf(
      await platform.query(
        CreateAccount,
        {
          input: {
            username: 'names-recorder',
            displayName: '陈晓燕',
            role: 'BRANCH_RECORDER',
            organizationId: district.org.a.id,
            password: PASSWORD,
          },
        },
        as('names-district'),
      ),
    ).createAccount;
    expect(recorder).toMatchObject({ displayName: '陈晓燕', label: '东一村党支部 积分记录员 陈晓燕' });
    const branch = dataOf(await platform.query(Branch, { o: district.org.a.id }, as('names-district'))).organization!;
    expect(branch.accounts.find((a) => a.username === 'names-recorder')).toEqual({
      username: 'names-recorder',
      createdBy: `account:${accountId['names-district']}`,
      createdByName: '汇总区委组织部 管理员',
    });
    expect(branch.accounts.find((a) => a.username === 'names-secretary')!.createdByName).toBe('平台');
    expect(branch.publicityWindows).toEqual([
      {
        id: expect.any(String),
        publishedBy: 'system',
        publishedByName: '平台',
        closedBy: 'system',
        closedByName: '平台',
      },
    ]);
    const closeAgain = await platform.query(
      ClosePublicity,
      { w: branch.publicityWindows[0].id },
      as('names-secretary'),
    );
    expect(closeAgain.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(messageOf(closeAgain)).toBe('这次公示已由 平台 结束确认');
  });

  it('names the declarer and the reviewer of an entry, and the reviewer when a second review comes too late', async () => {
    now = new Date('2026-07-20T08:00:00Z');
    const declared = dataOf(
      await platform.query(
        Declare,
        {
          input: {
            memberId: district.members.A1,
            item: 'volunteerService',
            occurredOn: '2026-07-15',
            points: 2,
            note: '社区志愿服务',
          },
        },
        as('names-member'),
      ),
    ).declareEntry;
    expect(declared).toEqual({
      id: expect.any(String),
      declaredBy: `account:${accountId['names-member']}`,
      declaredByName: '东一村党支部 党员 王建国',
    });
    const [reviewed] = dataOf(
      await platform.query(Review, { ids: [declared.id] }, as('names-secretary')),
    ).reviewEntries;
    expect(reviewed.review).toEqual({
      reviewedBy: `account:${accountId['names-secretary']}`,
      reviewedByName: '东一村党支部 书记 张建华',
    });

    const again = await platform.query(Review, { ids: [declared.id] }, as('names-deputy'));
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(messageOf(again)).toContain('已由 东一村党支部 书记 张建华 初评（认定）');
    expect(messageOf(again)).not.toMatch(/account:/);

    const file = await platform.download(
      'ledger',
      'register-sheet.xlsx',
      { memberId: district.members.A1, period: '2026-H2' },
      as('names-secretary'),
    );
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as Parameters<typeof book.xlsx.load>[0]);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((row) => row.includes('申报人'))!;
    const line = rows.find((row) => row.includes('社区志愿服务'))!;
    expect(line[header.indexOf('申报人')]).toBe('东一村党支部 党员 王建国');
    expect(line[header.indexOf('审核人')]).toBe('东一村党支部 书记 张建华');
    expect(JSON.stringify(rows)).not.toMatch(/account:|key:/);
  });

  it('names who confirmed a rating run, and who got there first when a second confirmation comes', async () => {
    now = new Date('2026-07-21T08:00:00Z');
    const standing = dataOf(await platform.query(Runs, { o: district.org.district.id, p: RATED_PERIOD })).organization!
      .ratingRuns!;
    expect(standing).toEqual([{ version: 1, status: 'CONFIRMED', confirmedBy: 'system', confirmedByName: '平台' }]);

    const preview = dataOf(
      await platform.query(Preview, { o: district.org.district.id, p: RATED_PERIOD }, as('names-district')),
    ).previewRating;
    expect(preview).toMatchObject({
      version: 2,
      createdBy: `account:${accountId['names-district']}`,
      createdByName: '汇总区委组织部 管理员',
    });
    const confirmed = dataOf(await platform.query(Confirm, { r: preview.id }, as('names-district'))).confirmRating;
    expect(confirmed).toEqual({
      id: preview.id,
      status: 'CONFIRMED',
      confirmedBy: `account:${accountId['names-district']}`,
      confirmedByName: '汇总区委组织部 管理员',
    });
    const again = await platform.query(Confirm, { r: preview.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('RATING_RUN_CONFLICT');
    expect(messageOf(again)).toBe('该评定（第 2 版）已由 汇总区委组织部 管理员 确认');
    const runs = dataOf(await platform.query(Runs, { o: district.org.district.id, p: RATED_PERIOD })).organization!
      .ratingRuns!;
    expect(runs.find((r) => r.version === 2)!.confirmedByName).toBe('汇总区委组织部 管理员');
  });

  it('shows the audit log to a committee with the names the actors had, never bare ids', async () => {
    const events = dataOf(await platform.query(AuditLog, { o: district.org.a.id }, as('names-district'))).organization!
      .auditLog;
    const review = events.filter((e) => e.operation === 'reviewEntries');
    expect(review.map((e) => [e.subjectName, e.outcome])).toEqual([
      ['东一村党支部 书记 刘敏', 'INVALID_TRANSITION'],
      ['东一村党支部 书记 张建华', 'OK'],
    ]);
    expect(events.find((e) => e.operation === 'declareEntry')).toMatchObject({
      subject: `account:${accountId['names-member']}`,
      subjectName: '东一村党支部 党员 王建国',
    });
    expect(events.every((e) => !/account:|key:/.test(e.subjectName))).toBe(true);
  });
});
