import { generateRotationInput } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useMe } from '../../app/session.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

const year = dayjs().year();

/**
 * 生成轮换计划: the groups, the districts, how many rotations over which period. The server
 * builds a plan that keeps every rule, or says why none exists — shown here, in the form.
 */
export function GenerateRotationModal({ onClose, onDone }: { onClose: () => void; onDone: (planId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const span = (): [Dayjs, Dayjs] | undefined => form.getFieldValue('span') as [Dayjs, Dayjs] | undefined;
  const { form, rule, validate } = useZodForm(generateRotationInput, (): { planningUnitId?: string; startsOn?: string; endsOn?: string } => ({
    planningUnitId: me.scopes['core.inspection.plan']?.[0]?.id,
    startsOn: span()?.[0].format('YYYY-MM-DD'),
    endsOn: span()?.[1].format('YYYY-MM-DD'),
  }));
  const groups = useQuery(trpc.inspection.listGroups.queryOptions({}));
  const districts = useQuery(trpc.district.list.queryOptions());
  const generate = useMutation(trpc.inspection.generateRotation.mutationOptions());

  // Every group of the year and every district, as the source county rotates them.
  useEffect(() => {
    if (groups.data && !form.isFieldTouched('groupIds')) form.setFieldValue('groupIds', groups.data.filter((g) => g.year === year).map((g) => g.id));
  }, [groups.data, form]);
  useEffect(() => {
    if (districts.data && !form.isFieldTouched('districtIds')) form.setFieldValue('districtIds', districts.data.map((d) => d.id));
  }, [districts.data, form]);

  const submit = async () => {
    setRefusal(null);
    const input = await validate();
    if (!input) return;
    generate.mutate(input, {
      onSuccess: async (plan) => {
        await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
        onDone(plan.id);
        onClose();
      },
      onError: (error) => setRefusal(errorMessage(error, t)),
    });
  };

  return (
    <Modal
      open width={600} title={t('inspections.rotation.generate')} onCancel={onClose} onOk={() => void submit()} okText={t('inspections.rotation.generateSubmit')}
      okButtonProps={{ 'data-testid': 'rotation-generate-submit' } as ButtonProps} confirmLoading={generate.isPending} destroyOnHidden
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="rotation-refusal" />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ name: t('inspections.rotation.defaultName', { year }), year, stages: 4, span: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)] }}>
        <Form.Item name="name" label={t('inspections.rotation.name')} required rules={[rule]}><Input maxLength={60} data-testid="rotation-name" /></Form.Item>
        <Form.Item name="year" label={t('inspections.rotation.year')} required rules={[rule]}><InputNumber min={2000} max={2100} /></Form.Item>
        <Form.Item name="groupIds" label={t('inspections.nav.groups')} required rules={[rule]}>
          <Select mode="multiple" loading={groups.isPending} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} data-testid="rotation-groups" />
        </Form.Item>
        <Form.Item name="districtIds" label={t('inspections.rotation.districts')} required rules={[rule]}>
          <Select mode="multiple" loading={districts.isPending} options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="stages" label={t('inspections.rotation.stages')} required rules={[rule]} extra={t('inspections.rotation.stagesHint')}>
          <InputNumber min={1} max={24} data-testid="rotation-stages" />
        </Form.Item>
        <Form.Item name="span" label={t('inspections.rotation.span')} required rules={[{ required: true, message: t('inspections.rotation.spanRequired') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
