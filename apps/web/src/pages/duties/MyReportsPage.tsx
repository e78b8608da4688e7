import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { ReportFormModal } from './ReportFormModal.tsx';
import './duties.css';

export type PendingRow = RouterOutputs['duty']['mine']['items'][number];

/** 我的报送, for a phone first: one card per report owed, red once its deadline has passed. */
export default function MyReportsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [filling, setFilling] = useState<PendingRow | null>(null);
  const mine = useQuery({ ...trpc.duty.mine.queryOptions(), refetchInterval: 60_000 });
  return (
    <>
      <PageHeader title={t('duties.mineTitle')} subtitle={t('duties.mineSubtitle')} />
      {mine.error ? <QueryError error={mine.error} onRetry={() => void mine.refetch()} /> : !mine.data ? <Skeleton active /> : mine.data.items.length === 0 ? (
        <Card variant="borderless"><Empty description={t('duties.mineEmpty')} /></Card>
      ) : (
        <div className="duty-report-cards" data-testid="my-reports">
          {mine.data.items.map((r) => (
            <Card key={`${r.dutyId}|${r.orgUnitId}|${r.periodKey}`} variant="borderless" className={`duty-report-card duty-light-${r.light}`} data-testid="my-report">
              <h3>{r.dutyName}</h3>
              <p className="muted" style={{ margin: 0 }}>{r.unitName} · {t('duties.report.period')} <span className="mono">{r.periodKey}</span></p>
              <p className={r.light === 'red' ? 'duty-due-red' : ''} style={{ margin: '6px 0 10px' }}>
                {r.light === 'red' ? t('myWork.overdue') : t('myWork.due', { time: formatDateTime(r.deadline) })}
              </p>
              <Button type="primary" block size="large" onClick={() => setFilling(r)} data-testid="fill-report">{t('duties.fill')}</Button>
            </Card>
          ))}
        </div>
      )}
      {filling && <ReportFormModal row={filling} onClose={() => setFilling(null)} />}
    </>
  );
}
