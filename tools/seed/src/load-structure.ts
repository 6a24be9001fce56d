/**
 * A district's standing data, loaded through the services' APIs before its entries: the tree, the schemes filed and
 * approved, the quota policies, the roster.
 */
import { EXEMPT_FROM_AGE } from './district-roster';
import { DistrictLoad } from './district-load';
import { inPool } from './in-pool';

/** 组织机构: level by level, so that every parent exists first. */
export async function loadTree(load: DistrictLoad): Promise<void> {
  const { plan, ctx, orgIds } = load;
  const levels = ['DISTRICT', 'TOWNSHIP', 'GENERAL_BRANCH', 'BRANCH'] as const;
  const bar = ctx.phase('组织机构', plan.orgs.length);
  for (const level of levels) {
    await inPool(
      plan.orgs.filter((o) => o.level === level),
      ctx.concurrency,
      async (org) => {
        const data = await ctx.call<{ createOrganization: { id: string } }>(
          'ledger',
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          {
            input: { parentId: org.parentKey ? orgIds.get(org.parentKey) : null, name: org.name, level: org.level },
          },
        );
        orgIds.set(org.key, data.createOrganization.id);
        bar.add(1);
      },
    );
  }
  load.phases.push(['组织机构', bar.finish()]);
}

/** Each adoption filed by its organisation and approved by the upper level, from the cycle's first day. */
export async function loadSchemes(load: DistrictLoad): Promise<void> {
  const { call } = load.ctx;
  await load.run(
    '积分方案报审批准',
    load.plan.adoptions,
    () => 1,
    async (adoption, tick) => {
      const draft = await call<{ adoptTemplate: { id: string } }>(
        'scheme',
        'mutation($org: ID!, $code: String!, $name: String) { adoptTemplate(organizationId: $org, templateCode: $code, name: $name) { id } }',
        { org: load.idOf(adoption.ownerKey), code: adoption.templateCode, name: adoption.name },
      );
      const id = draft.adoptTemplate.id;
      await call('scheme', 'mutation($id: ID!) { submitFiling(id: $id, comment: "报上级党组织审核备案") { id } }', {
        id,
      });
      await call(
        'scheme',
        'mutation($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from, comments: "同意备案") { id } }',
        { id, from: adoption.effectiveFrom },
      );
      tick(1);
    },
    4,
  );
}

export async function loadQuotas(load: DistrictLoad): Promise<void> {
  await load.run(
    '星级名额政策',
    load.plan.quotas,
    () => 1,
    async (quota, tick) => {
      await load.ctx.call('rating', 'mutation($input: SetQuotaPolicyInput!) { setQuotaPolicy(input: $input) { id } }', {
        input: {
          organizationId: load.idOf(quota.ownerKey),
          cycle: load.plan.cycle,
          scope: quota.scope,
          reason: quota.reason,
          ...(quota.shares ?? {}),
          ...(quota.interviewDays ? { interviewDays: quota.interviewDays } : {}),
          overrides: quota.overrides.map((o) => ({
            branchId: load.idOf(o.branchKey),
            fiveStarPercent: o.fiveStarPercent,
            reason: o.reason,
          })),
        },
      });
      tick(1);
    },
    1,
  );
}

/** 党员名册: every member added to their branch; the elderly exempt before the cycle began. */
export async function loadRoster(load: DistrictLoad): Promise<void> {
  const { plan, ctx, memberIds } = load;
  await load.run(
    '党员名册',
    plan.members,
    () => 1,
    async (m, tick) => {
      const added = await ctx.call<{ addMember: { id: string } }>(
        'ledger',
        'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
        {
          input: {
            organizationId: load.idOf(m.branchKey),
            memberNo: m.memberNo,
            name: m.name,
            gender: m.gender,
            kind: m.kind,
            joinDate: m.joinDate,
            birthDate: m.birthDate,
          },
        },
      );
      memberIds[m.index] = added.addMember.id;
      if (m.exempt) {
        await ctx.call(
          'ledger',
          'mutation($id: ID!, $input: ExemptMemberInput!) { exemptMember(id: $id, input: $input) { id } }',
          {
            id: memberIds[m.index],
            input: {
              reason: 'AGE',
              note: `年满 ${EXEMPT_FROM_AGE} 周岁、年老体弱，本人申请`,
              ...plan.exemption,
              approvedBy: '所在镇(街道)党(工)委',
            },
          },
        );
      }
      tick(1);
    },
    Math.max(ctx.concurrency, 8),
  );
}
