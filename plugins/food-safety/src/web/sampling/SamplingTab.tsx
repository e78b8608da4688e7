import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Drawer, Empty, Row, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useBilingual, useErrorMessage, usePluginApi } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../../server.ts';
import { formatTime, percent } from '../form-helpers.ts';
import { SamplingCharts } from './SamplingCharts.tsx';
import { PlanForm, ResultForm } from './SamplingForms.tsx';

/** 抽样检测: the year's dashboard, the plans with their progress, results and rectification items. */
export function SamplingTab(props: { orgUnitId: string; year: number; units: { id: string; name: string }[]; canManage: boolean }) {
  const tr = useBilingual();
  const errorText = useErrorMessage();
  const { message } = App.useApp();
  const api = usePluginApi<FoodSafetyRouter>();
  const queryClient = useQueryClient();
  const input = { orgUnitId: props.orgUnitId, year: props.year };
  const dashboard = useQuery(api['food-safety'].sampling.dashboard.queryOptions(input));
  const plans = useQuery(api['food-safety'].sampling.listPlans.queryOptions(input));
  const [planning, setPlanning] = useState(false);
  const [recordingFor, setRecordingFor] = useState<{ id: string; orgUnitId: string } | null>(null);
  const [resultsOf, setResultsOf] = useState<{ id: string; name: string } | null>(null);
  const results = useQuery({ ...api['food-safety'].sampling.listResults.queryOptions({ planId: resultsOf?.id ?? '' }), enabled: !!resultsOf });
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['food-safety'].sampling.pathKey() });
  const onError = (e: unknown) => void message.error(errorText(e));
  const createPlan = useMutation(api['food-safety'].sampling.createPlan.mutationOptions({ onSuccess: () => { setPlanning(false); void refresh(); message.success(tr({ zh: '已新建计划', en: 'Plan created' })); }, onError }));
  const record = useMutation(
    api['food-safety'].sampling.recordResult.mutationOptions({
      onSuccess: (r) => {
        setRecordingFor(null);
        void refresh();
        message.success(r.taskId ? tr({ zh: '已录入,不合格样品已生成整改督办事项', en: 'Recorded; a rectification item was handed over' }) : tr({ zh: '已录入', en: 'Recorded' }));
      },
      onError,
    }),
  );
  const archive = useMutation(api['food-safety'].sampling.archivePlan.mutationOptions({ onSuccess: () => void refresh(), onError }));
  const d = dashboard.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="sampling-tab">
      {(dashboard.error || plans.error) && <Alert type="error" showIcon title={errorText(dashboard.error ?? plans.error)} />}
      <Row gutter={[16, 16]}>
        {[
          { title: tr({ zh: '计划批次', en: 'Planned' }), value: d?.planned ?? 0 },
          { title: tr({ zh: '已抽检批次', en: 'Taken' }), value: d?.taken ?? 0 },
          { title: tr({ zh: '计划完成率', en: 'Completion' }), value: percent(d?.completion) },
          { title: tr({ zh: '合格率', en: 'Pass rate' }), value: percent(d?.passRate) },
          { title: tr({ zh: '不合格批次', en: 'Unqualified' }), value: d?.unqualified ?? 0, danger: !!d?.unqualified },
          { title: tr({ zh: '整改督办事项', en: 'Rectification items' }), value: d?.rectificationItems ?? 0 },
        ].map((s) => (
          <Col key={s.title} xs={12} md={8} xl={4}>
            <Card size="small"><Statistic title={s.title} value={s.value} styles={s.danger ? { content: { color: '#cf1322' } } : undefined} loading={dashboard.isLoading} /></Card>
          </Col>
        ))}
      </Row>
      {d && (d.taken > 0 ? <SamplingCharts data={d} /> : <Card size="small"><Empty description={tr({ zh: `${props.year}年度暂无抽检结果`, en: `No samples in ${props.year} yet` })} /></Card>)}
      <Card
        size="small" title={tr({ zh: '抽检计划', en: 'Sampling plans' })}
        extra={props.canManage && <Button type="primary" onClick={() => setPlanning(true)}>{tr({ zh: '新建计划', en: 'New plan' })}</Button>}
      >
        <Table
          rowKey="id" size="small" loading={plans.isLoading} dataSource={plans.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: tr({ zh: '计划', en: 'Plan' }), dataIndex: 'name' },
            { title: tr({ zh: '单位', en: 'Unit' }), dataIndex: 'unitName' },
            { title: tr({ zh: '食品类别', en: 'Category' }), dataIndex: 'categoryName', render: (n: { zh: string; en: string }) => tr(n) },
            { title: tr({ zh: '计划/已抽', en: 'Planned/taken' }), key: 'progress', render: (_: unknown, p) => `${p.plannedCount} / ${p.taken}` },
            { title: tr({ zh: '合格率', en: 'Pass rate' }), dataIndex: 'passRate', render: percent },
            {
              title: tr({ zh: '操作', en: 'Actions' }), key: 'actions',
              render: (_: unknown, p) => (
                <Space>
                  <Button size="small" onClick={() => setResultsOf({ id: p.id, name: p.name })}>{tr({ zh: '检测结果', en: 'Results' })}</Button>
                  {props.canManage && <Button size="small" type="primary" ghost onClick={() => setRecordingFor({ id: p.id, orgUnitId: p.orgUnitId })}>{tr({ zh: '录入结果', en: 'Record' })}</Button>}
                  {props.canManage && <Button size="small" danger onClick={() => archive.mutate({ planId: p.id })}>{tr({ zh: '归档', en: 'Archive' })}</Button>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {planning && <PlanForm orgUnitId={props.orgUnitId} year={props.year} units={props.units} saving={createPlan.isPending} onCancel={() => setPlanning(false)} onSubmit={(v) => createPlan.mutate(v)} />}
      {recordingFor && (
        <ResultForm planId={recordingFor.id} planUnitId={recordingFor.orgUnitId} units={props.units} saving={record.isPending} onCancel={() => setRecordingFor(null)} onSubmit={(v) => record.mutate(v)} />
      )}
      <Drawer open={!!resultsOf} onClose={() => setResultsOf(null)} size={820} title={resultsOf?.name}>
        <Table
          rowKey="id" size="small" loading={results.isLoading} dataSource={results.data ?? []} pagination={{ pageSize: 30, hideOnSinglePage: true }}
          columns={[
            { title: tr({ zh: '样品', en: 'Sample' }), dataIndex: 'sampleName' },
            { title: tr({ zh: '被抽检单位', en: 'Vendor' }), dataIndex: 'vendor' },
            { title: tr({ zh: '地点', en: 'Unit' }), dataIndex: 'unitName' },
            { title: tr({ zh: '抽样时间', en: 'Sampled' }), dataIndex: 'sampledAt', render: formatTime },
            { title: tr({ zh: '结论', en: 'Result' }), dataIndex: 'qualified', render: (q: boolean, r) => (q ? <Tag color="green">{tr({ zh: '合格', en: 'Qualified' })}</Tag> : <Tag color="red">{tr({ zh: '不合格', en: 'Unqualified' })}:{r.failedItems}</Tag>) },
            { title: tr({ zh: '整改督办', en: 'Rectification' }), dataIndex: 'task', render: (t: { id: string; serial: string } | null) => (t ? <a href={`/tasks/${t.id}`}>{t.serial}</a> : '—') },
          ]}
        />
      </Drawer>
    </Space>
  );
}
