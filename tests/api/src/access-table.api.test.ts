import { Caller, Role } from '@jifen/kit';
import { dataOf, GraphQLResponse, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { OrgLevel } from './generated/api/graphql';

/**
 * The access rules as one table, through the gateway with real session tokens: each role, at its own node,
 * acting on its own node, a child, a sibling and its parent. `OK` is allowed; `NOT_FOUND` is "as if it did not
 * exist" (null, or a *_NOT_FOUND code); `FORBIDDEN` is in scope without the right; other codes are the rule that
 * still applies when access is granted (a level that cannot hold a quota policy, say).
 */
type Who = 'district' | 'township' | 'secretary' | 'recorder' | 'member';
type Target = 'own' | 'child' | 'sibling' | 'parent';
type Op = 'read' | 'rename' | 'addMember' | 'setQuota' | 'openAccount' | 'adoptScheme' | 'readAudit';

const table: Record<Who, Record<Op, Partial<Record<Target, string>>>> = {
  district: {
    read: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND' },
    rename: { own: 'FORBIDDEN', child: 'OK', sibling: 'NOT_FOUND' },
    addMember: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND' },
    setQuota: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND' },
    openAccount: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND' },
    adoptScheme: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND' },
    readAudit: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND' },
  },
  township: {
    read: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    rename: { own: 'FORBIDDEN', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    addMember: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    setQuota: { own: 'OK', child: 'INVALID_QUOTA_POLICY', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    openAccount: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    adoptScheme: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    readAudit: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
  },
  secretary: {
    read: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    rename: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    addMember: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    setQuota: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    openAccount: { own: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    adoptScheme: { own: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    readAudit: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
  },
  recorder: {
    read: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    rename: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    addMember: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    setQuota: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    openAccount: { own: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    adoptScheme: { own: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    readAudit: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
  },
  member: {
    read: { own: 'OK', child: 'OK', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    rename: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    addMember: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    setQuota: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    openAccount: { own: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    adoptScheme: { own: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
    readAudit: { own: 'FORBIDDEN', child: 'FORBIDDEN', sibling: 'NOT_FOUND', parent: 'NOT_FOUND' },
  },
};

/** Each caller's node and what its own, child, sibling and parent nodes are (keys of the tree below). */
const nodes: Record<Who, { at: string; role: Role } & Partial<Record<Target, string>>> = {
  district: { at: 'D', role: Role.DISTRICT, own: 'D', child: 'T1', sibling: 'D2' },
  township: { at: 'T1', role: Role.TOWNSHIP, own: 'T1', child: 'B1', sibling: 'T2', parent: 'D' },
  secretary: { at: 'B1', role: Role.BRANCH_SECRETARY, own: 'B1', child: 'G1', sibling: 'B2', parent: 'T1' },
  recorder: { at: 'B1', role: Role.BRANCH_RECORDER, own: 'B1', child: 'G1', sibling: 'B2', parent: 'T1' },
  member: { at: 'B1', role: Role.MEMBER, own: 'B1', child: 'G1', sibling: 'B2', parent: 'T1' },
};

const levelOf: Record<string, OrgLevel> = {
  D: 'DISTRICT',
  D2: 'DISTRICT',
  T1: 'TOWNSHIP',
  T2: 'TOWNSHIP',
  B1: 'BRANCH',
  B2: 'BRANCH',
  B3: 'BRANCH',
  G1: 'GROUP',
};
const accountRoleAt: Record<string, string> = { DISTRICT: 'DISTRICT', TOWNSHIP: 'TOWNSHIP', BRANCH: 'BRANCH_RECORDER' };

/** The outcome as the table writes it. */
function outcomeOf(response: GraphQLResponse, value: (data: any) => unknown): string {
  const code = response.errors?.[0]?.extensions?.code as string | undefined;
  if (code) return code === 'NOT_FOUND' || code.endsWith('_NOT_FOUND') ? 'NOT_FOUND' : code;
  return value(response.data) === null ? 'NOT_FOUND' : 'OK';
}

describe('who may do what, where: roles × operations × targets through the gateway', () => {
  let platform: TestPlatform;
  const id: Record<string, string> = {};
  const path: Record<string, string> = {};
  let memberId = '';
  let serial = 0;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, parent: string | null) => {
      const made = dataOf(
        await platform.query(
          apiGraphql(
            `mutation AccessTableCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          { input: { level: levelOf[key], name: `${key}组织`, parentId: parent ? id[parent] : null } },
        ),
      ).createOrganization;
      id[key] = made.id;
      path[key] = made.path;
    };
    await create('D', null);
    await create('D2', null);
    await create('T1', 'D');
    await create('T2', 'D');
    await create('B1', 'T1');
    await create('B2', 'T1');
    await create('B3', 'T2');
    await create('G1', 'B1');
    memberId = dataOf(
      await platform.query('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
        input: {
          organizationId: id.B1,
          memberNo: 'M1',
          name: '表中党员',
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2001-07-01',
          birthDate: '1975-05-05',
        },
      }),
    ).addMember.id;
  });
  afterAll(() => platform.stop());

  const callerOf = (who: Who): Caller => ({
    role: nodes[who].role,
    scopePath: path[nodes[who].at],
    subject: `account:table-${who}`,
    ...(who === 'member' ? { memberId } : {}),
  });

  const run: Record<Op, (as: { bearer: string }, target: string) => Promise<string>> = {
    read: async (as, target) =>
      outcomeOf(
        await platform.query('query($id: ID!) { organization(id: $id) { id } }', { id: id[target] }, as),
        (d) => d.organization,
      ),
    rename: async (as, target) =>
      outcomeOf(
        await platform.query(
          'mutation($id: ID!, $n: String!) { renameOrganization(id: $id, name: $n) { id } }',
          { id: id[target], n: `${target}组织${(serial += 1)}` },
          as,
        ),
        (d) => d.renameOrganization,
      ),
    addMember: async (as, target) =>
      outcomeOf(
        await platform.query(
          'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
          {
            input: {
              organizationId: id[target],
              memberNo: `N${(serial += 1)}`,
              name: '新党员',
              gender: 'FEMALE',
              kind: 'FULL',
              joinDate: '2010-07-01',
              birthDate: '1985-05-05',
            },
          },
          as,
        ),
        (d) => d.addMember,
      ),
    setQuota: async (as, target) =>
      outcomeOf(
        await platform.query(
          'mutation($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2027 }) { id } }',
          { o: id[target] },
          as,
        ),
        (d) => d.setQuotaPolicy,
      ),
    openAccount: async (as, target) =>
      outcomeOf(
        await platform.query(
          'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
          {
            input: {
              username: `table-${(serial += 1)}`,
              displayName: '表中账号',
              role: accountRoleAt[levelOf[target]],
              organizationId: id[target],
              password: 'Table-pass-2026',
            },
          },
          as,
        ),
        (d) => d.createAccount,
      ),
    readAudit: async (as, target) =>
      outcomeOf(
        await platform.query(
          'query($o: ID!) { organization(id: $o) { auditLog(first: 5) { operation } } }',
          { o: id[target] },
          as,
        ),
        (d) => d.organization?.auditLog ?? null,
      ),
    adoptScheme: async (as, target) =>
      outcomeOf(
        await platform.query(
          'mutation($o: ID!, $n: String!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index", name: $n) { id } }',
          { o: id[target], n: `表中方案${(serial += 1)}` },
          as,
        ),
        (d) => d.adoptTemplate,
      ),
  };

  const rows = (Object.keys(table) as Who[]).flatMap((who) =>
    (Object.keys(table[who]) as Op[]).flatMap((op) =>
      (Object.entries(table[who][op]) as [Target, string][]).map(
        ([target, expected]) => [who, op, target, expected] as const,
      ),
    ),
  );

  it.each(rows)('%s: %s on its %s node → %s', async (who, op, target, expected) => {
    const as = { bearer: platform.sessionFor(callerOf(who)) };
    expect(await run[op](as, nodes[who][target]!)).toBe(expected);
  });
});
