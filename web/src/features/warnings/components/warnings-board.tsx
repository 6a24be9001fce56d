import { Alert, Card, Col, Empty, Row, Segmented, Skeleton, Statistic, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/error-result';
import { QuietText } from '../../../components/heading';
import { Result } from '../../../components/result';
import type { WarningBoardCaseFragment } from '../../../gql/graphql';
import { periodLabel } from '../../../lib/periods';
import { useViewParams } from '../../../lib/view-params';
import { useViewer } from '../../auth/api/viewer';
import { ConsoleHeader } from '../../accounts/components/console-header';
import { BOARD_LIMIT, useWarningBoard } from '../api/warning-board';
import { periodsOf, rollupFigures, stageCounts } from '../model/board';
import { labelOf } from '../../../lib/labels';
import {
  memberKindLabels,
  Stage,
  stageColors,
  stageDescriptions,
  stageLabels,
  STAGES,
  triggerLabels,
} from '../model/labels';

type Case = WarningBoardCaseFragment;
type Node = { id: string; name: string; children?: Node[] | null };

function namesOf(node: Node, into = new Map<string, string>()): Map<string, string> {
  into.set(node.id, node.name);
  for (const child of node.children ?? []) namesOf(child, into);
  return into;
}

/**
 * The warning cases board of the chosen node (the side tree's `?org=`, else the viewer's own): one period's cases by
 * stage, overdue ones marked with what is overdue and by how many days, and the figures the rating rollup gives.
 */
export default function WarningsBoard() {
  const viewer = useViewer().data?.me;
  const { organizationId } = useViewParams();
  const id = organizationId ?? viewer?.organizationId ?? '';
  const query = useWarningBoard(id);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const root = query.data?.organization ?? null;
  const all = useMemo(() => root?.warningCases ?? [], [root]);
  const names = useMemo(() => (root ? namesOf(root as Node) : new Map<string, string>()), [root]);
  const periods = useMemo(() => periodsOf(all), [all]);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!root) return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  if (!root.warningCases)
    return <Alert type="warning" showIcon message="评星定级服务暂时不可用，双预警暂缺，请稍后刷新" />;

  const asked = params.get('period');
  const period = asked && periods.includes(asked) ? asked : (periods[0] ?? null);
  const cases = all.filter((c) => c.periodKey === period);
  const counts = stageCounts(cases);
  const figures = rollupFigures(cases);
  const stage = STAGES.includes(params.get('stage') as Stage) ? (params.get('stage') as Stage) : 'ALL';
  const shown =
    stage === 'ALL' ? cases.filter((c) => c.status !== 'WITHDRAWN') : cases.filter((c) => c.status === stage);
  const withdrawn = cases.length - STAGES.reduce((sum, s) => sum + counts[s], 0);
  const choose = (name: 'period' | 'stage', value: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return next;
    });

  const columns: ColumnsType<Case> = [
    {
      title: '党员',
      key: 'member',
      render: (_, c) => (
        <div>
          <Link to={`/console/warnings/${c.id}${location.search}`}>{c.memberName}</Link>
          <div>
            <QuietText>{labelOf(memberKindLabels, c.memberKind)}</QuietText>
          </div>
        </div>
      ),
    },
    { title: '党支部', key: 'branch', render: (_, c) => names.get(c.branchId) ?? '—' },
    { title: '起因', key: 'trigger', render: (_, c) => labelOf(triggerLabels, c.trigger) },
    { title: '该期总分', key: 'total', align: 'right', render: (_, c) => (c.total === null ? '—' : `${c.total} 分`) },
    {
      title: '阶段',
      key: 'stage',
      render: (_, c) => (
        <div data-stage={stageLabels[c.status]}>
          <Tag color={stageColors[c.status]}>{labelOf(stageLabels, c.status)}</Tag>
          <div>
            <QuietText>{labelOf(stageDescriptions, c.status)}</QuietText>
          </div>
        </div>
      ),
    },
    {
      title: '逾期',
      key: 'overdue',
      render: (_, c) =>
        c.isOverdue ? (
          <div data-overdue="true">
            <Tag color="red">逾期</Tag>
            {c.overdue.map((line) => (
              <div key={line} style={{ color: '#cf1322' }}>
                {line}
              </div>
            ))}
          </div>
        ) : (
          <QuietText>未逾期</QuietText>
        ),
    },
    { title: '约谈期限', key: 'due', render: (_, c) => String(c.interviewDue) },
  ];

  return (
    <div>
      <ConsoleHeader title="双预警" scopeName={root.name} />
      {all.length >= BOARD_LIMIT && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`案件超过 ${BOARD_LIMIT} 件，这里只列出最近的 ${BOARD_LIMIT} 件，计数可能不全：请在左侧选择下级组织查看`}
        />
      )}
      {period === null ? (
        <Empty description="本组织及下级还没有双预警：评定确认后，低于 50 分等须预警的党员在这里跟进" />
      ) : (
        <>
          <div style={{ marginBottom: 16 }}>
            <QuietText>评定期间 </QuietText>
            <Segmented
              aria-label="评定期间"
              value={period}
              options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
              onChange={(value) => choose('period', String(value))}
            />
          </div>
          <Row gutter={16} style={{ marginBottom: 16 }} aria-label="预警汇总">
            {[
              ['未结', figures.open, '待约谈、帮扶整改中，及处置尚未归档的'],
              ['其中逾期', figures.overdue, '约谈、整改期限或处置进度超过期限'],
              ['转入处置', figures.escalated, '转入不合格党员处置程序（含已归档）'],
              ['已结案', figures.closed, '已转化提高'],
            ].map(([title, value, note]) => (
              <Col span={6} key={title as string}>
                <Card size="small" data-figure={title}>
                  <Statistic title={title} value={value as number} suffix="件" />
                  <QuietText>{note}</QuietText>
                </Card>
              </Col>
            ))}
          </Row>
          <Tabs
            activeKey={stage}
            onChange={(key) => choose('stage', key === 'ALL' ? null : key)}
            items={[
              { key: 'ALL', label: <span data-tab="全部">全部 {cases.length - withdrawn}</span> },
              ...STAGES.map((s) => ({
                key: s,
                label: (
                  <span data-tab={stageLabels[s]} title={stageDescriptions[s]}>
                    {stageLabels[s]} {counts[s]}
                  </span>
                ),
              })),
            ]}
          />
          <Table
            aria-label="双预警案件"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={shown}
            loading={query.isFetching}
            rowClassName={(c) => (c.isOverdue ? 'warning-overdue' : '')}
            pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 件` }}
            locale={{ emptyText: '这一阶段没有案件' }}
            scroll={{ x: 'max-content' }}
          />
          {withdrawn > 0 && <QuietText>另有 {withdrawn} 件因更正后的评定不再触发已撤销，不计入以上各阶段。</QuietText>}
        </>
      )}
    </div>
  );
}
