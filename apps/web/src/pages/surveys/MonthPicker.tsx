import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { monthFromParam, monthParam } from './period.ts';

/** The month the survey screens show, kept in the address (?month=2026-05) so it can be shared. */
export function useMonthParam() {
  const [params, setParams] = useSearchParams();
  const month = monthFromParam(params.get('month'));
  const setMonth = (d: Dayjs | null) => {
    const next = new URLSearchParams(params);
    if (d) next.set('month', monthParam(d));
    else next.delete('month');
    setParams(next, { replace: true });
  };
  return [month, setMonth] as const;
}

export function MonthPicker({ value, onChange }: { value: Dayjs; onChange: (d: Dayjs | null) => void }) {
  return <DatePicker picker="month" value={value} onChange={onChange} allowClear={false} style={{ width: 140 }} data-testid="survey-month" />;
}
