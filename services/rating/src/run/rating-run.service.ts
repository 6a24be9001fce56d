import { randomUUID } from 'node:crypto';
import { actorName, fetchOrganizations, idsOnPath, isWithinScope, OrganizationRef, RequestContext } from '@jifen/kit';
import { dayOf } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { assertMayRate, seesOrganisationRatings } from '../rating-access';
import { organizationNotFound, RatingError, RatingErrorCode } from '../rating-error';
import { effectivePolicy } from '../quota/quota-policy.service';
import { policiesOn, QuotaPolicyRecord } from '../quota/quota-policy.storage';
import { LedgerScores } from './ledger-scores';
import { decisionDay, periodLastDay } from './decision-day';
import { assertSomeoneRated } from './not-ready';
import { checkPeriodKey, cycleOfPeriod } from './period-key';
import { diffResults, figuresOf } from './run-diff';
import { planRun } from './run-plan';
import { summarise } from './run-summary';
import { applyRunToCases } from './run-cases';
import { gatherRunInputs, RunSources } from './run-gather';
import { branchPathsOfRun, figuresOfRun, insertResults } from './run-results.storage';
import * as runs from './run.storage';
import { RunRecord } from './run.storage';

const RATING_LEVELS = ['DISTRICT', 'TOWNSHIP'];
const PENDING_SHOWN = 100;

/** Which policies could apply to a cycle on the scope's paths: any one set or added since changes it. */
function policyDigest(policies: readonly QuotaPolicyRecord[], cycle: number): string {
  return policies
    .filter((p) => p.cycle <= cycle)
    .map((p) => p.id)
    .sort()
    .join(',');
}

/** A run someone else confirmed first, naming who did (as they were named when they confirmed). */
function confirmedAlready(run: RunRecord): RatingError {
  const who = run.confirmedByName ?? '他人';
  return new RatingError(RatingErrorCode.RATING_RUN_CONFLICT, `该评定（第 ${run.version} 版）已由 ${who} 确认`, {
    runId: run.id,
    confirmedBy: run.confirmedBy,
    confirmedByName: run.confirmedByName,
  });
}

const notFound = (id: string) =>
  new RatingError(RatingErrorCode.RATING_RUN_NOT_FOUND, `找不到编号为 ${id} 的评定，或您无权访问它`, { id });

/** Rating runs: a preview the committee reads, then its confirmation, which publishes results and opens warning cases. */
export class RatingRunService {
  private readonly scores: LedgerScores;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    private readonly ledgerUrl: () => string,
    private readonly schemeUrl: () => string,
  ) {
    this.scores = new LedgerScores(ledgerUrl);
  }

  /** Reads the period's scores, rates them under the policies in force and stores the result as a new version. */
  async preview(ctx: RequestContext, organizationId: string, period: string): Promise<RunRecord> {
    checkPeriodKey(period);
    const org = await this.organization(ctx, organizationId);
    const digest = await this.scores.digest(ctx.token, org.id, period);
    const inputs = await gatherRunInputs(ctx, this.sources(), org, period);
    const { policies, cycle, schemes } = inputs;
    const plan = planRun({
      org,
      scores: inputs.final,
      branches: inputs.branches,
      names: inputs.names,
      policyOf: (branch) => effectivePolicy(branch.path, branch.id, policies, cycle),
      schemes,
      previousGrades: inputs.previousGrades,
    });
    ctx.logger.info('评星定级：已评定', {
      organization: org.name,
      period,
      results: plan.results.length,
      units: plan.units.length,
    });
    return this.dataSource.transaction(async (db) => {
      await runs.lockOrgPeriod(db, org.id, period);
      const latest = await runs.latestRun(db, org.id, period);
      const compared = (await runs.confirmedRun(db, org.id, period)) ?? latest;
      const before = compared ? await figuresOfRun(db, compared.id) : [];
      const run: RunRecord = {
        id: randomUUID(),
        districtId: org.districtId,
        orgId: org.id,
        orgPath: org.path,
        orgName: org.name,
        periodKey: period,
        version: (latest?.version ?? 0) + 1,
        status: 'PREVIEW',
        inputsDigest: digest,
        policyDigest: policyDigest(policies, cycle),
        summary: summarise(plan.results, plan.units),
        pending: {
          count: inputs.pending.length,
          items: inputs.pending.slice(0, PENDING_SHOWN),
          branches: inputs.pendingBranches,
        },
        changes: compared ? diffResults(before, plan.results.map(figuresOf)) : [],
        comparedWith: compared?.id ?? null,
        createdBy: ctx.caller.subject,
        createdAt: this.clock().toISOString(),
        confirmedBy: null,
        confirmedAt: null,
        periodEnd: periodLastDay(
          period,
          [...schemes.values()].flatMap((s) => (s.cycle ? [s.cycle] : [])),
        ),
        decidedOn: null,
        createdByName: actorName(ctx.caller),
        confirmedByName: null,
      };
      await runs.insertRun(db, run);
      // Sent together: the results are put into words while the database writes the units.
      await Promise.all([runs.insertUnits(db, run.id, plan.units), insertResults(db, run.id, plan.results)]);
      return run;
    });
  }

  /**
   * Confirms a preview: it becomes the period's standing rating (the one before it is superseded) and warning
   * cases open for its members under dual warning, dated the day the committee decided (`decidedOn`, today when
   * not given: see `decisionDay`). Two confirmations at once: one succeeds, the other gets RATING_RUN_CONFLICT.
   * A preview whose scores or policy changed since is refused as stale.
   */
  async confirm(ctx: RequestContext, runId: string, decidedOn?: string | null): Promise<RunRecord> {
    const [found] = seesOrganisationRatings(ctx.caller)
      ? await runs.findRuns(this.dataSource.manager, [runId], ctx.caller.scopePath)
      : [];
    if (!found) throw notFound(runId);
    assertMayRate(ctx.caller, found.orgPath, '确认评定', { runId });
    this.assertPreview(found);
    const today = dayOf(this.clock);
    decisionDay(decidedOn, { today, periodKey: found.periodKey, periodEnd: found.periodEnd, correcting: null });
    if (found.pending.count > 0) {
      const names = found.pending.items
        .slice(0, 5)
        .map((p) => p.memberName)
        .join('、');
      throw new RatingError(
        RatingErrorCode.SCORES_NOT_FINAL,
        `还有 ${found.pending.count} 人的积分尚未确认（如 ${names}），公示期满、异议处理完毕后再确认评定`,
        { pending: found.pending.count },
      );
    }
    assertSomeoneRated(found.summary, found.periodKey, found.orgName);
    if ((await this.scores.digest(ctx.token, found.orgId, found.periodKey)) !== found.inputsDigest) {
      throw new RatingError(
        RatingErrorCode.RATING_RUN_STALE,
        '预览之后积分有了变化（如更正或新的确认），请重新预览后再确认',
        { runId },
      );
    }
    const now = this.clock();
    return this.dataSource.transaction(async (db) => {
      // Confirmations in one district and period take turns, so that overlapping scopes see each other.
      await runs.lockOrgPeriod(db, `district:${found.districtId}`, found.periodKey);
      await runs.lockOrgPeriod(db, found.orgId, found.periodKey);
      const [run] = await runs.findRuns(db, [runId], null);
      this.assertPreview(run);
      const latest = await runs.latestRun(db, run.orgId, run.periodKey);
      if (latest && latest.version !== run.version) {
        throw new RatingError(
          RatingErrorCode.RATING_RUN_CONFLICT,
          `${latest.createdByName} 已生成更新的第 ${latest.version} 版预览，请确认最新版本`,
          { runId, latest: latest.id, latestCreatedBy: latest.createdBy, latestCreatedByName: latest.createdByName },
        );
      }
      const overlapping = await runs.overlappingConfirmed(db, run.orgId, run.orgPath, run.periodKey);
      if (overlapping.length > 0) {
        const other = overlapping[0];
        throw new RatingError(
          RatingErrorCode.RATING_SCOPE_OVERLAP,
          `“${other.orgName}”已确认了 ${run.periodKey} 的评定（第 ${other.version} 版，${other.confirmedByName ?? '他人'} 确认），与本次范围重叠；请在“${other.orgName}”重新评定`,
          { runId, other: other.id },
        );
      }
      await this.assertPolicyUnchanged(db, run, await branchPathsOfRun(db, run.id));
      const previous = await runs.confirmedRun(db, run.orgId, run.periodKey);
      const decided = decisionDay(decidedOn, {
        today,
        periodKey: run.periodKey,
        periodEnd: run.periodEnd,
        correcting: previous && { version: previous.version, decidedOn: previous.decidedOn },
      });
      if (previous) await runs.markSuperseded(db, previous.id);
      if (!(await runs.markConfirmed(db, run.id, ctx.caller.subject, now, decided))) {
        const [taken] = await runs.findRuns(db, [runId], null);
        throw confirmedAlready(taken ?? run);
      }
      await runs.insertBranchSummaries(db, run.id);
      await runs.insertNodeSummaries(db, run.id);
      // The cases date from the committee's decision: the interview deadline counts from the rating meeting.
      const opened = await applyRunToCases(
        db,
        run,
        previous,
        decided,
        { subject: ctx.caller.subject, name: actorName(ctx.caller) },
        now.toISOString(),
      );
      ctx.logger.info('评星定级：已确认', {
        organization: run.orgName,
        period: run.periodKey,
        version: run.version,
        warningCasesOpened: opened,
      });
      return {
        ...run,
        status: 'CONFIRMED' as const,
        confirmedBy: ctx.caller.subject,
        confirmedAt: now.toISOString(),
        decidedOn: decided,
        confirmedByName: actorName(ctx.caller),
      };
    });
  }

  private assertPreview(run: RunRecord | undefined): asserts run is RunRecord {
    if (!run) throw new RatingError(RatingErrorCode.RATING_RUN_NOT_FOUND, '找不到该评定');
    if (run.status === 'CONFIRMED') throw confirmedAlready(run);
    if (run.status === 'SUPERSEDED')
      throw new RatingError(RatingErrorCode.RATING_RUN_CONFLICT, `该评定（第 ${run.version} 版）已被新的版本取代`, {
        runId: run.id,
      });
  }

  /** A policy set on any node above the run's branches since the preview makes the preview stale. */
  private async assertPolicyUnchanged(
    db: EntityManager,
    run: RunRecord,
    branchPaths: readonly string[],
  ): Promise<void> {
    const ids = [...new Set(branchPaths.flatMap(idsOnPath))];
    if (policyDigest(await policiesOn(db, ids), cycleOfPeriod(run.periodKey)) !== run.policyDigest) {
      throw new RatingError(RatingErrorCode.RATING_RUN_STALE, '预览之后名额政策有了调整，请重新预览后再确认', {
        runId: run.id,
      });
    }
  }

  private sources(): RunSources {
    return {
      db: this.dataSource.manager,
      ledgerUrl: this.ledgerUrl(),
      schemeUrl: this.schemeUrl(),
      scores: this.scores,
    };
  }

  private async organization(ctx: RequestContext, id: string): Promise<OrganizationRef> {
    const [org] = await fetchOrganizations(this.ledgerUrl(), ctx.token, [id]);
    if (!org || !isWithinScope(ctx.caller, org.path)) throw organizationNotFound(id);
    assertMayRate(ctx.caller, org.path, '发起评星定级', { organizationId: id });
    if (!RATING_LEVELS.includes(org.level)) {
      throw new RatingError(
        RatingErrorCode.INVALID_RATING_SCOPE,
        `评星定级由镇(街道)党(工)委或区组织，“${org.name}”不能发起`,
        { organizationId: id },
      );
    }
    return org;
  }
}
