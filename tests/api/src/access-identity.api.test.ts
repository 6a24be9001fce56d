import { deriveSecret, mintSessionToken, Role, systemCaller } from '@jifen/kit';
import {
  dataOf,
  Document,
  errorCodeOf,
  GraphQLResponse,
  Sender,
  startTestPlatform,
  TestPlatform,
} from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { OrgLevel } from './generated/api/graphql';

const PASSWORD = 'Branch-pass-2026';
const LOGIN = apiGraphql(
  `mutation AccessIdentityLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt refreshToken account { id role } } }`,
);

describe('accounts, sessions and API keys through the gateway', () => {
  let platform: TestPlatform;
  const org: Record<string, { id: string; path: string }> = {};
  const member: Record<string, string> = {};
  const account: Record<string, string> = {};
  const anonymous = null;
  const q = async <R = any, V = Record<string, unknown>>(
    query: Document<R, V>,
    variables?: NoInfer<V>,
    as: Sender = systemCaller,
  ) => dataOf(await platform.query(query, variables, as));
  const login = (username: string, password = PASSWORD) =>
    platform.query(LOGIN, { u: username, p: password }, anonymous);
  const tokenOf = async (username: string) => ({ bearer: dataOf(await login(username)).login.token as string });

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: OrgLevel, parent?: string) => {
      org[key] = (
        await q(
          apiGraphql(
            `mutation AccessIdentityCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          {
            input: { level, name: `${key}组织`, parentId: parent ? org[parent].id : null },
          },
        )
      ).createOrganization;
    };
    await create('district', 'DISTRICT');
    await create('township', 'TOWNSHIP', 'district');
    await create('branch', 'BRANCH', 'township');
    await create('sibling', 'BRANCH', 'township');
    for (const [key, no] of [
      ['a', 'A1'],
      ['b', 'A2'],
    ]) {
      member[key] = (
        await q('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
          input: {
            organizationId: org.branch.id,
            memberNo: no,
            name: `党员${no}`,
            gender: 'FEMALE',
            kind: 'FULL',
            joinDate: '2001-07-01',
            birthDate: '1975-05-05',
          },
        })
      ).addMember.id;
    }
    const open = async (username: string, role: string, at: string, memberId: string | null = null) => {
      account[username] = (
        await q('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input: { username, displayName: username, role, organizationId: org[at].id, memberId, password: PASSWORD },
        })
      ).createAccount.id;
    };
    await open('committee', 'TOWNSHIP', 'township');
    await open('secretary', 'BRANCH_SECRETARY', 'branch');
    await open('recorder', 'BRANCH_RECORDER', 'branch');
    await open('member-a', 'MEMBER', 'branch', member.a);
  });
  afterAll(() => platform.stop());

  describe('signing in', () => {
    it('gives a short-lived token that names the account, its role and its node', async () => {
      const session = dataOf(await login('secretary')).login;
      expect(session.account).toEqual({ id: account.secretary, role: 'BRANCH_SECRETARY' });
      expect(new Date(session.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
      expect(session.refreshToken).toMatch(/^jr_/);
      const me = (
        await q('{ me { role subject organizationId rights account { username } } }', {}, { bearer: session.token })
      ).me;
      expect(me).toMatchObject({
        role: 'BRANCH_SECRETARY',
        subject: `account:${account.secretary}`,
        organizationId: org.branch.id,
        account: { username: 'secretary' },
      });
      expect(me.rights).toContain('REVIEW');
    });

    it('answers a wrong password and an unknown username alike', async () => {
      expect(errorCodeOf(await login('secretary', 'Wrong-pass-2026'))).toBe('INVALID_CREDENTIALS');
      expect(errorCodeOf(await login('nobody-here'))).toBe('INVALID_CREDENTIALS');
      expect((await login('nobody-here')).errors![0].message).toBe(
        (await login('secretary', 'Wrong-pass-2026')).errors![0].message,
      );
      expect(dataOf(await login('SECRETARY')).login.account.id).toBe(account.secretary);
    });

    it('slows an account after five wrong passwords in a row, answering as a wrong password; a committee above sees the count and clears it', async () => {
      await q('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: {
          username: 'forgetful',
          displayName: '健忘的记录员',
          role: 'BRANCH_RECORDER',
          organizationId: org.branch.id,
          password: PASSWORD,
        },
      });
      const codes: unknown[] = [];
      for (let i = 0; i < 5; i += 1) codes.push(errorCodeOf(await login('forgetful', `Wrong-pass-${i}0`)));
      expect(codes).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
      const delayed = await login('forgetful');
      expect(errorCodeOf(delayed)).toBe('INVALID_CREDENTIALS');
      expect(delayed.errors![0].extensions).not.toHaveProperty('lockedUntil');
      const forgetful = (
        await q(
          'query($o: ID!) { organization(id: $o) { accounts { id username failedLogins lockedUntil } } }',
          { o: org.branch.id },
          await tokenOf('committee'),
        )
      ).organization.accounts.find((a: { username: string }) => a.username === 'forgetful');
      expect(forgetful.failedLogins).toBe(5);
      expect(forgetful.lockedUntil).not.toBeNull();
      expect(
        errorCodeOf(
          await platform.query(
            'mutation($id: ID!) { unlockAccount(id: $id) { id } }',
            { id: forgetful.id },
            await tokenOf('recorder'),
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        (
          await q(
            'mutation($id: ID!) { unlockAccount(id: $id) { failedLogins lockedUntil } }',
            { id: forgetful.id },
            await tokenOf('secretary'),
          )
        ).unlockAccount,
      ).toEqual({ failedLogins: 0, lockedUntil: null });
      expect(dataOf(await login('forgetful')).login.account.role).toBe('BRANCH_RECORDER');
    });

    it('renews a session with its refresh token once; a copied (already used) refresh token ends the session', async () => {
      const first = dataOf(await login('recorder')).login;
      const renew = (refreshToken: string) =>
        platform.query(
          'mutation($r: String!) { refreshSession(refreshToken: $r) { token refreshToken } }',
          { r: refreshToken },
          anonymous,
        );
      const second = dataOf(await renew(first.refreshToken)).refreshSession;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await q('{ me { role } }', {}, { bearer: second.token })).me.role).toBe('BRANCH_RECORDER');
      expect(errorCodeOf(await renew(first.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
      expect(errorCodeOf(await renew(second.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    });

    it('ends a session at logout', async () => {
      const session = dataOf(await login('recorder')).login;
      expect(
        dataOf(
          await platform.query(
            'mutation($r: String!) { logout(refreshToken: $r) }',
            { r: session.refreshToken },
            anonymous,
          ),
        ).logout,
      ).toBe(true);
      expect(
        errorCodeOf(
          await platform.query(
            'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }',
            { r: session.refreshToken },
            anonymous,
          ),
        ),
      ).toBe('INVALID_REFRESH_TOKEN');
    });

    it('stops a disabled account from signing in or renewing', async () => {
      await q('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: {
          username: 'leaving',
          displayName: '调离的记录员',
          role: 'BRANCH_RECORDER',
          organizationId: org.branch.id,
          password: PASSWORD,
        },
      });
      const session = dataOf(await login('leaving')).login;
      const leavingId = session.account.id;
      await q(
        'mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabledAt } }',
        { id: leavingId },
        await tokenOf('secretary'),
      );
      expect(errorCodeOf(await login('leaving'))).toBe('ACCOUNT_DISABLED');
      expect(
        errorCodeOf(
          await platform.query(
            'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }',
            { r: session.refreshToken },
            anonymous,
          ),
        ),
      ).toBe('INVALID_REFRESH_TOKEN');
    });

    it('lets a person change their own password, which ends their sessions', async () => {
      await q('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: {
          username: 'changer',
          displayName: '改密码的人',
          role: 'BRANCH_RECORDER',
          organizationId: org.branch.id,
          password: PASSWORD,
        },
      });
      const session = dataOf(await login('changer')).login;
      const change = (oldPassword: string, newPassword: string) =>
        platform.query(
          'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
          { o: oldPassword, n: newPassword },
          { bearer: session.token },
        );
      expect(errorCodeOf(await change('Wrong-pass-2026', 'Another-pass-2027'))).toBe('INVALID_CREDENTIALS');
      expect(errorCodeOf(await change(PASSWORD, 'short'))).toBe('INVALID_ACCOUNT');
      expect(dataOf(await change(PASSWORD, 'Another-pass-2027')).changePassword).toBe(true);
      expect(errorCodeOf(await login('changer'))).toBe('INVALID_CREDENTIALS');
      expect(dataOf(await login('changer', 'Another-pass-2027')).login.account.role).toBe('BRANCH_RECORDER');
      expect(
        errorCodeOf(
          await platform.query(
            'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }',
            { r: session.refreshToken },
            anonymous,
          ),
        ),
      ).toBe('INVALID_REFRESH_TOKEN');
    });
  });

  describe('callers not signed in, and bad credentials', () => {
    it('lets someone not signed in do nothing but sign in', async () => {
      const response = await platform.query('{ organizations { id } }', {}, anonymous);
      expect(errorCodeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.errors![0].message).toContain('login');
      expect(
        errorCodeOf(
          await platform.query(
            'mutation { createOrganization(input: { level: DISTRICT, name: "偷建的区" }) { id } }',
            {},
            anonymous,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['a malformed header', 'Basic abc'],
      ['a forged token', 'Bearer eyJyb2xlIjoiU1lTVEVNIn0.c2lnbmF0dXJl'],
      ['an unknown key', 'Bearer jk_thisKeyWasNeverIssuedToAnyoneAtAll00000000000'],
    ])('refuses %s with a 401', async (_case, header) => {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header },
        body: JSON.stringify({ query: '{ organizations { id } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors![0].extensions).toMatchObject({
        code: expect.stringMatching(/^(UNAUTHENTICATED|INVALID_API_KEY)$/),
        requestId: expect.any(String),
      });
      expect(body.data).toBeUndefined();
    });

    it('tells an expired session apart, so the client knows to refresh', async () => {
      const expired = mintSessionToken(
        deriveSecret(platform.tokenSecret, 'session'),
        { role: Role.TOWNSHIP, scopePath: org.township.path, subject: 'account:x' },
        's',
        Date.now() - 3_600_000,
      ).token;
      expect(errorCodeOf(await platform.query('{ organizations { id } }', {}, { bearer: expired }))).toBe(
        'SESSION_EXPIRED',
      );
    });
  });

  describe('accounts are issued from above', () => {
    it.each([
      ['a recorder', 'recorder', { role: 'MEMBER', at: 'branch', memberId: 'b' }, 'FORBIDDEN'],
      ['a secretary, a township account', 'secretary', { role: 'TOWNSHIP', at: 'township' }, 'ORGANIZATION_NOT_FOUND'],
      [
        'a secretary, in the sibling branch',
        'secretary',
        { role: 'MEMBER', at: 'sibling', memberId: 'b' },
        'ORGANIZATION_NOT_FOUND',
      ],
      [
        'a secretary, a member account for a member of another branch',
        'committee',
        { role: 'MEMBER', at: 'sibling', memberId: 'b' },
        'INVALID_ACCOUNT',
      ],
      [
        'a committee, a district account at its own node',
        'committee',
        { role: 'DISTRICT', at: 'township' },
        'INVALID_ACCOUNT',
      ],
    ])('refuses %s', async (_case, who, wanted, code) => {
      const input = {
        username: `x-${who}-${wanted.role}`.toLowerCase(),
        displayName: '新账号',
        role: wanted.role,
        organizationId: org[wanted.at].id,
        memberId: 'memberId' in wanted ? member[wanted.memberId as string] : null,
        password: PASSWORD,
      };
      expect(
        errorCodeOf(
          await platform.query(
            'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
            { input },
            await tokenOf(who),
          ),
        ),
      ).toBe(code);
    });

    it('lets a secretary open a member account for a member of the branch; the member sees only self', async () => {
      const secretary = await tokenOf('secretary');
      await q(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id role } }',
        {
          input: {
            username: 'member-b',
            displayName: '党员A2',
            role: 'MEMBER',
            organizationId: org.branch.id,
            memberId: member.b,
            password: PASSWORD,
          },
        },
        secretary,
      );
      const duplicate = await platform.query(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            username: 'Member-B',
            displayName: '重名',
            role: 'BRANCH_RECORDER',
            organizationId: org.branch.id,
            password: PASSWORD,
          },
        },
        secretary,
      );
      expect(errorCodeOf(duplicate)).toBe('USERNAME_TAKEN');
      const memberB = await tokenOf('member-b');
      const seen = await q(
        'query($a: ID!, $b: ID!) { a: member(id: $a) { id } b: member(id: $b) { id name } }',
        { a: member.a, b: member.b },
        memberB,
      );
      expect(seen).toEqual({ a: null, b: { id: member.b, name: '党员A2' } });
    });
  });

  describe("API keys for branches' own tools", () => {
    const issue = async (rights: string[], rateLimitPerMinute?: number) =>
      (
        await q(
          'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix rights role lastUsedAt } } }',
          {
            input: {
              organizationId: org.branch.id,
              name: '支部考勤机',
              role: 'BRANCH_RECORDER',
              rights,
              rateLimitPerMinute,
            },
          },
          await tokenOf('secretary'),
        )
      ).createApiKey;

    it('shows the secret once; afterwards only its prefix', async () => {
      const key = await issue(['READ', 'DECLARE']);
      expect(key.secret).toMatch(/^jk_[A-Za-z0-9_-]{43}$/);
      expect(key.secret.startsWith(key.apiKey.prefix)).toBe(true);
      expect(key.apiKey).toMatchObject({ role: 'BRANCH_RECORDER', rights: ['READ', 'DECLARE'], lastUsedAt: null });
      const listed = (
        await q(
          'query($o: ID!) { organization(id: $o) { apiKeys { id prefix lastUsedAt } } }',
          { o: org.branch.id },
          await tokenOf('secretary'),
        )
      ).organization.apiKeys;
      expect(JSON.stringify(listed)).not.toContain(key.secret);
      const me = (await q('{ me { subject rights apiKey { id } } }', {}, { bearer: key.secret })).me;
      expect(me).toEqual({
        subject: `key:${key.apiKey.id}`,
        rights: ['READ', 'DECLARE'],
        apiKey: { id: key.apiKey.id },
      });
      const used = (
        await q(
          'query($o: ID!) { organization(id: $o) { apiKeys { id lastUsedAt } } }',
          { o: org.branch.id },
          await tokenOf('secretary'),
        )
      ).organization.apiKeys.find((k: { id: string }) => k.id === key.apiKey.id);
      expect(used.lastUsedAt).not.toBeNull();
    });

    it('acts within its node and its rights only', async () => {
      const key = await issue(['READ']);
      const seen = await q(
        'query($b: ID!, $s: ID!) { b: organization(id: $b) { id } s: organization(id: $s) { id } }',
        { b: org.branch.id, s: org.sibling.id },
        { bearer: key.secret },
      );
      expect(seen).toEqual({ b: { id: org.branch.id }, s: null });
      const add = await platform.query(
        'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
        {
          input: {
            organizationId: org.branch.id,
            memberNo: 'K1',
            name: '密钥添加',
            gender: 'MALE',
            kind: 'FULL',
            joinDate: '2001-07-01',
            birthDate: '1975-05-05',
          },
        },
        { bearer: key.secret },
      );
      expect(errorCodeOf(add)).toBe('FORBIDDEN');
      const declareOnly = await issue(['DECLARE']);
      expect(errorCodeOf(await platform.query('{ organizations { id } }', {}, { bearer: declareOnly.secret }))).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses rights beyond the role or the issuer', async () => {
      const response = await platform.query(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        {
          input: {
            organizationId: org.branch.id,
            name: '越权密钥',
            role: 'BRANCH_RECORDER',
            rights: ['READ', 'REVIEW'],
          },
        },
        await tokenOf('secretary'),
      );
      expect(errorCodeOf(response)).toBe('INVALID_API_KEY_INPUT');
      expect(response.errors![0].message).toContain('支委评议');
      expect(
        errorCodeOf(
          await platform.query(
            'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
            {
              input: { organizationId: org.branch.id, name: '记录员的密钥', role: 'BRANCH_RECORDER', rights: ['READ'] },
            },
            await tokenOf('recorder'),
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it('stops working the moment it is revoked', async () => {
      const key = await issue(['READ']);
      expect((await q('{ me { subject } }', {}, { bearer: key.secret })).me.subject).toBe(`key:${key.apiKey.id}`);
      const revoked = (
        await q(
          'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
          { id: key.apiKey.id },
          await tokenOf('committee'),
        )
      ).revokeApiKey;
      expect(revoked.revokedAt).not.toBeNull();
      const after = await platform.query('{ me { subject } }', {}, { bearer: key.secret });
      expect(errorCodeOf(after)).toBe('INVALID_API_KEY');
    });

    it('is held to its calls per minute, with a 429 and when to retry', async () => {
      const key = await issue(['READ'], 3);
      for (let i = 0; i < 3; i += 1) dataOf(await platform.query('{ me { subject } }', {}, { bearer: key.secret }));
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key.secret}` },
        body: JSON.stringify({ query: '{ me { subject } }' }),
      });
      expect(response.status).toBe(429);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors![0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 3,
        retryAfterSeconds: expect.any(Number),
      });
    });
  });
});
