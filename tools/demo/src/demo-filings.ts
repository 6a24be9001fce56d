import { DistrictLoad } from '@jifen/seed';
import { DemoPlan } from './demo-plan';

/**
 * Filings awaiting the first township's approval on the day of the load (its committee's queue): 柏树湾村 revises its
 * 评星定级 scheme, raising what volunteer service may earn (the one to approve), and 石桥村, which follows the
 * district's 先锋指数, adopts the town's attendance scheme as its own (the one to return). Both are submitted, as a
 * branch does, and left for 青山镇.
 */
const REVISING = '柏树湾村党支部';
const ADOPTING = '石桥村党支部';
/** The item the revision changes, and what it may earn after it (10 points before). */
const REVISED_ITEM = 'volunteerService';
const REVISED_POINTS = 15;

interface RuleItem {
  code: string;
  points: { max?: number };
  cap?: { points?: number };
}
interface RuleComponent {
  items?: RuleItem[];
  sections?: { items: RuleItem[] }[];
}

export async function submitFilings(load: DistrictLoad, demo: DemoPlan): Promise<number> {
  const { plan, ctx } = load;
  const branchId = (name: string) => {
    const branch = plan.branches.find(
      (b) => b.name === name && plan.townships[b.townshipIndex].key === demo.accounts.townshipKey,
    );
    if (!branch) throw new Error(`demo filings: no ${name} in the first township`);
    return load.idOf(branch.key);
  };

  // 柏树湾村's revision: its approved scheme's latest version as the draft, one item's points changed.
  const revising = branchId(REVISING);
  const [own] = (
    await ctx.call<{ _entities: { filings: { status: string; scheme: { id: string } }[] }[] }>(
      'scheme',
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { filings(status: APPROVED) { status scheme { id } } } } }',
      { r: [{ __typename: 'Organization', id: revising }] },
    )
  )._entities;
  if (!own.filings.length) throw new Error(`demo filings: ${REVISING} has no approved scheme to revise`);
  const draft = (
    await ctx.call<{ reviseScheme: { id: string; rules: { components: RuleComponent[] } } }>(
      'scheme',
      'mutation($s: ID!) { reviseScheme(schemeId: $s) { id rules } }',
      { s: own.filings[0].scheme.id },
    )
  ).reviseScheme;
  const rules = draft.rules;
  const item = rules.components
    .flatMap((c) => [...(c.items ?? []), ...(c.sections ?? []).flatMap((s) => s.items)])
    .find((i) => i.code === REVISED_ITEM);
  if (!item) throw new Error(`demo filings: no item ${REVISED_ITEM} in ${REVISING}'s scheme`);
  item.points.max = REVISED_POINTS;
  if (item.cap) item.cap.points = REVISED_POINTS;
  await ctx.call(
    'scheme',
    'mutation($id: ID!, $rules: JSONObject!, $note: String) { editFiling(id: $id, rules: $rules, note: $note) { id } }',
    {
      id: draft.id,
      rules,
      note: `志愿服务活动中发挥先锋模范作用一项，最高由 10 分提高到 ${REVISED_POINTS} 分，鼓励党员参加村里的志愿服务`,
    },
  );
  await ctx.call('scheme', 'mutation($id: ID!) { submitFiling(id: $id, comment: "修订后报镇党委审核备案") { id } }', {
    id: draft.id,
  });

  // 石桥村 adopts the town's attendance scheme as its own.
  const adopted = await ctx.call<{ adoptTemplate: { id: string } }>(
    'scheme',
    'mutation($org: ID!, $code: String!, $name: String) { adoptTemplate(organizationId: $org, templateCode: $code, name: $name) { id } }',
    { org: branchId(ADOPTING), code: 'town-attendance', name: '石桥村党支部党员积分制考核办法' },
  );
  await ctx.call('scheme', 'mutation($id: ID!) { submitFiling(id: $id, comment: "报镇党委审核备案") { id } }', {
    id: adopted.adoptTemplate.id,
  });
  ctx.say(`  报镇党委审核备案的方案 2 件：${REVISING}修订方案、${ADOPTING}采用新方案`);
  return 2;
}
