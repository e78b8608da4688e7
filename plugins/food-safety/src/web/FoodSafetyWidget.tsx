import { useQuery } from '@tanstack/react-query';
import { Space, Statistic } from 'antd';
import { useBilingual, usePluginApi, type PluginPageProps } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../server.ts';
import { localYear } from '../shared/periods.ts';
import { percent } from './form-helpers.ts';

/** 工作台 card: this year's incidents, vetoes and sampling pass rate at the user's unit. */
export default function FoodSafetyWidget({ orgUnitId, can }: PluginPageProps) {
  const tr = useBilingual();
  const api = usePluginApi<FoodSafetyRouter>();
  const year = localYear(new Date());
  const incidents = useQuery(api['food-safety'].incident.list.queryOptions({ orgUnitId, year }));
  const sampling = useQuery({ ...api['food-safety'].sampling.dashboard.queryOptions({ orgUnitId, year }), enabled: can('food-safety.sampling.read') });
  const rows = incidents.data ?? [];
  const vetoed = rows.filter((r) => r.vetoed).length;
  return (
    <Space size="large" wrap>
      <Statistic title={tr({ zh: '本年事故', en: 'Incidents this year' })} value={rows.length} loading={incidents.isLoading} />
      <Statistic title={tr({ zh: '触发一票否决', en: 'Vetoing' })} value={vetoed} styles={vetoed ? { content: { color: '#cf1322' } } : undefined} loading={incidents.isLoading} />
      {can('food-safety.sampling.read') && <Statistic title={tr({ zh: '抽检合格率', en: 'Sampling pass rate' })} value={percent(sampling.data?.passRate)} loading={sampling.isLoading} />}
    </Space>
  );
}
