import { useQuery } from '@tanstack/react-query';
import { Progress, Space, Statistic } from 'antd';
import { useBilingual, usePluginApi, type PluginPageProps } from '@duban/plugin-sdk/web';
import type { FloodControlRouter } from '../server.ts';

/** 工作台 card: how far the unit's reservoirs are covered by responsible persons and checks. */
export default function ReservoirWidget({ orgUnitId }: PluginPageProps) {
  const tr = useBilingual();
  const api = usePluginApi<FloodControlRouter>();
  const list = useQuery(api['flood-control'].reservoir.list.queryOptions({ orgUnitId }));
  const rows = list.data ?? [];
  const pct = (n: number) => (rows.length ? Math.round((n * 1000) / rows.length) / 10 : 100);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Statistic title={tr({ zh: '库塘总数', en: 'Reservoirs and ponds' })} value={rows.length} loading={list.isLoading} />
      <span>{tr({ zh: '责任人落实', en: 'Responsible persons named' })}</span>
      <Progress percent={pct(rows.filter((r) => r.adminResponsible && r.technicalResponsible).length)} />
      <span>{tr({ zh: '汛前检查完成', en: 'Pre-season checks done' })}</span>
      <Progress percent={pct(rows.filter((r) => r.lastCheckedAt).length)} />
    </Space>
  );
}
