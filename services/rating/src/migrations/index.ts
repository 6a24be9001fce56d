import { QuotaPolicies1763700000000 } from './1763700000000-quota-policies';
import { RatingRuns1764000000000 } from './1764000000000-rating-runs';
import { WarningCases1764000000001 } from './1764000000001-warning-cases';
import { AuditEvents1765000000000 } from './1765000000000-audit-events';
import { BranchRatingSummaries1765100000000 } from './1765100000000-branch-rating-summaries';
import { NodeRatingSummaries1765300000000 } from './1765300000000-node-rating-summaries';
import { RunDecisionDay1765610000000 } from './1765610000000-run-decision-day';
import { PlanRevisions1765610000001 } from './1765610000001-plan-revisions';
import { ActorNames1765700000000 } from './1765700000000-actor-names';
import { CaseNextRun1765800000000 } from './1765800000000-case-next-run';

/** Every rating migration, oldest first. */
export const ratingMigrations = [
  QuotaPolicies1763700000000,
  RatingRuns1764000000000,
  WarningCases1764000000001,
  AuditEvents1765000000000,
  BranchRatingSummaries1765100000000,
  NodeRatingSummaries1765300000000,
  RunDecisionDay1765610000000,
  PlanRevisions1765610000001,
  ActorNames1765700000000,
  CaseNextRun1765800000000,
];
