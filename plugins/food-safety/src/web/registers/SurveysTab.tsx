import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useBilingual, useErrorMessage, usePluginApi } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../../server.ts';
import { createSurveyInput } from '../../server/schemas/registers.ts';
import { formatDate, isoOf, percent, showIssues } from '../form-helpers.ts';

/** 满意度测评: the answers of each survey and the satisfaction rate that feeds the indicator. */
export function SurveysTab(props: { orgUnitId: string; units: { id: string; name: string }[]; canManage: boolean }) {
  const tr = useBilingual();
  const errorText = useErrorMessage();
  const { message } = App.useApp();
  const api = usePluginApi<FoodSafetyRouter>();
  const queryClient = useQueryClient();
  const list = useQuery(api['food-safety'].survey.list.queryOptions({ orgUnitId: props.orgUnitId }));
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['food-safety'].survey.pathKey() });
  const onError = (e: unknown) => void message.error(errorText(e));
  const create = useMutation(api['food-safety'].survey.create.mutationOptions({ onSuccess: () => { setCreating(false); void refresh(); }, onError }));
  const archive = useMutation(api['food-safety'].survey.archive.mutationOptions({ onSuccess: () => void refresh(), onError }));
  const submit = async () => {
    const v = await form.validateFields();
    const parsed = createSurveyInput.safeParse({ ...v, surveyedOn: isoOf(v.surveyedOn) });
    if (!parsed.success) return showIssues(form, parsed.error.issues);
    create.mutate(parsed.data);
  };
  return (
    <Card
      title={tr({ zh: '食品安全满意度测评', en: 'Satisfaction surveys' })}
      extra={props.canManage && <Button type="primary" onClick={() => setCreating(true)}>{tr({ zh: '录入测评结果', en: 'Record a survey' })}</Button>}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={tr({ zh: '满意度 =(满意 + 基本满意)÷ 测评样本数,按考核期汇总后计入"群众满意度"指标。', en: 'Satisfaction = (satisfied + basically satisfied) ÷ answers, summed over the period, feeds the satisfaction indicator.' })} />
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table
        rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: tr({ zh: '测评', en: 'Survey' }), dataIndex: 'title' },
          { title: tr({ zh: '单位', en: 'Unit' }), dataIndex: 'unitName' },
          { title: tr({ zh: '测评时间', en: 'Date' }), dataIndex: 'surveyedOn', render: formatDate },
          { title: tr({ zh: '满意/基本满意/不满意', en: 'Satisfied/basically/dissatisfied' }), key: 'n', render: (_: unknown, r) => `${r.satisfied} / ${r.basicallySatisfied} / ${r.dissatisfied}` },
          { title: tr({ zh: '满意度', en: 'Satisfaction' }), dataIndex: 'rate', render: percent },
          ...(props.canManage ? [{ title: tr({ zh: '操作', en: 'Actions' }), key: 'a', render: (_: unknown, r: { id: string }) => <Button size="small" danger onClick={() => archive.mutate({ surveyId: r.id })}>{tr({ zh: '归档', en: 'Archive' })}</Button> }] : []),
        ]}
      />
      <Modal open={creating} destroyOnHidden title={tr({ zh: '录入满意度测评结果', en: 'Record a survey' })} onCancel={() => setCreating(false)} onOk={submit} confirmLoading={create.isPending} okText={tr({ zh: '保存', en: 'Save' })} cancelText={tr({ zh: '取消', en: 'Cancel' })}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ orgUnitId: props.orgUnitId, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 }}>
          <Form.Item name="orgUnitId" label={tr({ zh: '测评单位', en: 'Unit' })}><Select options={props.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
          <Form.Item name="title" label={tr({ zh: '测评名称', en: 'Survey' })} rules={[{ required: true, message: tr({ zh: '请填写测评名称', en: 'Enter the survey name' }) }]}><Input maxLength={100} /></Form.Item>
          <Form.Item name="surveyedOn" label={tr({ zh: '测评时间', en: 'Date' })} rules={[{ required: true, message: tr({ zh: '请选择测评时间', en: 'Choose the date' }) }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Space>
            <Form.Item name="satisfied" label={tr({ zh: '满意', en: 'Satisfied' })}><InputNumber min={0} precision={0} /></Form.Item>
            <Form.Item name="basicallySatisfied" label={tr({ zh: '基本满意', en: 'Basically' })}><InputNumber min={0} precision={0} /></Form.Item>
            <Form.Item name="dissatisfied" label={tr({ zh: '不满意', en: 'Dissatisfied' })}><InputNumber min={0} precision={0} /></Form.Item>
          </Space>
          <Form.Item name="note" label={tr({ zh: '备注', en: 'Note' })}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
