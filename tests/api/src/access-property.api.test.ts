import { Caller, Role } from '@jifen/kit';
import fc from 'fast-check';
import { dataOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, OrgLevel } from './generated/api/graphql';

/** A random district: townships, branches (some under a general branch), groups, and a few members on each unit. */
interface Shape {
  townships: { generalBranch: boolean; branches: { groups: number; members: number; groupMembers: number }[] }[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  townships: fc.array(
    fc.record({
      generalBranch: fc.boolean(),
      branches: fc.array(
        fc.record({
          groups: fc.integer({ min: 0, max: 2 }),
          members: fc.integer({ min: 0, max: 2 }),
          groupMembers: fc.integer({ min: 0, max: 1 }),
        }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

interface Node {
  id: string;
  path: string;
  level: OrgLevel;
}
interface MemberRow {
  id: string;
  unitPath: string;
  branchPath: string;
}

/** The simple model: a node is seen by callers at or above it; a member is seen by every caller above their unit, and by themself, and by no other member. */
function modelOf(caller: Caller, nodes: Node[], members: MemberRow[]): { orgs: string[]; members: string[] } {
  const within = (path: string) => path === caller.scopePath || path.startsWith(`${caller.scopePath}.`);
  return {
    orgs: nodes
      .filter((n) => within(n.path))
      .map((n) => n.id)
      .sort(),
    members: members
      .filter((m) => (caller.role === Role.MEMBER ? m.id === caller.memberId : within(m.unitPath)))
      .map((m) => m.id)
      .sort(),
  };
}

const memberById = apiGraphql(`query AccessPropertyMember($id: ID!) { member(id: $id) { id } }`);

describe('what each caller can list equals what the model says (random trees and callers)', () => {
  let platform: TestPlatform;
  let serial = 0;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
  });
  afterAll(() => platform.stop());

  async function build(tree: Shape): Promise<{ nodes: Node[]; members: MemberRow[] }> {
    const nodes: Node[] = [];
    const members: MemberRow[] = [];
    const create = async (level: OrgLevel, parent: Node | null): Promise<Node> => {
      const made = dataOf(
        await platform.query(
          apiGraphql(
            `mutation AccessPropertyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          { input: { level, name: `${level}-${(serial += 1)}`, parentId: parent?.id ?? null } },
        ),
      ).createOrganization;
      const node = { ...made, level };
      nodes.push(node);
      return node;
    };
    const enrol = async (unit: Node, branch: Node, count: number) => {
      for (let i = 0; i < count; i += 1) {
        const input: AddMemberInput = {
          organizationId: unit.id,
          memberNo: `P${(serial += 1)}`,
          name: `党员${serial}`,
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2005-07-01',
          birthDate: '1980-01-01',
        };
        members.push({
          id: dataOf(
            await platform.query(
              apiGraphql(
                `mutation AccessPropertyAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`,
              ),
              { input },
            ),
          ).addMember.id,
          unitPath: unit.path,
          branchPath: branch.path,
        });
      }
    };
    const district = await create('DISTRICT', null);
    for (const township of tree.townships) {
      const town = await create('TOWNSHIP', district);
      const above =
        township.generalBranch && township.branches.length > 0 ? await create('GENERAL_BRANCH', town) : town;
      for (const spec of township.branches) {
        const branch = await create('BRANCH', above);
        await enrol(branch, branch, spec.members);
        for (let g = 0; g < spec.groups; g += 1) await enrol(await create('GROUP', branch), branch, spec.groupMembers);
      }
    }
    return { nodes, members };
  }

  /** Callers for a built tree: a committee or branch keeper at a node (by index), or a member (by index). */
  function callersOf(picks: number[], nodes: Node[], members: MemberRow[]): Caller[] {
    return picks.map((pick, i) => {
      if (i % 3 === 2 && members.length > 0) {
        const member = members[pick % members.length];
        return {
          role: Role.MEMBER,
          scopePath: member.branchPath,
          subject: `account:m-${member.id}`,
          memberId: member.id,
        };
      }
      const keepers = nodes.filter((n) => n.level !== 'GROUP');
      const node = keepers[pick % keepers.length];
      const roles: Partial<Record<OrgLevel, Role>> = {
        DISTRICT: Role.DISTRICT,
        TOWNSHIP: Role.TOWNSHIP,
        GENERAL_BRANCH: Role.BRANCH_SECRETARY,
        BRANCH: pick % 2 ? Role.BRANCH_RECORDER : Role.BRANCH_SECRETARY,
      };
      const role = roles[node.level]!;
      return { role, scopePath: node.path, subject: `account:k-${node.id}` };
    });
  }

  it("lists exactly the model's organisations and members for every caller", async () => {
    await fc.assert(
      fc.asyncProperty(shape, fc.array(fc.nat(1000), { minLength: 3, maxLength: 6 }), async (tree, picks) => {
        const { nodes, members } = await build(tree);
        for (const caller of callersOf(picks, nodes, members)) {
          const seen = dataOf(
            await platform.query(
              apiGraphql(
                `query AccessPropertyOrganizations { organizations { id members(first: 200) { items { id } } } }`,
              ),
              {},
              caller,
            ),
          ).organizations as { id: string; members: { items: { id: string }[] } }[];
          const model = modelOf(caller, nodes, members);
          expect(seen.map((o) => o.id).sort()).toEqual(model.orgs);
          expect([...new Set(seen.flatMap((o) => o.members.items.map((m) => m.id)))].sort()).toEqual(model.members);
          // The first members of the tree looked up by id, one by one: in view, or answered as unknown (null).
          const found: string[] = [];
          for (const { id } of members.slice(0, 12))
            if (dataOf(await platform.query(memberById, { id }, caller)).member !== null) found.push(id);
          found.sort();
          expect(found).toEqual(model.members.filter((id) => members.slice(0, 12).some((m) => m.id === id)));
        }
      }),
      { numRuns: 12 },
    );
  });
});
