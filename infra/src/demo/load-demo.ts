import { callSubgraph, mintInternalToken, PeerUrls, systemCaller } from '@jifen/kit';
import { randomUUID } from 'node:crypto';
import { demoAccounts } from './demo-accounts';
import { inPool } from './in-pool';
import { buildDemoDistrict, DemoMember } from './demo-district';
import { demoAdoptions, fileDemoScheme } from './demo-schemes';

export interface DemoLoadOptions {
  urls: PeerUrls;
  tokenSecret: string;
  /** The day the demo is loaded, YYYY-MM-DD: ages, join dates and the cycle follow from it. */
  today: string;
  /** The password of the demo accounts (one per role). */
  password: string;
  progress: (line: string) => void;
}

export interface DemoSummary {
  districtId: string;
  organizations: number;
  members: number;
  exempt: number;
}

const EXEMPT_FROM_AGE = 80;
const CONCURRENCY = 8;

/**
 * Loads 示范区 through the services' own APIs (as the platform itself), so that every rule the
 * services enforce holds for the demo too. Does nothing when the ledger already has a district.
 */
export async function loadDemoIfEmpty(options: DemoLoadOptions): Promise<DemoSummary | null> {
  const call = <T>(service: keyof PeerUrls, query: string, variables: Record<string, unknown> = {}) =>
    callSubgraph<T>(
      options.urls[service],
      mintInternalToken(options.tokenSecret, systemCaller, `demo-${randomUUID()}`, Date.now()),
      query,
      variables,
    );

  const existing = await call<{ organizations: unknown[] }>('ledger', '{ organizations(level: DISTRICT) { id } }');
  if (existing.organizations.length > 0) return null;

  const plan = buildDemoDistrict({ today: options.today });
  const ids = new Map<string, string>();
  for (const org of plan.orgs) {
    const created = await call<{ createOrganization: { id: string } }>(
      'ledger',
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { parentId: org.parentKey ? ids.get(org.parentKey) : null, name: org.name, level: org.level } },
    );
    ids.set(org.key, created.createOrganization.id);
  }
  options.progress(`  组织 ${plan.orgs.length} 个`);

  let done = 0;
  let exempt = 0;
  const firstBranchKey = plan.orgs.find((o) => o.level === 'BRANCH')!.key;
  const onFirstBranch: { id: string; kind: string }[] = [];
  const year = Number(options.today.slice(0, 4));
  await inPool(plan.members, CONCURRENCY, async (member) => {
    const added = await call<{ addMember: { id: string; age: number } }>(
      'ledger',
      'mutation($input: AddMemberInput!, $on: Date) { addMember(input: $input) { id age(on: $on) } }',
      { input: { ...memberInput(member), organizationId: ids.get(member.orgKey) }, on: options.today },
    );
    if (member.orgKey === firstBranchKey && added.addMember.age < EXEMPT_FROM_AGE)
      onFirstBranch.push({ id: added.addMember.id, kind: member.kind });
    if (added.addMember.age >= EXEMPT_FROM_AGE && member.kind === 'FULL') {
      await call(
        'ledger',
        'mutation($id: ID!, $input: ExemptMemberInput!) { exemptMember(id: $id, input: $input) { id } }',
        {
          id: added.addMember.id,
          input: {
            reason: 'AGE',
            note: `年满 ${EXEMPT_FROM_AGE} 周岁，本人申请`,
            assemblyOn: daysBefore(options.today, 30),
            approvedBy: '所在镇(街道)党(工)委',
            approvedOn: daysBefore(options.today, 20),
          },
        },
      );
      exempt += 1;
    }
    done += 1;
    if (done % 100 === 0 || done === plan.members.length) options.progress(`  党员 ${done}/${plan.members.length}`);
  });

  const districtId = ids.get(plan.orgs[0].key) as string;
  const branchIds = plan.orgs.filter((o) => o.level === 'BRANCH').map((o) => ids.get(o.key) as string);
  for (const adoption of demoAdoptions) {
    const owner = adoption.owner.level === 'DISTRICT' ? districtId : branchIds[adoption.owner.index];
    await fileDemoScheme(call, owner, adoption, `${year}-01-01`);
  }
  await call('rating', 'mutation($input: SetQuotaPolicyInput!) { setQuotaPolicy(input: $input) { id } }', {
    input: {
      organizationId: districtId,
      cycle: year,
      fiveStarPercent: 10,
      fourStarPercent: 15,
      threeStarPercent: 20,
      reason: '区委组织部统一比例',
    },
  });
  const nodeOf = {
    district: districtId,
    township: ids.get(plan.orgs.find((o) => o.level === 'TOWNSHIP')!.key)!,
    branch: ids.get(firstBranchKey)!,
  };
  const member = onFirstBranch.find((m) => m.kind === 'FULL') ?? onFirstBranch[0];
  for (const { at, ...account } of demoAccounts) {
    await call('ledger', 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: {
        ...account,
        organizationId: nodeOf[at],
        memberId: account.role === 'MEMBER' ? member.id : null,
        password: options.password,
      },
    });
  }
  options.progress(`  演示账号 ${demoAccounts.length} 个（每个角色一个）`);
  options.progress(
    `  积分方案 ${demoAdoptions.length} 套已报审批准（${demoAdoptions.map((a) => a.name).join('、')}）；星级名额比例 10% / 15% / 20%`,
  );
  return { districtId, organizations: plan.orgs.length, members: plan.members.length, exempt };
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

function memberInput(member: DemoMember) {
  return {
    memberNo: member.memberNo,
    name: member.name,
    gender: member.gender,
    kind: member.kind,
    joinDate: member.joinDate,
    birthDate: member.birthDate,
  };
}
