import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { LevelTag } from './level.tsx';
import { ReportModal } from './ReportModal.tsx';
import './warnings.css';

export type MineRow = RouterOutputs['warning']['mine']['waiting'][number];

/**
 * 我的预警, built for a phone (390 px): one card per warning and unit the user answers for, a
 * large 确认收到 button, and 回报情况 with a reading and a photo.
 */
export default function MyWarningsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reporting, setReporting] = useState<MineRow | null>(null);
  const mine = useQuery({ ...trpc.warning.mine.queryOptions(), refetchInterval: 30_000 });
  const ack = useMutation(trpc.warning.acknowledge.mutationOptions());
  const refresh = () => Promise.all([trpc.warning.pathKey(), trpc.workbench.warnings.pathKey()].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const acknowledge = (r: MineRow) =>
    ack.mutate({ recipientId: r.id, channel: 'phone' }, {
      onSuccess: async () => { message.success(t('warnings.ack.acknowledged')); await refresh(); },
      onError: (e) => message.error(errorMessage(e, t)),
    });

  return (
    <div className="warn-mine">
      <PageHeader title={t('warnings.ack.title')} subtitle={t('warnings.ack.subtitle')} />
      {mine.error ? <QueryError error={mine.error} onRetry={() => void mine.refetch()} /> : !mine.data ? <Skeleton active /> : (
        <>
          {mine.data.waiting.length === 0 && <Card variant="borderless"><Empty description={t('warnings.ack.nothing')} /></Card>}
          <div className="warn-cards" data-testid="my-warnings">
            {mine.data.waiting.map((r) => (
              <Card key={r.id} variant="borderless" className={`warn-card warn-card-${r.light}`} data-testid="my-warning">
                <div className="warn-card-head">
                  <LevelTag level={r.warning.level} />
                  <span className="warn-card-unit" data-testid="my-warning-unit">{r.unitName}</span>
                </div>
                <h3>{r.warning.title}</h3>
                <p className="warn-card-text">{r.warning.text}</p>
                <p className="muted">{t('warnings.ack.from', { unit: r.warning.issuingUnit.name })}</p>
                <p className={r.light === 'red' ? 'warn-due warn-due-red' : 'warn-due'}>
                  {r.light === 'red' ? t('warnings.ack.overdue') : t('warnings.ack.dueBy', { time: formatDateTime(r.dueAt) })}
                </p>
                <div className="warn-card-actions">
                  <Button type="primary" size="large" block loading={ack.isPending && ack.variables?.recipientId === r.id} onClick={() => acknowledge(r)} data-testid="acknowledge">
                    {t('warnings.ack.confirm')}
                  </Button>
                  <Button size="large" block onClick={() => setReporting(r)} data-testid="report">{t('warnings.ack.report')}</Button>
                </div>
              </Card>
            ))}
          </div>
          {mine.data.done.length > 0 && (
            <Card variant="borderless" title={t('warnings.ack.recentlyDone')} className="warn-done">
              <ul>
                {mine.data.done.map((r) => (
                  <li key={r.id} data-testid="my-warning-done">
                    <LevelTag level={r.warning.level} />
                    <span className="warn-done-title">{r.warning.title} · {r.unitName}</span>
                    <span className="muted">{t('warnings.ack.ackedAt', { time: formatDateTime(r.acknowledgedAt) })}</span>
                    <Button size="small" type="link" onClick={() => setReporting(r)}>{t('warnings.ack.report')}</Button>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </>
      )}
      {reporting && <ReportModal recipient={reporting} onClose={() => setReporting(null)} onDone={refresh} />}
    </div>
  );
}
