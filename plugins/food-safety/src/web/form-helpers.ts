import type { FormInstance } from 'antd';

type Issue = { path: PropertyKey[]; message: string };

/** Puts a zod schema's issues on the form fields they name (nested names included). */
export function showIssues(form: FormInstance, issues: readonly Issue[]) {
  form.setFields(issues.map((i) => ({ name: i.path.filter((p): p is string | number => typeof p !== 'symbol'), errors: [i.message] })));
}

/** A DatePicker value (a dayjs object, which the plugin need not import) as the API's ISO string. */
export const isoOf = (value: unknown): string | undefined => (value && typeof (value as { toISOString?: unknown }).toISOString === 'function' ? (value as Date).toISOString() : undefined);

export const formatTime = (value: Date | string | null | undefined) => {
  if (!value) return '—';
  const d = new Date(value);
  const local = new Date(d.getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
};

export const formatDate = (value: Date | string | null | undefined) => (value ? formatTime(value).slice(0, 10) : '—');

export const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);
