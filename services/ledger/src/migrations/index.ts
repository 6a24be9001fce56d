import { Roster1763700000000 } from './1763700000000-roster';
import { Register1763900000000 } from './1763900000000-register';
import { Access1765000000001 } from './1765000000001-access';
import { BranchSummaries1765100000000 } from './1765100000000-branch-summaries';
import { ScoreRevisions1765200000000 } from './1765200000000-score-revisions';
import { NodeSummaries1765300000000 } from './1765300000000-node-summaries';
import { ResultCompression1765400000000 } from './1765400000000-result-compression';
import { ScoreDetail1765500000000 } from './1765500000000-score-detail';
import { AuditEvents1765000000000 } from './1765000000000-audit-events';
import { SessionEndedIndex1765650000000 } from './1765650000000-session-ended-index';
import { PendingUploads1765660000000 } from './1765660000000-pending-uploads';
import { BranchRank1765700000000 } from './1765700000000-branch-rank';
import { ActorNames1765710000000 } from './1765710000000-actor-names';

/** Every ledger migration, oldest first. */
export const ledgerMigrations = [
  Roster1763700000000,
  Register1763900000000,
  AuditEvents1765000000000,
  Access1765000000001,
  BranchSummaries1765100000000,
  ScoreRevisions1765200000000,
  NodeSummaries1765300000000,
  ResultCompression1765400000000,
  ScoreDetail1765500000000,
  SessionEndedIndex1765650000000,
  PendingUploads1765660000000,
  BranchRank1765700000000,
  ActorNames1765710000000,
];
