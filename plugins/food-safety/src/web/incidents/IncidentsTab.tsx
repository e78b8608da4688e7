import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useBilingual, useErrorMessage, usePluginApi } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../../server.ts';
import { formatTime } from '../form-helpers.ts';
import { IncidentDrawer } from './IncidentDrawer.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import { LevelTag, ReportingTag, VetoTag } from './tags.tsx';

/** 事故台账: the unit's incidents of a year, their levels, reporting and the vetoes they trigger. */
export function IncidentsTab(props: { orgUnitId: string; year: number; units: { id: string; name: string }[]; canReport: boolean; canConfirm: boolean }) {
  const tr = useBilingual();
  const errorText = useErrorMessage();
  const { message } = App.useApp();
  const api = usePluginApi<FoodSafetyRouter>();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number | undefined>(props.year);
  const list = useQuery(api['food-safety'].incident.list.queryOptions({ orgUnitId: props.orgUnitId, year }));
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const create = useMutation(
    api['food-safety'].incident.create.mutationOptions({
      onSuccess: (created) => {
        setCreating(false);
        setOpenId(created.id);
        void queryClient.invalidateQueries({ queryKey: api['food-safety'].pathKey() });
        message.success(tr({ zh: `已登记,建议等级 ${created.suggestedLevel} 级`, en: `Recorded; suggested level ${created.suggestedLevel}` }));
      },
      onError: (e) => void message.error(errorText(e)),
    }),
  );
  const years = Array.from({ length: 5 }, (_, i) => props.year - i);

  return (
    <Card
      title={tr({ zh: '食品安全事故台账', en: 'Incident register' })}
      extra={
        <Space>
          <Select value={year ?? 0} style={{ width: 110 }} onChange={(v) => setYear(v || undefined)} options={[...years.map((y) => ({ value: y, label: `${y}` })), { value: 0, label: tr({ zh: '全部年度', en: 'All years' }) }]} />
          {props.canReport && <Button type="primary" data-testid="record-incident" onClick={() => setCreating(true)}>{tr({ zh: '登记事故', en: 'Record incident' })}</Button>}
        </Space>
      }
    >
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table
        rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: tr({ zh: '事故', en: 'Incident' }), dataIndex: 'title', render: (t: string, r) => <a onClick={() => setOpenId(r.id)}>{t}</a> },
          { title: tr({ zh: '事发单位', en: 'Unit' }), dataIndex: 'unitName' },
          { title: tr({ zh: '发生时间', en: 'Occurred' }), dataIndex: 'occurredAt', render: formatTime },
          { title: tr({ zh: '伤害/死亡', en: 'Harmed/dead' }), key: 'harm', render: (_: unknown, r) => `${r.harmed} / ${r.deaths}` },
          { title: tr({ zh: '建议等级', en: 'Suggested' }), dataIndex: 'suggestedLevel', render: (l) => <LevelTag level={l} /> },
          { title: tr({ zh: '认定等级', en: 'Confirmed' }), dataIndex: 'confirmedLevel', render: (l) => (l ? <LevelTag level={l} /> : tr({ zh: '待认定', en: 'Pending' })) },
          { title: tr({ zh: '报告', en: 'Reporting' }), key: 'reporting', render: (_: unknown, r) => <ReportingTag status={r.reporting.status} /> },
          { title: tr({ zh: '一票否决', en: 'Veto' }), key: 'veto', render: (_: unknown, r) => <VetoTag reasons={r.vetoReasons} /> },
        ]}
      />
      {creating && (
        <IncidentForm open orgUnitId={props.orgUnitId} units={props.units} saving={create.isPending} onCancel={() => setCreating(false)} onSubmit={(input) => create.mutate(input)} />
      )}
      <IncidentDrawer incidentId={openId} onClose={() => setOpenId(null)} canReport={props.canReport} canConfirm={props.canConfirm} />
    </Card>
  );
}
