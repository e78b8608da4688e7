import type { NormalizedItem } from '@duban/api/schemas';
import type { TFunction } from 'i18next';

/** An answer as read back: 是/否, the option's label, the number with its unit. */
export function answerText(item: NormalizedItem, value: unknown, t: TFunction): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('inspections.fill.yes') : t('inspections.fill.no');
  const label = (v: unknown) => item.options.find((o) => o.value === v)?.label.zh ?? String(v);
  if (Array.isArray(value)) return value.map(label).join('、');
  if (item.type === 'choice') return label(value);
  return item.unit ? `${String(value)} ${item.unit}` : String(value);
}
