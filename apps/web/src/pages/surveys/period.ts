import dayjs, { type Dayjs } from 'dayjs';

/** The month shown by the survey screens (?month=2026-05), the current month by default. */
export function monthFromParam(value: string | null): Dayjs {
  const d = value ? dayjs(`${value}-01`) : null;
  return d && d.isValid() ? d : dayjs().startOf('month');
}

export const monthParam = (d: Dayjs) => d.format('YYYY-MM');
export const periodOf = (d: Dayjs) => ({ year: d.year(), month: d.month() + 1 });

/** Date and time in the county's wall clock, e.g. 2026-05-31 23:30. */
export const formatDateTime = (value: string | Date | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

export const formatDate = (value: string | Date | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD') : '—');
