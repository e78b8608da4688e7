import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useBilingual, usePluginApi, type PluginPageProps } from '@duban/plugin-sdk/web';
import type { FloodControlRouter } from '../server.ts';
import { ReservoirForm, type ReservoirValues } from './ReservoirForm.tsx';

/** 库塘台账: the register of reservoirs and ponds of the unit, with what still needs doing. */
export default function ReservoirsPage({ orgUnitId }: PluginPageProps) {
  const tr = useBilingual();
  const { message } = App.useApp();
  const api = usePluginApi<FloodControlRouter>();
  const queryClient = useQueryClient();
  const list = useQuery(api['flood-control'].reservoir.list.queryOptions({ orgUnitId }));
  const [editing, setEditing] = useState<{ id?: string; initial?: Partial<ReservoirValues> } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['flood-control'].reservoir.list.queryKey() });
  const onError = (e: { message: string }) => void message.error(e.message);
  const create = useMutation(api['flood-control'].reservoir.create.mutationOptions({ onSuccess: () => { setEditing(null); void refresh(); message.success(tr({ zh: '已登记', en: 'Registered' })); }, onError }));
  const update = useMutation(api['flood-control'].reservoir.update.mutationOptions({ onSuccess: () => { setEditing(null); void refresh(); message.success(tr({ zh: '已保存', en: 'Saved' })); }, onError }));
  const check = useMutation(api['flood-control'].reservoir.recordCheck.mutationOptions({ onSuccess: () => { void refresh(); message.success(tr({ zh: '已记录汛前检查', en: 'Check recorded' })); }, onError }));

  const rows = list.data ?? [];
  const covered = rows.filter((r) => r.adminResponsible && r.technicalResponsible).length;
  const dangerous = rows.filter((r) => r.dangerous).length;
  const unchecked = rows.filter((r) => !r.lastCheckedAt).length;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="flood-control-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{tr({ zh: '库塘台账', en: 'Reservoir register' })}</Typography.Title>
      <Space size="large" wrap>
        <Card size="small"><Statistic title={tr({ zh: '库塘总数', en: 'Reservoirs and ponds' })} value={rows.length} /></Card>
        <Card size="small"><Statistic title={tr({ zh: '责任人落实率', en: 'With responsible persons' })} value={rows.length ? (covered * 100) / rows.length : 100} precision={1} suffix="%" /></Card>
        <Card size="small"><Statistic title={tr({ zh: '病险库塘', en: 'Dangerous' })} value={dangerous} valueStyle={dangerous ? { color: '#cf1322' } : undefined} /></Card>
        <Card size="small"><Statistic title={tr({ zh: '未开展汛前检查', en: 'Without pre-season check' })} value={unchecked} /></Card>
      </Space>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Card
        title={tr({ zh: '库塘清单', en: 'Register' })}
        extra={<Button type="primary" onClick={() => setEditing({})}>{tr({ zh: '登记库塘', en: 'Register' })}</Button>}
      >
        <Table
          rowKey="id"
          loading={list.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: tr({ zh: '名称', en: 'Name' }), dataIndex: 'name' },
            { title: tr({ zh: '所在单位', en: 'Unit' }), dataIndex: 'unitName' },
            { title: tr({ zh: '类型', en: 'Kind' }), dataIndex: 'kind', render: (k: string) => (k === 'reservoir' ? tr({ zh: '水库', en: 'Reservoir' }) : tr({ zh: '山坪塘', en: 'Pond' })) },
            { title: tr({ zh: '库容(万m³)', en: 'Capacity' }), dataIndex: 'capacity', align: 'right' },
            { title: tr({ zh: '行政责任人', en: 'Admin. responsible' }), dataIndex: 'adminResponsible', render: (v: string | null) => v ?? '—' },
            { title: tr({ zh: '技术责任人', en: 'Tech. responsible' }), dataIndex: 'technicalResponsible', render: (v: string | null) => v ?? '—' },
            {
              title: tr({ zh: '问题', en: 'Problems' }),
              dataIndex: 'problems',
              render: (problems: string[]) => (problems.length ? problems.map((p) => <Tag color="red" key={p}>{p}</Tag>) : <Tag color="green">{tr({ zh: '正常', en: 'OK' })}</Tag>),
            },
            {
              title: tr({ zh: '操作', en: 'Actions' }),
              key: 'actions',
              render: (_: unknown, r) => (
                <Space>
                  <Button size="small" onClick={() => setEditing({ id: r.id, initial: { ...r, kind: r.kind === 'pond' ? 'pond' : 'reservoir' } })}>{tr({ zh: '编辑', en: 'Edit' })}</Button>
                  <Button size="small" onClick={() => check.mutate({ reservoirId: r.id })} loading={check.isPending && check.variables?.reservoirId === r.id}>
                    {tr({ zh: '记录汛前检查', en: 'Record check' })}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ReservoirForm
        open={!!editing}
        initial={editing?.initial}
        saving={create.isPending || update.isPending}
        onCancel={() => setEditing(null)}
        onSubmit={(values) => (editing?.id ? update.mutate({ reservoirId: editing.id, ...values }) : create.mutate({ orgUnitId, ...values }))}
      />
    </Space>
  );
}
