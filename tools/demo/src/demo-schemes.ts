/**
 * The schemes 示范区 runs, filed the way a real district files them: each organisation adopts a template as a
 * draft, submits it, and its upper level approves it from the first day of the last complete cycle (the seed's
 * loader does the three steps). Branches without their own scheme follow the nearest upper level's.
 */
export interface DemoAdoption {
  /** Which organisation of the demo plan: the district, or a township or branch by its position among its level. */
  owner: { level: 'DISTRICT' } | { level: 'TOWNSHIP' | 'BRANCH'; index: number };
  templateCode: string;
  name: string;
}

const demoDistrictSchemeName = '示范区党员“先锋指数”积分管理办法';

export const demoAdoptions: readonly DemoAdoption[] = [
  { owner: { level: 'DISTRICT' }, templateCode: 'pioneer-index', name: demoDistrictSchemeName },
  // 柳林镇: the township's 评星定级 scheme for all its branches (seed 004).
  {
    owner: { level: 'TOWNSHIP', index: 2 },
    templateCode: 'district-star-rating',
    name: '柳林镇党员评星定级量化管理办法',
  },
  // 青山村: the 镇 attendance scheme (seed 003); 柏树湾村: 评星定级; 河西街道机关: the 机关 scheme (seed 002).
  { owner: { level: 'BRANCH', index: 1 }, templateCode: 'town-attendance', name: '党员教育管理积分制考核办法' },
  { owner: { level: 'BRANCH', index: 4 }, templateCode: 'district-star-rating', name: '党员评星定级量化管理办法' },
  { owner: { level: 'BRANCH', index: 11 }, templateCode: 'finance-bureau', name: '机关支部党员积分制管理办法' },
];
