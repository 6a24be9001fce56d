import { randomUUID } from 'node:crypto';
import { fetchOrganizations, nearestInForce, RequestContext } from '@jifen/kit';
import { DataSource } from 'typeorm';
import { RatingError, RatingErrorCode } from '../rating-error';
import { checkCycle, checkShares, DEFAULT_SHARES, StarShares } from './quota-rules';
import * as storage from './quota-policy.storage';
import { QuotaPolicyRecord } from './quota-policy.storage';
import { QuotaPolicy } from './quota-policy.type';

export interface SetQuotaPolicy extends StarShares {
  organizationId: string;
  cycle: number;
  reason?: string | null;
}

const SETTING_LEVELS = ['DISTRICT', 'TOWNSHIP'];

/** The policy in force for a node: its own or its nearest ancestor's, else the default shares. */
export function effectivePolicy(path: string, orgId: string, policies: readonly QuotaPolicyRecord[], cycle: number): QuotaPolicy {
  const found = nearestInForce(path, policies, (p) => p.organizationId, (p) => p.cycle, cycle);
  if (!found) return { id: null, cycle, ...DEFAULT_SHARES, organizationId: null, isDefault: true, inherited: false, reason: null, setAt: null };
  return {
    id: found.id,
    cycle,
    fiveStarPercent: found.fiveStarPercent,
    fourStarPercent: found.fourStarPercent,
    threeStarPercent: found.threeStarPercent,
    organizationId: found.organizationId,
    isDefault: false,
    inherited: found.organizationId !== orgId,
    reason: found.reason,
    setAt: found.setAt,
  };
}

export class QuotaPolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    /** Read at call time: the shared peer URLs may be filled in after wiring. */
    private readonly ledgerUrl: () => string,
  ) {}

  currentCycle(): number {
    return this.clock().getUTCFullYear();
  }

  /** A township or district committee sets the shares from a cycle on; earlier settings stay as history. */
  async set(ctx: RequestContext, input: SetQuotaPolicy): Promise<QuotaPolicyRecord> {
    const shares = checkShares(input);
    const cycle = checkCycle(input.cycle);
    const [org] = await fetchOrganizations(this.ledgerUrl(), ctx.token, [input.organizationId]);
    if (!org) throw new RatingError(RatingErrorCode.ORGANIZATION_NOT_FOUND, `找不到编号为 ${input.organizationId} 的组织，或您无权访问它`, { id: input.organizationId });
    if (!SETTING_LEVELS.includes(org.level)) {
      throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, `星级名额比例由镇(街道)党(工)委或区设定，“${org.name}”不能设定`, { organizationId: org.id });
    }
    const record = {
      id: randomUUID(),
      districtId: org.districtId,
      organizationId: org.id,
      cycle,
      ...shares,
      reason: input.reason?.trim() || null,
      setBy: ctx.caller.subject,
    };
    const setAt = this.clock();
    await storage.insertPolicy(this.dataSource.manager, record, setAt);
    return { ...record, setAt: setAt.toISOString() };
  }
}
