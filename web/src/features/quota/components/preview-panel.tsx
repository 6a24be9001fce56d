import { Alert, Select, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { QuietText } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import type { QuotaPreviewQuery } from '../../../gql/graphql';
import { labelOf } from '../../../lib/labels';
import { periodLabel } from '../../../lib/periods';
import { basisLabels, changeKindLabels, starsLabel, statusLabels } from '../model/labels';

type Preview = QuotaPreviewQuery['previewQuotaPolicy'];
type Unit = Preview['units'][number];
type Member = Preview['members'][number];

const LEVELS = [5, 4, 3] as const;

function LevelCell({ unit, stars }: { unit: Unit; stars: number }) {
  const level = unit.levels.find((l) => l.stars === stars);
  if (!level) return <QuietText>—</QuietText>;
  return (
    <div data-stars={stars}>
      <div>
        <strong>{level.places}</strong> 个名额，获评 {level.taken} 人
        {level.overflow > 0 && <Tag color="orange">并列超出 {level.overflow} 人</Tag>}
      </div>
      {level.explanation && <QuietText>{level.explanation}</QuietText>}
    </div>
  );
}

const unitColumns: ColumnsType<Unit> = [
  {
    title: '核定单位',
    key: 'unit',
    render: (_, u) => (
      <div>
        <div>{u.name}</div>
        <QuietText>
          {labelOf(basisLabels, u.basis)}，{u.count} 人参加评星
        </QuietText>
      </div>
    ),
  },
  ...LEVELS.map((stars) => ({
    title: `${stars} 星`,
    key: `s${stars}`,
    render: (_: unknown, u: Unit) => <LevelCell unit={u} stars={stars} />,
  })),
];

/** A member's last line of explanation: why they got, or did not get, a star. */
const verdictOf = (m: Member) => m.explanation[m.explanation.length - 1] ?? '—';

const memberColumns: ColumnsType<Member> = [
  { title: '姓名', key: 'name', render: (_, m) => m.memberName },
  { title: '党支部', key: 'branch', render: (_, m) => m.branchName },
  { title: '总分', key: 'total', align: 'right', render: (_, m) => m.total ?? '—' },
  {
    title: '按草案',
    key: 'stars',
    render: (_, m) =>
      m.status === 'RATED' ? (
        <Tag color={m.stars ? 'gold' : undefined}>{starsLabel(m.stars)}</Tag>
      ) : (
        <QuietText>{labelOf(statusLabels, m.status)}</QuietText>
      ),
  },
  { title: '现行', key: 'standing', render: (_, m) => starsLabel(m.standingStars) },
  { title: '说明', key: 'why', render: (_, m) => <QuietText>{verdictOf(m)}</QuietText> },
];

/**
 * What the draft would give for the chosen period, nothing saved: the places of each quota unit with their
 * arithmetic, the changes against the standing rating, the branches whose scores are not final, and each member's
 * star with the explanation a click opens. While the next draft is tried the previous figures stay, marked so.
 */
export function PreviewPanel(props: {
  period: string;
  periods: string[];
  onPeriod: (period: string) => void;
  preview: Preview | undefined;
  loading: boolean;
  stale: boolean;
}) {
  const { preview } = props;
  const picker = (
    <Space>
      {props.loading && <Spin size="small" aria-label="正在试算" />}
      <Select
        aria-label="试算期间"
        value={props.period}
        style={{ width: 170 }}
        options={props.periods.map((p) => ({ value: p, label: periodLabel(p) }))}
        onChange={props.onPeriod}
      />
    </Space>
  );
  return (
    <Panel title="试算（未保存）" extra={picker} aria-busy={props.loading}>
      {!preview ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin />
        </div>
      ) : (
        <div style={{ opacity: props.stale ? 0.55 : 1, transition: 'opacity 0.2s' }}>
          {props.stale && (
            <Alert
              role="status"
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message="以下为上一次可试算的草案的结果"
            />
          )}
          <PreviewSummary preview={preview} />
          {preview.pendingBranches.length > 0 && (
            <Alert
              role="note"
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`${preview.pendingCount} 人的积分尚未确定，本次不参加试算`}
              description={
                <ul aria-label="积分尚未确定的党支部" style={{ margin: 0, paddingInlineStart: 18 }}>
                  {preview.pendingBranches.map((b) => (
                    <li key={b.branchId}>
                      {b.branchName}：{b.reason}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <h4 style={{ margin: '12px 0 8px' }}>各单位名额</h4>
          <Table
            aria-label="各单位名额"
            size="small"
            rowKey="unitId"
            columns={unitColumns}
            dataSource={preview.units}
            pagination={false}
            locale={{ emptyText: '该期间没有已确定的积分，没有可核定名额的单位' }}
          />
          <h4 style={{ margin: '16px 0 8px' }}>与现行评定相比</h4>
          {preview.changes.length === 0 ? (
            <QuietText>
              {preview.members.some((m) => m.standingStars !== null)
                ? '与现行评定相同，没有星级变化'
                : '本期尚无已确认的评定可比较'}
            </QuietText>
          ) : (
            <ul aria-label="与现行评定的差异" style={{ margin: 0, paddingInlineStart: 18 }}>
              {preview.changes.map((c) => (
                <li key={c.memberId}>
                  <Tag color={c.kind === 'CHANGED' ? 'blue' : 'default'}>{labelOf(changeKindLabels, c.kind)}</Tag>
                  {c.memberName}：{c.text}
                </li>
              ))}
            </ul>
          )}
          <h4 style={{ margin: '16px 0 8px' }}>每人星级（点击查看说明）</h4>
          <Table
            aria-label="每人星级"
            size="small"
            rowKey="memberId"
            columns={memberColumns}
            dataSource={preview.members}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 人` }}
            expandable={{
              expandRowByClick: true,
              expandedRowRender: (m) => (
                <ol aria-label={`${m.memberName}的说明`} style={{ margin: 0, paddingInlineStart: 18 }}>
                  {m.explanation.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ol>
              ),
            }}
            locale={{ emptyText: '没有参加评定的党员' }}
          />
        </div>
      )}
    </Panel>
  );
}

function PreviewSummary({ preview }: { preview: Preview }) {
  const { summary } = preview;
  return (
    <div aria-label="试算概况" style={{ marginBottom: 12 }}>
      {preview.organizationName} · {periodLabel(preview.period)}：{summary.rated} 人评定等次
      {summary.exempt > 0 && `，${summary.exempt} 人不纳入积分管理`}
      {summary.notGraded > 0 && `，${summary.notGraded} 人本期不评定等次`}
      <div>
        {summary.levels.map((l) => (
          <Tag key={l.stars} color="gold" style={{ marginTop: 6 }}>
            {l.stars} 星：名额 {l.places}，获评 {l.taken}
          </Tag>
        ))}
      </div>
    </div>
  );
}
