import { fetchOrganizations, idsOnPath, OrganizationRef } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { EVERYTHING } from '../rating-access';
import { previousPeriodKeys } from './period-key';
import { BranchInput, SchemeFacts } from './rating-inputs';
import { confirmedResults } from './run-results.storage';

/** What a preview reads besides the scores: the branches and names from the ledger, the members' earlier grades. */

/** The branches by id, from the ledger. */
export async function branchesOf(
  ledgerUrl: string,
  token: string,
  ids: readonly string[],
): Promise<Map<string, BranchInput>> {
  const found = await fetchOrganizations(ledgerUrl, token, [...new Set(ids)]);
  return new Map(
    found
      .filter((b): b is OrganizationRef => b !== null)
      .map((b) => [b.id, { id: b.id, name: b.name, path: b.path, districtId: b.districtId }]),
  );
}

/** Names of these organisations: those already known, the others asked of the ledger. */
export async function namesOf(
  ledgerUrl: string,
  token: string,
  ids: readonly string[],
  known: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const names = new Map(known);
  const missing = [...new Set(ids)].filter((id) => !names.has(id));
  if (missing.length > 0)
    for (const org of await fetchOrganizations(ledgerUrl, token, missing)) if (org) names.set(org.id, org.name);
  return names;
}

/** Names of every node on the branches' paths (quota units are named after them). */
export function nodeNamesOf(
  ledgerUrl: string,
  token: string,
  branches: readonly BranchInput[],
): Promise<Map<string, string>> {
  return namesOf(
    ledgerUrl,
    token,
    branches.flatMap((b) => idsOnPath(b.path)),
    new Map(branches.map((b) => [b.id, b.name])),
  );
}

/** Each member's confirmed grades of the periods just before, oldest first, as far back as rules look and without a gap. */
export async function previousGradesOf(
  db: EntityManager,
  memberIds: readonly string[],
  period: string,
  schemes: ReadonlyMap<string, SchemeFacts>,
): Promise<Map<string, string[]>> {
  const longest = Math.max(
    1,
    ...[...schemes.values()].flatMap((s) => s.consequences.map((c) => c.when.consecutive ?? 1)),
  );
  const grades = new Map<string, string[]>();
  if (longest <= 1) return grades;
  const keys = previousPeriodKeys(period, longest - 1);
  const found = await confirmedResults(db, memberIds, keys, EVERYTHING);
  const byMember = new Map<string, Map<string, string>>();
  for (const r of found)
    if (r.gradeCode)
      (byMember.get(r.memberId) ?? byMember.set(r.memberId, new Map()).get(r.memberId)!).set(r.periodKey, r.gradeCode);
  for (const [memberId, byKey] of byMember) {
    let run: string[] = [];
    for (const key of keys) run = byKey.has(key) ? [...run, byKey.get(key)!] : [];
    grades.set(memberId, run);
  }
  return grades;
}
