import type { TFunction } from 'i18next';

interface ScheduleFields {
  frequency: string;
  dueWeekday: number | null;
  dueDay: number | null;
  dueMonth: number | null;
  seasonStart: string | null;
  seasonEnd: string | null;
  graceHours: number;
}

/** 每周周五前报送（06-01 至 09-30）· 宽限 2 小时 */
export function scheduleText(d: ScheduleFields, t: TFunction): string {
  const base = (() => {
    switch (d.frequency) {
      case 'weekly': return t('duties.schedule.weekly', { weekday: t(`duties.weekdays.${d.dueWeekday ?? 7}`) });
      case 'monthly': return d.dueDay ? t('duties.schedule.monthly', { day: d.dueDay }) : t('duties.schedule.monthlyEnd');
      case 'quarterly': return t('duties.schedule.quarterly');
      case 'yearly': return t('duties.schedule.yearly', { month: d.dueMonth, day: d.dueDay });
      default: return t('duties.schedule.daily');
    }
  })();
  const season = d.seasonStart && d.seasonEnd ? t('duties.schedule.season', { start: d.seasonStart, end: d.seasonEnd }) : '';
  return `${base}${season} · ${t('duties.schedule.grace', { hours: d.graceHours })}`;
}
