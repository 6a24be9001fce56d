/** The areas of the app and who may open them: the navigation shows only the signed-in role's. */
export type Area = 'home' | 'dashboard' | 'screen' | 'console' | 'register' | 'my';

export interface NavItem {
  area: Area;
  path: string;
  label: string;
  roles: readonly string[];
  /** The area shows no figures of a period (the shell leaves out its period picker). */
  noPeriod?: boolean;
}

const navItems: readonly NavItem[] = [
  {
    area: 'home',
    path: '/',
    label: '首页',
    roles: ['DISTRICT', 'TOWNSHIP', 'BRANCH_SECRETARY', 'BRANCH_RECORDER', 'MEMBER'],
  },
  { area: 'dashboard', path: '/dashboard', label: '数据看板', roles: ['DISTRICT', 'TOWNSHIP'] },
  { area: 'screen', path: '/screen', label: '数据大屏', roles: ['DISTRICT'] },
  // The committees' console: both manage accounts, keys and the audit log of their scope (MANAGE_ACCESS, READ_AUDIT).
  { area: 'console', path: '/console', label: '管理台', roles: ['DISTRICT', 'TOWNSHIP'], noPeriod: true },
  { area: 'register', path: '/register', label: '支部台账', roles: ['BRANCH_SECRETARY', 'BRANCH_RECORDER'] },
  { area: 'my', path: '/my', label: '我的积分', roles: ['MEMBER'] },
];

export const areaLabels: Record<Area, string> = Object.fromEntries(
  navItems.map((item) => [item.area, item.label]),
) as Record<Area, string>;

export function navFor(role: string): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

export function mayOpen(role: string, area: Area): boolean {
  return navItems.some((item) => item.area === area && item.roles.includes(role));
}
