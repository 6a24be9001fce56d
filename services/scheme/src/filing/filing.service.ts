import { randomUUID } from 'node:crypto';
import { OrganizationRef, RequestContext } from '@jifen/kit';
import { rethrowUniqueViolation } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { refuseDecision, refuseFilingStep } from '../visibility/refusals';
import { schemeVisibility } from '../visibility/scheme-visibility';
import { requireValidRules } from '../require-valid-rules';
import { knownOrganization } from '../organization/organization-in-scope';
import { SchemeError, SchemeErrorCode } from '../scheme-error';
import * as schemes from '../scheme/scheme.storage';
import { mayDecide, mayDraft } from './filing-access';
import { FilingAction, FilingStatus, transition } from './filing-workflow';
import * as storage from './filing.storage';
import { FilingRecord } from './filing.storage';

/**
 * A filing's steps after its draft is made (drafting.service.ts): edit, submit to the upper level, withdraw, and the
 * upper level's return or approval; one transaction per step. Who may: a filing outside the caller's view
 * (visibility/scheme-visibility.ts) answers as not found; one in view is refused (FORBIDDEN) unless the caller holds
 * the right at its organisation (filing-access.ts: DRAFT_SCHEME to edit, submit and withdraw, APPROVE to decide).
 */
export class FilingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    /** Read at call time: the shared peer URLs may be filled in after wiring. */
    private readonly ledgerUrl: () => string,
  ) {}

  list(ctx: RequestContext, status: FilingStatus | null): Promise<FilingRecord[]> {
    return storage.listFilings(this.dataSource.manager, schemeVisibility(ctx.caller), { status, limit: 500 });
  }

  async edit(
    ctx: RequestContext,
    filingId: string,
    rawRules: Record<string, unknown>,
    note?: string | null,
  ): Promise<FilingRecord> {
    const rules = requireValidRules(rawRules) as unknown as Record<string, unknown>;
    return this.step(ctx, filingId, FilingAction.EDIT, 'draft', async (db, filing, next, now) => {
      await storage.updateFiling(
        db,
        filing.id,
        { status: next, rules, ...(note !== undefined ? { note: note?.trim() || null } : {}) },
        now,
      );
      return null;
    });
  }

  async submit(ctx: RequestContext, filingId: string, comment?: string | null): Promise<FilingRecord> {
    return this.step(ctx, filingId, FilingAction.SUBMIT, 'draft', async (db, filing, next, now) => {
      requireValidRules(filing.rules);
      await storage.updateFiling(db, filing.id, { status: next }, now);
      return comment?.trim() || null;
    });
  }

  async withdraw(ctx: RequestContext, filingId: string, comment?: string | null): Promise<FilingRecord> {
    return this.step(ctx, filingId, FilingAction.WITHDRAW, 'draft', async (db, filing, next, now) => {
      await storage.updateFiling(db, filing.id, { status: next }, now);
      return comment?.trim() || null;
    });
  }

  async returnFiling(ctx: RequestContext, filingId: string, comments: string): Promise<FilingRecord> {
    const comment = comments.trim();
    if (!comment) throw new SchemeError(SchemeErrorCode.INVALID_SCHEME, '退回时要写明修改意见', { field: 'comments' });
    return this.step(ctx, filingId, FilingAction.RETURN, 'decide', async (db, filing, next, now) => {
      await storage.updateFiling(db, filing.id, { status: next, decisionComment: comment }, now);
      return comment;
    });
  }

  /** The approved draft becomes the scheme's next immutable version, in force for its organisation from `effectiveFrom`. */
  async approve(
    ctx: RequestContext,
    filingId: string,
    effectiveFrom: string,
    comments?: string | null,
  ): Promise<FilingRecord> {
    const comment = comments?.trim() || null;
    return this.step(ctx, filingId, FilingAction.APPROVE, 'decide', async (db, filing, next, now) => {
      requireValidRules(filing.rules);
      const latest = await schemes.latestAssignmentOf(db, filing.organizationId);
      if (latest && latest.effectiveFrom >= effectiveFrom) {
        throw new SchemeError(
          SchemeErrorCode.INVALID_EFFECTIVE_DATE,
          `生效日期应晚于本组织现行方案的生效日期 ${latest.effectiveFrom}`,
          { field: 'effectiveFrom', effectiveFrom },
        );
      }
      await schemes.lockScheme(db, filing.schemeId);
      const version = {
        id: randomUUID(),
        districtId: filing.districtId,
        schemeId: filing.schemeId,
        version: (await schemes.latestVersionNumber(db, filing.schemeId)) + 1,
        rules: filing.rules,
        note: filing.note,
        filingId: filing.id,
      };
      await schemes.insertVersion(db, version, ctx.caller.subject, now);
      await schemes
        .insertAssignment(
          db,
          {
            id: randomUUID(),
            districtId: filing.districtId,
            organizationId: filing.organizationId,
            schemeVersionId: version.id,
            effectiveFrom,
          },
          ctx.caller.subject,
          now,
        )
        .catch(
          rethrowUniqueViolation(
            'scheme_assignment_org_id_effective_from_key',
            () =>
              new SchemeError(
                SchemeErrorCode.ASSIGNMENT_EXISTS,
                `本组织在 ${effectiveFrom} 已有生效的方案；请选择另一个生效日期`,
                { effectiveFrom },
              ),
          ),
        );
      await storage.updateFiling(
        db,
        filing.id,
        { status: next, effectiveFrom, versionId: version.id, decisionComment: comment },
        now,
      );
      return comment;
    });
  }

  /**
   * One workflow step: lock the filing, check the transition and who may take it, apply it, record the
   * event, all in one transaction; returns the filing as it now is.
   */
  private async step(
    ctx: RequestContext,
    filingId: string,
    action: FilingAction,
    who: 'draft' | 'decide',
    apply: (db: EntityManager, filing: FilingRecord, next: FilingStatus, now: Date) => Promise<string | null>,
  ): Promise<FilingRecord> {
    const view = schemeVisibility(ctx.caller);
    // Outside the caller's view: exactly the answer for an unknown id.
    const [known] = await storage.findFilings(this.dataSource.manager, [filingId], view);
    if (!known) throw this.notFound(filingId);
    // In view (an upper level's filing too): refused unless the caller holds the right at its organisation.
    const org = await this.ownerOf(ctx, known.organizationId);
    const may = who === 'draft' ? mayDraft : mayDecide;
    if (!org || !may(ctx.caller, org))
      throw who === 'draft' ? refuseFilingStep(org, { filingId }) : refuseDecision(org, { filingId });
    // Its own statement, outside the step's transaction and locks.
    await schemes.rememberOwnerPath(this.dataSource.manager, org);
    return this.dataSource.transaction(async (db) => {
      const filing = await storage.lockFiling(db, filingId, view);
      if (!filing) throw this.notFound(filingId);
      const move = transition(filing.status, action);
      if (!move.ok)
        throw new SchemeError(SchemeErrorCode.INVALID_TRANSITION, move.message, {
          filingId,
          status: filing.status,
          action,
        });
      const now = this.clock();
      const comment = await apply(db, filing, move.next, now);
      await storage.insertEvent(db, filing, action, ctx.caller.subject, now, comment);
      const [after] = await storage.findFilings(db, [filing.id], null);
      return after;
    });
  }

  private notFound(id: string): SchemeError {
    return new SchemeError(SchemeErrorCode.FILING_NOT_FOUND, `找不到编号为 ${id} 的方案草稿或报审，或您无权访问它`, {
      id,
    });
  }

  /**
   * The owner of a scheme or filing in the caller's view, as the ledger shows it to the caller: `null` for
   * an upper level's node, which the ledger does not show below it. Its path is fresh: once the caller may
   * act, the callers store it over the scheme rows' copy (`rememberOwnerPath`).
   */
  private ownerOf(ctx: RequestContext, organizationId: string): Promise<OrganizationRef | null> {
    return knownOrganization(this.ledgerUrl(), ctx, organizationId);
  }
}
