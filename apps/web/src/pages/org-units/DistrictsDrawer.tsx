import { districtInput, updateDistrictInput } from '@duban/api/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Empty, Form, Input, InputNumber, Modal, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

/** 片区管理: the county's districts with their townships; editable with core.district.manage. */
export function DistrictsDrawer({ open, onClose, onSelectUnit }: { open: boolean; onClose: () => void; onSelectUnit: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const districts = useQuery({ ...trpc.district.list.queryOptions(), enabled: open });
  const [editing, setEditing] = useState<District | 'new' | null>(null);
  const manage = can('core.district.manage');

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={620}
      title={t('districts.title')}
      extra={manage && <Button type="primary" icon={<IconPlus />} onClick={() => setEditing('new')}>{t('districts.add')}</Button>}
    >
      <p className="muted" style={{ marginTop: 0 }}>{t('districts.intro')}</p>
      {districts.isPending ? (
        <Skeleton active />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          dataSource={districts.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('districts.empty')} /> }}
          columns={[
            { title: t('districts.name'), dataIndex: 'name', width: 130, render: (name: string) => <strong>{name}</strong> },
            {
              title: t('districts.townships'),
              dataIndex: 'townships',
              render: (townships: District['townships']) =>
                townships.length === 0 ? (
                  <span className="muted">{t('districts.noTownships')}</span>
                ) : (
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                    {townships.map((tw) => (
                      <Tag key={tw.id} style={{ cursor: 'pointer', margin: 0 }} onClick={() => { onSelectUnit(tw.id); onClose(); }}>
                        {tw.name}
                      </Tag>
                    ))}
                  </div>
                ),
            },
            { title: t('districts.sortOrder'), dataIndex: 'sortOrder', width: 70, align: 'right' },
            ...(manage
              ? [{ title: t('common.actions'), key: 'actions', width: 80, render: (_: unknown, d: District) => <Button type="link" size="small" onClick={() => setEditing(d)}>{t('common.edit')}</Button> }]
              : []),
          ]}
        />
      )}
      {editing && <DistrictFormModal district={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Drawer>
  );
}

function DistrictFormModal({ district, onClose }: { district: District | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const schema = district ? updateDistrictInput : districtInput;
  const { form, rule, validate, showError } = useZodForm(schema, () => (district ? { districtId: district.id } : {}));
  const create = useMutation(trpc.district.create.mutationOptions());
  const update = useMutation(trpc.district.update.mutationOptions());

  const submit = async () => {
    // An emptied number box means "no order given", not 0.
    const input = await validate({ sortOrder: form.getFieldValue('sortOrder') ?? undefined });
    if (!input) return;
    const done = async (saved: { name: string }) => {
      message.success(t(district ? 'districts.updated' : 'districts.created', { name: saved.name }));
      await invalidate.districts();
      onClose();
    };
    if (district) update.mutate({ ...input, districtId: district.id }, { onSuccess: done, onError: showError });
    else create.mutate(input, { onSuccess: done, onError: showError });
  };

  return (
    <Modal
      open
      title={t(district ? 'districts.editTitle' : 'districts.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ name: district?.name, sortOrder: district?.sortOrder }} onFinish={() => void submit()}>
        <Form.Item name="name" label={t('districts.name')} required rules={[rule]}>
          <Input maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('districts.sortOrder')}>
          <InputNumber min={0} max={999} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
