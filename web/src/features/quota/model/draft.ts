import type {
  QuotaPolicyFieldsFragment,
  QuotaRounding,
  QuotaScope,
  QuotaStillTied,
  QuotaTieBreaker,
  SetQuotaPolicyInput,
} from '../../../gql/graphql';

/** One per-branch override as the form keeps it (a number left empty while typing is null). */
interface OverrideValues {
  branchId?: string | null;
  fiveStarPercent?: number | null;
  fourStarPercent?: number | null;
  threeStarPercent?: number | null;
  reason?: string | null;
}

/** The editor's form: the policy's settings, the tie order as one choice (tieOrderLabels' keys). */
export interface DraftValues {
  cycle?: number | null;
  fiveStarPercent?: number | null;
  fourStarPercent?: number | null;
  threeStarPercent?: number | null;
  scope?: QuotaScope;
  rounding?: QuotaRounding;
  baseFloor?: number | null;
  totalFloor?: number | null;
  tieOrder?: string;
  stillTied?: QuotaStillTied;
  overrides?: (OverrideValues | undefined)[];
  interviewDays?: number | null;
  rectifyMonths?: number | null;
  reason?: string | null;
}

/** The form pre-filled from a policy (the one in force, or a version of the history), for a cycle. */
export function valuesOf(policy: QuotaPolicyFieldsFragment, cycle: number): DraftValues {
  return {
    cycle,
    fiveStarPercent: policy.fiveStarPercent,
    fourStarPercent: policy.fourStarPercent,
    threeStarPercent: policy.threeStarPercent,
    scope: policy.scope,
    rounding: policy.rounding,
    baseFloor: policy.baseFloor,
    totalFloor: policy.totalFloor,
    tieOrder: policy.tieBreakers.join(','),
    stillTied: policy.stillTied,
    overrides: policy.overrides.map((o) => ({
      branchId: o.branchId,
      fiveStarPercent: o.fiveStarPercent,
      fourStarPercent: o.fourStarPercent,
      threeStarPercent: o.threeStarPercent,
      reason: o.reason,
    })),
    interviewDays: policy.interviewDays,
    rectifyMonths: policy.rectifyMonths,
    reason: '',
  };
}

const NUMBERS: [keyof DraftValues, string][] = [
  ['cycle', '执行年度'],
  ['fiveStarPercent', '五星比例'],
  ['fourStarPercent', '四星比例'],
  ['threeStarPercent', '三星比例'],
  ['baseFloor', '共性分下限'],
  ['totalFloor', '评星起点'],
  ['interviewDays', '约谈期限'],
  ['rectifyMonths', '整改期限'],
];

const OVERRIDE_NUMBERS: [keyof OverrideValues, string][] = [
  ['fiveStarPercent', '五星比例'],
  ['fourStarPercent', '四星比例'],
  ['threeStarPercent', '三星比例'],
];

const filled = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The draft as the API takes it, or what is still missing before it can be sent (an empty number, an override with
 * no branch chosen). Everything else (sums, floors, reasons, branches outside the committee) is the API's to judge,
 * so that the preview and the save say the same thing in the same words.
 */
export function draftInput(
  organizationId: string,
  values: DraftValues,
): { input: SetQuotaPolicyInput; missing: null } | { input: null; missing: string } {
  for (const [name, label] of NUMBERS) if (!filled(values[name])) return { input: null, missing: `请填写${label}` };
  const overrides = values.overrides ?? [];
  for (const [i, o] of overrides.entries()) {
    if (!o?.branchId) return { input: null, missing: `请为第 ${i + 1} 项单独核定选择党支部` };
    for (const [name, label] of OVERRIDE_NUMBERS)
      if (!filled(o[name])) return { input: null, missing: `请填写第 ${i + 1} 项单独核定的${label}` };
  }
  const tieOrder = values.tieOrder ?? 'BASE,STAR_POINTS';
  return {
    missing: null,
    input: {
      organizationId,
      cycle: values.cycle as number,
      fiveStarPercent: values.fiveStarPercent as number,
      fourStarPercent: values.fourStarPercent as number,
      threeStarPercent: values.threeStarPercent as number,
      scope: values.scope ?? 'BRANCH',
      rounding: values.rounding ?? 'HALF_UP',
      baseFloor: values.baseFloor as number,
      totalFloor: values.totalFloor as number,
      tieBreakers: tieOrder ? (tieOrder.split(',') as QuotaTieBreaker[]) : [],
      stillTied: values.stillTied ?? 'ALL_TAKE',
      overrides: overrides.map((o) => ({
        branchId: o!.branchId!,
        fiveStarPercent: o!.fiveStarPercent as number,
        fourStarPercent: o!.fourStarPercent as number,
        threeStarPercent: o!.threeStarPercent as number,
        reason: o!.reason ?? '',
      })),
      interviewDays: values.interviewDays as number,
      rectifyMonths: values.rectifyMonths as number,
      reason: values.reason?.trim() || null,
    },
  };
}
