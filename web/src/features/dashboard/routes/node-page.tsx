import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Col, Row, Skeleton } from 'antd';
import { useMemo } from 'react';
import { Panel } from '../../../components/panel';
import { Result } from '../../../components/result';
import { ErrorResult } from '../../../components/error-result';
import { nodeDashboardQuery, useNodeDashboard } from '../api/node-dashboard';
import { ChartPanel } from '../components/chart-panel';
import { FigureCards } from '../components/figure-cards';
import { MemberTable } from '../components/member-table';
import { NodeCharts } from '../components/node-charts';
import { PageHeader } from '../components/page-header';
import { RankingTable } from '../components/ranking-table';
import { useDashboardParams } from '../hooks/use-dashboard-params';
import { periodLabel } from '../../../lib/periods';
import { meanChart } from '../model/chart-options';
import { figureCardsOf } from '../model/figure-cards';
import { nodeFiguresOf } from '../model/node-figures';

const MEMBER_LEVELS = ['BRANCH', 'GROUP'];
const NO_TREND: never[] = [];

/**
 * A node of the tree for a period: a district or township with its children ranked, or a branch with its members.
 * Going to another node keeps this view until the other's figures are here, then draws them into the same cards,
 * tables and charts (one chart instance per box, not a new one per node); pointing at a child fetches its figures.
 */
export function NodePage({ homeId }: { homeId: string }) {
  const { period, organizationId, nodeLink, memberLink } = useDashboardParams();
  const orgId = organizationId ?? homeId;
  const { data, error, isPending, refetch } = useNodeDashboard(orgId, period);
  const queryClient = useQueryClient();
  const prefetch = (id: string) => void queryClient.prefetchQuery(nodeDashboardQuery(id, period));
  // Derived once per answer (the query keeps an unchanged answer's identity), so that a render for another reason
  // (the address changing before the next node's figures are here) hands the charts the same options, not new ones
  // they would draw again.
  const org = data?.organization ?? null;
  const figures = useMemo(() => (org ? nodeFiguresOf(org) : null), [org]);
  const mean = useMemo(() => figures && meanChart(figures.children), [figures]);
  if (isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (error) return <ErrorResult error={error} onRetry={() => refetch()} />;
  if (!org || !figures || !mean)
    return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  const { node, children } = figures;
  const trail = [...(org.parent ? [{ label: org.parent.name, to: nodeLink(org.parent.id) }] : []), { label: org.name }];
  const hasMembers = MEMBER_LEVELS.includes(org.level);
  const trend = org.ratingRollup?.trend ?? NO_TREND;
  return (
    <div data-view={hasMembers ? 'branch' : 'node'}>
      <PageHeader
        title={org.name}
        subtitle={`${org.levelLabel} · ${periodLabel(period)}`}
        trail={trail}
        actions={
          org.level === 'BRANCH' && (
            <Button
              icon={<DownloadOutlined />}
              href={`/downloads/ledger/ledger-book.xlsx?organizationId=${encodeURIComponent(org.id)}&period=${encodeURIComponent(period)}`}
            >
              积分总台账
            </Button>
          )
        }
      />
      {!org.ratingRollup && (
        <Result status="warning" title="评星定级服务暂时不可用" subTitle="星级、双预警和走势暂缺，其余数字照常。" />
      )}
      <FigureCards cards={figureCardsOf(node)} />
      {hasMembers ? (
        <Panel title="党员积分" size="small" style={{ marginTop: 16 }}>
          <MemberTable key={org.id} branchId={org.id} period={period} memberLink={memberLink} />
        </Panel>
      ) : (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xxl={15}>
            <Panel title="下级组织排名（星级为获评/名额）" size="small">
              <RankingTable rows={children} linkTo={nodeLink} onPoint={prefetch} />
            </Panel>
          </Col>
          <Col xs={24} xxl={9}>
            <ChartPanel title="各下级平均分" {...mean} height={Math.max(240, children.length * 28)} />
          </Col>
        </Row>
      )}
      <NodeCharts node={node} children={hasMembers ? null : children} trend={trend} />
    </div>
  );
}
