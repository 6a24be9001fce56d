import { randomUUID } from 'node:crypto';
import {
  actorName,
  fetchOrganizations,
  isSameOrBelow,
  isWithinScope,
  nearestInForce,
  OrganizationRef,
  RequestContext,
} from '@jifen/kit';
import { yearOf } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { assertMayRate } from '../rating-access';
import { organizationNotFound, RatingError, RatingErrorCode } from '../rating-error';
import { checkCycle, checkRules, DEFAULT_RULES, QuotaRules } from './quota-rules';
import * as storage from './quota-policy.storage';
import { QuotaPolicyDraft, QuotaPolicyRecord } from './quota-policy.storage';
import { QuotaPolicy } from './quota-policy.type';

export interface SetQuotaPolicy extends QuotaRules {
  organizationId: string;
  cycle: number;
  reason?: string | null;
}

const SETTING_LEVELS = ['DISTRICT', 'TOWNSHIP'];

/** The policy in force for a node: its own or its nearest ancestor's, else the default shares. */
export function effectivePolicy(
  path: string,
  orgId: string,
  policies: readonly QuotaPolicyRecord[],
  cycle: number,
): QuotaPolicy {
  const found = nearestInForce(
    path,
    policies,
    (p) => p.organizationId,
    (p) => p.cycle,
    cycle,
  );
  if (!found)
    return {
      id: null,
      cycle,
      ...DEFAULT_RULES,
      organizationId: null,
      isDefault: true,
      inherited: false,
      reason: null,
      setAt: null,
      setByName: null,
    };
  const { districtId: _district, setBy: _by, ...policy } = found;
  return { ...policy, cycle, isDefault: false, inherited: found.organizationId !== orgId };
}

export class QuotaPolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    /** Read at call time: the shared peer URLs may be filled in after wiring. */
    private readonly ledgerUrl: () => string,
  ) {}

  currentCycle(): number {
    return yearOf(this.clock);
  }

  /**
   * The checks a policy passes before it is saved or previewed: the rules and cycle (every problem named at once),
   * the node (a township or district in scope, RATE on it) and the branches given their own shares (below it).
   */
  async checkDraft(
    ctx: RequestContext,
    input: SetQuotaPolicy,
    what: string,
  ): Promise<{ org: OrganizationRef; record: QuotaPolicyDraft }> {
    const rules = checkRules(input);
    const cycle = checkCycle(input.cycle);
    const overrideIds = input.overrides.map((o) => o.branchId);
    const [org, ...branches] = await fetchOrganizations(this.ledgerUrl(), ctx.token, [
      input.organizationId,
      ...overrideIds,
    ]);
    if (!org || !isWithinScope(ctx.caller, org.path)) throw organizationNotFound(input.organizationId);
    assertMayRate(ctx.caller, org.path, what, { organizationId: org.id });
    if (!SETTING_LEVELS.includes(org.level)) {
      throw new RatingError(
        RatingErrorCode.INVALID_QUOTA_POLICY,
        `星级名额比例由镇(街道)党(工)委或区设定，“${org.name}”不能设定`,
        { organizationId: org.id },
      );
    }
    branches.forEach((branch, i) => {
      if (!branch || branch.level !== 'BRANCH' || !isSameOrBelow(branch.path, org.path)) {
        throw new RatingError(
          RatingErrorCode.INVALID_QUOTA_POLICY,
          `单独核定名额的第 ${i + 1} 项不是“${org.name}”所属的党支部`,
          { branchId: overrideIds[i] },
        );
      }
    });
    const record: QuotaPolicyDraft = {
      districtId: org.districtId,
      organizationId: org.id,
      cycle,
      scope: rules.scope,
      rounding: rules.rounding,
      fiveStarPercent: rules.fiveStarPercent,
      fourStarPercent: rules.fourStarPercent,
      threeStarPercent: rules.threeStarPercent,
      baseFloor: rules.baseFloor,
      totalFloor: rules.totalFloor,
      tieBreakers: rules.tieBreakers,
      stillTied: rules.stillTied,
      overrides: rules.overrides.map((o) => ({
        branchId: o.branchId,
        fiveStarPercent: o.fiveStarPercent,
        fourStarPercent: o.fourStarPercent,
        threeStarPercent: o.threeStarPercent,
        reason: o.reason.trim(),
      })),
      interviewDays: rules.interviewDays,
      rectifyMonths: rules.rectifyMonths,
      reason: input.reason?.trim() || null,
      setBy: ctx.caller.subject,
    };
    return { org, record };
  }

  /** A township or district committee (RATE on the node) sets the shares from a cycle on; earlier settings stay as history. */
  async set(ctx: RequestContext, input: SetQuotaPolicy): Promise<QuotaPolicyRecord> {
    const { record: draft } = await this.checkDraft(ctx, input, '设定星级名额比例');
    const record = { id: randomUUID(), ...draft };
    const setAt = this.clock();
    await storage.insertPolicy(this.dataSource.manager, record, setAt);
    return { ...record, setAt: setAt.toISOString(), setByName: actorName(ctx.caller) };
  }
}
