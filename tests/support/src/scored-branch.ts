import { dataOf, TestPlatform } from './test-platform';

export interface ScoredBranch {
  district: string;
  township: string;
  branch: string;
  member: string;
  /** The period with confirmed scores (its 积分总台账 can be downloaded). */
  period: string;
}

/**
 * District → township → branch, the branch on the finance-bureau scheme with one member whose 2024-Q1 is scored
 * (an entry declared and accepted, the assembly confirmed): the least a register download needs.
 */
export async function createScoredBranch(
  platform: TestPlatform,
  names: { district: string; township: string; branch: string },
): Promise<ScoredBranch> {
  const system = async (query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await platform.query(query, variables));
  const create = async (level: string, name: string, parentId: string | null) =>
    (
      await system('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: { level, name, parentId },
      })
    ).createOrganization.id as string;
  const district = await create('DISTRICT', names.district, null);
  const township = await create('TOWNSHIP', names.township, district);
  const branch = await create('BRANCH', names.branch, township);
  const filing = (
    await system('mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "finance-bureau") { id } }', {
      o: branch,
    })
  ).adoptTemplate.id;
  await system('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing });
  await system('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2024-01-01") { id } }', { id: filing });
  const member = (
    await system('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
      input: {
        organizationId: branch,
        memberNo: 'W001',
        name: '张明',
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2010-07-01',
        birthDate: '1980-01-01',
      },
    })
  ).addMember.id as string;
  const entry = (
    await system('mutation($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }', {
      i: { memberId: member, item: 'leaderPraise', occurredOn: '2024-03-05', evidenceIds: [] },
    })
  ).declareEntry.id;
  await system('mutation($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }', {
    ids: [entry],
  });
  await system('mutation($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }', {
    i: { organizationId: branch, period: '2024-Q1', meetingOn: '2024-04-02', attendeeIds: [member] },
  });
  return { district, township, branch, member, period: '2024-Q1' };
}
