import { ledgerGraphql } from '../../api/src/generated/ledger';
import type { AddMemberInput, OrgLevel } from '../../api/src/generated/ledger/graphql';
import { ratingGraphql } from '../../api/src/generated/rating';
import { schemeGraphql } from '../../api/src/generated/scheme';
import { entriesOf, planned, Planned } from './planned-members';
import { dataOf, Document, TestPlatform } from './test-platform';

/**
 * A small district whose first half of 2026 is scored, published, closed and rated under the district star rating
 * (T8): two townships, three branches, fourteen members (three of them below 50, so three dual-warning cases). What
 * the dashboard tests read: rollups with named children, members' breakdowns with entries, ratings and cases. Tests
 * that rate it their own way start from its final scores (buildScoredDistrict), with members of their own if need be.
 */
export const RATED_PERIOD = '2026-H1';

export const RATED_BRANCHES: Record<'a' | 'b' | 'c', Planned[]> = {
  a: [
    planned('A1', '王建国', 58, 40),
    planned('A2', '李秀英', 55, 30),
    planned('A3', '张伟', 50, 22),
    planned('A4', '刘洋', 45, 20),
    planned('A5', '何亮', 35, 10),
    planned('A6', '高原', 30, 8),
  ],
  b: [
    planned('B1', '罗晓', 60, 35),
    planned('B2', '梁宇', 58, 30),
    planned('B3', '宋雨', 56, 25),
    planned('B4', '谢婷', 55, 20),
    planned('B5', '韩冰', 52, 10),
  ],
  c: [planned('C1', '周平', 58, 32), planned('C2', '马骏', 50, 20), planned('C3', '朱红', 32, 10)],
};

export type RatedOrgKey = 'district' | 'town' | 'sibling' | 'a' | 'b' | 'c';

export const RATED_NAMES: Record<RatedOrgKey, string> = {
  district: '汇总区',
  town: '东镇党委',
  sibling: '西镇党委',
  a: '东一村党支部',
  b: '东二村党支部',
  c: '西一村党支部',
};

export interface RatedDistrict {
  org: Record<RatedOrgKey, { id: string; path: string }>;
  /** Member ids by member number (A1 … C3). */
  members: Record<string, string>;
  /** The ids of each branch's imported entries, in the order of its members' entriesOf. */
  entries: Record<'a' | 'b' | 'c', string[]>;
}

/** Who is in the district: its members per branch and the names of its nodes (the defaults above unless given). */
export interface DistrictPlan {
  branches?: Record<'a' | 'b' | 'c', Planned[]>;
  names?: Record<RatedOrgKey, string>;
}

/**
 * Builds the district through the subgraphs as the platform itself, up to scores that are final: the entries are
 * dated in the half-year, imported and accepted, confirmed at the branch assembly of 2 July, published and the
 * publicity closed on 10 July. `advance(to)` moves the platform's clock; it is left at 2026-07-10T08:00Z.
 */
export async function buildScoredDistrict(
  platform: TestPlatform,
  advance: (to: Date) => void,
  plan: DistrictPlan = {},
): Promise<RatedDistrict> {
  const branches = plan.branches ?? RATED_BRANCHES;
  const names = plan.names ?? RATED_NAMES;
  const system = async <R, V>(service: 'ledger' | 'scheme' | 'rating', query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await platform.querySubgraph(service, query, variables));
  const org = {} as RatedDistrict['org'];
  const members: Record<string, string> = {};
  const entries = {} as RatedDistrict['entries'];
  const create = async (key: RatedOrgKey, level: OrgLevel, parent: RatedOrgKey | null) => {
    org[key] = (
      await system(
        'ledger',
        ledgerGraphql(
          `mutation RatedDistrictCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
        ),
        { input: { level, name: names[key], parentId: parent ? org[parent].id : null } },
      )
    ).createOrganization;
  };
  advance(new Date('2026-07-02T08:00:00Z'));
  await create('district', 'DISTRICT', null);
  await create('town', 'TOWNSHIP', 'district');
  await create('sibling', 'TOWNSHIP', 'district');
  await create('a', 'BRANCH', 'town');
  await create('b', 'BRANCH', 'town');
  await create('c', 'BRANCH', 'sibling');
  const windows: string[] = [];
  for (const key of ['a', 'b', 'c'] as const) {
    const branch = org[key].id;
    const planned = branches[key];
    const filing = (
      await system(
        'scheme',
        schemeGraphql(
          `mutation RatedDistrictAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "district-star-rating") { id } }`,
        ),
        { o: branch },
      )
    ).adoptTemplate;
    await system(
      'scheme',
      schemeGraphql(`mutation RatedDistrictSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`),
      { id: filing.id },
    );
    await system(
      'scheme',
      schemeGraphql(
        `mutation RatedDistrictApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }`,
      ),
      { id: filing.id },
    );
    const ids: string[] = [];
    for (const m of planned) {
      const input: AddMemberInput = {
        organizationId: branch,
        memberNo: m.no,
        name: m.name,
        gender: 'MALE',
        kind: 'FULL',
        joinDate: '2008-07-01',
        birthDate: '1978-03-01',
      };
      const id = (
        await system(
          'ledger',
          ledgerGraphql(`mutation RatedDistrictAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
          { input },
        )
      ).addMember.id;
      ids.push(id);
      members[m.no] = id;
    }
    const rows = planned.flatMap((m) =>
      entriesOf(m).map((e, j) => `${m.no},${m.name},${e.item},2026-0${(j % 6) + 1}-15,${e.points}`),
    );
    const csv = `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`;
    const uploaded = await platform.upload(
      'import',
      csv,
      { organizationId: branch, fileName: '积分记录.csv' },
      { contentType: 'text/csv' },
    );
    const declared = (
      await system(
        'ledger',
        ledgerGraphql(
          `mutation RatedDistrictImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }`,
        ),
        { i: { organizationId: branch, uploadId: uploaded.json.id } },
      )
    ).importEntries;
    entries[key] = declared.map((e) => e.id);
    await system(
      'ledger',
      ledgerGraphql(
        `mutation RatedDistrictReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }`,
      ),
      { ids: entries[key] },
    );
    const assembly = (
      await system(
        'ledger',
        ledgerGraphql(
          `mutation RatedDistrictConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }`,
        ),
        { i: { organizationId: branch, period: RATED_PERIOD, meetingOn: '2026-07-02', attendeeIds: ids } },
      )
    ).confirmAssembly;
    windows.push(
      (
        await system(
          'ledger',
          ledgerGraphql(
            `mutation RatedDistrictPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2026-07-03", endsOn: "2026-07-09" }) { id } }`,
          ),
          { a: assembly.id },
        )
      ).publishScores.id,
    );
  }
  advance(new Date('2026-07-10T08:00:00Z'));
  for (const w of windows)
    await system(
      'ledger',
      ledgerGraphql(`mutation RatedDistrictClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }`),
      { w },
    );
  return { org, members, entries };
}

/**
 * The scored district (buildScoredDistrict, with the default members and names), then rated once over the whole
 * district under the default quota policy, confirmed at 09:00 on 10 July.
 */
export async function buildRatedDistrict(platform: TestPlatform, advance: (to: Date) => void): Promise<RatedDistrict> {
  const district = await buildScoredDistrict(platform, advance);
  advance(new Date('2026-07-10T09:00:00Z'));
  const preview = dataOf(
    await platform.querySubgraph(
      'rating',
      ratingGraphql(
        `mutation RatedDistrictPreviewRating($o: ID!) { previewRating(organizationId: $o, period: "2026-H1") { id } }`,
      ),
      { o: district.org.district.id },
    ),
  ).previewRating;
  dataOf(
    await platform.querySubgraph(
      'rating',
      ratingGraphql(`mutation RatedDistrictConfirmRating($r: ID!) { confirmRating(runId: $r) { id } }`),
      { r: preview.id },
    ),
  );
  return district;
}
