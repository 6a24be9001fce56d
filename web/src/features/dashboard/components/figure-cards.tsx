import { Col, Row, Statistic } from 'antd';
import { Panel } from '../../../components/panel';
import { FigureCard } from '../model/figure-cards';

const colors = { warn: '#cf1322', good: '#d48806' };

/** The node's figures as a grid of cards. */
export function FigureCards({ cards }: { cards: FigureCard[] }) {
  return (
    <Row gutter={[12, 12]} aria-label="汇总数字">
      {cards.map((card) => (
        <Col key={card.key} xs={12} sm={8} md={6} lg={4} xxl={3}>
          <Panel size="small" data-card={card.key}>
            <Statistic
              title={card.title}
              value={card.value}
              valueStyle={{ fontSize: 22, color: card.tone ? colors[card.tone] : undefined }}
            />
          </Panel>
        </Col>
      ))}
    </Row>
  );
}
