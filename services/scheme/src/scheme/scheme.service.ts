import { randomUUID } from 'node:crypto';
import { callerDistricts, RequestContext } from '@jifen/kit';
import { DataSource, EntityManager } from 'typeorm';
import { mayDecide } from '../filing/filing-access';
import { organizationInScope } from '../organization/organization-in-scope';
import { SchemeError, SchemeErrorCode } from '../scheme-error';
import * as storage from './scheme.storage';
import { AssignmentRecord, SchemeRecord } from './scheme.storage';

/** Schemes and their assignments down the tree; versions are written by approved filings (filing.service). */
export class SchemeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    /** Read at call time: the shared peer URLs may be filled in after wiring. */
    private readonly ledgerUrl: () => string,
  ) {}

  list(ctx: RequestContext): Promise<SchemeRecord[]> {
    return storage.listSchemes(this.dataSource.manager, callerDistricts(ctx.caller));
  }

  /** From `effectiveFrom`, the organisation and every node below it without its own assignment use this version. */
  async assign(ctx: RequestContext, organizationId: string, schemeVersionId: string, effectiveFrom: string): Promise<AssignmentRecord> {
    const org = await organizationInScope(this.ledgerUrl(), ctx, organizationId);
    if (!mayDecide(ctx.caller, org)) {
      throw new SchemeError(SchemeErrorCode.FORBIDDEN, `只有“${org.name}”的上级党组织可以指定它执行的方案；本组织自己的方案经上级批准后自动生效`, { organizationId });
    }
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
}
