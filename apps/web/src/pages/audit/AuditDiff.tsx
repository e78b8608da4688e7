import { Button, Empty } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api/types.ts';
import { auditDetail } from './details.ts';
import { diffRecords, formatValue } from './diff.ts';

/** Fields whose values are org unit ids: shown by name when the unit is known to this browser. */
const UNIT_FIELDS = new Set(['parentId', 'orgUnitId', 'captureUnitId', 'viewUnitId']);

/** The expanded row: before → after, field by field, changed fields highlighted and listed first. */
export function AuditDiff({ row, unitName }: { row: AuditRow; unitName: (id: string) => string | undefined }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const rows = diffRecords(row.before, row.after);
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  const shown = showAll ? rows : changed;
  const date = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
  const value = (field: string, v: unknown) => formatValue(v, date, UNIT_FIELDS.has(field) ? unitName : undefined);

  if (rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={auditDetail(row.detail, t) ?? t('audit.diff.nothing')} />;
  }
  return (
    <div className="audit-diff">
      {row.detail && <p className="muted" style={{ margin: '0 0 8px' }}>{auditDetail(row.detail, t)}</p>}
      <table>
        <thead>
          <tr>
            <th style={{ width: 160 }}>{t('audit.diff.field')}</th>
            <th>{t('audit.diff.before')}</th>
            <th>{t('audit.diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.field} className={r.changed ? 'changed' : undefined}>
              <td>
                {t(`audit.fields.${r.field}`, { defaultValue: r.field })}
                <span className="audit-diff-key">{r.field}</span>
              </td>
              <td className={r.changed && r.before !== undefined ? 'before' : undefined}>{value(r.field, r.before)}</td>
              <td className={r.changed && r.after !== undefined ? 'after' : undefined}>{value(r.field, r.after)}</td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr><td colSpan={3} className="muted">{t('audit.diff.nothing')}</td></tr>
          )}
        </tbody>
      </table>
      {unchanged.length > 0 && (
        <Button type="link" size="small" style={{ paddingInline: 0, marginTop: 6 }} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('audit.diff.hideUnchanged') : t('audit.diff.showUnchanged', { count: unchanged.length })}
        </Button>
      )}
    </div>
  );
}
