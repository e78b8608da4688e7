import { createDutyInput, dutyFrequencies } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { OrgUnitMultiSelect } from '../tasks/OrgUnitMultiSelect.tsx';

const itemTypes = ['number', 'text', 'yesNo', 'choice', 'date'] as const;
type ItemDraft = { label?: string; type?: (typeof itemTypes)[number]; unit?: string; required?: boolean; options?: string };

/** The rows of the form editor as a checklist template (the server validates it with the same schema). */
function toForm(name: string, items: ItemDraft[]) {
  return {
    key: 'duty-form',
    name: { zh: name || '报表', en: '' },
    items: items.map((i, n) => ({
      key: `f${n + 1}`,
      label: { zh: (i.label ?? '').trim(), en: '' },
      type: i.type ?? 'number',
      required: Boolean(i.required),
      ...(i.unit?.trim() ? { unit: i.unit.trim() } : {}),
      ...(i.type === 'choice' ? { options: (i.options ?? '').split(/[,，、]/).map((o) => o.trim()).filter(Boolean) } : {}),
    })),
  };
}

/** 新建报送任务: name, to whom, who reports, schedule (with a season and grace), the form. */
export function CreateDutyModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const manage = usePermissionRoots('core.duty.manage').roots;
  const read = usePermissionRoots('core.duty.read').roots;
  const { form, rule, validate, showError } = useZodForm(createDutyInput);
  const frequency = Form.useWatch('frequency', form) as string | undefined;
  const create = useMutation(trpc.duty.create.mutationOptions());

  const submit = async () => {
    const items = (form.getFieldValue('items') as ItemDraft[] | undefined) ?? [];
    const input = await validate({ form: toForm(form.getFieldValue('name') as string, items) });
    if (!input) return;
    create.mutate(input, {
      onSuccess: async (r) => {
        message.success(t('duties.created'));
        await queryClient.invalidateQueries({ queryKey: trpc.duty.pathKey() });
        onClose();
        void navigate(`/duties/${r.id}`);
      },
      onError: showError,
    });
  };

  return (
    <Modal open width={720} title={t('duties.create')} onCancel={onClose} onOk={() => void submit()} okText={t('duties.create')}
      okButtonProps={{ 'data-testid': 'create-duty-submit' } as ButtonProps} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}
        initialValues={{ frequency: 'daily', graceHours: 24, ownerUnitId: manage[0]?.id, unitIds: [], items: [{ type: 'number', required: true }] }}>
        <Form.Item name="name" label={t('duties.fields.name')} required rules={[rule]}>
          <Input maxLength={60} placeholder={t('duties.fields.namePlaceholder')} data-testid="duty-name" />
        </Form.Item>
        <div className="duty-form-row">
          <Form.Item name="ownerUnitId" label={t('duties.fields.ownerUnit')} required rules={[rule]}>
            <OrgUnitTreeSelect selectable={(u) => withinRoots(manage, u)} />
          </Form.Item>
          <Form.Item name="unitIds" label={t('duties.fields.units')} required rules={[rule]}>
            <OrgUnitMultiSelect selectable={(u) => withinRoots(read, u) && u.level !== 'department'} data-testid="duty-units" />
          </Form.Item>
        </div>
        <Form.Item name="frequency" label={t('duties.fields.frequency')} required rules={[rule]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={dutyFrequencies.map((f) => ({ value: f, label: t(`duties.frequencies.${f}`) }))} />
        </Form.Item>
        {frequency === 'weekly' && (
          <Form.Item name="dueWeekday" label={t('duties.fields.dueWeekday')} rules={[rule]}>
            <Select allowClear placeholder={t('duties.weekdays.7')} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`duties.weekdays.${d}`) }))} />
          </Form.Item>
        )}
        {(frequency === 'monthly' || frequency === 'yearly') && (
          <div className="duty-form-row">
            {frequency === 'yearly' && (
              <Form.Item name="dueMonth" label={t('duties.fields.dueMonth')} required rules={[rule]}>
                <InputNumber min={1} max={12} style={{ width: '100%' }} />
              </Form.Item>
            )}
            <Form.Item name="dueDay" label={t('duties.fields.dueDay')} extra={frequency === 'monthly' ? t('duties.fields.dueDayHint') : undefined} required={frequency === 'yearly'} rules={[rule]}>
              <InputNumber min={1} max={31} style={{ width: '100%' }} />
            </Form.Item>
          </div>
        )}
        <div className="duty-form-row">
          <Form.Item name="seasonStart" label={`${t('duties.fields.season')} · ${t('duties.fields.seasonStart')}`} extra={t('duties.fields.seasonHint')} rules={[rule]}>
            <Input placeholder="06-01" maxLength={5} />
          </Form.Item>
          <Form.Item name="seasonEnd" label={t('duties.fields.seasonEnd')} rules={[rule]}>
            <Input placeholder="09-30" maxLength={5} />
          </Form.Item>
        </div>
        <Form.Item name="graceHours" label={t('duties.fields.graceHours')} extra={t('duties.fields.graceHint')} required rules={[rule]}>
          <InputNumber min={0} max={2160} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('duties.fields.form')} extra={t('duties.fields.formHint')} required>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <div key={f.key} className="duty-item-row">
                    <Form.Item name={[f.name, 'label']} rules={[{ required: true, message: t('duties.fields.itemLabel') }]}>
                      <Input placeholder={t('duties.fields.itemLabel')} maxLength={60} data-testid="duty-item-label" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'type']}>
                      <Select options={itemTypes.map((k) => ({ value: k, label: t(`duties.itemTypes.${k}`) }))} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => (form.getFieldValue(['items', f.name, 'type']) === 'choice' ? (
                        <Form.Item name={[f.name, 'options']}><Input placeholder={t('duties.fields.itemOptions')} /></Form.Item>
                      ) : (
                        <Form.Item name={[f.name, 'unit']}><Input placeholder={t('duties.fields.itemUnit')} maxLength={20} /></Form.Item>
                      ))}
                    </Form.Item>
                    <Form.Item name={[f.name, 'required']} valuePropName="checked"><Checkbox>{t('duties.fields.itemRequired')}</Checkbox></Form.Item>
                    <Button type="text" danger onClick={() => remove(f.name)} disabled={fields.length === 1} aria-label="remove">×</Button>
                  </div>
                ))}
                <Button type="dashed" block onClick={() => add({ type: 'number' })}>{t('duties.fields.addItem')}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
