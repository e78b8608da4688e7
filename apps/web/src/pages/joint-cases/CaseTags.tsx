import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function CaseStatusTag({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation();
  return <Tag color={status === 'closed' ? 'green' : 'blue'} data-testid="case-status" data-status={status}>{t(status === 'closed' ? 'jointCases.statusClosed' : 'jointCases.statusOpen')}</Tag>;
}

export function RoleTag({ role }: { role: 'lead' | 'co' }) {
  const { t } = useTranslation();
  return <Tag color={role === 'lead' ? 'volcano' : 'default'} variant={role === 'lead' ? 'solid' : 'outlined'}>{t(role === 'lead' ? 'jointCases.lead' : 'jointCases.co')}</Tag>;
}

/** Shares done of shares, as a bar and in words. */
export function CaseProgress({ done, total, compact }: { done: number; total: number; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="case-progress" data-testid="case-progress" data-done={done} data-total={total}>
      <Progress percent={total ? Math.round((done / total) * 100) : 0} size="small" showInfo={false} status={done === total && total > 0 ? 'success' : 'active'} style={{ width: compact ? 80 : 160, margin: 0 }} />
      <span className="muted">{t('jointCases.progress', { done, total })}</span>
    </span>
  );
}
