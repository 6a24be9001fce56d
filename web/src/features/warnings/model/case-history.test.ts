import { caseHistory, HistoryFacts } from './case-history';

const base: HistoryFacts = {
  history: [
    {
      seq: 1,
      kind: 'OPENED',
      periodKey: '2026-H1',
      note: '2026-H1 总分 45 分，低于 50 分',
      recordedBy: '平台',
      recordedAt: '2026-07-10T09:00:00.000Z',
    },
  ],
  planRevisions: [],
  disposals: [],
};

describe('a warning case history', () => {
  it('is the rating line alone for a new case, in Beijing time', () => {
    expect(caseHistory(base)).toEqual([
      {
        key: 'event-1',
        on: '2026-07-10',
        what: '评定确认，实行双预警',
        who: '平台',
        detail: '2026-H1 总分 45 分，低于 50 分',
        entered: '2026-07-10 17:00',
      },
    ]);
  });

  it('adds each step in the procedure’s order, the first plan as it was before its revision', () => {
    const lines = caseHistory({
      ...base,
      interviewedOn: '2026-07-20',
      interviewedBy: '王建国',
      interviewNote: '缺席组织生活',
      helperName: '李秀英',
      pairedOn: '2026-07-20',
      plan: '每月参加主题党日',
      plannedOn: '2026-07-20',
      rectifyDeadline: '2027-03-20',
      planRevisions: [
        {
          seq: 1,
          revisedOn: '2026-08-01',
          revisedBy: '党支部委员会',
          reason: '外出务工',
          deadline: '2027-03-20',
          planBefore: '按时参加“三会一课”',
          deadlineBefore: '2027-01-20',
          recordedAt: '2026-08-01T02:00:00.000Z',
        },
      ],
    });
    expect(lines.map((l) => [l.on, l.what, l.who])).toEqual([
      ['2026-07-10', '评定确认，实行双预警', '平台'],
      ['2026-07-20', '书记约谈', '王建国'],
      ['2026-07-20', '结对帮扶', '李秀英'],
      ['2026-07-20', '制定整改计划', '—'],
      ['2026-08-01', '修订整改计划（第 1 次）', '党支部委员会'],
    ]);
    expect(lines[3]!.detail).toBe('按时参加“三会一课”（整改期限 2027-01-20）');
    expect(lines[4]!.detail).toBe('理由：外出务工；整改期限 2027-03-20');
    expect(lines[4]!.entered).toBe('2026-08-01 10:00');
  });

  it('names the disposal steps with who decided and who entered them', () => {
    const lines = caseHistory({
      ...base,
      outcome: 'ESCALATED',
      outcomeOn: '2027-01-15',
      outcomeBy: '党支部委员会',
      outcomeNote: '经帮扶仍无转化提高',
      disposals: [
        {
          steps: [
            {
              seq: 1,
              measure: 'RECTIFY_DEADLINE',
              step: 'PROPOSED',
              decidedOn: '2027-01-28',
              decidedBy: '东一村党支部委员会',
              note: null,
              recordedByName: '东一村党支部 书记 张某',
              recordedAt: '2027-01-28T01:30:00.000Z',
            },
            {
              seq: 2,
              measure: 'RECTIFY_DEADLINE',
              step: 'ASSEMBLY_VOTED',
              decidedOn: '2027-02-10',
              decidedBy: '东一村党支部党员大会',
              note: '本人到会申辩',
              participants: [],
              approval: null,
              vote: { eligible: 6, present: 5, inFavour: 4, against: 1, abstain: 0 },
              recordedByName: '东一村党支部 书记 张某',
              recordedAt: '2027-02-10T01:30:00.000Z',
            },
          ],
        },
      ],
    });
    expect(lines.slice(1).map((l) => [l.on, l.what, l.who])).toEqual([
      ['2027-01-15', '认定整改结果：仍无转化提高，启动不合格党员处置程序', '党支部委员会'],
      [
        '2027-01-28',
        '限期改正：支委会提出处置意见并报基层党委备案',
        '东一村党支部委员会（登记：东一村党支部 书记 张某）',
      ],
      ['2027-02-10', '限期改正：党员大会表决', '东一村党支部党员大会（登记：东一村党支部 书记 张某）'],
    ]);
    expect(lines[3]!.detail).toBe('有表决权 6 人，到会 5 人，赞成 4、反对 1、弃权 0；本人到会申辩');
  });
});
