import { Button, DatePicker, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { ErrorResult } from '../../../components/error-result';
import { QuietText } from '../../../components/heading';
import type { AuditLogQuery } from '../../../gql/graphql';
import { beijingDateTime } from '../../../lib/beijing-time';
import { labelOf, roleLabels } from '../../../lib/labels';
import { useAuditLog } from '../api/audit-log';
import { useConsoleScope } from '../api/use-console-scope';
import { AuditFilter, choicesOf, filterAudit, reachedStart, untilOf } from '../model/audit-filter';
import { operationLabel, OutcomeGroup, outcomeLabel } from '../model/audit-labels';
import { auditTarget } from '../model/audit-target';
import { ConsoleHeader } from './console-header';

type Event = NonNullable<AuditLogQuery['organization']>['auditLog'][number];

const serviceLabels: Record<string, string> = { ledger: '台账', scheme: '积分方案', rating: '评星定级' };

/**
 * The audit log of the scope (the filters stay drawn while another stretch of the log is read), newest first, readable: who (by their signature), what (in Chinese), on whom, when
 * (Beijing time), how it ended; filtered by who, what, the days and the outcome. The days are asked of the API (the
 * log is read back from the last chosen day); the rest filter what has been read, and more can be read.
 */
export default function AuditPage() {
  const { id, root, scope } = useConsoleScope();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(id, untilOf(filter));
  const events = useMemo(() => log.data?.pages.flatMap((page) => page.organization?.auditLog ?? []) ?? [], [log.data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of scope?.accounts ?? []) map.set(a.id, a.label).set(`username:${a.username}`, a.label);
    for (const k of scope?.keys ?? []) map.set(k.id, k.name);
    return map;
  }, [scope]);
  const shown = useMemo(() => filterAudit(events, filter), [events, filter]);
  const set = (change: Partial<AuditFilter>) => setFilter((previous) => ({ ...previous, ...change }));
  const oldest = events[events.length - 1]?.at;
  const more = log.hasNextPage && !reachedStart(filter, oldest);
  const columns: ColumnsType<Event> = [
    { title: '时间（北京）', key: 'at', width: 150, render: (_, e) => beijingDateTime(e.at) },
    {
      title: '操作者',
      key: 'who',
      render: (_, e) => (
        <div>
          <div>{e.subjectName}</div>
          <QuietText>{e.keyId ? '以密钥调用' : labelOf(roleLabels, e.role)}</QuietText>
        </div>
      ),
    },
    {
      title: '操作',
      key: 'what',
      render: (_, e) => (
        <div>
          <div>{operationLabel(e.kind, e.operation)}</div>
          <QuietText>{serviceLabels[e.service] ?? '平台'}</QuietText>
        </div>
      ),
    },
    { title: '对象', key: 'target', render: (_, e) => auditTarget(e, names) },
    {
      title: '结果',
      key: 'outcome',
      render: (_, e) => {
        const outcome = outcomeLabel(e.outcome);
        return <Tag color={outcome.group === 'OK' ? 'success' : 'error'}>{outcome.label}</Tag>;
      },
    },
  ];
  return (
    <div>
      <ConsoleHeader title="审计日志" scopeName={root?.name ?? ''} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="操作者"
          allowClear
          showSearch
          placeholder="操作者"
          style={{ width: 280 }}
          value={filter.who ?? undefined}
          onChange={(who?: string) => set({ who: who ?? null })}
          options={choicesOf(events, (e) => e.subjectName).map((v) => ({ value: v, label: v }))}
        />
        <Select
          aria-label="操作"
          allowClear
          showSearch
          placeholder="操作"
          style={{ width: 200 }}
          value={filter.what ?? undefined}
          onChange={(what?: string) => set({ what: what ?? null })}
          options={choicesOf(events, (e) => operationLabel(e.kind, e.operation)).map((v) => ({ value: v, label: v }))}
        />
        <DatePicker.RangePicker
          aria-label="日期"
          placeholder={['开始日期', '结束日期']}
          onChange={(_, days) => set({ days: days[0] && days[1] ? [days[0], days[1]] : null })}
        />
        <Select
          aria-label="结果"
          allowClear
          placeholder="结果"
          style={{ width: 120 }}
          value={filter.outcome ?? undefined}
          onChange={(outcome?: OutcomeGroup) => set({ outcome: outcome ?? null })}
          options={[
            { value: 'OK', label: '成功' },
            { value: 'REFUSED', label: '未成功' },
          ]}
        />
      </Space>
      {log.error ? (
        <ErrorResult error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <Table
            aria-label="审计日志"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={shown}
            loading={log.isFetching}
            pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 条` }}
            locale={{ emptyText: log.isPending ? '正在读取…' : '没有符合条件的记录' }}
            scroll={{ x: 'max-content' }}
          />
          {!log.isPending && (
            <div style={{ textAlign: 'center', marginTop: 12 }}>
              {more ? (
                <Button loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                  读取更早的记录
                </Button>
              ) : (
                <QuietText>已读到{filter.days ? '所选日期的' : ''}最早的记录</QuietText>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
