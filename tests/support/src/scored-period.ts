import { apiGraphql } from '../../api/src/generated/api';
import { entriesOf, Planned } from './planned-members';
import { dataOf, Document, TestPlatform } from './test-platform';

const ImportEntries = apiGraphql(
  `mutation ScoredPeriodImport($i: ImportEntriesInput!) { importEntries(input: $i) { id } }`,
);
const AcceptEntries = apiGraphql(`mutation ScoredPeriodAccept($ids: [ID!]!) {
  reviewEntries(input: { entryIds: $ids, accept: true }) { state }
}`);
const ConfirmAssembly = apiGraphql(`mutation ScoredPeriodAssembly($i: ConfirmAssemblyInput!) {
  confirmAssembly(input: $i) { id }
}`);
const Publish = apiGraphql(`mutation ScoredPeriodPublish($a: ID!, $s: Date!, $e: Date!) {
  publishScores(input: { assemblyId: $a, startsOn: $s, endsOn: $e }) { id }
}`);
const Close = apiGraphql(`mutation ScoredPeriodClose($w: ID!) { closePublicity(windowId: $w) { status } }`);

/**
 * Scores a period through the gateway as the platform itself, as branches do: each branch's entries imported from one
 * file and accepted, its assembly confirmed with every member present, its scores published and, once `closeAt` has
 * come, the publicity closed: the period's scores are final and ready to be rated.
 */

export interface PeriodEntry {
  item: string;
  on: string;
  points: number;
}

interface PeriodMember {
  no: string;
  name: string;
  id: string;
  entries: PeriodEntry[];
}

export interface ScoredPeriod {
  period: string;
  branches: { id: string; members: PeriodMember[] }[];
  meetingOn: string;
  publicity: { startsOn: string; endsOn: string };
  /** When the publicity is closed (after its last day). */
  closeAt: Date;
}

/** A district star-rating member's entries of a half-year (T8), spread over its months on the 15th. */
export function halfYearEntries(m: Planned, year: number, half: 1 | 2): PeriodEntry[] {
  return entriesOf(m).map((e, j) => ({
    item: e.item,
    points: e.points,
    on: `${year}-${String((half - 1) * 6 + (j % 6) + 1).padStart(2, '0')}-15`,
  }));
}

export async function scorePeriod(
  platform: TestPlatform,
  advance: (to: Date) => void,
  scored: ScoredPeriod,
): Promise<void> {
  const q = async <R, V>(query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const windows: string[] = [];
  for (const branch of scored.branches) {
    const rows = branch.members.flatMap((m) => m.entries.map((e) => `${m.no},${m.name},${e.item},${e.on},${e.points}`));
    const csv = `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`;
    const uploaded = await platform.upload(
      'import',
      csv,
      { organizationId: branch.id, fileName: '积分记录.csv' },
      { contentType: 'text/csv' },
    );
    const declared = (
      await q(ImportEntries, {
        i: { organizationId: branch.id, uploadId: uploaded.json.id },
      })
    ).importEntries;
    await q(AcceptEntries, {
      ids: declared.map((e) => e.id),
    });
    const assembly = (
      await q(ConfirmAssembly, {
        i: {
          organizationId: branch.id,
          period: scored.period,
          meetingOn: scored.meetingOn,
          attendeeIds: branch.members.map((m) => m.id),
        },
      })
    ).confirmAssembly;
    windows.push(
      (await q(Publish, { a: assembly.id, s: scored.publicity.startsOn, e: scored.publicity.endsOn })).publishScores.id,
    );
  }
  advance(scored.closeAt);
  for (const w of windows) await q(Close, { w });
}
