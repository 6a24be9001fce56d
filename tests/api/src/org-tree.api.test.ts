import { dataOf, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, OrgLevel } from './generated/api/graphql';

const create = apiGraphql(
  `mutation OrgTreeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path level } }`,
);
const addMember = apiGraphql(
  `mutation OrgTreeAddMember($input: AddMemberInput!) { addMember(input: $input) { id memberNo kind status organization { id name } } }`,
);

describe('the org tree and the roster through the gateway', () => {
  let platform: TestPlatform;
  const ids: Record<string, string> = {};

  const make = async (key: string, level: OrgLevel, name: string, parentKey?: string) => {
    const data = dataOf(
      await platform.query(create, { input: { level, name, parentId: parentKey ? ids[parentKey] : null } }),
    );
    ids[key] = data.createOrganization.id;
    return data.createOrganization;
  };
  const tree = async () =>
    dataOf(
      await platform.query(apiGraphql(`query OrgTreeOrganizations { organizations { id name path parent { id } } }`)),
    ).organizations;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    await make('district', 'DISTRICT', '测试区');
    await make('east', 'TOWNSHIP', '东城镇党委', 'district');
    await make('west', 'TOWNSHIP', '西城街道党工委', 'district');
    await make('school', 'GENERAL_BRANCH', '东城中学党总支', 'east');
    await make('teachers', 'BRANCH', '东城中学教师党支部', 'school');
    await make('village', 'BRANCH', '东城村党支部', 'east');
    await make('group', 'GROUP', '东城村第一党小组', 'village');
  });
  afterAll(() => platform.stop());

  it('builds ltree paths from the district down', async () => {
    const teachers = (await tree()).find((o: { id: string }) => o.id === ids.teachers)!;
    expect(teachers.path.split('.')).toHaveLength(4);
    expect(teachers.parent!.id).toBe(ids.school);
  });

  it.each([
    ['a branch directly under the district', 'BRANCH', 'district', 'INVALID_PARENT_LEVEL'],
    ['a township under a township', 'TOWNSHIP', 'east', 'INVALID_PARENT_LEVEL'],
    ['a group under a township', 'GROUP', 'west', 'INVALID_PARENT_LEVEL'],
  ])('refuses %s', async (_case, level, parentKey, code) => {
    const before = await tree();
    expect(
      errorCodeOf(
        await platform.query(create, { input: { level: level as OrgLevel, name: '新组织', parentId: ids[parentKey] } }),
      ),
    ).toBe(code);
    expect(await tree()).toEqual(before);
  });

  it('refuses an unknown parent, an empty name and a sibling with the same name, writing nothing', async () => {
    const before = await tree();
    expect(
      errorCodeOf(
        await platform.query(create, {
          input: { level: 'BRANCH', name: '甲', parentId: '00000000-0000-4000-8000-000000000000' },
        }),
      ),
    ).toBe('ORGANIZATION_NOT_FOUND');
    expect(
      errorCodeOf(await platform.query(create, { input: { level: 'BRANCH', name: 'not-a-uuid', parentId: 'abc' } })),
    ).toBe('INVALID_ID');
    expect(
      errorCodeOf(await platform.query(create, { input: { level: 'BRANCH', name: '   ', parentId: ids.east } })),
    ).toBe('INVALID_NAME');
    const duplicate = await platform.query(create, {
      input: { level: 'BRANCH', name: '东城村党支部', parentId: ids.east },
    });
    expect(errorCodeOf(duplicate)).toBe('DUPLICATE_SIBLING_NAME');
    expect(duplicate.errors?.[0].message).toContain('东城村党支部');
    expect(await tree()).toEqual(before);
  });

  it('refuses a missing required field with a validation error', async () => {
    const response = await platform.query('mutation { createOrganization(input: { level: BRANCH }) { id } }');
    expect(errorCodeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('renames a node', async () => {
    const data = dataOf(
      await platform.query(
        apiGraphql(
          `mutation OrgTreeRenameOrganization($id: ID!) { renameOrganization(id: $id, name: " 西城街道党工委（新） ") { name } }`,
        ),
        { id: ids.west },
      ),
    );
    expect(data.renameOrganization.name).toBe('西城街道党工委（新）');
  });

  it('refuses a move that would make a cycle, and changes nothing', async () => {
    const before = await tree();
    const response = await platform.query(
      apiGraphql(
        `mutation OrgTreeMoveOrganization($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { id } }`,
      ),
      { id: ids.school, to: ids.teachers },
    );
    expect(errorCodeOf(response)).toBe('MOVE_WOULD_CYCLE');
    expect(response.errors?.[0].message).toMatch(/不能把/);
    expect(await tree()).toEqual(before);
  });

  it('moves a subtree with its roster to another township', async () => {
    const member = dataOf(
      await platform.query(addMember, {
        input: {
          organizationId: ids.teachers,
          memberNo: 'T-001',
          name: '周晓梅',
          gender: 'FEMALE',
          kind: 'FULL',
          joinDate: '2010-07-01',
          birthDate: '1985-03-02',
        },
      }),
    );
    const moved = dataOf(
      await platform.query(
        apiGraphql(
          `mutation OrgTreeMoveOrganization2($id: ID!, $to: ID!) { moveOrganization(id: $id, newParentId: $to) { path } }`,
        ),
        {
          id: ids.school,
          to: ids.west,
        },
      ),
    );
    const all = await tree();
    const west = all.find((o: { id: string }) => o.id === ids.west)!;
    const teachers = all.find((o: { id: string }) => o.id === ids.teachers)!;
    expect(moved.moveOrganization.path.startsWith(`${west.path}.`)).toBe(true);
    expect(teachers.path.startsWith(`${moved.moveOrganization.path}.`)).toBe(true);
    const counts = dataOf(
      await platform.query(
        'query($e: ID!, $w: ID!) { e: organization(id: $e) { memberCount } w: organization(id: $w) { memberCount } }',
        { e: ids.east, w: ids.west },
      ),
    );
    expect(counts.w.memberCount).toBeGreaterThanOrEqual(1);
    expect(member.addMember.organization!.id).toBe(ids.teachers);
  });

  describe('the roster', () => {
    it('adds a member and refuses a member number already used, writing nothing', async () => {
      dataOf(
        await platform.query(addMember, {
          input: {
            organizationId: ids.village,
            memberNo: 'V-001',
            name: '李建国',
            gender: 'MALE',
            kind: 'FULL',
            joinDate: '1998-07-01',
            birthDate: '1970-05-12',
          },
        }),
      );
      const again = await platform.query(addMember, {
        input: {
          organizationId: ids.group,
          memberNo: 'V-001',
          name: '王芳',
          gender: 'FEMALE',
          kind: 'PROBATIONARY',
          joinDate: '2026-06-01',
          birthDate: '1995-05-12',
        },
      });
      expect(errorCodeOf(again)).toBe('MEMBER_NO_TAKEN');
      const page = dataOf(
        await platform.query(
          'query($id: ID!) { organization(id: $id) { members { total items { memberNo name } } } }',
          { id: ids.village },
        ),
      );
      expect(page.organization.members.items).toEqual([{ memberNo: 'V-001', name: '李建国' }]);
    });

    it.each([
      [
        'an activist with a join date',
        { kind: 'ACTIVIST', joinDate: '2020-01-01', birthDate: '1990-01-01' },
        'joinDate',
      ],
      ['a full member without a join date', { kind: 'FULL', joinDate: null, birthDate: '1990-01-01' }, 'joinDate'],
      ['a member who joined before 18', { kind: 'FULL', joinDate: '2005-01-01', birthDate: '1990-01-01' }, 'joinDate'],
      ['a birth date in the future', { kind: 'ACTIVIST', joinDate: null, birthDate: '2030-01-01' }, 'birthDate'],
    ])('refuses %s with the field named', async (_case, facts, field) => {
      const response = await platform.query(addMember, {
        input: {
          organizationId: ids.village,
          memberNo: `X-${field}-${Math.random().toString(36).slice(2, 8)}`,
          name: '赵磊',
          gender: 'MALE',
          ...(facts as Pick<AddMemberInput, 'kind' | 'joinDate' | 'birthDate'>),
        },
      });
      expect(errorCodeOf(response)).toBe('INVALID_MEMBER');
      expect(response.errors?.[0].extensions?.field).toBe(field);
    });

    it('gives one of several simultaneous adds with the same member number the number, the others a clear refusal', async () => {
      const input: AddMemberInput = {
        organizationId: ids.village,
        memberNo: 'RACE-1',
        name: '马超',
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2001-07-01',
        birthDate: '1975-01-01',
      };
      const responses = await Promise.all(Array.from({ length: 5 }, () => platform.query(addMember, { input })));
      expect(responses.filter((r) => !r.errors).length).toBe(1);
      expect(responses.filter((r) => r.errors).map(errorCodeOf)).toEqual(Array(4).fill('MEMBER_NO_TAKEN'));
    });

    it('refuses members on a township roster', async () => {
      const response = await platform.query(addMember, {
        input: {
          organizationId: ids.east,
          memberNo: 'E-1',
          name: '孙丽',
          gender: 'FEMALE',
          kind: 'FULL',
          joinDate: '2001-07-01',
          birthDate: '1975-01-01',
        },
      });
      expect(errorCodeOf(response)).toBe('NOT_A_MEMBER_UNIT');
    });

    it('transfers a member between branches and keeps the history', async () => {
      const added = dataOf(
        await platform.query(addMember, {
          input: {
            organizationId: ids.village,
            memberNo: 'V-002',
            name: '陈志强',
            gender: 'MALE',
            kind: 'FULL',
            joinDate: '2003-07-01',
            birthDate: '1978-09-09',
          },
        }),
      );
      const id = added.addMember.id;
      dataOf(
        await platform.query(
          apiGraphql(
            `mutation OrgTreeTransferMember($id: ID!, $to: ID!) { transferMember(id: $id, toOrganizationId: $to, on: "2026-09-01", reason: "工作调动") { id } }`,
          ),
          { id, to: ids.teachers },
        ),
      );
      dataOf(
        await platform.query(
          apiGraphql(
            `mutation OrgTreeTransferMemberOut($id: ID!) { transferMemberOut(id: $id, on: "2026-10-01", reason: "迁往外省") { id } }`,
          ),
          { id },
        ),
      );
      const data = dataOf(
        await platform.query(
          apiGraphql(
            `query OrgTreeMember($id: ID!) { member(id: $id) { status organization { id } transfers { fromOrganizationId toOrganizationId transferredOn reason } } }`,
          ),
          { id },
        ),
      );
      expect(data.member!.status).toBe('TRANSFERRED_OUT');
      expect(data.member!.transfers).toEqual([
        {
          fromOrganizationId: ids.village,
          toOrganizationId: ids.teachers,
          transferredOn: '2026-09-01',
          reason: '工作调动',
        },
        { fromOrganizationId: ids.teachers, toOrganizationId: null, transferredOn: '2026-10-01', reason: '迁往外省' },
      ]);
      expect(
        errorCodeOf(
          await platform.query(
            apiGraphql(
              `mutation OrgTreeTransferMemberOut2($id: ID!) { transferMemberOut(id: $id, on: "2026-10-02", reason: "重复") { id } }`,
            ),
            { id },
          ),
        ),
      ).toBe('MEMBER_NOT_ACTIVE');
    });

    it('exempts a member with the reason and approval, and edits a member', async () => {
      const added = dataOf(
        await platform.query(addMember, {
          input: {
            organizationId: ids.village,
            memberNo: 'V-003',
            name: '刘桂兰',
            gender: 'FEMALE',
            kind: 'PROBATIONARY',
            joinDate: '2026-03-01',
            birthDate: '1950-02-02',
          },
        }),
      );
      const id = added.addMember.id;
      const exempt = dataOf(
        await platform.query(
          apiGraphql(
            `mutation OrgTreeExemptMember($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: "2026-04-01", approvedBy: "东城镇党委", approvedOn: "2026-04-10" }) { status exemption { reason approvedBy approvedOn } } }`,
          ),
          { id },
        ),
      );
      expect(exempt.exemptMember).toEqual({
        status: 'EXEMPT',
        exemption: { reason: 'AGE', approvedBy: '东城镇党委', approvedOn: '2026-04-10' },
      });
      const bad = await platform.query(
        apiGraphql(
          `mutation OrgTreeExemptMember2($id: ID!) { exemptMember(id: $id, input: { reason: AGE, assemblyOn: "2026-04-10", approvedBy: "东城镇党委", approvedOn: "2026-04-01" }) { status } }`,
        ),
        { id },
      );
      expect(errorCodeOf(bad)).toBe('INVALID_MEMBER');
      const edited = dataOf(
        await platform.query(
          apiGraphql(
            `mutation OrgTreeUpdateMember($id: ID!) { updateMember(id: $id, input: { kind: FULL, name: "刘桂兰" }) { kind name age(on: "2026-11-21") } }`,
          ),
          { id },
        ),
      );
      expect(edited.updateMember).toEqual({ kind: 'FULL', name: '刘桂兰', age: 76 });
    });

    it('refuses a date that is not a calendar day', async () => {
      const response = await platform.query(addMember, {
        input: {
          organizationId: ids.village,
          memberNo: 'V-9',
          name: '吴刚',
          gender: 'MALE',
          kind: 'ACTIVIST',
          birthDate: '2001-02-30',
        },
      });
      expect(response.errors?.[0].message).toContain('2001 年 2 月只有 28 天');
    });
  });
});
