import { useQuery } from '@tanstack/react-query';
import { Space, Tabs, Typography } from 'antd';
import { useBilingual, usePluginApi, type PluginPageProps } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../server.ts';
import { localYear } from '../shared/periods.ts';
import { IncidentsTab } from './incidents/IncidentsTab.tsx';
import { SurveysTab } from './registers/SurveysTab.tsx';
import { TransfersTab } from './registers/TransfersTab.tsx';
import { SamplingTab } from './sampling/SamplingTab.tsx';
import { VetoBanner } from './VetoBanner.tsx';

/** 食品安全: the incident register, sampling, case transfers and surveys of a unit, one tab each. */
export default function FoodSafetyPage({ orgUnitId, can }: PluginPageProps) {
  const tr = useBilingual();
  const api = usePluginApi<FoodSafetyRouter>();
  const year = localYear(new Date());
  const units = useQuery(api['food-safety'].overview.units.queryOptions({ orgUnitId }));
  const unitOptions = (units.data ?? []).map((u) => ({ id: u.id, name: u.name }));
  const tabs = [
    can('food-safety.incident.read') && {
      key: 'incidents', label: tr({ zh: '事故台账', en: 'Incidents' }),
      children: <IncidentsTab orgUnitId={orgUnitId} year={year} units={unitOptions} canReport={can('food-safety.incident.report')} canConfirm={can('food-safety.incident.confirm')} />,
    },
    can('food-safety.sampling.read') && {
      key: 'sampling', label: tr({ zh: '抽样检测', en: 'Sampling' }),
      children: <SamplingTab orgUnitId={orgUnitId} year={year} units={unitOptions} canManage={can('food-safety.sampling.manage')} />,
    },
    can('food-safety.transfer.read') && {
      key: 'transfers', label: tr({ zh: '行刑衔接', en: 'Case transfers' }),
      children: <TransfersTab orgUnitId={orgUnitId} units={unitOptions} canManage={can('food-safety.transfer.manage')} />,
    },
    can('food-safety.survey.read') && {
      key: 'surveys', label: tr({ zh: '满意度测评', en: 'Surveys' }),
      children: <SurveysTab orgUnitId={orgUnitId} units={unitOptions} canManage={can('food-safety.survey.manage')} />,
    },
  ].filter((t) => !!t);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="food-safety-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{tr({ zh: '食品安全', en: 'Food safety' })}</Typography.Title>
      <VetoBanner orgUnitId={orgUnitId} year={year} />
      <Tabs items={tabs} destroyOnHidden />
    </Space>
  );
}
