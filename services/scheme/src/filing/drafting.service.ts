import { randomUUID } from 'node:crypto';
import { idsOnPath, OrganizationRef, RequestContext } from '@jifen/kit';
import { dayOf, rethrowUniqueViolation } from '@jifen/kit/server';
import { templateByCode } from '@jifen/rules';
import { DataSource, EntityManager } from 'typeorm';
import { refuseDrafting, refuseGroupScheme } from '../visibility/refusals';
import { schemeVisibility } from '../visibility/scheme-visibility';
import { knownOrganization, organizationInScope } from '../organization/organization-in-scope';
import { SchemeError, SchemeErrorCode } from '../scheme-error';
import { assignmentInForce } from '../scheme/assignment-in-force';
import * as schemes from '../scheme/scheme.storage';
import { SchemeRecord } from '../scheme/scheme.storage';
import { mayDraft } from './filing-access';
import { FilingAction, FilingStatus } from './filing-workflow';
import * as storage from './filing.storage';
import { FilingRecord } from './filing.storage';

const NAME_MAX = 100;

/**
 * A scheme's new draft, the start of its filing: from a template, from the rules in force, or the next version of
 * a scheme; one transaction each, and one open draft per scheme. The caller holds DRAFT_SCHEME at the organisation
 * (filing-access.ts); an organisation or scheme outside the caller's view answers as not found.
 */
export class DraftingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    /** Read at call time: the shared peer URLs may be filled in after wiring. */
    private readonly ledgerUrl: () => string,
  ) {}

  /** A new scheme of the organisation, drafted from a template. */
  async adoptTemplate(
    ctx: RequestContext,
    organizationId: string,
    templateCode: string,
    name?: string | null,
  ): Promise<FilingRecord> {
    const template = templateByCode(templateCode);
    if (!template)
      throw new SchemeError(
        SchemeErrorCode.TEMPLATE_NOT_FOUND,
        `没有代码为“${templateCode}”的方案模板；可用 schemeTemplates 查询全部模板`,
        { templateCode },
      );
    const org = await this.draftingOrganization(ctx, organizationId);
    return this.newScheme(
      ctx,
      org,
      name ?? template.name,
      template.code,
      null,
      template.rules as unknown as Record<string, unknown>,
      `采用模板“${template.name}”`,
    );
  }

  /** A draft from the rules in force for the organisation today: a revision of its own scheme, or a copy of an upper level's. */
  async copyEffectiveScheme(ctx: RequestContext, organizationId: string, name?: string | null): Promise<FilingRecord> {
    const org = await this.draftingOrganization(ctx, organizationId);
    const db = this.dataSource.manager;
    const day = dayOf(this.clock);
    const assignment = assignmentInForce(org.path, await schemes.assignmentsOn(db, idsOnPath(org.path)), day);
    if (!assignment)
      throw new SchemeError(
        SchemeErrorCode.NO_EFFECTIVE_SCHEME,
        `“${org.name}”及其上级今天都没有执行中的积分方案；请从模板新建（adoptTemplate）`,
        { organizationId },
      );
    const [version] = await schemes.findVersions(db, [assignment.schemeVersionId], null);
    const [scheme] = await schemes.findSchemes(db, [version.schemeId], null);
    if (scheme.ownerOrganizationId === org.id) return this.revise(ctx, scheme.id);
    return this.newScheme(
      ctx,
      org,
      name ?? `${scheme.name}（${org.name}）`,
      scheme.templateCode,
      version.id,
      version.rules,
      `复制上级方案“${scheme.name}”第 ${version.version} 版`,
    );
  }

  /** A draft of the scheme's next version, starting from its latest. */
  async revise(ctx: RequestContext, schemeId: string): Promise<FilingRecord> {
    const [scheme] = await schemes.findSchemes(this.dataSource.manager, [schemeId], schemeVisibility(ctx.caller));
    if (!scheme)
      throw new SchemeError(SchemeErrorCode.SCHEME_NOT_FOUND, `找不到编号为 ${schemeId} 的积分方案，或您无权访问它`, {
        id: schemeId,
      });
    // In view, so refused rather than hidden: an upper level's scheme is read below, never revised there.
    const org = await this.ownerOf(ctx, scheme.ownerOrganizationId);
    if (!org || !mayDraft(ctx.caller, org)) throw refuseDrafting(org, { schemeId });
    await schemes.rememberOwnerPath(this.dataSource.manager, org);
    return this.dataSource.transaction(async (db) => {
      await schemes.lockScheme(db, scheme.id);
      await this.refuseSecondDraft(db, scheme);
      const versions = await schemes.versionsOfSchemes(db, [scheme.id], null);
      const latest = versions[versions.length - 1];
      if (!latest)
        throw new SchemeError(
          SchemeErrorCode.INVALID_TRANSITION,
          `“${scheme.name}”还没有批准的版本，请继续修改它的草稿`,
          { schemeId },
        );
      return this.insertDraft(db, ctx, scheme, latest.id, latest.rules, `修订第 ${latest.version} 版`);
    });
  }

  private async newScheme(
    ctx: RequestContext,
    org: OrganizationRef,
    rawName: string,
    templateCode: string | null,
    baseVersionId: string | null,
    rules: Record<string, unknown>,
    note: string,
  ): Promise<FilingRecord> {
    const name = rawName.trim();
    if (!name || name.length > NAME_MAX)
      throw new SchemeError(SchemeErrorCode.INVALID_SCHEME, `方案名称不能为空，且不超过 ${NAME_MAX} 个字`, {
        field: 'name',
      });
    return this.dataSource.transaction(async (db) => {
      if (await schemes.schemeNamed(db, org.id, name)) {
        throw new SchemeError(
          SchemeErrorCode.INVALID_SCHEME,
          `“${org.name}”已有名为“${name}”的方案；修改它请用 reviseScheme，或另起名称`,
          { field: 'name' },
        );
      }
      const scheme: SchemeRecord = {
        id: randomUUID(),
        districtId: org.districtId,
        ownerOrganizationId: org.id,
        ownerOrganizationPath: org.path,
        name,
        description: null,
        templateCode,
      };
      await schemes.insertScheme(db, scheme, ctx.caller.subject, this.clock()).catch(
        rethrowUniqueViolation(
          'scheme_owner_org_id_name_key',
          () =>
            new SchemeError(SchemeErrorCode.INVALID_SCHEME, `“${org.name}”已有名为“${name}”的方案`, {
              field: 'name',
            }),
        ),
      );
      return this.insertDraft(db, ctx, scheme, baseVersionId, rules, note);
    });
  }

  private async insertDraft(
    db: EntityManager,
    ctx: RequestContext,
    scheme: SchemeRecord,
    baseVersionId: string | null,
    rules: Record<string, unknown>,
    note: string,
  ): Promise<FilingRecord> {
    const now = this.clock();
    const filing = {
      id: randomUUID(),
      districtId: scheme.districtId,
      schemeId: scheme.id,
      organizationId: scheme.ownerOrganizationId,
      baseVersionId,
      rules,
      note,
      status: FilingStatus.DRAFT,
    };
    await storage
      .insertFiling(db, filing, ctx.caller.subject, now)
      .catch(rethrowUniqueViolation('filing_open_per_scheme_uq', () => this.secondDraft(scheme)));
    await storage.insertEvent(db, filing, FilingAction.CREATE, ctx.caller.subject, now, note);
    const at = now.toISOString();
    return { ...filing, effectiveFrom: null, versionId: null, decisionComment: null, createdAt: at, updatedAt: at };
  }

  private async refuseSecondDraft(db: EntityManager, scheme: SchemeRecord): Promise<void> {
    if (await storage.openFilingOf(db, scheme.id)) throw this.secondDraft(scheme);
  }

  private secondDraft(scheme: SchemeRecord): SchemeError {
    return new SchemeError(
      SchemeErrorCode.OPEN_FILING_EXISTS,
      `“${scheme.name}”已有一份未办结的草稿或报审；请继续修改它，或先撤回`,
      { schemeId: scheme.id },
    );
  }

  /** An organisation in the caller's scope (else not found) that the caller may draft a scheme for (else refused). */
  private async draftingOrganization(ctx: RequestContext, id: string): Promise<OrganizationRef> {
    const org = await organizationInScope(this.ledgerUrl(), ctx, id);
    if (org.level === 'GROUP') throw refuseGroupScheme({ organizationId: id });
    if (!mayDraft(ctx.caller, org)) throw refuseDrafting(org, { organizationId: id });
    await schemes.rememberOwnerPath(this.dataSource.manager, org);
    return org;
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
