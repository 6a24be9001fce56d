import { RequestContext } from '@jifen/kit';
import { DataSource } from 'typeorm';
import { LedgerScores } from '../run/ledger-scores';
import { checkPeriodKey } from '../run/period-key';
import { gatherRunInputs } from '../run/run-gather';
import { planRun } from '../run/run-plan';
import { readScope } from '../rating-access';
import { ResultFigures } from '../run/run-diff';
import { confirmedResults, StoredResult } from '../run/run-results.storage';
import { findRuns } from '../run/run.storage';
import { draftPolicyOf, policiesWithDraft } from './quota-draft';
import { QuotaPolicyService, SetQuotaPolicy } from './quota-policy.service';
import { quotaPreviewOf } from './quota-preview';
import { QuotaPreview } from './quota-preview.type';

const standingFigures = (r: StoredResult): ResultFigures => ({
  memberId: r.memberId,
  memberName: r.memberName,
  total: r.total,
  grade: r.gradeName,
  stars: r.stars,
  warning: r.warning,
});

/**
 * A draft quota policy tried on a period before it is saved: checked as `setQuotaPolicy` checks it, the period's
 * final scores read as a rating preview reads them, planned with the draft in place of the node's stored policy,
 * and compared with the members' standing (confirmed) results of the period. Writes nothing: no policy, no run, no audit entry.
 */
export class QuotaPreviewService {
  private readonly scores: LedgerScores;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: QuotaPolicyService,
    private readonly ledgerUrl: () => string,
    private readonly schemeUrl: () => string,
  ) {
    this.scores = new LedgerScores(ledgerUrl);
  }

  async preview(ctx: RequestContext, input: SetQuotaPolicy, period: string): Promise<QuotaPreview> {
    checkPeriodKey(period);
    const { org, record: draft } = await this.policies.checkDraft(ctx, input, '预览星级名额政策');
    const db = this.dataSource.manager;
    const inputs = await gatherRunInputs(
      ctx,
      { db, ledgerUrl: this.ledgerUrl(), schemeUrl: this.schemeUrl(), scores: this.scores },
      org,
      period,
    );
    const policies = policiesWithDraft(inputs.policies, draft, period, inputs.cycle);
    const plan = planRun({
      org,
      scores: inputs.final,
      branches: inputs.branches,
      names: inputs.names,
      policyOf: draftPolicyOf(policies, inputs.cycle),
      schemes: inputs.schemes,
      previousGrades: inputs.previousGrades,
    });
    const standing = await confirmedResults(
      db,
      [...inputs.final, ...inputs.pending].map((s) => s.memberId),
      [period],
      readScope(ctx.caller),
    );
    const runs = await findRuns(db, [...new Set(standing.map((r) => r.runId))], ctx.caller.scopePath);
    ctx.logger.info('星级名额政策：草案预览', { organization: org.name, period, results: plan.results.length });
    return quotaPreviewOf({
      org,
      period,
      draft,
      plan,
      inputs,
      standing: { runs, figures: standing.map(standingFigures) },
    });
  }
}
