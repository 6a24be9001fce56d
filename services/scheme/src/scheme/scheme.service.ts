import { randomUUID } from 'node:crypto';
import { callerDistricts, fetchOrganizations, OrganizationRef, RequestContext } from '@jifen/kit';
import { DataSource, EntityManager } from 'typeorm';
import { SchemeError, SchemeErrorCode } from '../scheme-error';
import { checkRuleDocument } from './rule-document';
import * as storage from './scheme.storage';
import { AssignmentRecord, SchemeRecord, VersionRecord } from './scheme.storage';

export interface CreateScheme {
  ownerOrganizationId: string;
  name: string;
  description?: string | null;
  templateCode?: string | null;
  rules: Record<string, unknown>;
}

/** Schemes, their versions and assignments; each change is one transaction. */
export class SchemeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    private readonly ledgerUrl: string,
  ) {}

  list(ctx: RequestContext): Promise<SchemeRecord[]> {
    return storage.listSchemes(this.dataSource.manager, callerDistricts(ctx.caller));
  }

  async create(ctx: RequestContext, input: CreateScheme): Promise<SchemeRecord> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new SchemeError(SchemeErrorCode.INVALID_SCHEME, '方案名称不能为空，且不超过 100 个字', { field: 'name' });
    const rules = checkRuleDocument(input.rules);
    const owner = await this.organization(ctx, input.ownerOrganizationId);
    return this.dataSource.transaction(async (db) => {
      if (await storage.schemeNamed(db, owner.id, name)) {
        throw new SchemeError(SchemeErrorCode.INVALID_SCHEME, `“${owner.name}”已有名为“${name}”的方案；修改规则请新增版本`, { field: 'name' });
      }
      const scheme: SchemeRecord = {
        id: randomUUID(),
        districtId: owner.districtId,
        ownerOrganizationId: owner.id,
        name,
        description: input.description?.trim() || null,
        templateCode: input.templateCode?.trim() || null,
      };
      await storage.insertScheme(db, scheme, ctx.caller.subject, this.clock());
      await storage.insertVersion(db, { id: randomUUID(), districtId: owner.districtId, schemeId: scheme.id, version: 1, rules, note: '初始版本' }, ctx.caller.subject, this.clock());
      return scheme;
    });
  }

  /** A change of rules is a new version; earlier versions stay as they were for the scores made with them. */
  async addVersion(ctx: RequestContext, schemeId: string, rawRules: Record<string, unknown>, note: string | null): Promise<VersionRecord> {
    const rules = checkRuleDocument(rawRules);
    return this.dataSource.transaction(async (db) => {
      const scheme = await this.scheme(db, ctx, schemeId);
      await storage.lockScheme(db, scheme.id);
      const version = (await storage.latestVersionNumber(db, scheme.id)) + 1;
      const record = { id: randomUUID(), districtId: scheme.districtId, schemeId: scheme.id, version, rules, note: note?.trim() || null };
      const createdAt = this.clock();
      await storage.insertVersion(db, record, ctx.caller.subject, createdAt);
      return { ...record, createdAt: createdAt.toISOString() };
    });
  }

  /** From `effectiveFrom`, the organisation and every node below it without its own assignment use this version. */
  async assign(ctx: RequestContext, organizationId: string, schemeVersionId: string, effectiveFrom: string): Promise<AssignmentRecord> {
    const org = await this.organization(ctx, organizationId);
    return this.dataSource.transaction(async (db) => {
      const [version] = await storage.findVersions(db, [schemeVersionId]);
      if (!version || version.districtId !== org.districtId) {
        throw new SchemeError(SchemeErrorCode.SCHEME_VERSION_NOT_FOUND, `找不到编号为 ${schemeVersionId} 的方案版本，或它不属于本区`, { schemeVersionId });
      }
      await this.scheme(db, ctx, version.schemeId);
      if (await storage.assignmentAt(db, org.id, effectiveFrom)) {
        throw new SchemeError(SchemeErrorCode.ASSIGNMENT_EXISTS, `“${org.name}”在 ${effectiveFrom} 已有生效的方案；请选择另一个生效日期`, { organizationId, effectiveFrom });
      }
      const record: AssignmentRecord = { id: randomUUID(), districtId: org.districtId, organizationId: org.id, schemeVersionId: version.id, effectiveFrom };
      await storage.insertAssignment(db, record, ctx.caller.subject, this.clock());
      return record;
    });
  }

  private async scheme(db: EntityManager, ctx: RequestContext, id: string): Promise<SchemeRecord> {
    const [scheme] = await storage.findSchemes(db, [id], callerDistricts(ctx.caller));
    if (!scheme) throw new SchemeError(SchemeErrorCode.SCHEME_NOT_FOUND, `找不到编号为 ${id} 的积分方案，或您无权访问它`, { id });
    return scheme;
  }

  /** The ledger owns organisations: ask it, in the caller's scope. */
  private async organization(ctx: RequestContext, id: string): Promise<OrganizationRef> {
    const [org] = await fetchOrganizations(this.ledgerUrl, ctx.token, [id]);
    if (!org) throw new SchemeError(SchemeErrorCode.ORGANIZATION_NOT_FOUND, `找不到编号为 ${id} 的组织，或您无权访问它`, { id });
    return org;
  }
}
