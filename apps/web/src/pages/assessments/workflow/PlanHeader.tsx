import { Card, Descriptions, Space, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../tasks/deadline.tsx';
import { lastDayOf } from '../period.ts';
import { PlanStatusTag, VersionTag } from '../tags.tsx';
import { planStatuses, type PlanDetail } from '../types.ts';
import { PlanActions } from './PlanActions.tsx';

/** The plan's name, stage (as steps), version and the steps the user may take now. */
export function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const current = planStatuses.indexOf(plan.status);
  const lastDay = lastDayOf(plan.periodEnd);
  return (
    <Card variant="borderless" style={{ marginBottom: 12 }} className="asm-plan-header">
      <div className="asm-plan-header-top">
        <div>
          <Link to="/assessments" className="muted">{t('assessments.backToList')}</Link>
          <h1 className="asm-plan-title" data-testid="plan-title">
            {plan.name}
            <Space size={4} style={{ marginInlineStart: 12, verticalAlign: 'middle' }}>
              <PlanStatusTag status={plan.status} />
              <VersionTag version={plan.version} />
            </Space>
          </h1>
        </div>
        <PlanActions plan={plan} />
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'year', label: t('assessments.fields.year'), children: plan.year },
          { key: 'period', label: t('assessments.fields.period'), children: <span className="mono">{formatDate(plan.periodStart)} ~ {formatDate(lastDay)}</span> },
          { key: 'owner', label: t('assessments.fields.ownerUnit'), children: plan.ownerUnit.name },
          { key: 'units', label: t('assessments.fields.unitCount'), children: t('assessments.header.counts', { units: plan.unitCount, assessors: plan.assessors.length }) },
        ]}
      />
      <Steps
        size="small"
        current={current}
        style={{ marginTop: 12 }}
        items={planStatuses.map((s) => ({ title: t(`assessments.status.${s}`), description: t(`assessments.statusHint.${s}`) }))}
      />
    </Card>
  );
}
