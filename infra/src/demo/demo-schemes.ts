/**
 * The schemes 示范区 runs, filed the way a real district files them: each organisation adopts a
 * template as a draft, submits it, and its upper level approves it from the cycle's first day.
 * Branches without their own scheme follow the nearest upper level's.
 */
export interface DemoAdoption {
  /** Which organisation of the demo plan: the district, or a branch by its position among branches. */
  owner: { level: 'DISTRICT' } | { level: 'BRANCH'; index: number };
  templateCode: string;
  name: string;
}

const demoDistrictSchemeName = '示范区党员“先锋指数”积分管理办法';

export const demoAdoptions: readonly DemoAdoption[] = [
  { owner: { level: 'DISTRICT' }, templateCode: 'pioneer-index', name: demoDistrictSchemeName },
  { owner: { level: 'BRANCH', index: 0 }, templateCode: 'town-attendance', name: '党员教育管理积分制考核办法' },
  { owner: { level: 'BRANCH', index: 4 }, templateCode: 'district-star-rating', name: '党员评星定级量化管理办法' },
  { owner: { level: 'BRANCH', index: 8 }, templateCode: 'finance-bureau', name: '机关支部党员积分制管理办法' },
];

type Call = <T>(service: 'scheme', query: string, variables: Record<string, unknown>) => Promise<T>;

/** Adopt, submit and approve: the same three steps a branch and its upper level take through the API. */
export async function fileDemoScheme(
  call: Call,
  organizationId: string,
  adoption: DemoAdoption,
  effectiveFrom: string,
): Promise<void> {
  const draft = await call<{ adoptTemplate: { id: string } }>(
    'scheme',
    'mutation($org: ID!, $code: String!, $name: String) { adoptTemplate(organizationId: $org, templateCode: $code, name: $name) { id } }',
    { org: organizationId, code: adoption.templateCode, name: adoption.name },
  );
  const id = draft.adoptTemplate.id;
  await call('scheme', 'mutation($id: ID!) { submitFiling(id: $id, comment: "报上级审核备案") { id } }', { id });
  await call(
    'scheme',
    'mutation($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from, comments: "同意备案") { id } }',
    { id, from: effectiveFrom },
  );
}
