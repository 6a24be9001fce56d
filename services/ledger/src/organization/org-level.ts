/** Levels of the organisation tree, top down. */
export enum OrgLevel {
  DISTRICT = 'DISTRICT',
  TOWNSHIP = 'TOWNSHIP',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  BRANCH = 'BRANCH',
  GROUP = 'GROUP',
}

export const orgLevelLabel: Record<OrgLevel, string> = {
  [OrgLevel.DISTRICT]: '区(县)',
  [OrgLevel.TOWNSHIP]: '镇(街道)党(工)委',
  [OrgLevel.GENERAL_BRANCH]: '党总支',
  [OrgLevel.BRANCH]: '党支部',
  [OrgLevel.GROUP]: '党小组',
};

/** Which levels a node of each level may hang under (a general branch is optional, so a branch takes both). */
export const allowedParents: Record<OrgLevel, readonly OrgLevel[]> = {
  [OrgLevel.DISTRICT]: [],
  [OrgLevel.TOWNSHIP]: [OrgLevel.DISTRICT],
  [OrgLevel.GENERAL_BRANCH]: [OrgLevel.TOWNSHIP],
  [OrgLevel.BRANCH]: [OrgLevel.TOWNSHIP, OrgLevel.GENERAL_BRANCH],
  [OrgLevel.GROUP]: [OrgLevel.BRANCH],
};

/** Members are kept on the roster of a branch or of one of its groups. */
export const memberUnitLevels: readonly OrgLevel[] = [OrgLevel.BRANCH, OrgLevel.GROUP];

export function canHangUnder(child: OrgLevel, parent: OrgLevel | null): boolean {
  if (parent === null) return child === OrgLevel.DISTRICT;
  return allowedParents[child].includes(parent);
}
