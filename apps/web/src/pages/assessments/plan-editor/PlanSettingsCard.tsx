import { peerGrouping, unitSelection } from '@duban/api/schemas';
import { Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../tasks/deadline.tsx';
import { lastDayOf } from '../period.ts';
import type { PlanDetail } from '../types.ts';
import { EditSettingsModal } from './EditSettingsModal.tsx';

/** The plan's own settings: who is assessed and how they are grouped for ranking, the period, the previous period's plan. */
export function PlanSettingsCard({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const units = unitSelection.safeParse(plan.unitSelection);
  const grouping = peerGrouping.safeParse(plan.grouping);
  const lastDay = lastDayOf(plan.periodEnd);
  const unitsText = !units.success
    ? '—'
    : units.data.mode === 'level'
      ? t('assessments.units.allOfLevel', { level: t(`levels.${units.data.level}`) })
      : t('assessments.units.set', { count: units.data.orgUnitIds.length });

  return (
    <Card
      variant="borderless"
      title={t('assessments.settings.title')}
      style={{ marginBottom: 12 }}
      extra={plan.actions.includes('edit') && <Button size="small" onClick={() => setEditing(true)} data-testid="settings-edit">{t('common.edit')}</Button>}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'units', label: t('assessments.fields.assessedUnits'), children: `${unitsText} · ${t('assessments.units.count', { count: plan.unitCount })}` },
          { key: 'grouping', label: t('assessments.fields.grouping'), children: grouping.success ? t(`assessments.grouping.${grouping.data.by}`) : '—' },
          { key: 'period', label: t('assessments.fields.period'), children: <span className="mono">{formatDate(plan.periodStart)} ~ {formatDate(lastDay)}</span> },
          { key: 'previous', label: t('assessments.fields.previousPlan'), children: plan.previousPlanId ? t('assessments.settings.hasPrevious') : t('assessments.settings.noPrevious') },
          { key: 'template', label: t('assessments.settings.template'), children: plan.templateKey ?? t('assessments.settings.noTemplate') },
        ]}
      />
      {editing && <EditSettingsModal plan={plan} units={units.data} grouping={grouping.data} onClose={() => setEditing(false)} />}
    </Card>
  );
}
