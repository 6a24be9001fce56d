import { hasRight, Right, XLSX_CONTENT_TYPE } from '@jifen/kit';
import { dayOf, Download, DownloadHandler } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { entryStateLabel } from '../entry/entry-state';
import { evidenceContent } from '../evidence/evidence.storage';
import { pageEntries } from '../entry/entry.storage';
import { importTemplateXlsx } from '../import';
import {
  assertMayAct,
  assertMayDownloadPublicityList,
  assertMayExport,
  memberReach,
  RegisterAction,
} from '../ledger-access';
import { LedgerContext } from '../ledger-context';
import { LedgerError, LedgerErrorCode, memberNotFound } from '../ledger-error';
import { LedgerLoaders } from '../ledger-loaders';
import { branchInScope } from '../register/branch-lookup';
import { publicityBoard } from '../register/publicity-board';
import { publicityEntrants, windowsOfBranches } from '../register/register.storage';
import { branchPeriodScores, PeriodScoreRecord } from '../scoring/period-score.storage';
import { scoreStateLabel } from '../scoring/score-state';
import { documentOn, SchemeSource } from '../scoring/scheme-source';
import { BranchRef } from '../scoring/score-keeper';
import { ledgerBookXlsx } from './ledger-book';
import { publicityListXlsx } from './publicity-list';
import { RatingStars } from './rating-stars';
import { registerSheetXlsx } from './register-sheet';

const kindLabel: Record<string, string> = { FULL: '正式党员', PROBATIONARY: '预备党员', ACTIVIST: '入党积极分子' };
const MAX_ROWS = 5000;

function required(query: Record<string, string>, name: string, label: string): string {
  const value = query[name]?.trim();
  if (!value) throw new LedgerError(LedgerErrorCode.INVALID_PERIOD, `请给出${label}（参数 ${name}）`, { field: name });
  return value;
}

const xlsx = (fileName: string, body: Buffer): Download => ({ fileName, contentType: XLSX_CONTENT_TYPE, body });
const periodLabel = (score: PeriodScoreRecord) => `${score.periodKey}（${score.periodStart} 至 ${score.periodEnd}）`;

/**
 * The register's three paper forms as xlsx downloads, under the same scope rules as the API and the EXPORT right;
 * also the import template of a branch and a piece of evidence.
 */
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schemes: SchemeSource,
    private readonly clock: () => Date,
    private readonly stars: RatingStars,
  ) {}

  handlers(): Record<string, DownloadHandler<LedgerLoaders>> {
    return {
      'register-sheet.xlsx': (query, ctx) => this.registerSheet(query, ctx),
      'ledger-book.xlsx': (query, ctx) => this.ledgerBook(query, ctx),
      'publicity-list.xlsx': (query, ctx) => this.publicityList(query, ctx),
      evidence: (query, ctx) => this.evidence(query, ctx),
      'import-template.xlsx': (query, ctx) => this.importTemplate(query, ctx),
    };
  }

  /** Today in Beijing: the 制表日期 on every sheet and the day the branch's scheme is read on. */
  private today(): string {
    return dayOf(this.clock);
  }

  /** 党员积分登记表: one member's period, entry by entry. */
  async registerSheet(query: Record<string, string>, ctx: LedgerContext): Promise<Download> {
    const memberId = required(query, 'memberId', '党员');
    const period = required(query, 'period', '期间');
    const member = await ctx.loaders.member.load(memberId);
    if (!member) throw memberNotFound(memberId);
    assertMayExport(ctx.caller, member.orgPath);
    const score = await ctx.loaders.periodScore.load(`${member.id}|${period}`);
    if (!score) throw notScored(period);
    const branch = await this.branch(ctx, score.branchId);
    const entries = await pageEntries(this.dataSource.manager, ctx.caller.scopePath, {
      memberIds: [member.id],
      from: score.periodStart,
      to: score.periodEnd,
      first: MAX_ROWS,
      offset: 0,
    });
    const body = await registerSheetXlsx({
      branchName: branch.name,
      memberName: member.name,
      memberNo: member.memberNo,
      memberKindLabel: kindLabel[member.kind],
      periodLabel: periodLabel(score),
      schemeName: await this.schemeName(ctx, branch, score.periodEnd),
      entries: [...entries.items].reverse().map((e) => ({
        occurredOn: e.occurredOn,
        componentLabel:
          score.result.components.find((c) =>
            [...c.items, ...c.sections.flatMap((s) => s.items)].some((i) => i.code === e.itemCode),
          )?.label ?? '',
        itemLabel: e.kind === 'REVERSAL' ? `冲正：${e.itemLabel}` : e.itemLabel,
        detail: [
          e.quantity !== null ? `数量 ${e.quantity}` : '',
          e.matter ? `事项：${e.matter}` : '',
          e.note ?? '',
          e.reason ? `理由：${e.reason}` : '',
        ]
          .filter(Boolean)
          .join('；'),
        points: e.review?.decision === 'ACCEPTED' ? e.review.points : null,
        stateLabel: entryStateLabel[e.state],
        declaredBy: e.declaredByName,
        reviewedBy: e.review?.reviewedByName ?? null,
      })),
      components: score.result.components.map((c) => ({ label: c.label, score: c.score })),
      total: score.total,
      gradeName: score.gradeName,
      stateLabel: scoreStateLabel[score.state],
      generatedOn: this.today(),
    });
    return xlsx(`党员积分登记表-${member.name}-${period}.xlsx`, body);
  }

  /** 积分总台账: the branch, each member's components and total, ranked. */
  async ledgerBook(query: Record<string, string>, ctx: LedgerContext): Promise<Download> {
    const { branch, period, scores } = await this.branchScores(query, ctx);
    const members = await ctx.loaders.member.loadMany(scores.map((s) => s.memberId));
    const labels = scores.find((s) => s.result.components.length > 0)?.result.components.map((c) => c.label) ?? [];
    let rank = 0;
    const body = await ledgerBookXlsx({
      branchName: branch.name,
      periodLabel: periodLabel(scores[0]),
      schemeName: await this.schemeName(ctx, branch, scores[0].periodEnd),
      componentLabels: labels,
      rows: scores.map((score, i) => {
        const member = members[i];
        const known = member && !(member instanceof Error) ? member : null;
        return {
          rank: score.status === 'SCORED' ? ++rank : null,
          memberNo: known?.memberNo ?? '',
          name: known?.name ?? '',
          memberKindLabel: known ? kindLabel[known.kind] : '',
          components: labels.map((label) => score.result.components.find((c) => c.label === label)?.score ?? null),
          total: score.total,
          gradeName: score.gradeName,
          stateLabel: scoreStateLabel[score.state],
        };
      }),
      generatedOn: this.today(),
    });
    return xlsx(`积分总台账-${branch.name}-${period}.xlsx`, body);
  }

  /**
   * 公示名单: names, totals and grades for the board, with the window. Whoever exports the register has it any
   * time; a member of the branch once the period is published (during and after the window).
   */
  async publicityList(query: Record<string, string>, ctx: LedgerContext): Promise<Download> {
    const organizationId = required(query, 'organizationId', '党支部');
    const period = required(query, 'period', '期间');
    const branch = await this.branch(ctx, organizationId);
    const window =
      (await windowsOfBranches(this.dataSource.manager, [branch.id])).find((w) => w.periodKey === period) ?? null;
    assertMayDownloadPublicityList(ctx.caller, branch.path, window !== null);
    const entrants = await publicityEntrants(this.dataSource.manager, branch.id, period);
    if (entrants.length === 0) throw notScored(period);
    const board = publicityBoard(entrants, null);
    // Stars only where a confirmed run rated the period; with the rating service away the list still downloads, without them.
    const stars = await this.stars.starsOf(board.memberIds, period).catch(() => new Map<string, number | null>());
    const body = await publicityListXlsx({
      branchName: branch.name,
      periodLabel: `${period}`,
      window: window ? { startsOn: window.startsOn, endsOn: window.endsOn } : null,
      rows: board.rows.map((row, i) => ({ ...row, stars: stars.get(board.memberIds[i]) ?? null })),
      rated: stars.size > 0,
      notice: '对公示结果有异议的，请于公示期内向党支部反映。',
      generatedOn: this.today(),
    });
    return xlsx(`公示名单-${branch.name}-${period}.xlsx`, body);
  }

  /**
   * A piece of evidence (证明材料) as it was uploaded: not a register export but a read (READ), under the
   * same limits as the API (a member: only the evidence of their own entries).
   */
  async evidence(query: Record<string, string>, ctx: LedgerContext): Promise<Download> {
    const id = required(query, 'id', '证明材料编号');
    if (!hasRight(ctx.caller, Right.READ))
      throw new LedgerError(LedgerErrorCode.FORBIDDEN, '您的账号无权查看证明材料', { right: Right.READ });
    const file = await evidenceContent(this.dataSource.manager, id, ctx.caller.scopePath, memberReach(ctx.caller));
    if (!file)
      throw new LedgerError(LedgerErrorCode.EVIDENCE_NOT_FOUND, `找不到编号为 ${id} 的证明材料，或您无权访问它`, {
        id,
      });
    return { fileName: file.fileName, contentType: file.contentType, body: file.content };
  }

  /**
   * 积分导入模板: the sheet importEntries reads, with an example row and the items of the scheme the branch uses
   * today, for those who may keep the branch's register (who may import into it).
   */
  async importTemplate(query: Record<string, string>, ctx: LedgerContext): Promise<Download> {
    const branch = await this.branch(ctx, required(query, 'organizationId', '党支部'));
    assertMayAct(ctx.caller, RegisterAction.KEEP, branch.path);
    const today = this.today();
    const document = await documentOn(this.schemes, ctx.token, branch, today);
    return xlsx(`积分导入模板-${branch.name}.xlsx`, await importTemplateXlsx(document, { exampleDate: today }));
  }

  private async branchScores(
    query: Record<string, string>,
    ctx: LedgerContext,
  ): Promise<{ branch: BranchRef; period: string; scores: PeriodScoreRecord[] }> {
    const organizationId = required(query, 'organizationId', '党支部');
    const period = required(query, 'period', '期间');
    const branch = await this.branch(ctx, organizationId);
    assertMayExport(ctx.caller, branch.path);
    const scores = await branchPeriodScores(this.dataSource.manager, branch.id, period);
    if (scores.length === 0) throw notScored(period);
    return { branch, period, scores };
  }

  private branch(ctx: LedgerContext, id: string): Promise<BranchRef> {
    return this.dataSource.transaction((db) => branchInScope(db, ctx.caller, id));
  }

  private async schemeName(ctx: LedgerContext, branch: BranchRef, day: string): Promise<string> {
    const on = day < this.today() ? day : this.today();
    return (await this.schemes.versionsOn(ctx.token, branch, [on])).get(on)?.schemeName ?? '';
  }
}

const notScored = (period: string) =>
  new LedgerError(LedgerErrorCode.INVALID_PERIOD, `${period} 尚未计分：请先登记并初评积分，或重算该期积分`, { period });
