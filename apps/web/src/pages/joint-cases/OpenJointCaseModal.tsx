import { openJointCaseInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt, useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useCaseInvalidate } from './use-case-invalidate.ts';

/** Shares go to townships, villages or departments (not the county, not a 组). */
const takesShares = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';
const isGroup = (u: OrgUnit) => u.level === 'group';

interface ShareFields { orgUnitId?: string; duty?: string; deadline?: Dayjs; steps?: string[] }
/** The form keeps a day and step names as typed; the schema wants an instant and step objects. */
const toShare = (s: ShareFields | undefined) => ({
  orgUnitId: s?.orgUnitId, duty: s?.duty, deadline: s?.deadline ? s.deadline.endOf('day').toISOString() : undefined,
  steps: (s?.steps ?? []).map((name) => ({ name })),
});

/** 联合办案立案: the case, the lead unit's share and each co-handler's share (duty, deadline, steps). */
export function OpenJointCaseModal({ onClose, onDone }: { onClose: () => void; onDone?: (c: { id: string; serial: string }) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useCaseInvalidate();
  const { index } = useOrgUnits();
  const { form, rule, validate, showError } = useZodForm(openJointCaseInput, (): object => ({
    lead: toShare(form.getFieldValue('lead') as ShareFields | undefined),
    coHandlers: ((form.getFieldValue('coHandlers') as ShareFields[] | undefined) ?? []).map(toShare),
  }));
  const open = useMutation(trpc.jointCase.open.mutationOptions());
  const canOpenAt = useCallback((u: OrgUnit) => canAt('core.task.handOver', u), [canAt]);

  // The coordinating unit: the user's own (县委办督查室) when they may hand over from it.
  useEffect(() => {
    if (form.isFieldTouched('supervisingUnitId')) return;
    const own = index?.byId.get(me.orgUnitId);
    form.setFieldValue('supervisingUnitId', own && canAt('core.task.handOver', own) ? own.id : me.scopes['core.task.handOver']?.[0]?.id);
  }, [form, index, me, canAt]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    open.mutate(input, {
      onSuccess: async (c) => {
        message.success(t('jointCases.opened', { serial: c.serial }));
        await invalidate();
        onDone?.(c);
        onClose();
      },
      onError: showError,
    });
  };

  const shareFields = (prefix: (string | number)[], testId: string) => (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name={[...prefix, 'orgUnitId']} label={t('jointCases.fields.unit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={takesShares} prune={isGroup} data-testid={`${testId}-unit`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[...prefix, 'deadline']} label={t('jointCases.fields.deadline')} required rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid={`${testId}-deadline`} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name={[...prefix, 'duty']} label={t('jointCases.fields.duty')} required rules={[rule]}>
          <Input maxLength={60} placeholder={t('jointCases.placeholders.duty')} data-testid={`${testId}-duty`} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name={[...prefix, 'steps']} label={t('jointCases.fields.steps')}>
          <Select mode="tags" open={false} suffixIcon={null} placeholder={t('jointCases.placeholders.steps')} data-testid={`${testId}-steps`} />
        </Form.Item>
      </Col>
    </Row>
  );

  return (
    <Modal
      open
      width={760}
      title={t('jointCases.openTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('jointCases.open')}
      okButtonProps={{ 'data-testid': 'case-open-submit' } as ButtonProps}
      confirmLoading={open.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ coHandlers: [{}] }} data-testid="case-open-form">
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('jointCases.fields.title')} required rules={[rule]}>
              <Input maxLength={100} placeholder={t('jointCases.placeholders.title')} data-testid="case-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('jointCases.fields.category')} rules={[rule]}>
              <Input maxLength={30} placeholder={t('jointCases.placeholders.category')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('jointCases.fields.description')} rules={[rule]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="supervisingUnitId" label={t('jointCases.fields.supervisingUnit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={canOpenAt} prune={isGroup} />
        </Form.Item>
        <Card size="small" title={t('jointCases.fields.leadUnit')} style={{ marginBottom: 12 }}>
          {shareFields(['lead'], 'case-lead')}
        </Card>
        <Form.List name="coHandlers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`${t('jointCases.co')} ${i + 1}`}
                  style={{ marginBottom: 12 }}
                  extra={fields.length > 1 && <Button type="link" size="small" danger onClick={() => remove(field.name)}>{t('common.delete')}</Button>}
                >
                  {shareFields([field.name], `case-co-${i}`)}
                </Card>
              ))}
              <Button block type="dashed" onClick={() => add({})} data-testid="case-add-co">{t('jointCases.addCoHandler')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
