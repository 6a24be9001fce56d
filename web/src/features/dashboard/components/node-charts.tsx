import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { gradeChart, starsChart, TrendPoint, trendChart, warningsChart } from '../model/chart-options';
import { NodeFigures } from '../model/node-figures';
import { ChartPanel } from './chart-panel';

/** The grade distribution, stars against quota and warnings per child, and the trend over the last periods. */
export function NodeCharts({
  node,
  children,
  trend,
}: {
  node: NodeFigures;
  children: NodeFigures[] | null;
  trend: readonly TrendPoint[];
}) {
  // Options only change with the figures: the charts draw again only when they do.
  const grades = useMemo(() => gradeChart(node), [node]);
  const trendSpec = useMemo(() => trendChart(trend), [trend]);
  const stars = useMemo(() => children && starsChart(children), [children]);
  const warnings = useMemo(() => children && warningsChart(children), [children]);
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} xl={12}>
        <ChartPanel title="等次与分数段分布" {...grades} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel title="评定走势（近几期）" {...trendSpec} />
      </Col>
      {stars && (
        <Col xs={24} xl={12}>
          <ChartPanel title="各下级星级获评与名额" {...stars} />
        </Col>
      )}
      {warnings && (
        <Col xs={24} xl={12}>
          <ChartPanel title="各下级双预警" {...warnings} />
        </Col>
      )}
    </Row>
  );
}
