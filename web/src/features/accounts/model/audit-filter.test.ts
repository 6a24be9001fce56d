import { filterAudit, reachedStart, untilOf } from './audit-filter';
import { operationLabel, outcomeLabel } from './audit-labels';

const event = (at: string, subjectName: string, operation: string, outcome = 'OK', kind = 'WRITE') => ({
  at,
  subjectName,
  kind,
  operation,
  outcome,
});

const log = [
  event('2026-03-10T15:59:59Z', '城关街道党工委 党(工)委 王某', 'createAccount'), // 23:59 on the 10th in Beijing
  event('2026-03-10T16:00:00Z', '城关街道党工委 党(工)委 王某', 'revokeApiKey'), // 00:00 on the 11th
  event('2026-03-09T01:00:00Z', '一支部 书记 张某', 'createAccount', 'FORBIDDEN'),
  event('2026-03-08T01:00:00Z', '一支部 书记 张某', 'ledger-book.xlsx', 'OK', 'EXPORT'),
];

describe('filtering the audit log', () => {
  it('by who', () => {
    expect(filterAudit(log, { who: '一支部 书记 张某' }).map((e) => e.at)).toEqual([
      '2026-03-09T01:00:00Z',
      '2026-03-08T01:00:00Z',
    ]);
  });

  it('by what, in Chinese', () => {
    expect(filterAudit(log, { what: '开设账号' })).toHaveLength(2);
    expect(filterAudit(log, { what: '导出积分总台账' })).toHaveLength(1);
  });

  it('by Beijing days, both ends included', () => {
    expect(filterAudit(log, { days: ['2026-03-09', '2026-03-10'] }).map((e) => e.operation)).toEqual([
      'createAccount',
      'createAccount',
    ]);
    expect(untilOf({ days: ['2026-03-09', '2026-03-10'] })).toBe('2026-03-10T16:00:00.000Z');
    expect(untilOf({})).toBeNull();
  });

  it('by outcome', () => {
    expect(filterAudit(log, { outcome: 'REFUSED' }).map((e) => e.outcome)).toEqual(['FORBIDDEN']);
    expect(filterAudit(log, { outcome: 'OK' })).toHaveLength(3);
  });

  it('knows when the pages read reach back past the first day', () => {
    expect(reachedStart({ days: ['2026-03-09', '2026-03-10'] }, '2026-03-08T15:59:59Z')).toBe(true);
    expect(reachedStart({ days: ['2026-03-09', '2026-03-10'] }, '2026-03-08T16:00:00Z')).toBe(false);
    expect(reachedStart({}, '2026-03-08T16:00:00Z')).toBe(false);
  });
});

describe('audit entries in Chinese', () => {
  it.each([
    ['WRITE', 'setAccountDisabled', '停用或启用账号'],
    ['EXPORT', 'publicity-list.xlsx', '导出公示名单'],
    ['WRITE', 'somethingNew', '其他写操作'],
    ['EXPORT', 'new.xlsx', '导出文件'],
  ])('%s %s is %s', (kind, operation, label) => {
    expect(operationLabel(kind, operation)).toBe(label);
  });

  it.each([
    ['OK', '成功', 'OK'],
    ['NOT_RUN', '未执行（同一请求中前一项未成功）', 'REFUSED'],
    ['FORBIDDEN', '未成功：无权操作', 'REFUSED'],
    ['SOME_NEW_CODE', '未成功', 'REFUSED'],
  ])('outcome %s is %s', (outcome, label, group) => {
    expect(outcomeLabel(outcome)).toEqual({ label, group });
  });
});
