import type { ClockState } from '@duban/api/schemas';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const colors: Record<ClockState, string> = { running: 'processing', dueSoon: 'warning', overdue: 'error', met: 'success', late: 'volcano' };

/** 2天3小时 / 45分钟: how far a clock is from its due time, coarse enough to read at a glance. */
export function spanText(ms: number, en: boolean) {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (en) return days ? `${days} d ${hours} h` : hours ? `${hours} h ${mins} min` : `${mins} min`;
  return days ? `${days}天${hours}小时` : hours ? `${hours}小时${mins}分` : `${mins}分钟`;
}

/** One SLA clock (签收 or 办理): its state, and the time left or over while it runs. */
export function ClockTag({ clock, testId }: { clock: { state: ClockState; dueAt: string | Date; remainingMs: number | null }; testId?: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const extra = clock.remainingMs === null ? null : clock.remainingMs >= 0 ? t('complaints.clock.left', { time: spanText(clock.remainingMs, en) }) : t('complaints.clock.over', { time: spanText(clock.remainingMs, en) });
  return (
    <span className="cmp-clock-value" data-testid={testId} data-state={clock.state}>
      <Tag color={colors[clock.state]}>{t(`complaints.clock.${clock.state}`)}</Tag>
      <span className="muted mono">{t('complaints.dispatches.due', { time: dayjs(clock.dueAt).format('MM-DD HH:mm') })}</span>
      {extra && <span className={clock.state === 'overdue' ? 'warn-due-red' : 'muted'}> {extra}</span>}
    </span>
  );
}
