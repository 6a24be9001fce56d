import { RunningGateway } from '@jifen/gateway';
import {
  dataOf,
  Document,
  GraphQLResponse,
  startHiveBeside,
  startTestPlatform,
  TestPlatform,
  textOf,
} from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

const PASSWORD = 'Branch-pass-2026';
const SESSION_ENDED = '登录已失效（已退出、改密、账号停用或组织关系转接），请重新登录';
const LOGIN = apiGraphql(
  `mutation SessionRevocationLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token refreshToken account { id } } }`,
);
const READ = apiGraphql(`query SessionRevocationOrganization($o: ID!) { organization(id: $o) { id name } }`);
const WRITE = apiGraphql(
  `mutation SessionRevocationAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`,
);

interface Answer {
  status: number;
  body: GraphQLResponse;
}

/**
 * Ending a session (disabling the account, logging out, changing or resetting the password, reusing a refresh
 * token) stops its access tokens at their very next request, reads and writes alike, through either gateway; the
 * sessions of other accounts go on.
 */
describe('an ended session stops its access tokens at once', () => {
  let platform: TestPlatform;
  let hive: RunningGateway;
  const org: Record<string, string> = {};
  let memberNo = 0;

  const post = async <R, V>(
    url: string,
    query: Document<R, V>,
    variables: NoInfer<V>,
    token?: string,
  ): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: textOf(query), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };
  const gateway = () => platform.gatewayUrl;
  const login = async (username: string, password = PASSWORD, url = gateway()) =>
    dataOf((await post(url, LOGIN, { u: username, p: password })).body).login as {
      token: string;
      refreshToken: string;
      account: { id: string };
    };
  const open = async (username: string, role: string) =>
    dataOf(
      await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: { username, displayName: username, role, organizationId: org.branch, password: PASSWORD },
      }),
    ).createAccount.id as string;
  const read = (token: string, url = gateway()) => post(url, READ, { o: org.branch }, token);
  const write = (token: string, url = gateway()) => {
    memberNo += 1;
    return post(
      url,
      WRITE,
      {
        input: {
          organizationId: org.branch,
          memberNo: `R${memberNo}`,
          name: `党员R${memberNo}`,
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2001-07-01',
          birthDate: '1975-05-05',
        },
      },
      token,
    );
  };
  const memberCount = async () =>
    dataOf(await platform.query('query($o: ID!) { organization(id: $o) { memberCount } }', { o: org.branch }))
      .organization.memberCount as number;

  /** The old token's next read and next write are refused as an ended session, and nothing is written. */
  const expectEnded = async (token: string, url = gateway()) => {
    const before = await memberCount();
    for (const answer of [await read(token, url), await write(token, url)]) {
      expect(answer.status).toBe(401);
      expect(answer.body.data ?? undefined).toBeUndefined();
      expect(answer.body.errors![0]).toMatchObject({
        message: SESSION_ENDED,
        extensions: { code: 'SESSION_ENDED', requestId: expect.any(String) },
      });
    }
    expect(await memberCount()).toBe(before);
  };
  /** A session of another account reads and writes as before. */
  const expectWorking = async (token: string, url = gateway()) => {
    expect(dataOf((await read(token, url)).body).organization.id).toBe(org.branch);
    expect(dataOf((await write(token, url)).body).addMember.id).toEqual(expect.any(String));
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: string, parent?: string) => {
      org[key] = dataOf(
        await platform.query(
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          { input: { level, name: `${key}组织`, parentId: parent ? org[parent] : null } },
        ),
      ).createOrganization.id;
    };
    await create('district', 'DISTRICT');
    await create('township', 'TOWNSHIP', 'district');
    await create('branch', 'BRANCH', 'township');
    await open('secretary', 'BRANCH_SECRETARY');
    await open('bystander', 'BRANCH_RECORDER');
    hive = await startHiveBeside(platform);
  });
  afterAll(async () => {
    await hive?.stop();
    await platform?.stop();
  });

  it('when a committee disables the account', async () => {
    const id = await open('to-disable', 'BRANCH_RECORDER');
    const { token } = await login('to-disable');
    const bystander = (await login('bystander')).token;
    await expectWorking(token);
    const secretary = (await login('secretary')).token;
    dataOf(
      (
        await post(
          gateway(),
          'mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabledAt } }',
          { id },
          secretary,
        )
      ).body,
    );
    await expectEnded(token);
    await expectWorking(bystander);
    await expectWorking(secretary);
  });

  it('when the person logs out (the refresh token is all logout needs)', async () => {
    await open('to-logout', 'BRANCH_RECORDER');
    const session = await login('to-logout');
    const other = await login('to-logout');
    const bystander = (await login('bystander')).token;
    expect(
      dataOf(
        (await post(gateway(), 'mutation($r: String!) { logout(refreshToken: $r) }', { r: session.refreshToken })).body,
      ).logout,
    ).toBe(true);
    await expectEnded(session.token);
    // Logout ends that session only: the same person's other sign-in goes on.
    await expectWorking(other.token);
    await expectWorking(bystander);
    // A client still sending the ended token may sign in again and renew all the same (the token is set aside for them).
    expect(
      dataOf((await post(gateway(), LOGIN, { u: 'to-logout', p: PASSWORD }, session.token)).body).login.token,
    ).toEqual(expect.any(String));
    const renewed = await post(
      gateway(),
      'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }',
      { r: other.refreshToken },
      session.token,
    );
    expect(dataOf(renewed.body).refreshSession.token).toEqual(expect.any(String));
  });

  it('when the person changes their password: every session of the account ends, the one that changed it too', async () => {
    await open('to-change', 'BRANCH_RECORDER');
    const session = await login('to-change');
    const elsewhere = await login('to-change');
    const bystander = (await login('bystander')).token;
    const changed = await post(
      gateway(),
      'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
      { o: PASSWORD, n: 'Changed-pass-2027' },
      session.token,
    );
    expect(dataOf(changed.body).changePassword).toBe(true);
    await expectEnded(session.token);
    await expectEnded(elsewhere.token);
    await expectWorking((await login('to-change', 'Changed-pass-2027')).token);
    await expectWorking(bystander);
  });

  it('when a committee resets the password', async () => {
    const id = await open('to-reset', 'BRANCH_RECORDER');
    const { token } = await login('to-reset');
    const bystander = (await login('bystander')).token;
    const secretary = (await login('secretary')).token;
    dataOf(
      (
        await post(
          gateway(),
          'mutation($id: ID!, $p: String!) { resetAccountPassword(id: $id, password: $p) { id } }',
          { id, p: 'Reset-pass-2027' },
          secretary,
        )
      ).body,
    );
    await expectEnded(token);
    await expectWorking(bystander);
  });

  it('when a refresh token is used a second time (it was copied): the session ends, renewed tokens and all', async () => {
    await open('to-copy', 'BRANCH_RECORDER');
    const first = await login('to-copy');
    const bystander = (await login('bystander')).token;
    const renew = (refreshToken: string) =>
      post(gateway(), 'mutation($r: String!) { refreshSession(refreshToken: $r) { token refreshToken } }', {
        r: refreshToken,
      });
    const renewed = dataOf((await renew(first.refreshToken)).body).refreshSession as { token: string };
    await expectWorking(renewed.token);
    expect((await renew(first.refreshToken)).body.errors![0].extensions!.code).toBe('INVALID_REFRESH_TOKEN');
    await expectEnded(renewed.token);
    await expectEnded(first.token);
    await expectWorking(bystander);
  });

  it('when the member moves to another branch or out of the district: a token names the branch it was issued for', async () => {
    const otherBranch = dataOf(
      await platform.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: { level: 'BRANCH', name: '转入支部', parentId: org.township },
      }),
    ).createOrganization.id;
    const secretary = (await login('secretary')).token;
    for (const [username, move] of [
      [
        'moving-member',
        (id: string) =>
          platform.query(
            'mutation($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: "2026-11-20", reason: "工作调动") { id } }',
            { id, to: otherBranch },
          ),
      ],
      [
        'leaving-member',
        (id: string) =>
          post(
            gateway(),
            'mutation($id: ID!) { transferMemberOut(id: $id, on: "2026-11-20", reason: "迁往外地") { id } }',
            { id },
            secretary,
          ).then((a) => a.body),
      ],
    ] as const) {
      memberNo += 1;
      const memberId = dataOf((await write(secretary)).body).addMember.id as string;
      dataOf(
        await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input: {
            username,
            displayName: username,
            role: 'MEMBER',
            organizationId: org.branch,
            memberId,
            password: PASSWORD,
          },
        }),
      );
      const { token } = await login(username);
      expect(dataOf((await post(gateway(), '{ me { role } }', {}, token)).body).me.role).toBe('MEMBER');
      dataOf(await move(memberId));
      await expectEnded(token);
      await expectWorking(secretary);
    }
  });

  it('when the organisation is moved under another parent: the tokens of its accounts name the old place', async () => {
    const otherTownship = dataOf(
      await platform.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: { level: 'TOWNSHIP', name: '新镇党委', parentId: org.district },
      }),
    ).createOrganization.id;
    const movingBranch = dataOf(
      await platform.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: { level: 'BRANCH', name: '搬迁支部', parentId: org.township },
      }),
    ).createOrganization.id;
    dataOf(
      await platform.query('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: {
          username: 'moving-secretary',
          displayName: '搬迁支部书记',
          role: 'BRANCH_SECRETARY',
          organizationId: movingBranch,
          password: PASSWORD,
        },
      }),
    );
    const moving = (await login('moving-secretary')).token;
    const staying = (await login('secretary')).token;
    expect(dataOf((await post(gateway(), READ, { o: movingBranch }, moving)).body).organization.id).toBe(movingBranch);
    dataOf(
      await platform.query('mutation($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { path } }', {
        id: movingBranch,
        to: otherTownship,
      }),
    );
    const refused = await post(gateway(), READ, { o: movingBranch }, moving);
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'SESSION_ENDED' });
    await expectWorking(staying);
    const again = (await login('moving-secretary')).token;
    expect(dataOf((await post(gateway(), READ, { o: movingBranch }, again)).body).organization.id).toBe(movingBranch);
  });

  it('through Hive Gateway as well, and a second gateway hears of a session ended through the first', async () => {
    await open('to-logout-hive', 'BRANCH_RECORDER');
    const session = await login('to-logout-hive', PASSWORD, hive.url);
    const other = await login('to-logout-hive', PASSWORD, hive.url);
    await expectWorking(session.token, hive.url);
    expect(
      dataOf(
        (await post(hive.url, 'mutation($r: String!) { logout(refreshToken: $r) }', { r: session.refreshToken })).body,
      ).logout,
    ).toBe(true);
    await expectEnded(session.token, hive.url);
    // Ended through Hive, heard by the Apollo gateway from the ledger's feed (answered as the logout committed).
    await eventually(async () => (await read(session.token)).status === 401);
    await expectEnded(session.token);
    await expectWorking(other.token, hive.url);
    expect(
      dataOf((await post(hive.url, LOGIN, { u: 'to-logout-hive', p: PASSWORD }, session.token)).body).login.token,
    ).toEqual(expect.any(String));
  });
});

/** Polls `done` every 20 ms for up to 5 s (the feed answers within milliseconds of the commit). */
async function eventually(done: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 5_000;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('not within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
