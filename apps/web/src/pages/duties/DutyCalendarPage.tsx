import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Empty, Popconfirm, Skeleton, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ReportViewModal } from './ReportViewModal.tsx';
import { scheduleText } from './schedule-text.ts';
import './duties.css';

const statuses = ['onTime', 'late', 'missing', 'open', 'upcoming'] as const;
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** A period's short label in a cell: the day for daily periods, the week, month or quarter otherwise. */
const cellLabel = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(key) ? String(Number(key.slice(8))) : key.replace(/^\d{4}-/, ''));

/**
 * 报送日历: one duty's month — per reporting unit a row of period cells (按时 green, 迟报 amber,
 * 未报 red, 待报 blue) that wrap on a phone, and the month's completeness and timeliness.
 */
export default function DutyCalendarPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [viewing, setViewing] = useState<string | null>(null);
  const duty = useQuery(trpc.duty.get.queryOptions({ dutyId: id }));
  const calendar = useQuery(trpc.duty.calendar.queryOptions({ dutyId: id, month: month.format('YYYY-MM') }));
  const archive = useMutation(trpc.duty.archive.mutationOptions());
  const error = duty.error ?? calendar.error;

  return (
    <>
      <PageHeader
        title={duty.data ? <>{duty.data.name} {duty.data.archived && <Tag>{t('duties.archived')}</Tag>}</> : t('duties.calendar.title')}
        subtitle={duty.data ? `${t('duties.fields.ownerUnit')}：${duty.data.ownerUnit.name} · ${scheduleText(duty.data, t)}` : undefined}
        extra={can('core.duty.manage') && duty.data && !duty.data.archived && (
          <Popconfirm title={t('duties.archiveConfirm')} onConfirm={() => archive.mutate({ dutyId: id }, {
            onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.duty.pathKey() }),
            onError: (e) => message.error(errorMessage(e, t)),
          })}>
            <Button>{t('duties.archive')}</Button>
          </Popconfirm>
        )}
      />
      {error ? <QueryError error={error} onRetry={() => void Promise.all([duty.refetch(), calendar.refetch()])} /> : (
        <Card variant="borderless" title={t('duties.calendar.title')} extra={
          <div className="duty-month">
            <DatePicker picker="month" value={month} onChange={(m) => m && setMonth(m)} allowClear={false} format="YYYY-MM" data-testid="duty-month" />
          </div>
        }>
          {!calendar.data ? <Skeleton active /> : (
            <>
              <div className="duty-rates" data-testid="duty-rates">
                <div className="duty-rate"><div className="duty-rate-label">{t('duties.calendar.completeness')}</div><div className="duty-rate-value">{pct(calendar.data.total.completeness)}</div></div>
                <div className="duty-rate"><div className="duty-rate-label">{t('duties.calendar.timeliness')}</div><div className="duty-rate-value">{pct(calendar.data.total.timeliness)}</div></div>
                <div className="duty-rate"><div className="duty-rate-label">{t('duties.calendar.expected')} / {t('duties.calendar.received')} / {t('duties.calendar.onTime')}</div>
                  <div className="duty-rate-value mono">{calendar.data.total.expected} / {calendar.data.total.received} / {calendar.data.total.onTime}</div></div>
              </div>
              <div className="duty-legend">
                {statuses.map((s) => <span key={s} className={`duty-cell duty-cell-${s}`}>{t(`duties.status.${s}`)}</span>)}
              </div>
              {calendar.data.periods.length === 0 ? <Empty description={t('duties.calendar.noPeriods')} /> : calendar.data.rows.length === 0 ? <Empty description={t('duties.calendar.noUnits')} /> : (
                calendar.data.rows.map((row) => (
                  <div className="duty-unit" key={row.unitId} data-testid="duty-unit-row">
                    <div className="duty-unit-head">
                      <span className="duty-unit-name">{row.unitName}</span>
                      <span className="duty-unit-rates">
                        {t('duties.calendar.completeness')} {pct(row.rates.completeness)} · {t('duties.calendar.timeliness')} {pct(row.rates.timeliness)}
                      </span>
                    </div>
                    <div className="duty-cells">
                      {row.cells.map((c, i) => {
                        const p = calendar.data.periods[i]!;
                        const title = `${p.key} · ${t(`duties.status.${c.status}`)}`;
                        return c.reportId ? (
                          <span key={p.key} role="button" tabIndex={0} title={title} aria-label={title} className={`duty-cell duty-cell-${c.status}`} data-status={c.status}
                            onClick={() => setViewing(c.reportId)} onKeyDown={(e) => e.key === 'Enter' && setViewing(c.reportId)}>{cellLabel(p.key)}</span>
                        ) : (
                          <span key={p.key} title={title} aria-label={title} className={`duty-cell duty-cell-${c.status}`} data-status={c.status}>{cellLabel(p.key)}</span>
                        );
                      })}
                    </div>
                  </div>
                ))
              )}
            </>
          )}
        </Card>
      )}
      {viewing && <ReportViewModal reportId={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
