import { templateByCode } from '@jifen/rules';
import { scoredKinds } from '../../../services/ledger/src/scoring/score-plan';
import { collectTableCases, ScoredCase } from '../../support/src/template-cases';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, OrgLevel } from './generated/api/graphql';

/**
 * The templates' hand-computed table cases, entered through the register as a branch would (declared,
 * reviewed, votes and conditions recorded): the period score the ledger keeps equals the table's.
 * Cases that need what a register does not hold as given facts (a rank, earlier grades, an exemption),
 * that score a period to date, or a period the scheme does not keep, are left to the preview test.
 */
function replayable(c: ScoredCase): boolean {
  const template = templateByCode(c.templateCode)!;
  const { facts, result } = c;
  return (
    result.period.complete &&
    !result.period.toDate &&
    !facts.exemption &&
    !(facts.previousGrades ?? []).length &&
    !facts.rank &&
    scoredKinds(template.rules).includes(result.period.kind) &&
    facts.entries.every((e) => e.date <= '2026-11-21')
  );
}

describe('template table cases entered through the register', () => {
  let platform: TestPlatform;
  const cases = collectTableCases().filter(replayable);
  const branches = new Map<string, string>();
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (level: OrgLevel, name: string, parentId: string | null) =>
      (
        await q(
          apiGraphql(
            `mutation RegisterReplayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          ),
          {
            input: { level, name, parentId },
          },
        )
      ).createOrganization.id as string;
    const district = await create('DISTRICT', '回放区', null);
    const town = await create('TOWNSHIP', '回放镇党委', district);
    for (const code of new Set(cases.map((c) => c.templateCode))) {
      const branch = await create('BRANCH', `${code} 党支部`, town);
      const filing = (
        await q('mutation($o: ID!, $c: String!) { adoptTemplate(organizationId: $o, templateCode: $c) { id } }', {
          o: branch,
          c: code,
        })
      ).adoptTemplate;
      await q('mutation($id: ID!) { submitFiling(id: $id) { id } }', { id: filing.id });
      await q('mutation($id: ID!) { approveFiling(id: $id, effectiveFrom: "2015-01-01") { id } }', { id: filing.id });
      branches.set(code, branch);
    }
  });
  afterAll(() => platform.stop());

  it('replays cases of every template', () => {
    expect(new Set(cases.map((c) => c.templateCode)).size).toBeGreaterThanOrEqual(6);
  });

  it('keeps each member’s period score equal to the table’s', async () => {
    let n = 0;
    for (const c of cases) {
      n += 1;
      const organizationId = branches.get(c.templateCode)!;
      const input: AddMemberInput = {
        organizationId,
        memberNo: `R${n}`,
        name: `回放${n}`,
        gender: 'FEMALE',
        kind: c.facts.memberKind,
        joinDate: c.facts.memberKind === 'ACTIVIST' ? null : '2010-07-01',
        birthDate: '1980-01-01',
      };
      const memberId = (
        await q(
          apiGraphql(`mutation RegisterReplayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
          { input },
        )
      ).addMember.id;
      const ids: string[] = [];
      for (const e of c.facts.entries) {
        const entry = {
          memberId,
          item: e.item,
          occurredOn: e.date,
          quantity: e.quantity,
          level: e.level,
          points: e.points,
          leading: e.leading,
          contributors: e.contributors,
          matter: e.matter,
        };
        const response = await platform.query(
          apiGraphql(
            `mutation RegisterReplayDeclareEntry($input: DeclareEntryInput!) { declareEntry(input: $input) { id } }`,
          ),
          { input: entry },
        );
        expect([c.templateCode, c.facts.period, e, response.errors ?? null]).toEqual([
          c.templateCode,
          c.facts.period,
          e,
          null,
        ]);
        ids.push(dataOf(response).declareEntry.id);
      }
      if (ids.length > 0)
        await q(
          apiGraphql(
            `mutation RegisterReplayReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }`,
          ),
          { ids },
        );
      if (c.facts.votes) {
        const counts = Object.entries(c.facts.votes).map(([level, count]) => ({ level, count }));
        await q(
          apiGraphql(
            `mutation RegisterReplayRecordReviewVotes($i: RecordReviewVotesInput!) { recordReviewVotes(input: $i) { id } }`,
          ),
          {
            i: { organizationId, period: c.facts.period, votes: [{ memberId, counts }] },
          },
        );
      }
      for (const condition of c.facts.conditions ?? []) {
        await q(
          apiGraphql(
            `mutation RegisterReplayRecordCondition($i: RecordConditionInput!) { recordCondition(input: $i) { id } }`,
          ),
          {
            i: {
              memberId,
              code: condition.code,
              occurredOn: condition.date,
              note: '经调查核实',
              approvedBy: '回放镇党委',
              approvedOn: condition.date,
            },
          },
        );
      }
      // A member with nothing recorded is scored when the branch refreshes its period (as an assembly does).
      if (ids.length === 0 && !c.facts.votes && !(c.facts.conditions ?? []).length)
        await q(
          apiGraphql(
            `mutation RegisterReplayRefreshScores($o: ID!, $p: String!) { refreshScores(organizationId: $o, period: $p) }`,
          ),
          {
            o: organizationId,
            p: c.facts.period,
          },
        );
      const score = (
        await q(
          apiGraphql(
            `query RegisterReplayMember($id: ID!, $p: String!) { member(id: $id) { score(period: $p) { total status grade { code } } } }`,
          ),
          { id: memberId, p: c.facts.period },
        )
      ).member!.score;
      expect([c.templateCode, c.facts.period, score]).toEqual([
        c.templateCode,
        c.facts.period,
        {
          total: c.result.total,
          status: c.result.status,
          grade: c.result.grade ? { code: c.result.grade.code } : null,
        },
      ]);
    }
  });
});
