import { Card, Descriptions, Empty, List } from 'antd';
import type { MemberDetailQuery } from '../../../gql/graphql';
import { labelOf, ratingStatusLabels, warningTriggerLabels } from '../../../lib/labels';
import { starLabel } from '../labels';

type Rating = NonNullable<NonNullable<MemberDetailQuery['member']>['rating']>;

/** The confirmed rating of the period and why each star was or was not given. */
export function RatingCard({ rating }: { rating: Rating | null }) {
  return (
    <Card title="评星定级" size="small">
      {!rating ? (
        <Empty description="本期尚无已确认的评定" />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label="星级">{starLabel(rating.stars)}</Descriptions.Item>
            <Descriptions.Item label="等次">{rating.grade?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="评定情况">{labelOf(ratingStatusLabels, rating.status)}</Descriptions.Item>
            <Descriptions.Item label="总分">{rating.total ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="共性分 / 评星分">
              {rating.base ?? '—'} / {rating.starPoints ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="名次">{rating.rank ?? '—'}</Descriptions.Item>
            {rating.warning && (
              <Descriptions.Item label="双预警">{labelOf(warningTriggerLabels, rating.warning)}</Descriptions.Item>
            )}
            {rating.consequences.length > 0 && (
              <Descriptions.Item label="结果运用">
                {rating.consequences.map((c) => c.label).join('、')}
              </Descriptions.Item>
            )}
          </Descriptions>
          <List
            size="small"
            header="为什么是这个结果"
            dataSource={rating.explanation}
            renderItem={(line) => <List.Item>{line}</List.Item>}
            aria-label="评定说明"
          />
        </>
      )}
    </Card>
  );
}
