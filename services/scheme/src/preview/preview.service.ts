import { hasRight, Right } from '@jifen/kit';
import { evaluate, InvalidFactsError, ScoreFacts, ScoreResult, templateByCode } from '@jifen/rules';
import { refusePreview } from '../visibility/refusals';
import { requireValidRules } from '../require-valid-rules';
import { SchemeContext } from '../scheme-context';
import { SchemeError, SchemeErrorCode } from '../scheme-error';
import { ScoreFactsInput } from './score-facts.input';

export interface PreviewSource {
  schemeVersionId?: string | null;
  templateCode?: string | null;
  filingId?: string | null;
}

/** Runs the engine on facts given in the call, under a version, a template or a draft in the caller's view: nothing is stored. Needs Right.READ. */
export class PreviewService {
  async preview(ctx: SchemeContext, source: PreviewSource, input: ScoreFactsInput): Promise<ScoreResult> {
    if (!hasRight(ctx.caller, Right.READ)) throw refusePreview();
    const rules = requireValidRules(await this.rulesOf(ctx, source));
    try {
      return evaluate(rules, toFacts(input));
    } catch (error) {
      if (error instanceof InvalidFactsError) {
        throw new SchemeError(SchemeErrorCode.INVALID_FACTS, error.message, { problems: error.problems });
      }
      throw error;
    }
  }

  private async rulesOf(ctx: SchemeContext, source: PreviewSource): Promise<unknown> {
    const given = [source.schemeVersionId, source.templateCode, source.filingId].filter(
      (s) => s !== undefined && s !== null,
    );
    if (given.length !== 1)
      throw new SchemeError(
        SchemeErrorCode.INVALID_FACTS,
        '请指定且只指定一个：方案版本（schemeVersionId）、模板（templateCode）或草稿（filingId）',
        {},
      );
    if (source.templateCode) {
      const template = templateByCode(source.templateCode);
      if (!template)
        throw new SchemeError(SchemeErrorCode.TEMPLATE_NOT_FOUND, `没有代码为“${source.templateCode}”的方案模板`, {
          templateCode: source.templateCode,
        });
      return template.rules;
    }
    if (source.filingId) {
      const filing = await ctx.loaders.filing.load(source.filingId);
      if (!filing)
        throw new SchemeError(
          SchemeErrorCode.FILING_NOT_FOUND,
          `找不到编号为 ${source.filingId} 的方案草稿，或您无权访问它`,
          { id: source.filingId },
        );
      return filing.rules;
    }
    const version = await ctx.loaders.version.load(source.schemeVersionId!);
    if (!version)
      throw new SchemeError(
        SchemeErrorCode.SCHEME_VERSION_NOT_FOUND,
        `找不到编号为 ${source.schemeVersionId} 的方案版本，或您无权访问它`,
        { id: source.schemeVersionId },
      );
    return version.rules;
  }
}

function toFacts(input: ScoreFactsInput): ScoreFacts {
  return {
    period: input.period,
    asOf: input.asOf,
    memberKind: input.memberKind,
    entries: input.entries.map((e) => ({ ...e, level: e.level ?? undefined })),
    votes: input.votes ? Object.fromEntries(input.votes.map((v) => [v.level, v.count])) : undefined,
    conditions: input.conditions,
    exemption: input.exemption ?? null,
    previousGrades: input.previousGrades,
    rank: input.rank ?? null,
  };
}
