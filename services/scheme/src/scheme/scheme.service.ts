import { randomUUID } from 'node:crypto';
import { idsOnPath, RequestContext } from '@jifen/kit';
import { DataSource } from 'typeorm';
import { refuseAssignment } from '../visibility/refusals';
import { schemeVisibility } from '../visibility/scheme-visibility';
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

  /** The schemes in the caller's view: those on the caller's path and those inside its scope. */
  list(ctx: RequestContext): Promise<SchemeRecord[]> {
    return storage.listSchemes(this.dataSource.manager, schemeVisibility(ctx.caller));
  }

  /**
   * From `effectiveFrom`, the organisation and every node below it without its own assignment use this
   * version. An upper level's decision (Right.APPROVE below itself, as for approving a filing): with
   * DRAFT_SCHEME a branch could put an unfiled scheme in force for itself. The version must be of a
   * scheme of the organisation or of a node above it, so that whoever sees the organisation also sees
   * the rules it runs.
   */
  async assign(
    ctx: RequestContext,
    organizationId: string,
    schemeVersionId: string,
    effectiveFrom: string,
  ): Promise<AssignmentRecord> {
    const org = await organizationInScope(this.ledgerUrl(), ctx, organizationId);
    if (!mayDecide(ctx.caller, org)) throw refuseAssignment(org, { organizationId });
    const view = schemeVisibility(ctx.caller);
    return this.dataSource.transaction(async (db) => {
      const [version] = await storage.findVersions(db, [schemeVersionId], view);
      if (!version)
        throw new SchemeError(
          SchemeErrorCode.SCHEME_VERSION_NOT_FOUND,
          `找不到编号为 ${schemeVersionId} 的方案版本，或您无权访问它`,
          { schemeVersionId },
        );
      const [scheme] = await storage.findSchemes(db, [version.schemeId], null);
      if (!idsOnPath(org.path).includes(scheme.ownerOrganizationId)) {
        throw new SchemeError(
          SchemeErrorCode.INVALID_SCHEME,
          `只能指定“${org.name}”本组织或其上级组织的方案；“${scheme.name}”属于其他组织，请复制（copyEffectiveScheme）或从模板新建后报上级审核备案`,
          { organizationId, schemeVersionId },
        );
      }
      if (await storage.assignmentAt(db, org.id, effectiveFrom)) {
        throw new SchemeError(
          SchemeErrorCode.ASSIGNMENT_EXISTS,
          `“${org.name}”在 ${effectiveFrom} 已有生效的方案；请选择另一个生效日期`,
          { organizationId, effectiveFrom },
        );
      }
      const record: AssignmentRecord = {
        id: randomUUID(),
        districtId: org.districtId,
        organizationId: org.id,
        schemeVersionId: version.id,
        effectiveFrom,
      };
      await storage.insertAssignment(db, record, ctx.caller.subject, this.clock());
      return record;
    });
  }
}
