import { dataOf, GraphQLResponse, TestPlatform } from '../../support/src/test-platform';

/** What the bad-input corpus and the mutation fuzz test run against: two districts, real accounts and keys. */
export interface BadInputFixture {
  org: Record<'district' | 'town' | 'branch' | 'otherDistrict' | 'otherBranch', { id: string; path: string }>;
  member: Record<'a' | 'b' | 'other', string>;
  /** An entry of member a, declared by the recorder. */
  entryId: string;
  /** Evidence member b uploaded for their own declaration. */
  evidenceOfB: string;
  /** Bearer credentials: real logins and a real key (as a client holds them). */
  bearer: Record<'memberA' | 'memberB' | 'township' | 'declareOnlyKey', { bearer: string }>;
}

export const TODAY = '2026-05-20';
const PASSWORD = 'Corpus-pass-2026';
/** A one-pixel PNG: the smallest file evidence accepts. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f8f7d70000000049454e44ae426082',
  'hex',
);

/** Builds the fixture through the gateway, as the platform itself (SYSTEM) and then as the accounts it opens. */
export async function buildBadInputFixture(platform: TestPlatform): Promise<BadInputFixture> {
  const q = async (query: string, variables: Record<string, unknown> = {}, as?: { bearer: string }) =>
    dataOf(await platform.query(query, variables, as));
  const org = {} as BadInputFixture['org'];
  const create = async (
    key: keyof BadInputFixture['org'],
    level: string,
    name: string,
    parent?: keyof BadInputFixture['org'],
  ) => {
    org[key] = (
      await q('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id path } }', {
        i: { level, name, parentId: parent ? org[parent].id : null },
      })
    ).createOrganization;
  };
  await create('district', 'DISTRICT', '语料区');
  await create('town', 'TOWNSHIP', '语料镇党委', 'district');
  await create('branch', 'BRANCH', '语料村党支部', 'town');
  await create('otherDistrict', 'DISTRICT', '邻区');
  const otherTown = (
    await q('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { level: 'TOWNSHIP', name: '邻镇党委', parentId: org.otherDistrict.id },
    })
  ).createOrganization;
  org.otherBranch = (
    await q('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id path } }', {
      i: { level: 'BRANCH', name: '邻村党支部', parentId: otherTown.id },
    })
  ).createOrganization;
  for (const branch of [org.branch, org.otherBranch]) {
    const filing = (
      await q('mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }', {
        o: branch.id,
      })
    ).adoptTemplate;
    await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
    await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }', { id: filing.id });
  }
  const add = async (organizationId: string, memberNo: string, name: string) =>
    (
      await q('mutation($i: AddMemberInput!) { addMember(input: $i) { id } }', {
        i: {
          organizationId,
          memberNo,
          name,
          gender: 'FEMALE',
          kind: 'FULL',
          joinDate: '2010-07-01',
          birthDate: '1980-01-01',
        },
      })
    ).addMember.id as string;
  const member = {
    a: await add(org.branch.id, 'Y001', '张明'),
    b: await add(org.branch.id, 'Y002', '李华'),
    other: await add(org.otherBranch.id, 'L001', '王芳'),
  };
  const open = async (username: string, role: string, at: string, memberId: string | null = null) => {
    await q('mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }', {
      i: { username, displayName: username, role, organizationId: at, memberId, password: PASSWORD },
    });
    const login: GraphQLResponse = await platform.query(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: PASSWORD },
      null,
    );
    return { bearer: dataOf(login).login.token as string };
  };
  const bearer = {
    memberA: await open('corpus-member-a', 'MEMBER', org.branch.id, member.a),
    memberB: await open('corpus-member-b', 'MEMBER', org.branch.id, member.b),
    township: await open('corpus-township', 'TOWNSHIP', org.town.id),
    declareOnlyKey: { bearer: '' },
  };
  const key = await q('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', {
    i: { organizationId: org.branch.id, name: '只申报的考勤机', role: 'BRANCH_RECORDER', rights: ['DECLARE'] },
  });
  bearer.declareOnlyKey = { bearer: key.createApiKey.secret };
  const entryId = (
    await q('mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }', {
      i: { memberId: member.a, item: 'leaderPraise', occurredOn: '2026-03-05' },
    })
  ).declareEntry.id;
  const uploaded = await platform.upload(
    'evidence',
    PNG,
    { organizationId: org.branch.id, fileName: '李华的证明.png' },
    { contentType: 'image/png', as: bearer.memberB },
  );
  if (uploaded.status !== 201) throw new Error(`evidence upload failed: ${JSON.stringify(uploaded.json)}`);
  const evidenceOfB = uploaded.json.id as string;
  return { org, member, entryId, evidenceOfB, bearer };
}

/**
 * Everything a refused request could have changed, read back as the platform: the organisation tree with names,
 * each branch's roster with names and the entries of every state. Two equal snapshots: nothing was written.
 */
export async function snapshotOf(platform: TestPlatform, fixture: BadInputFixture): Promise<unknown> {
  const read = `query($a: ID!, $b: ID!) {
    organizations { id name path }
    a: organization(id: $a) { memberCount members(first: 100) { items { id name memberNo } } entries(first: 200) { total items { id state points note evidenceIds } } }
    b: organization(id: $b) { memberCount members(first: 100) { items { id name } } entries(first: 200) { total } }
  }`;
  return dataOf(await platform.query(read, { a: fixture.org.branch.id, b: fixture.org.otherBranch.id }));
}
