import { createKeyWorkInput, targetAggregations, targetDirections } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { OrgUnitMultiSelect } from '../tasks/OrgUnitMultiSelect.tsx';
import { ResponsiblePersonSelect } from '../tasks/ResponsiblePersonSelect.tsx';
import { keyWorkSources } from './types.ts';
import { useSubmissionKey } from '../../forms/use-submission-key.ts';

const deadlineIso = (d: Dayjs | undefined) => (d ? d.endOf('day').toISOString() : undefined);
const isGroup = (u: OrgUnit) => u.level === 'group';
const newTarget = () => ({ metric: '', unit: '', targetValue: undefined, direction: 'higher', aggregation: 'sum' });

/** 部署重点工作: title, source, lead unit, deadline and quantified targets. */
export function CreateKeyWorkModal({ onClose, onDone }: { onClose: () => void; onDone?: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(createKeyWorkInput, (): { deadline?: string } => ({ deadline: deadlineIso(form.getFieldValue('deadline') as Dayjs | undefined) }));
  const create = useMutation(trpc.keyWork.create.mutationOptions());
  // Pressing 确定 again after a lost answer gets the first record back, not a second one.
  const [idempotencyKey, renewKey] = useSubmissionKey();
  const canManageAt = useCallback((u: OrgUnit) => canAt('core.keyWork.manage', u), [canAt]);
  const anyUnit = useCallback(() => true, []);
  const leadUnitId = Form.useWatch('leadUnitId', form) as string | undefined;

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    create.mutate({ ...input, idempotencyKey }, {
      onSuccess: async (kw) => {
        renewKey();
        message.success(t('keyWork.create.done'));
        await queryClient.invalidateQueries({ queryKey: trpc.keyWork.pathKey() });
        onDone?.(kw.id);
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={760}
      title={t('keyWork.create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('keyWork.create.submit')}
      okButtonProps={{ 'data-testid': 'kw-create-submit' } as ButtonProps}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ year: new Date().getFullYear(), targets: [newTarget()] }}
        data-testid="kw-create-form"
      >
        <Form.Item name="title" label={t('keyWork.fields.title')} required rules={[rule]}>
          <Input maxLength={100} data-testid="kw-title" />
        </Form.Item>
        <Form.Item name="description" label={t('keyWork.fields.description')} rules={[rule]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="source" label={t('keyWork.fields.source')} rules={[rule]}>
              <Select allowClear options={keyWorkSources.map((s) => ({ value: s, label: t(`keyWork.source.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="documentNo" label={t('keyWork.fields.documentNo')} rules={[rule]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('keyWork.fields.year')} required rules={[rule]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="leadUnitId" label={t('keyWork.fields.leadUnit')} required rules={[rule]}>
              <OrgUnitTreeSelect selectable={canManageAt} prune={isGroup} data-testid="kw-lead-unit" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="deadline" label={t('keyWork.fields.deadline')} required rules={[rule]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="kw-deadline" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="assistingUnitIds" label={t('keyWork.fields.assistingUnits')} rules={[rule]}>
              <OrgUnitMultiSelect selectable={anyUnit} placeholder={t('keyWork.create.assistingPlaceholder')} data-testid="kw-assisting" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="responsiblePersonId" label={t('keyWork.fields.responsiblePerson')} rules={[rule]}>
              <ResponsiblePersonSelect unitId={leadUnitId} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('keyWork.fields.targets')} style={{ marginBottom: 0 }}>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <div key={field.key} className="kw-target-row" data-testid="kw-target-row">
                    <Space align="baseline" wrap style={{ display: 'flex' }}>
                      <Form.Item name={[field.name, 'metric']} rules={[rule]}>
                        <Input placeholder={t('keyWork.fields.metric')} maxLength={40} style={{ width: 220 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'baselineValue']} rules={[rule]}>
                        <InputNumber placeholder={t('keyWork.fields.baselineValue')} min={0} style={{ width: 110 }} data-testid="kw-target-baseline" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'targetValue']} rules={[rule]}>
                        <InputNumber placeholder={t('keyWork.fields.targetValue')} min={0} style={{ width: 110 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'unit']} rules={[rule]}>
                        <Input placeholder={t('keyWork.fields.unit')} maxLength={10} style={{ width: 80 }} />
                      </Form.Item>
                      <Button type="link" danger onClick={() => remove(field.name)}>
                        {t('common.delete')}
                      </Button>
                    </Space>
                    <Space align="baseline" wrap style={{ display: 'flex' }}>
                      <Form.Item name={[field.name, 'direction']} label={t('keyWork.fields.direction')} rules={[rule]}>
                        <Select style={{ width: 120 }} options={targetDirections.map((d) => ({ value: d, label: t(`keyWork.direction.${d}`) }))} data-testid="kw-target-direction" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'aggregation']} label={t('keyWork.fields.aggregation')} rules={[rule]}>
                        <Select style={{ width: 200 }} options={targetAggregations.map((a) => ({ value: a, label: t(`keyWork.aggregation.${a}`) }))} data-testid="kw-target-aggregation" />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          form.getFieldValue(['targets', field.name, 'aggregation']) === 'weighted_mean' && (
                            <Form.Item name={[field.name, 'weightLabel']} label={t('keyWork.fields.weightLabel')} rules={[rule]}>
                              <Input maxLength={20} placeholder="抽样户数" style={{ width: 120 }} />
                            </Form.Item>
                          )
                        }
                      </Form.Item>
                    </Space>
                  </div>
                ))}
                {fields.length < 10 && (
                  <Button type="dashed" icon={<IconPlus />} onClick={() => add(newTarget())} data-testid="kw-add-target">
                    {t('keyWork.create.addTarget')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
