import { Skeleton, Space } from 'antd';
import { Result } from '../../../components/result';
import { Navigate, useParams } from 'react-router';
import { ErrorResult } from '../../../components/error-result';
import { labelOf, memberKindLabels } from '../../../lib/labels';
import { useMemberDetail } from '../api/member-detail';
import { PageHeader } from '../components/page-header';
import { RatingCard } from '../components/rating-card';
import { ScoreBreakdown } from '../components/score-breakdown';
import { WarningCases } from '../components/warning-cases';
import { useDashboardParams } from '../hooks/use-dashboard-params';
import { periodLabel } from '../../../lib/periods';

/** One member's period: the breakdown by component with the entries behind it, the rating and why, any warning case. */
export function MemberView({ memberId, ownPage = false }: { memberId: string; ownPage?: boolean }) {
  const { period, nodeLink } = useDashboardParams();
  const { data, error, isPending, refetch } = useMemberDetail(memberId, period);
  if (isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (error) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const member = data.member;
  if (!member) return <Result status="404" title="找不到该党员" subTitle="该党员不存在，或不在您的管辖范围内。" />;
  const trail = [
    ...(member.organization && !ownPage
      ? [{ label: member.organization.name, to: nodeLink(member.organization.id) }]
      : []),
    { label: member.name },
  ];
  return (
    <div data-view="member">
      <PageHeader
        title={member.name}
        subtitle={`${labelOf(memberKindLabels, member.kind)} · ${member.organization?.name ?? ''} · ${periodLabel(period)}`}
        trail={trail}
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <ScoreBreakdown score={member.score ?? null} />
        <RatingCard rating={member.rating ?? null} />
        <WarningCases cases={member.warningCases} />
      </Space>
    </div>
  );
}

export function MemberPage() {
  const { memberId = '' } = useParams();
  const { organizationId, nodeLink } = useDashboardParams();
  // An organisation chosen in the shell's tree while a member is shown: that organisation's view.
  if (organizationId) return <Navigate to={nodeLink(organizationId)} replace />;
  return <MemberView memberId={memberId} />;
}
