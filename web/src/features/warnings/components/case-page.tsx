import { Alert, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorResult } from '../../../components/error-result';
import { Heading, QuietText } from '../../../components/heading';
import { Result } from '../../../components/result';
import { beijingDateTime } from '../../../lib/beijing-time';
import { labelOf } from '../../../lib/labels';
import { periodLabel } from '../../../lib/periods';
import type { Notice } from '../../accounts/components/console-header';
import { useCaseBranch, useWarningCase } from '../api/warning-case';
import {
  measureLabels,
  memberKindLabels,
  stageColors,
  stageDescriptions,
  stageLabels,
  triggerLabels,
} from '../model/labels';
import { CaseHistoryTable } from './case-history-table';
import { DisposalForm } from './disposal-form';
import { OutcomeForm } from './outcome-form';
import { HelperForm, InterviewForm, PlanForm, ReviseForm } from './step-forms';

/**
 * One warning case (/console/warnings/:id): what triggered it and in which periods, the step it waits for as a small
 * form (interview, helper, plan and its revisions, the outcome the next rating allows, the disposal steps), and its
 * full history with who and when.
 */
export default function CasePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useWarningCase(id);
  const c = query.data?.warningCase ?? null;
  const branch = useCaseBranch(c?.branchId ?? null);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!c) return <Result status="404" title="找不到该双预警" subTitle="该案件不存在，或不在您的管辖范围内。" />;
  const done = (text: string) => setNotice({ type: 'success', text });
  const step = { caseId: c.id, onDone: done };
  return (
    <div>
      <div>
        <Link to={`/console/warnings${location.search}`}>← 返回双预警</Link>
      </div>
      <Space align="baseline" style={{ margin: '12px 0' }} wrap>
        <Heading>{c.memberName}</Heading>
        <QuietText>
          {branch.data?.organization?.name ?? ''} {labelOf(memberKindLabels, c.memberKind)}
        </QuietText>
        <Tag color={stageColors[c.status]}>{labelOf(stageLabels, c.status)}</Tag>
        <QuietText>{labelOf(stageDescriptions, c.status)}</QuietText>
      </Space>
      {notice && (
        <Alert
          role="status"
          type="success"
          showIcon
          closable
          onClose={() => setNotice(null)}
          message={notice.text}
          style={{ marginBottom: 12 }}
        />
      )}
      {c.isOverdue && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="逾期"
          description={c.overdue.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      <Descriptions bordered size="small" column={2} aria-label="预警情况" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="起因">{labelOf(triggerLabels, c.trigger)}</Descriptions.Item>
        <Descriptions.Item label="该期总分">
          {periodLabel(c.periodKey)} {c.total === null ? '—' : `${c.total} 分`}
        </Descriptions.Item>
        <Descriptions.Item label="预警原因" span={2}>
          {c.triggerNote}
        </Descriptions.Item>
        <Descriptions.Item label="预警的各期">{c.warnedPeriods.map(periodLabel).join('、')}</Descriptions.Item>
        <Descriptions.Item label="预警日期">{String(c.openedOn)}</Descriptions.Item>
        <Descriptions.Item label="书记约谈期限">{String(c.interviewDue)}</Descriptions.Item>
        <Descriptions.Item label="约谈">
          {c.interviewedOn
            ? `${String(c.interviewedOn)} ${c.interviewedBy ?? ''}：${c.interviewNote ?? ''}`
            : '尚未约谈'}
        </Descriptions.Item>
        <Descriptions.Item label="帮扶人">
          {c.helperName ? `${c.helperName}（${String(c.pairedOn)} 结对）` : '尚未结对'}
        </Descriptions.Item>
        <Descriptions.Item label="整改计划">
          {c.plan ? `${c.plan}（${String(c.plannedOn)} 制定，期限 ${String(c.rectifyDeadline)}）` : '尚未制定'}
        </Descriptions.Item>
        <Descriptions.Item label="下一期评定">
          {c.nextTotal != null && c.nextPeriodKey
            ? `${periodLabel(c.nextPeriodKey)} ${c.nextTotal} 分`
            : '尚未记录（下一期评定确认时记录）'}
        </Descriptions.Item>
        <Descriptions.Item label="最近办理">
          {c.updatedByName} {beijingDateTime(c.updatedAt)}
        </Descriptions.Item>
        {c.disposalMeasure && (
          <Descriptions.Item label="处置" span={2}>
            {labelOf(measureLabels, c.disposalMeasure)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          {c.status === 'OPEN' && <InterviewForm {...step} />}
          {c.status === 'INTERVIEWED' && <HelperForm {...step} branchId={c.branchId} memberId={c.memberId} />}
          {c.status === 'HELPER_PAIRED' && <PlanForm {...step} />}
          {c.status === 'RECTIFYING' && (
            <>
              <OutcomeForm c={c} onDone={done} />
              <ReviseForm {...step} />
            </>
          )}
          {c.status === 'ESCALATED' && (
            // A new form after each step: its choices are the next steps of the procedure.
            <DisposalForm key={c.disposals.map((d) => d.steps.length).join('-')} c={c} onDone={done} />
          )}
          {(c.status === 'IMPROVED' || c.status === 'WITHDRAWN') && (
            <Alert type="success" showIcon message={`本案${labelOf(stageDescriptions, c.status)}，无须再办理`} />
          )}
        </Col>
        <Col xs={24} xl={14}>
          {c.planRevisions.length > 0 && (
            <Card size="small" title="整改计划修订记录" style={{ marginBottom: 16 }}>
              <Table
                aria-label="整改计划修订记录"
                size="small"
                rowKey="seq"
                pagination={false}
                dataSource={c.planRevisions}
                columns={[
                  { title: '次', key: 'seq', render: (_, r) => r.seq },
                  { title: '修订日期', key: 'on', render: (_, r) => String(r.revisedOn) },
                  { title: '决定', key: 'by', render: (_, r) => r.revisedBy },
                  { title: '理由', key: 'reason', render: (_, r) => r.reason },
                  {
                    title: '修订前 → 修订后',
                    key: 'change',
                    render: (_, r) => (
                      <div>
                        <div>
                          {r.planBefore}（{String(r.deadlineBefore)}）
                        </div>
                        <div>
                          → {r.plan}（{String(r.deadline)}）
                        </div>
                      </div>
                    ),
                  },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
      <Card size="small" title="办理记录">
        <CaseHistoryTable c={c} />
      </Card>
    </div>
  );
}
