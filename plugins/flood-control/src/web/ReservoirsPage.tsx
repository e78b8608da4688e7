import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Grid, List, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { RegisterExcel, useBilingual, usePluginApi, type PluginPageProps } from '@duban/plugin-sdk/web';
import type { FloodControlRouter } from '../server.ts';
import { ReservoirDetail } from './ReservoirDetail.tsx';
import { ReservoirForm, type ReservoirValues } from './ReservoirForm.tsx';
import { PreSeasonCheckForm } from './PreSeasonCheckForm.tsx';

type Filters = { kind?: 'reservoir' | 'pond'; dangerous?: boolean };

/**
 * 库塘台账: the register of reservoirs and ponds of the unit, with what still needs doing. Excel
 * import and export (the SDK's <RegisterExcel>, with the list's filters), a row's detail with its
 * checks and inspections, and on a phone cards instead of the table.
 */
export default function ReservoirsPage({ orgUnitId, can }: PluginPageProps) {
  const tr = useBilingual();
  const { message } = App.useApp();
  const api = usePluginApi<FloodControlRouter>();
  const queryClient = useQueryClient();
  const narrow = !Grid.useBreakpoint().md;
  const [filters, setFilters] = useState<Filters>({});
  const list = useQuery(api['flood-control'].reservoir.list.queryOptions({ orgUnitId, filters }));
  const [editing, setEditing] = useState<{ id?: string; initial?: Partial<ReservoirValues> } | null>(null);
  const [checking, setChecking] = useState<{ id: string; name: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['flood-control'].reservoir.pathKey() });
  const onError = (e: { message: string }) => void message.error(e.message);
  const create = useMutation(api['flood-control'].reservoir.create.mutationOptions({ onSuccess: () => { setEditing(null); void refresh(); message.success(tr({ zh: '已登记', en: 'Registered' })); }, onError }));
  const update = useMutation(api['flood-control'].reservoir.update.mutationOptions({ onSuccess: () => { setEditing(null); void refresh(); message.success(tr({ zh: '已保存', en: 'Saved' })); }, onError }));
  const check = useMutation(api['flood-control'].reservoir.recordCheck.mutationOptions({ onSuccess: () => { setChecking(null); void refresh(); message.success(tr({ zh: '已记录本汛期汛前检查', en: 'Check recorded for this season' })); }, onError }));
  const manage = can('flood-control.reservoir.manage');

  const rows = list.data ?? [];
  type Row = (typeof rows)[number];
  const covered = rows.filter((r) => r.adminResponsible && r.technicalResponsible).length;
  const dangerous = rows.filter((r) => r.dangerous).length;
  const unchecked = rows.filter((r) => !r.currentCheck).length;
  const kindName = (k: string) => (k === 'reservoir' ? tr({ zh: '水库', en: 'Reservoir' }) : tr({ zh: '山坪塘', en: 'Pond' }));
  const problems = (r: Row) => (r.problems.length ? r.problems.map((p) => <Tag color="red" key={p}>{p}</Tag>) : <Tag color="green">{tr({ zh: '正常', en: 'OK' })}</Tag>);
  const actions = (r: Row) => (
    <Space wrap>
      <Button size="small" onClick={() => setOpen(r.id)} data-testid="reservoir-open">{tr({ zh: '详情', en: 'Details' })}</Button>
      {manage && <Button size="small" onClick={() => setEditing({ id: r.id, initial: { ...r, kind: r.kind === 'pond' ? 'pond' : 'reservoir' } })}>{tr({ zh: '编辑', en: 'Edit' })}</Button>}
      {manage && <Button size="small" onClick={() => setChecking({ id: r.id, name: r.name })} data-testid="reservoir-check">{tr({ zh: '汛前检查', en: 'Pre-season check' })}</Button>}
    </Space>
  );

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="flood-control-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{tr({ zh: '库塘台账', en: 'Reservoir register' })}</Typography.Title>
      <Space size={narrow ? 'small' : 'large'} wrap>
        <Card size="small"><Statistic title={tr({ zh: '库塘总数', en: 'Reservoirs and ponds' })} value={rows.length} /></Card>
        <Card size="small"><Statistic title={tr({ zh: '责任人落实率', en: 'With responsible persons' })} value={rows.length ? (covered * 100) / rows.length : 100} precision={1} suffix="%" /></Card>
        <Card size="small"><Statistic title={tr({ zh: '病险库塘', en: 'Dangerous' })} value={dangerous} valueStyle={dangerous ? { color: '#cf1322' } : undefined} /></Card>
        <Card size="small"><Statistic title={tr({ zh: '本汛期未检查', en: 'Unchecked this season' })} value={unchecked} /></Card>
      </Space>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Card
        title={tr({ zh: '库塘清单', en: 'Register' })}
        extra={manage && !narrow ? <Button type="primary" onClick={() => setEditing({})}>{tr({ zh: '登记库塘', en: 'Register' })}</Button> : undefined}
      >
        <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Select allowClear placeholder={tr({ zh: '类型', en: 'Kind' })} style={{ width: 120 }} value={filters.kind} onChange={(kind) => setFilters({ ...filters, kind })} data-testid="filter-kind"
              options={[{ value: 'reservoir', label: kindName('reservoir') }, { value: 'pond', label: kindName('pond') }]} />
            <Select allowClear placeholder={tr({ zh: '病险', en: 'Dangerous' })} style={{ width: 120 }} value={filters.dangerous} onChange={(dangerous) => setFilters({ ...filters, dangerous })}
              options={[{ value: true, label: tr({ zh: '病险', en: 'Dangerous' }) }, { value: false, label: tr({ zh: '非病险', en: 'Not dangerous' }) }]} />
          </Space>
          <Space wrap>
            {manage && narrow && <Button type="primary" onClick={() => setEditing({})}>{tr({ zh: '登记库塘', en: 'Register' })}</Button>}
            <RegisterExcel path="flood-control.reservoir" orgUnitId={orgUnitId} filters={filters} canImport={manage} name={{ zh: '库塘台账', en: 'reservoir register' }} onImported={refresh} />
          </Space>
        </Space>
        {narrow ? (
          <List
            loading={list.isLoading}
            dataSource={rows}
            pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
            renderItem={(r) => (
              <Card size="small" style={{ marginBottom: 8 }} title={r.name} extra={<span style={{ color: '#888' }}>{kindName(r.kind)}</span>} data-testid="reservoir-card">
                <div style={{ color: '#555', marginBottom: 6 }}>{r.unitName} · {tr({ zh: `库容 ${r.capacity} 万m³`, en: `${r.capacity} ×10⁴ m³` })}</div>
                <div style={{ marginBottom: 6 }}>{tr({ zh: '责任人', en: 'Responsible' })}：{r.adminResponsible ?? '—'} / {r.technicalResponsible ?? '—'}</div>
                <Space wrap style={{ marginBottom: 8 }}>{problems(r)}</Space>
                <div>{actions(r)}</div>
              </Card>
            )}
          />
        ) : (
          <Table
            rowKey="id"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: tr({ zh: '名称', en: 'Name' }), dataIndex: 'name', render: (name: string, r) => <a onClick={() => setOpen(r.id)}>{name}</a> },
              { title: tr({ zh: '所在单位', en: 'Unit' }), dataIndex: 'unitName' },
              { title: tr({ zh: '类型', en: 'Kind' }), dataIndex: 'kind', render: kindName },
              { title: tr({ zh: '库容(万m³)', en: 'Capacity' }), dataIndex: 'capacity', align: 'right' },
              { title: tr({ zh: '行政责任人', en: 'Admin. responsible' }), dataIndex: 'adminResponsible', render: (v: string | null) => v ?? '—' },
              { title: tr({ zh: '技术责任人', en: 'Tech. responsible' }), dataIndex: 'technicalResponsible', render: (v: string | null) => v ?? '—' },
              { title: tr({ zh: '问题', en: 'Problems' }), key: 'problems', render: (_: unknown, r) => problems(r) },
              { title: tr({ zh: '操作', en: 'Actions' }), key: 'actions', render: (_: unknown, r) => actions(r) },
            ]}
          />
        )}
      </Card>
      <ReservoirForm
        open={!!editing}
        initial={editing?.initial}
        saving={create.isPending || update.isPending}
        onCancel={() => setEditing(null)}
        onSubmit={(values) => (editing?.id ? update.mutate({ reservoirId: editing.id, ...values }) : create.mutate({ orgUnitId, ...values }))}
      />
      <PreSeasonCheckForm open={!!checking} name={checking?.name ?? ''} saving={check.isPending} onCancel={() => setChecking(null)} onSubmit={(v) => checking && check.mutate({ reservoirId: checking.id, ...v })} />
      <ReservoirDetail reservoirId={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
