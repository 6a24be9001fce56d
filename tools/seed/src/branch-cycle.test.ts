import { checkFacts, evaluate, Item, parsePeriodKey, RuleDocument, ScoreFacts } from '@jifen/rules';
import { BranchCycle, branchCycle, branchDeclarations, documentOf, MemberEntry } from './branch-cycle';
import { buildDistrictPlan, PlanBranch } from './district-plan';
import { EntryDraft } from './entries/entry-kit';
import { batchesByDate, batchesOf } from './entry-batches';
import { M_DISTRICT } from './scales';

const TODAY = '2026-11-21';
const plan = buildDistrictPlan(M_DISTRICT, TODAY);
/**
 * The branches whose cycles are drawn (drawing all 600 took most of this file's time): every 6th branch, so the
 * district's mix of schemes and sizes holds, and the first branch of each scheme, so every scheme is there.
 */
const firstOfScheme = new Set([...new Map(plan.branches.map((b) => [b.scheme, b.key] as const).reverse()).values()]);
const branches = plan.branches.filter((b, i) => i % 6 === 0 || firstOfScheme.has(b.key));
const members = branches.reduce((a, b) => a + b.members.length, 0);
const cycles = new Map<string, BranchCycle>(branches.map((b) => [b.key, branchCycle(plan, b)]));

const itemMaps = new WeakMap<RuleDocument, Map<string, Item>>();
function itemsOf(doc: RuleDocument): Map<string, Item> {
  const known = itemMaps.get(doc);
  if (known) return known;
  const items = new Map(
    doc.components
      .flatMap((c) => [...(c.items ?? []), ...(c.sections ?? []).flatMap((s) => s.items)])
      .map((i) => [i.code, i]),
  );
  itemMaps.set(doc, items);
  return items;
}

/** What the ledger checks of an entry's fields (entry-fields.ts), restated independently. */
function problemsOf(doc: RuleDocument, e: EntryDraft, from: string, to: string): string[] {
  const item = itemsOf(doc).get(e.item);
  if (!item) return [`no item ${e.item}`];
  const out: string[] = [];
  const p = item.points;
  if (!(e.occurredOn >= from && e.occurredOn <= to)) out.push(`date ${e.occurredOn} outside ${from}..${to}`);
  if (p.mode === 'DISCRETIONARY') {
    if (!(
      typeof e.points === 'number' &&
      e.points > 0 &&
      e.points <= p.max &&
      Math.abs(e.points * 10 - Math.round(e.points * 10)) < 1e-9
    ))
      out.push(`points ${e.points} of ${e.item}`);
  } else if (e.points !== undefined) out.push(`points given for ${e.item}`);
  if (p.mode === 'BY_LEVEL' ? !e.level || p.values[e.level] === undefined : e.level !== undefined)
    out.push(`level ${e.level} of ${e.item}`);
  if (e.leading && !item.leadingMultiplier) out.push(`leading on ${e.item}`);
  if (Boolean(item.highestPerMatter) !== Boolean(e.matter)) out.push(`matter on ${e.item}`);
  if (e.contributors !== undefined && !item.sharedAmongContributors) out.push(`contributors on ${e.item}`);
  if ((e.note ?? '').length > 500) out.push('note too long');
  return out;
}

function factsOf(
  entries: readonly MemberEntry[],
  votes: Record<string, number> | undefined,
  memberIndex: number,
  period: string,
): ScoreFacts {
  return {
    period,
    asOf: TODAY,
    memberKind: plan.members[memberIndex].kind,
    entries: entries.map((e, i) => ({
      id: String(i),
      item: e.draft.item,
      date: e.draft.occurredOn,
      ...withoutNote(e.draft),
    })),
    ...(votes ? { votes } : {}),
  };
}
const withoutNote = ({ item: _i, occurredOn: _o, note: _n, ...rest }: EntryDraft) => rest;

/** Each scored member's year under the engine, for the branches given. */
function yearTotals(branches: readonly PlanBranch[], period = String(plan.cycle)) {
  const out: { branch: PlanBranch; memberIndex: number; total: number; base: number | null }[] = [];
  for (const branch of branches) {
    const doc = documentOf(branch);
    const cycle = cycles.get(branch.key)!;
    const votes = new Map(cycle.votes.map((v) => [v.memberIndex, v.counts]));
    const byMember = new Map<number, MemberEntry[]>();
    for (const e of cycle.entries)
      (byMember.get(e.memberIndex) ?? byMember.set(e.memberIndex, []).get(e.memberIndex)!).push(e);
    for (const i of branch.members.filter((m) => !plan.members[m].exempt)) {
      const result = evaluate(doc, factsOf(byMember.get(i) ?? [], votes.get(i), i, period));
      out.push({ branch, memberIndex: i, total: result.total!, base: result.star?.base ?? null });
    }
  }
  return out;
}

describe('a branch’s cycle in the plan of M (a sample of its branches)', () => {
  it('records only entries the scheme in force accepts, dated in the cycle', () => {
    for (const branch of branches) {
      const doc = documentOf(branch);
      const year = parsePeriodKey(doc.cycle, String(plan.cycle))!;
      const problems = cycles.get(branch.key)!.entries.flatMap((e) => problemsOf(doc, e.draft, year.start, year.end));
      expect([branch.name, problems.slice(0, 3)]).toEqual([branch.name, []]);
    }
  });

  it('gives the engine valid facts for every scored member', () => {
    const sample = branches.filter((_, i) => i % 3 === 0);
    for (const branch of sample) {
      const cycle = cycles.get(branch.key)!;
      const votes = new Map(cycle.votes.map((v) => [v.memberIndex, v.counts]));
      for (const i of branch.members.filter((m) => !plan.members[m].exempt)) {
        const facts = factsOf(
          cycle.entries.filter((e) => e.memberIndex === i),
          votes.get(i),
          i,
          String(plan.cycle),
        );
        expect(checkFacts(documentOf(branch), facts)).toEqual([]);
      }
    }
  });

  it('has about 40 entries per member, only scored members have any, and a member’s entries come together', () => {
    const entries = [...cycles.values()].reduce((a, c) => a + c.entries.length, 0);
    expect(entries / members).toBeGreaterThan(36);
    expect(entries / members).toBeLessThan(44);
    for (const branch of branches) {
      const seen = cycles.get(branch.key)!.entries.map((e) => e.memberIndex);
      expect(seen.every((i) => !plan.members[i].exempt && plan.members[i].branchKey === branch.key)).toBe(true);
      expect(seen.filter((i, k) => k > 0 && i !== seen[k - 1]).length).toBe(new Set(seen).size - (seen.length ? 1 : 0));
    }
  });

  it('scores most members 60–95, about 4% below 50 (dual warnings), under several schemes', () => {
    const totals = yearTotals(branches);
    const share = (test: (t: number) => boolean) => totals.filter((t) => test(t.total)).length / totals.length;
    expect(share((t) => t < 50)).toBeGreaterThan(0.025);
    expect(share((t) => t < 50)).toBeLessThan(0.055);
    expect(share((t) => t >= 60 && t <= 95)).toBeGreaterThan(0.75);
    for (const t of totals)
      expect([plan.members[t.memberIndex].tail, t.total < 50]).toEqual([t.total < 50, t.total < 50]);
    expect(new Set(totals.map((t) => t.branch.scheme)).size).toBe(8);
  });

  it('leaves more members eligible for stars in a half-year than the 45% of places, so that the quotas bite', () => {
    const rated = branches.filter((b) => b.scheme === 'district-star-rating');
    const halves = yearTotals(rated, `${plan.cycle}-H2`);
    const eligible = halves.filter((t) => t.base! >= 50 && t.total >= 70).length / halves.length;
    expect(eligible).toBeGreaterThan(0.55);
    expect(halves.filter((t) => t.total < 50).length).toBeGreaterThan(0);
  });

  it('records votes from at least five voters for each member where the scheme has a democratic review', () => {
    for (const branch of branches) {
      const review = documentOf(branch).components.some((c) => c.kind === 'REVIEW');
      const votes = cycles.get(branch.key)!.votes;
      const scored = branch.members.filter((i) => !plan.members[i].exempt).length;
      expect([branch.scheme, votes.length]).toEqual([branch.scheme, review ? scored : 0]);
      for (const v of votes) expect(Object.values(v.counts).reduce((a, b) => a + b, 0)).toBe(Math.max(5, scored));
    }
  });

  it('holds assemblies per the scheme’s period with a quorum of full members, published for its days and over before today', () => {
    const kinds = new Map<string, number>();
    for (const branch of branches) {
      const doc = documentOf(branch);
      const assemblies = cycles.get(branch.key)!.assemblies;
      kinds.set(branch.scheme, assemblies.length);
      const full = branch.members.filter((i) => plan.members[i].kind === 'FULL');
      for (const a of assemblies) {
        const period = parsePeriodKey(doc.cycle, a.period)!;
        expect(a.meetingOn > period.end && a.meetingOn < a.startsOn && a.endsOn < TODAY).toBe(true);
        expect((Date.parse(a.endsOn) - Date.parse(a.startsOn)) / 86_400_000 + 1).toBeGreaterThanOrEqual(
          doc.workflow.publicityDays,
        );
        expect(
          a.attendees.every((i) => plan.members[i].branchKey === branch.key && plan.members[i].kind !== 'ACTIVIST'),
        ).toBe(true);
        expect(a.attendees.filter((i) => plan.members[i].kind === 'FULL').length * 2).toBeGreaterThan(full.length);
      }
    }
    expect(Object.fromEntries(kinds)).toEqual({
      'district-star-rating': 2,
      'town-attendance': 2,
      'district-office': 2,
      'pioneer-index': 4,
      'culture-bureau': 4,
      'enterprise-quarterly': 4,
      'college-branch': 4,
      'finance-bureau': 4,
    });
  });

  it('leaves about 2% declared and awaiting review today, dated in the last weeks; about 0.5% rejected in the cycle', () => {
    let entries = 0;
    let pending = 0;
    let rejected = 0;
    for (const branch of branches) {
      const count = cycles.get(branch.key)!.entries.length;
      const doc = documentOf(branch);
      const next = parsePeriodKey(doc.cycle, String(plan.cycle + 1))!;
      const year = parsePeriodKey(doc.cycle, String(plan.cycle))!;
      const p = branchDeclarations(plan, branch, 'pending', count);
      const r = branchDeclarations(plan, branch, 'rejected', count);
      for (const e of p)
        expect(problemsOf(doc, e.draft, next.start > '2026-10-27' ? next.start : '2026-10-27', TODAY)).toEqual([]);
      for (const e of r) expect(problemsOf(doc, e.draft, year.start, year.end)).toEqual([]);
      entries += count;
      pending += p.length;
      rejected += r.length;
    }
    expect(pending / entries).toBeCloseTo(0.02, 2);
    expect(rejected / entries).toBeCloseTo(0.005, 2);
  });

  it('draws the same cycle again for the same plan', () => {
    const branch = branches[17];
    expect(branchCycle(plan, branch)).toEqual(cycles.get(branch.key));
  });
});

describe('batches of entries', () => {
  const entry = (memberIndex: number): MemberEntry => ({ memberIndex, draft: { item: 'x', occurredOn: '2025-01-01' } });

  it('keeps a member’s entries in one batch of at most 1,000, splitting only a member who alone has more', () => {
    const entries = [...Array(600).fill(1), ...Array(500).fill(2), ...Array(2500).fill(3), ...Array(10).fill(4)].map(
      entry,
    );
    expect(batchesOf(entries).map((b) => [b.length, [...new Set(b.map((e) => e.memberIndex))]])).toEqual([
      [600, [1]],
      [500, [2]],
      [1000, [3]],
      [1000, [3]],
      [510, [3, 4]],
    ]);
    expect(batchesOf([])).toEqual([]);
  });

  it('cuts entries in date order into batches of at most so many days and entries (the demo’s batches)', () => {
    const entry = (memberIndex: number, occurredOn: string): MemberEntry => ({
      memberIndex,
      draft: { item: 'study', occurredOn },
    });
    const days = Array.from({ length: 10 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
    // Two members, their entries interleaved in time, given member after member.
    const entries = [...days.map((d) => entry(1, d)), ...days.map((d) => entry(2, d))];
    const batches = batchesByDate(entries, 4);
    expect(batches.map((b) => [...new Set(b.map((e) => e.draft.occurredOn))].length)).toEqual([4, 4, 2]);
    expect(batches.map((b) => b.length)).toEqual([8, 8, 4]);
    expect(batches.flat().map((e) => e.draft.occurredOn)).toEqual([...days.flatMap((d) => [d, d])]);
    expect(batchesByDate(entries, 100, 6).map((b) => b.length)).toEqual([6, 6, 6, 2]);
    expect(batchesByDate([], 4)).toEqual([]);
  });
});
