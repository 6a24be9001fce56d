import { systemCaller } from '@jifen/kit';
import { dataOf, Document, Sender, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { OrgLevel } from './generated/api/graphql';

const PASSWORD = 'Within-pass-2026';

const WITHIN = apiGraphql(`
  query AccessWithin($id: ID!) {
    organization(id: $id) {
      accountsWithin {
        username
        organizationId
      }
      apiKeysWithin {
        name
        organizationId
        revokedAt
      }
    }
  }
`);

/**
 * A committee's console reads the accounts and keys of its whole subtree at once (Organization.accountsWithin,
 * apiKeysWithin): the node's own and every node's below it, node by node down the tree (then by role and user name); nothing outside; nothing for a caller
 * without the right to manage access.
 */
describe('the accounts and keys of a subtree', () => {
  let platform: TestPlatform;
  const org: Record<string, { id: string; path: string }> = {};
  const callers: Record<string, Sender> = {};
  const q = async <R = any, V = Record<string, unknown>>(
    query: Document<R, V>,
    variables?: NoInfer<V>,
    as: Sender = systemCaller,
  ) => dataOf(await platform.query(query, variables, as));

  beforeAll(async () => {
    platform = await startTestPlatform();
    const create = async (key: string, level: OrgLevel, parent?: string) => {
      org[key] = (
        await q('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }', {
          input: { level, name: `${key}组织`, parentId: parent ? org[parent]!.id : null },
        })
      ).createOrganization;
    };
    await create('district', 'DISTRICT');
    await create('town', 'TOWNSHIP', 'district');
    await create('other', 'TOWNSHIP', 'district');
    await create('general', 'GENERAL_BRANCH', 'town');
    await create('branch', 'BRANCH', 'general');
    await create('far', 'BRANCH', 'other');
    for (const [username, role, at] of [
      ['town-head', 'TOWNSHIP', 'town'],
      ['general-sec', 'BRANCH_SECRETARY', 'general'],
      ['branch-sec', 'BRANCH_SECRETARY', 'branch'],
      ['branch-rec', 'BRANCH_RECORDER', 'branch'],
      ['far-sec', 'BRANCH_SECRETARY', 'far'],
    ] as const) {
      await q('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: { username, displayName: '某人', role, organizationId: org[at]!.id, password: PASSWORD },
      });
    }
    for (const [name, at] of [
      ['支部考勤机', 'branch'],
      ['远处的工具', 'far'],
    ] as const) {
      await q('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
        input: { name, role: 'BRANCH_RECORDER', rights: ['READ'], organizationId: org[at]!.id },
      });
    }
    callers.town = { role: 'TOWNSHIP', scopePath: org.town!.path, subject: 'account:town', memberId: null } as never;
    callers.recorder = {
      role: 'BRANCH_RECORDER',
      scopePath: org.branch!.path,
      subject: 'account:rec',
      memberId: null,
    } as never;
  });
  afterAll(() => platform?.stop());

  it('gives a township its own accounts and those of every node below, top down, and the keys below', async () => {
    const { organization } = await q(WITHIN, { id: org.town!.id }, callers.town);
    expect(organization!.accountsWithin.map((a) => a.username)).toEqual([
      'town-head',
      'general-sec',
      'branch-rec',
      'branch-sec',
    ]);
    expect(organization!.apiKeysWithin.map((k) => [k.name, k.organizationId])).toEqual([
      ['支部考勤机', org.branch!.id],
    ]);
  });

  it('gives a branch node only its own', async () => {
    const { organization } = await q(WITHIN, { id: org.branch!.id }, callers.town);
    expect(organization!.accountsWithin.map((a) => a.username)).toEqual(['branch-rec', 'branch-sec']);
  });

  it('gives the district everything', async () => {
    const { organization } = await q(WITHIN, { id: org.district!.id });
    expect(organization!.accountsWithin).toHaveLength(5);
    expect(organization!.apiKeysWithin).toHaveLength(2);
  });

  it('gives nothing to a caller who does not manage access', async () => {
    const { organization } = await q(WITHIN, { id: org.branch!.id }, callers.recorder);
    expect(organization!.accountsWithin).toEqual([]);
    expect(organization!.apiKeysWithin).toEqual([]);
  });
});
