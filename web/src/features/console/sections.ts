/**
 * The console's screens, in the order its sub-navigation shows them. A later screen (rating runs, warning board,
 * filings, 待办) joins by adding its entry here and its route in console-routes.tsx.
 */
export interface ConsoleSection {
  /** The path below /console. */
  path: string;
  label: string;
}

export const consoleSections: readonly ConsoleSection[] = [
  { path: 'quota', label: '星级名额' },
  { path: 'accounts', label: '账号' },
  { path: 'keys', label: '接口密钥' },
  { path: 'audit', label: '审计日志' },
];

/** The section /console itself opens (until the committee's 待办 home joins). */
export const defaultSection: ConsoleSection = consoleSections.find((section) => section.path === 'accounts')!;

/** The section an address below /console shows (the default one for /console itself). */
export function sectionOf(pathname: string): ConsoleSection {
  const rest = pathname.replace(/^\/console\/?/, '').split('/')[0];
  return consoleSections.find((section) => section.path === rest) ?? defaultSection;
}
