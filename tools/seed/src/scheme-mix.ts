/**
 * Which schemes a generated district runs, filed as a real district files them: the district's 评星定级 scheme
 * for everyone by default; the 区直机关工委 its own 机关 scheme, with the finance bureau, the culture bureau and the
 * vocational college on theirs; some towns the 镇 attendance scheme, one street the 先锋指数; every third company
 * branch its company scheme. Each is approved from the first day of the cycle it is used for.
 */
import { cycleStart, templateByCode } from '@jifen/rules';
import { DistrictLayout } from './district-layout';
import { TemplateCode } from './entries/scheme-entries';
import { CULTURE_BUREAU, FINANCE_BUREAU } from './place-names';

export interface SeedAdoption {
  /** The organisation of the plan that adopts, files and (its upper level) approves the scheme. */
  ownerKey: string;
  templateCode: TemplateCode;
  name: string;
  effectiveFrom: string;
}

export interface SchemeMix {
  adoptions: SeedAdoption[];
  /** The scheme in force for each branch (by key) in the cycle. */
  schemeOf: Map<string, TemplateCode>;
}

/** Towns whose index leaves 2 when divided by 5 keep the 镇 attendance scheme; the street at index 5 (mod 8) the 先锋指数. */
const isAttendanceTown = (index: number) => index % 5 === 2;
const isPioneerStreet = (index: number) => index % 8 === 5;

export function schemeMix(layout: DistrictLayout, cycle: number): SchemeMix {
  const adoptions: SeedAdoption[] = [];
  const adopt = (ownerKey: string, templateCode: TemplateCode, name: string) => {
    const template = templateByCode(templateCode);
    if (!template) throw new Error(`no template ${templateCode}`);
    adoptions.push({ ownerKey, templateCode, name, effectiveFrom: cycleStart(template.rules.cycle, cycle) });
  };
  const district = layout.orgs[0];
  adopt(district.key, 'district-star-rating', `${district.name}党员评星定级量化管理办法`);
  const townshipScheme = layout.townships.map((t, i): TemplateCode => {
    if (t.kind === 'ORGANS') {
      adopt(t.key, 'district-office', '区直机关党员积分制管理办法');
      return 'district-office';
    }
    if (t.kind === 'TOWN' && isAttendanceTown(i)) {
      adopt(t.key, 'town-attendance', `${t.root}镇党员教育管理积分制考核办法`);
      return 'town-attendance';
    }
    if (t.kind === 'STREET' && isPioneerStreet(i)) {
      adopt(t.key, 'pioneer-index', `${t.root}街道党员“先锋指数”积分管理办法`);
      return 'pioneer-index';
    }
    return 'district-star-rating';
  });
  const schemeOf = new Map<string, TemplateCode>();
  const collegeOwners = new Set<string>();
  let firms = 0;
  for (const branch of layout.branches) {
    let code = townshipScheme[branch.townshipIndex];
    if (branch.bureau === FINANCE_BUREAU) {
      adopt(branch.key, 'finance-bureau', '区财政局机关支部党员积分制管理办法');
      code = 'finance-bureau';
    } else if (branch.bureau === CULTURE_BUREAU) {
      adopt(branch.key, 'culture-bureau', '区文旅局党支部党员积分考核办法');
      code = 'culture-bureau';
    } else if (branch.college) {
      if (!collegeOwners.has(branch.parentKey))
        adopt(branch.parentKey, 'college-branch', '区职业技术学院教师党支部党员积分制管理实施办法');
      collegeOwners.add(branch.parentKey);
      code = 'college-branch';
    } else if (
      branch.kind === 'firm' &&
      (code === 'district-star-rating' || code === 'town-attendance') &&
      firms++ % 3 === 0
    ) {
      adopt(branch.key, 'enterprise-quarterly', `${branch.name.replace(/党支部$/, '')}党支部党员积分制管理办法`);
      code = 'enterprise-quarterly';
    }
    schemeOf.set(branch.key, code);
  }
  return { adoptions, schemeOf };
}
