import { idsOnPath, OrganizationRef, RequestContext } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { policiesOn, QuotaPolicyRecord } from '../quota/quota-policy.storage';
import { LedgerScores } from './ledger-scores';
import { pendingByBranch, PendingBranch } from './not-ready';
import { cycleOfPeriod } from './period-key';
import { BranchInput, PendingScore, SchemeFacts, ScoreInput } from './rating-inputs';
import { branchesOf, namesOf, nodeNamesOf, previousGradesOf } from './run-reads';
import { fetchSchemeFacts } from './scheme-facts';

/** Everything a run is planned from, read once: a saved preview and a draft policy's preview read the same. */
export interface RunInputs {
  cycle: number;
  final: ScoreInput[];
  pending: PendingScore[];
  pendingBranches: PendingBranch[];
  branches: Map<string, BranchInput>;
  names: Map<string, string>;
  /** Every policy set on the branches' paths (the stored ones). */
  policies: QuotaPolicyRecord[];
  schemes: Map<string, SchemeFacts>;
  previousGrades: Map<string, string[]>;
}

export interface RunSources {
  db: EntityManager;
  ledgerUrl: string;
  schemeUrl: string;
  scores: LedgerScores;
}

/** Reads the period's scores under the node, their branches, names, schemes, policies and earlier grades. */
export async function gatherRunInputs(
  ctx: RequestContext,
  sources: RunSources,
  org: OrganizationRef,
  period: string,
): Promise<RunInputs> {
  const { db, ledgerUrl, schemeUrl } = sources;
  const read = await sources.scores.read(ctx.token, org.id, period, (n) =>
    ctx.logger.info('评星定级：读取积分', { organization: org.name, period, read: n }),
  );
  const branches = await branchesOf(
    ledgerUrl,
    ctx.token,
    read.final.map((s) => s.branchId),
  );
  const names = await nodeNamesOf(ledgerUrl, ctx.token, [...branches.values()]);
  const pendingNames = await namesOf(
    ledgerUrl,
    ctx.token,
    read.pending.map((p) => p.branchId),
    names,
  );
  const policies = await policiesOn(db, [...new Set([...branches.values()].flatMap((b) => idsOnPath(b.path)))]);
  const schemes = await fetchSchemeFacts(
    schemeUrl,
    ctx.token,
    read.final.map((s) => s.schemeVersionId),
  );
  const previousGrades = await previousGradesOf(
    db,
    read.final.map((s) => s.memberId),
    period,
    schemes,
  );
  return {
    cycle: cycleOfPeriod(period),
    final: read.final,
    pending: read.pending,
    pendingBranches: pendingByBranch(read.pending, pendingNames),
    branches,
    names,
    policies,
    schemes,
    previousGrades,
  };
}
