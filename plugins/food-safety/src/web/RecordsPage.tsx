import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { useBilingual, usePluginApi, type PluginPageProps } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../server.ts';
import { recordFields } from '../server/schemas.ts';

type RecordValues = { name: string; value: number; note?: string | null };

/** 食品安全台账: the unit's records, and a form to add one. */
export default function RecordsPage({ orgUnitId }: PluginPageProps) {
  const tr = useBilingual();
  const { message } = App.useApp();
  const api = usePluginApi<FoodSafetyRouter>();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RecordValues>();
  const list = useQuery(api['food-safety'].record.list.queryOptions({ orgUnitId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['food-safety'].record.list.queryKey() });
  const onError = (e: { message: string }) => void message.error(e.message);
  const create = useMutation(
    api['food-safety'].record.create.mutationOptions({
      onSuccess: () => { form.resetFields(); void refresh(); message.success(tr({ zh: '已登记', en: 'Saved' })); },
      onError,
    }),
  );
  const archive = useMutation(api['food-safety'].record.archive.mutationOptions({ onSuccess: () => void refresh(), onError }));

  // Validated with the server's own zod schema, so the form shows the same messages the API would.
  const submit = (values: RecordValues) => {
    const parsed = recordFields.safeParse(values);
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: i.path[0] as keyof RecordValues, errors: [i.message] })));
      return;
    }
    create.mutate({ orgUnitId, ...parsed.data });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="food-safety-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{tr({ zh: '食品安全台账', en: 'Food safety register' })}</Typography.Title>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Card title={tr({ zh: '登记', en: 'New record' })}>
        <Form form={form} layout="inline" onFinish={submit}>
          <Form.Item name="name" label={tr({ zh: '名称', en: 'Name' })} rules={[{ required: true, message: tr({ zh: '请填写名称', en: 'Name is required' }) }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="value" label={tr({ zh: '数值', en: 'Value' })} rules={[{ required: true, message: tr({ zh: '请填写数值', en: 'Value is required' }) }]}>
            <InputNumber min={0} step={0.01} />
          </Form.Item>
          <Form.Item name="note" label={tr({ zh: '备注', en: 'Note' })}>
            <Input maxLength={300} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>{tr({ zh: '保存', en: 'Save' })}</Button>
        </Form>
      </Card>
      <Card title={tr({ zh: '记录', en: 'Records' })}>
        <Table
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: tr({ zh: '名称', en: 'Name' }), dataIndex: 'name' },
            { title: tr({ zh: '所在单位', en: 'Unit' }), dataIndex: 'unitName' },
            { title: tr({ zh: '数值', en: 'Value' }), dataIndex: 'value', align: 'right' },
            { title: tr({ zh: '备注', en: 'Note' }), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
            {
              title: tr({ zh: '操作', en: 'Actions' }),
              key: 'actions',
              render: (_: unknown, r) => (
                <Popconfirm title={tr({ zh: '确认归档这条记录?', en: 'Archive this record?' })} onConfirm={() => archive.mutate({ recordId: r.id })}>
                  <Button size="small" loading={archive.isPending && archive.variables?.recordId === r.id}>{tr({ zh: '归档', en: 'Archive' })}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
