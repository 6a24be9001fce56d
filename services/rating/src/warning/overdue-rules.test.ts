import { OverdueFacts, overdueItems } from './overdue-rules';
import { DisposalMeasure, DisposalStepKind, WarningCaseStatus as S } from './warning-rules';

describe('what is overdue on a day', () => {
  const base: OverdueFacts = {
    status: S.OPEN,
    interviewDue: '2024-07-15',
    rectifyDeadline: null,
    outcomeOn: null,
    disposalMeasure: null,
    disposalStep: null,
    disposalStepOn: null,
    disposalDue: null,
  };
  const escalated = { ...base, status: S.ESCALATED, outcomeOn: '2025-01-10' };
  const rectify = { ...escalated, disposalMeasure: DisposalMeasure.RECTIFY_DEADLINE };

  it.each<[string, Partial<OverdueFacts>, string, string[]]>([
    ['an interview on its last day', {}, '2024-07-15', []],
    ['an interview a day late', {}, '2024-07-16', ['书记约谈逾期：应于 2024-07-15 前约谈，已逾期 1 天']],
    ['an interview recorded late', { status: S.INTERVIEWED }, '2024-09-01', []],
    [
      'a rectification past its deadline',
      { status: S.RECTIFYING, rectifyDeadline: '2025-01-01' },
      '2025-01-11',
      ['整改期限 2025-01-01 已过 10 天，尚未认定整改结果'],
    ],
    ['a rectification within its deadline', { status: S.RECTIFYING, rectifyDeadline: '2025-01-01' }, '2025-01-01', []],
    ['a closed case', { status: S.IMPROVED }, '2030-01-01', []],
    ['a withdrawn case', { status: S.WITHDRAWN }, '2030-01-01', []],
    ['an escalation 30 days without a proposal', escalated, '2025-02-09', []],
    [
      'an escalation 31 days without a proposal',
      escalated,
      '2025-02-10',
      ['2025-01-10 转入处置程序，已逾 30 天，支委会尚未提出处置意见'],
    ],
    [
      'a disposal stalled 60 days',
      { ...rectify, disposalStep: DisposalStepKind.TALKED, disposalStepOn: '2025-02-01' },
      '2025-04-02',
      [],
    ],
    [
      'a disposal stalled 61 days',
      { ...rectify, disposalStep: DisposalStepKind.TALKED, disposalStepOn: '2025-02-01' },
      '2025-04-03',
      ['“限期改正”处置自 2025-02-01（两名正式党员谈话）起 61 天无进展'],
    ],
    [
      'a rectification period running',
      { ...rectify, disposalStep: DisposalStepKind.NOTIFIED, disposalStepOn: '2025-03-01', disposalDue: '2025-09-01' },
      '2025-09-01',
      [],
    ],
    [
      'a rectification period ended without review',
      { ...rectify, disposalStep: DisposalStepKind.APPEALED, disposalStepOn: '2025-03-01', disposalDue: '2025-09-01' },
      '2025-09-03',
      ['限期改正期限已于 2025-09-01 届满（已过 2 天），“限期改正”尚未评估办结'],
    ],
    [
      'an archived disposal',
      { ...rectify, disposalStep: DisposalStepKind.ARCHIVED, disposalStepOn: '2025-03-01' },
      '2026-01-01',
      [],
    ],
  ])('%s', (_what, facts, today, items) => {
    expect(overdueItems({ ...base, ...facts }, today)).toEqual(items);
  });
});
