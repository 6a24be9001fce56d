import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Col, Descriptions, Row, Skeleton, Space, Timeline } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorResult } from '../../../components/error-result';
import { Heading, QuietText } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import { Result } from '../../../components/result';
import { beijingDateTime } from '../../../lib/beijing-time';
import { useFilingDetail, useTemplateRules } from '../api/filing-detail';
import { filingActionLabels, filingStatusLabels } from '../model/filing-labels';
import { revisionOf } from '../model/filing-queue';
import { diffRuleTables } from '../model/rule-diff';
import type { RuleDocument } from '../model/rule-document';
import { ruleTables } from '../model/rule-tables';
import { DecisionPanel } from './decision-panel';
import { RuleTablesView } from './rule-tables-view';
import { TryPanel } from './try-panel';

/**
 * One filing to decide: its rule document as tables with the differences from what it was drafted on (the version it
 * revises or copies, else the template it adopted), a 试算 panel, and the decision.
 */
export default function FilingPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useFilingDetail(id);
  const filing = query.data?.filing ?? null;
  const templateCode = filing && !filing.baseVersion ? (filing.scheme.templateCode ?? null) : null;
  const template = useTemplateRules(templateCode);
  const doc = filing ? (filing.rules as unknown as RuleDocument) : null;
  const tables = useMemo(() => (doc ? ruleTables(doc) : []), [doc]);
  const baseRules = (filing?.baseVersion?.rules ?? template.data?.schemeTemplate?.rules ?? null) as RuleDocument | null;
  const diff = useMemo(() => (baseRules ? diffRuleTables(tables, ruleTables(baseRules)) : null), [tables, baseRules]);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!filing || !doc)
    return <Result status="404" title="找不到该积分方案报审" subTitle="它不存在，或不在您的管辖范围内。" />;
  const orgName = filing.organization?.name ?? '—';
  const what = `${orgName}的“${filing.scheme.name}”`;
  const comparedWith = filing.baseVersion
    ? `“${filing.baseVersion.scheme.name}”第 ${filing.baseVersion.version} 版`
    : template.data?.schemeTemplate
      ? `模板“${template.data.schemeTemplate.name}”`
      : null;

  return (
    <div>
      <Space direction="vertical" style={{ marginBottom: 16 }}>
        <Link to={`/console/filings${location.search}`}>
          <ArrowLeftOutlined /> 返回待审核列表
        </Link>
        <Space align="baseline">
          <Heading>{filing.scheme.name}</Heading>
          <QuietText>
            {orgName} · {revisionOf(filing)} · {filingStatusLabels[filing.status]}
          </QuietText>
        </Space>
      </Space>
      <Row gutter={16}>
        <Col span={12}>
          <Panel title="报审经过" size="small" style={{ marginBottom: 16 }}>
            {filing.note && (
              <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
                <Descriptions.Item label="说明">{filing.note}</Descriptions.Item>
              </Descriptions>
            )}
            <Timeline
              items={filing.history.map((e) => ({
                children: (
                  <span>
                    {filingActionLabels[e.action]} · {e.actorName} · {beijingDateTime(e.at)}
                    {e.comment && <QuietText>（{e.comment}）</QuietText>}
                  </span>
                ),
              }))}
            />
          </Panel>
          {comparedWith && diff && (
            <Alert
              role="note"
              aria-label="与原方案的差异"
              type={diff.lines.length ? 'warning' : 'info'}
              showIcon
              style={{ marginBottom: 16 }}
              message={
                diff.lines.length
                  ? `与${comparedWith}相比，有 ${diff.lines.length} 处不同（下表中标出）`
                  : `与${comparedWith}相同`
              }
              description={
                diff.lines.length ? (
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {diff.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
        </Col>
        <Col span={12}>
          {filing.status === 'SUBMITTED' ? (
            <DecisionPanel filingId={filing.id} what={what} />
          ) : (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={`此方案${filingStatusLabels[filing.status]}，无需审核`}
            />
          )}
          <TryPanel filingId={filing.id} doc={doc} />
        </Col>
      </Row>
      <RuleTablesView tables={tables} diff={diff?.tables ?? null} />
    </div>
  );
}
