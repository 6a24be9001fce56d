import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Panel } from '../../../components/panel';
import { messageOf } from '../../../lib/api-error';
import { useFilingDecisions } from '../api/filing-mutations';
import { DayPicker } from './day-picker';

/** 审核: approve from a date (with optional comments), or return for changes with comments (required). */
export function DecisionPanel({ filingId, what }: { filingId: string; what: string }) {
  const { approve, returnFiling } = useFilingDecisions();
  const navigate = useNavigate();
  const location = useLocation();
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [comments, setComments] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = approve.isPending || returnFiling.isPending;
  const back = (text: string) => navigate(`/console/filings${location.search}`, { state: { notice: { text } } });

  const onApprove = () => {
    if (!effectiveFrom) return setProblem('请选择生效日期');
    setProblem(null);
    approve.mutate(
      { id: filingId, effectiveFrom, comments: comments.trim() || null },
      {
        onSuccess: (data) =>
          back(
            `已批准${what}，成为第 ${data.approveFiling.approvedVersion?.version ?? '—'} 版，自 ${effectiveFrom} 起执行`,
          ),
        onError: (error) => setProblem(messageOf(error)),
      },
    );
  };
  const onReturn = () => {
    if (!comments.trim()) return setProblem('退回时要写明修改意见');
    setProblem(null);
    returnFiling.mutate(
      { id: filingId, comments: comments.trim() },
      {
        onSuccess: () => back(`已退回${what}，意见：${comments.trim()}`),
        onError: (error) => setProblem(messageOf(error)),
      },
    );
  };

  return (
    <Panel title="审核" size="small" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <DayPicker label="生效日期" placeholder="生效日期" onChange={setEffectiveFrom} width={200} />
        <Input.TextArea
          aria-label="审核意见"
          placeholder="审核意见（退回时必填）"
          rows={3}
          value={comments}
          maxLength={500}
          onChange={(e) => setComments(e.target.value)}
        />
        {problem && <Alert role="alert" type="error" showIcon message={problem} />}
        <Space>
          <Button type="primary" loading={approve.isPending} disabled={busy} onClick={onApprove}>
            批准
          </Button>
          <Button danger loading={returnFiling.isPending} disabled={busy} onClick={onReturn}>
            退回修改
          </Button>
        </Space>
      </Space>
    </Panel>
  );
}
