// @jifen/seed: the district generator: a district's plan (layout, roster, schemes, quotas, each branch's cycle of
// entries) and the phases that load it through the services' GraphQL APIs. The demo district and `npm run seed` use it.
export { branchDeclarations, documentOf, type MemberEntry } from './branch-cycle';
export { type LayoutTownship } from './district-layout';
export {
  buildDistrictPlan,
  cycleFor,
  type DistrictPlan,
  type PlanBranch,
  ratingPeriods,
  type SeedQuota,
} from './district-plan';
export { EXEMPT_FROM_AGE, type SeedMember, tailTarget, TAIL_SHARE, targetOf } from './district-roster';
export { type TemplateCode } from './entries/scheme-entries';
export { type DistrictLoad, type DistrictSummary, startLoad } from './district-load';
export { confirmRatings, loadDistrict, type RatingRunSummary } from './load-district';
export { type CycleLoad, type CycleLoaded, drawCycle, loadCycle, loadPending } from './load-cycle';
export { loadQuotas, loadRoster, loadSchemes, loadTree } from './load-structure';
export {
  ageOn,
  type DemoLevel,
  type DemoMember,
  fmt,
  inRange,
  makePerson,
  mulberry32,
  pad,
  parseYmd,
  type Profile,
  type ProfileName,
  PROFILES,
  randInt,
  type Range,
  violation,
} from './people';
export { randomChineseName } from './chinese-names';
export { formatDuration, type PhaseProgress, progressReporter } from './progress';
export {
  customScale,
  type DistrictScale,
  type Scale,
  SCALE_CODES,
  type ScaleCode,
  oneDistrictOf,
  scaleOf,
} from './scales';
export { type OperationStats, seedClient } from './seed-client';
export { type Rand, rngFor, shuffled } from './seed-random';
