/**
 * The console's screens, in the order its sub-navigation shows them (issue 23's order). A later screen joins by adding
 * its entry here and its route in console-routes.tsx.
 */
export interface ConsoleSection {
  /** The path below /console. */
  path: string;
  label: string;
}

export const consoleSections: readonly ConsoleSection[] = [
  { path: 'quota', label: '星级名额' },
  { path: 'runs', label: '评星定级' },
  { path: 'warnings', label: '双预警' },
  { path: 'filings', label: '方案审核' },
  { path: 'accounts', label: '账号' },
  { path: 'keys', label: '接口密钥' },
  { path: 'audit', label: '审计日志' },
];

/** The section /console itself opens: the first, 星级名额 (the committee's 待办 will say where else to go). */
export const defaultSection: ConsoleSection = consoleSections[0]!;

/** The section an address below /console shows (the default one for /console itself). */
export function sectionOf(pathname: string): ConsoleSection {
  const rest = pathname.replace(/^\/console\/?/, '').split('/')[0];
  return consoleSections.find((section) => section.path === rest) ?? defaultSection;
}
