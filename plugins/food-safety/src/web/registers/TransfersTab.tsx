import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useBilingual, useErrorMessage, usePluginApi } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../../server.ts';
import { createTransferInput, recordTransferInput } from '../../server/schemas/registers.ts';
import { formatDate, isoOf, showIssues } from '../form-helpers.ts';

const states = {
  pending: { color: 'blue', zh: '待移送', en: 'Pending' },
  overdue: { color: 'red', zh: '逾期未移送', en: 'Overdue' },
  transferred: { color: 'green', zh: '已移送', en: 'Transferred' },
  'transferred-late': { color: 'orange', zh: '逾期移送', en: 'Transferred late' },
  declined: { color: 'default', zh: '不予移送', en: 'Not transferred' },
} as const;

/** 行刑衔接台账: cases suspected to be crimes and their transfer to the judiciary. */
export function TransfersTab(props: { orgUnitId: string; units: { id: string; name: string }[]; canManage: boolean }) {
  const tr = useBilingual();
  const errorText = useErrorMessage();
  const { message } = App.useApp();
  const api = usePluginApi<FoodSafetyRouter>();
  const queryClient = useQueryClient();
  const list = useQuery(api['food-safety'].transfer.list.queryOptions({ orgUnitId: props.orgUnitId }));
  const [creating, setCreating] = useState(false);
  const [closing, setClosing] = useState<string | null>(null);
  const [createForm] = Form.useForm();
  const [outcomeForm] = Form.useForm();
  const outcome = Form.useWatch('outcome', outcomeForm) as 'transferred' | 'declined' | undefined;
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['food-safety'].pathKey() });
  const onError = (e: unknown) => void message.error(errorText(e));
  const create = useMutation(api['food-safety'].transfer.create.mutationOptions({ onSuccess: () => { setCreating(false); void refresh(); }, onError }));
  const record = useMutation(api['food-safety'].transfer.recordOutcome.mutationOptions({ onSuccess: () => { setClosing(null); void refresh(); }, onError }));

  const submitCreate = async () => {
    const v = await createForm.validateFields();
    const parsed = createTransferInput.safeParse({ ...v, suspectedAt: isoOf(v.suspectedAt) });
    if (!parsed.success) return showIssues(createForm, parsed.error.issues);
    create.mutate(parsed.data);
  };
  const submitOutcome = async () => {
    const v = await outcomeForm.validateFields();
    const parsed = recordTransferInput.safeParse({ ...v, transferId: closing, transferredAt: isoOf(v.transferredAt) ?? null });
    if (!parsed.success) return showIssues(outcomeForm, parsed.error.issues);
    record.mutate(parsed.data);
  };
  const okCancel = { okText: tr({ zh: '保存', en: 'Save' }), cancelText: tr({ zh: '取消', en: 'Cancel' }) };

  return (
    <Card
      title={tr({ zh: '行刑衔接台账', en: 'Criminal case transfers' })}
      extra={props.canManage && <Button type="primary" onClick={() => setCreating(true)}>{tr({ zh: '登记涉嫌犯罪案件', en: 'Register a case' })}</Button>}
    >
      <Alert
        type="info" showIcon style={{ marginBottom: 16 }}
        title={tr({ zh: '行政执法机关不按规定向司法机关移送制售伪劣食品刑事案件的,所在单位当年考核为不合格(一票否决)。', en: 'A unit that fails to transfer a criminal case as required fails its year (veto).' })}
      />
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table
        rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: tr({ zh: '案件编号', en: 'Case no.' }), dataIndex: 'caseNo' },
          { title: tr({ zh: '案件名称', en: 'Case' }), dataIndex: 'title' },
          { title: tr({ zh: '办案单位', en: 'Unit' }), dataIndex: 'unitName' },
          { title: tr({ zh: '认定涉嫌犯罪', en: 'Suspected' }), dataIndex: 'suspectedAt', render: formatDate },
          { title: tr({ zh: '移送期限', en: 'Deadline' }), dataIndex: 'deadline', render: formatDate },
          { title: tr({ zh: '状态', en: 'State' }), dataIndex: 'state', render: (s: keyof typeof states) => <Tag color={states[s].color}>{tr(states[s])}</Tag> },
          { title: tr({ zh: '移送/不予移送', en: 'Outcome' }), key: 'outcome', render: (_: unknown, r) => (r.transferredAt ? `${formatDate(r.transferredAt)} → ${r.receivingOrgan}` : (r.declineReason ?? '—')) },
          ...(props.canManage ? [{ title: tr({ zh: '操作', en: 'Actions' }), key: 'a', render: (_: unknown, r: { id: string; status: string }) => r.status === 'pending' && <Button size="small" onClick={() => setClosing(r.id)}>{tr({ zh: '办理结果', en: 'Outcome' })}</Button> }] : []),
        ]}
      />
      <Modal open={creating} destroyOnHidden title={tr({ zh: '登记涉嫌犯罪案件', en: 'Register a case' })} onCancel={() => setCreating(false)} onOk={submitCreate} confirmLoading={create.isPending} {...okCancel}>
        <Form form={createForm} layout="vertical" preserve={false} initialValues={{ orgUnitId: props.orgUnitId }}>
          <Form.Item name="orgUnitId" label={tr({ zh: '办案单位', en: 'Unit' })}><Select options={props.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
          <Form.Item name="caseNo" label={tr({ zh: '案件编号', en: 'Case no.' })} rules={[{ required: true, message: tr({ zh: '请填写案件编号', en: 'Enter the case number' }) }]}><Input maxLength={60} /></Form.Item>
          <Form.Item name="title" label={tr({ zh: '案件名称', en: 'Case' })} rules={[{ required: true, message: tr({ zh: '请填写案件名称', en: 'Enter the case name' }) }]}><Input maxLength={200} /></Form.Item>
          <Form.Item name="suspectedAt" label={tr({ zh: '认定涉嫌犯罪时间', en: 'Crime suspected' })} rules={[{ required: true, message: tr({ zh: '请选择时间', en: 'Choose the time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="note" label={tr({ zh: '备注', en: 'Note' })}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!closing} destroyOnHidden title={tr({ zh: '移送办理结果', en: 'Outcome' })} onCancel={() => setClosing(null)} onOk={submitOutcome} confirmLoading={record.isPending} {...okCancel}>
        <Form form={outcomeForm} layout="vertical" preserve={false} initialValues={{ outcome: 'transferred', receivingOrgan: '县公安局' }}>
          <Form.Item name="outcome"><Radio.Group options={[{ value: 'transferred', label: tr({ zh: '已移送司法机关', en: 'Transferred' }) }, { value: 'declined', label: tr({ zh: '不予移送', en: 'Not transferred' }) }]} /></Form.Item>
          {outcome !== 'declined' ? (
            <>
              <Form.Item name="transferredAt" label={tr({ zh: '移送时间', en: 'Transferred at' })} rules={[{ required: true, message: tr({ zh: '请选择移送时间', en: 'Choose the time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
              <Form.Item name="receivingOrgan" label={tr({ zh: '接收机关', en: 'Receiving organ' })}><Input maxLength={100} /></Form.Item>
            </>
          ) : (
            <Form.Item name="declineReason" label={tr({ zh: '不予移送理由', en: 'Reason' })} rules={[{ required: true, message: tr({ zh: '请写明理由', en: 'Give the reason' }) }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
