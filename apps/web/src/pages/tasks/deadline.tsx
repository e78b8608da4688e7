import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { openStatuses, type TaskStatus } from './types.ts';

/** Whole days from now to the deadline (negative: overdue by that many days). */
export const daysLeft = (deadline: string, now = dayjs()) => dayjs(deadline).startOf('day').diff(now.startOf('day'), 'day');

export const isOverdue = (task: { deadline: string; status: TaskStatus }, now = dayjs()) =>
  openStatuses.includes(task.status) && dayjs(task.deadline).isBefore(now);

export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** The deadline, red with the days overdue while the item is open and late; amber when close. */
export function Deadline({ task }: { task: { deadline: string; status: TaskStatus } }) {
  const { t } = useTranslation();
  const open = openStatuses.includes(task.status);
  const days = daysLeft(task.deadline);
  const overdue = isOverdue(task);
  return (
    <span className={overdue ? 'task-deadline overdue' : 'task-deadline'} data-overdue={overdue || undefined}>
      <span className="mono">{formatDate(task.deadline)}</span>
      {open && overdue && <span className="task-deadline-note">{t('tasks.overdueDays', { count: Math.max(1, -days) })}</span>}
      {open && !overdue && days <= 3 && <span className="task-deadline-note soon">{days <= 0 ? t('tasks.dueToday') : t('tasks.dueIn', { count: days })}</span>}
    </span>
  );
}
