import { Spin } from 'antd';
import { ReactNode } from 'react';
import { messageOf } from '../../../lib/api-error';
import { useViewer } from '../../auth/api/viewer';
import { useNodeDashboard } from '../api/node-dashboard';
import { useDashboardParams } from '../hooks/use-dashboard-params';
import { beijingClock } from '../../../lib/beijing-time';
import { periodLabel } from '../../../lib/periods';
import { gradeChart, meanChart, starsChart, trendChart, warningsChart } from '../model/chart-options';
import { figureCardsOf } from '../model/figure-cards';
import { nodeFiguresOf } from '../model/node-figures';
import { ScaledStage } from './scaled-stage';
import { panelStyle, ScreenPanel } from './screen-panel';

const REFRESH_MS = 60_000;
const PANEL = 290;

function Message({ children }: { children: ReactNode }) {
  return (
    <div style={{ height: '100%', display: 'grid', placeItems: 'center', color: '#dbe8ff', fontSize: 36 }}>
      {children}
    </div>
  );
}

/** 数据大屏: the district's figures on the meeting-room screen, 1920×1080 scaled to the window, refreshed every minute. */
export default function BigScreen() {
  const { data: viewer } = useViewer();
  const { period, organizationId } = useDashboardParams();
  const orgId = organizationId ?? viewer?.me.organizationId ?? '';
  const { data, error, dataUpdatedAt } = useNodeDashboard(orgId, period, REFRESH_MS);
  const org = data?.organization;
  let body: ReactNode;
  if (error) body = <Message>{messageOf(error)}</Message>;
  else if (!data)
    body = (
      <Message>
        <Spin size="large" />
      </Message>
    );
  else if (!org) body = <Message>找不到该组织</Message>;
  else {
    const { node, children } = nodeFiguresOf(org);
    const cards = figureCardsOf(node);
    const trend = org.ratingRollup?.trend ?? [];
    body = (
      <div
        style={{
          padding: '16px 24px',
          display: 'flex',
          flexDirection: 'column',
          gap: 16,
          height: '100%',
          boxSizing: 'border-box',
        }}
      >
        <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', color: '#dbe8ff' }}>
          <h1 style={{ margin: 0, fontSize: 40, color: '#ffd666', letterSpacing: 4 }}>{org.name}党员积分与评星定级</h1>
          <div style={{ fontSize: 22 }}>
            {periodLabel(period)} · 更新于 {beijingClock(dataUpdatedAt)}
          </div>
        </header>
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${Math.ceil(cards.length / 2)}, 1fr)`, gap: 12 }}>
          {cards.map((card) => (
            <div key={card.key} data-card={card.key} style={{ ...panelStyle, padding: '8px 12px' }}>
              <div style={{ fontSize: 16, color: '#8fb3e8' }}>{card.title}</div>
              <div
                style={{
                  fontSize: 32,
                  fontWeight: 700,
                  color: card.tone === 'warn' ? '#ff7875' : card.tone === 'good' ? '#ffd666' : '#ffffff',
                }}
              >
                {card.value}
              </div>
            </div>
          ))}
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 16, flex: 1 }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <ScreenPanel title="各下级平均分" {...meanChart(children)} height={PANEL} />
            <ScreenPanel title="等次与分数段分布" {...gradeChart(node)} height={PANEL} />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <ScreenPanel title="各下级星级获评与名额" {...starsChart(children)} height={PANEL} />
            <ScreenPanel title="评定走势（近几期）" {...trendChart(trend)} height={PANEL} />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <ScreenPanel title="各下级双预警" {...warningsChart(children)} height={PANEL} />
            <RankingList rows={children} />
          </div>
        </div>
      </div>
    );
  }
  return <ScaledStage>{body}</ScaledStage>;
}

function RankingList({ rows }: { rows: ReturnType<typeof nodeFiguresOf>['children'] }) {
  const ranked = [...rows].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1)).slice(0, 8);
  return (
    <section style={{ ...panelStyle, flex: 1 }} aria-label="下级组织排名">
      <strong style={{ color: '#7fc4ff', fontSize: 20 }}>下级组织排名（平均分）</strong>
      <table style={{ width: '100%', fontSize: 18, marginTop: 8, borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ color: '#8fb3e8', textAlign: 'left' }}>
            <th>名次</th>
            <th>组织</th>
            <th style={{ textAlign: 'right' }}>计分</th>
            <th style={{ textAlign: 'right' }}>平均分</th>
            <th style={{ textAlign: 'right' }}>双预警</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r, i) => (
            <tr key={r.id} style={{ borderTop: '1px solid #12305f' }}>
              <td>{i + 1}</td>
              <td>{r.name}</td>
              <td style={{ textAlign: 'right' }}>{r.membersScored}</td>
              <td style={{ textAlign: 'right' }}>{r.mean ?? '—'}</td>
              <td style={{ textAlign: 'right' }}>{r.rating?.warnings.open ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
