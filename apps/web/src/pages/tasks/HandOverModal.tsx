import { handOverInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt, useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { useFormDraft } from '../../forms/use-form-draft.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { KeyWorkSelect } from './KeyWorkSelect.tsx';
import { OrgUnitMultiSelect } from './OrgUnitMultiSelect.tsx';
import { ResponsiblePersonSelect } from './ResponsiblePersonSelect.tsx';
import { proposalKinds, type TaskKind } from './types.ts';
import { useTaskKinds } from './use-task-kinds.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';
import { useSubmissionKey } from '../../forms/use-submission-key.ts';

/** Items go to townships, villages or departments (not the county, not a 组). */
const takesItems = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';
const isGroup = (u: OrgUnit) => u.level === 'group';
/** The deadline is the end of the chosen day, sent as an instant. */
const deadlineIso = (d: Dayjs | undefined) => (d ? d.endOf('day').toISOString() : undefined);

/** 交办: what, to whom (with assisting units and a responsible person), by when. */
export function HandOverModal({ onClose, onDone }: { onClose: () => void; onDone?: (task: { id: string; serial: string; title: string }) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { kindOptions, channelOptions } = useTaskKinds();
  const me = useMe();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const { index } = useOrgUnits();
  // The deadline field holds a dayjs; the schema sees it as an ISO instant.
  const { form, rule, validate, showError } = useZodForm(handOverInput, (): { deadline?: string } => ({ deadline: deadlineIso(form.getFieldValue('deadline') as Dayjs | undefined) }));
  const handOver = useMutation(trpc.task.handOver.mutationOptions());
  // Pressing 确定 again after a lost answer gets the first record back, not a second one.
  const [idempotencyKey, renewKey] = useSubmissionKey();
  // A long form: a draft survives a closed tab, and a mask click or Esc asks before discarding.
  const draft = useFormDraft(form, 'task.handOver', onClose);
  const kind = Form.useWatch('kind', form) as TaskKind | undefined;
  const responsibleUnitId = Form.useWatch('responsibleUnitId', form) as string | undefined;

  const canHandOverAt = useCallback((u: OrgUnit) => canAt('core.task.handOver', u), [canAt]);
  const canAssist = useCallback((u: OrgUnit) => takesItems(u) && u.id !== responsibleUnitId, [responsibleUnitId]);

  // The supervising unit: the user's own unit (e.g. 县委办督查室) when they may hand over from it,
  // else the top unit where they hold the permission.
  useEffect(() => {
    if (form.isFieldTouched('supervisingUnitId')) return;
    const own = index?.byId.get(me.orgUnitId);
    const fallback = me.scopes['core.task.handOver']?.[0]?.id;
    form.setFieldValue('supervisingUnitId', own && canAt('core.task.handOver', own) ? own.id : fallback);
  }, [form, index, me, canAt]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    handOver.mutate({ ...input, idempotencyKey }, {
      onSuccess: async (task) => {
        renewKey();
        message.success(t('tasks.handOver.done', { serial: task.serial }));
        draft.clear();
        await invalidate();
        onDone?.(task);
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={720}
      title={t('tasks.handOver.title')}
      onCancel={draft.confirmClose}
      onOk={() => void submit()}
      okText={t('tasks.handOver.submit')}
      okButtonProps={{ 'data-testid': 'handover-submit' } as ButtonProps}
      confirmLoading={handOver.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'rectification', assistingUnitIds: [] }} onValuesChange={draft.save} data-testid="handover-form">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label={t('tasks.fields.kind')} required rules={[rule]}>
              <Select options={kindOptions} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label={t('tasks.handOver.titleLabel')} required rules={[rule]}>
              <Input maxLength={100} placeholder={t('tasks.handOver.titlePlaceholder')} data-testid="handover-title" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('tasks.fields.description')} rules={[rule]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('tasks.handOver.descriptionPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="supervisingUnitId" label={t('tasks.fields.supervisingUnit')} required rules={[rule]}>
              <OrgUnitTreeSelect selectable={canHandOverAt} prune={isGroup} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="deadline" label={t('tasks.fields.deadline')} required rules={[rule]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="handover-deadline" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="responsibleUnitId" label={t('tasks.fields.responsibleUnit')} required rules={[rule]} extra={t('tasks.handOver.responsibleHint')}>
              <OrgUnitTreeSelect
                selectable={takesItems}
                prune={isGroup}
                placeholder={t('tasks.handOver.responsiblePlaceholder')}
                onChange={() => form.setFieldValue('responsiblePersonId', undefined)}
                data-testid="handover-responsible"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="responsiblePersonId" label={t('tasks.fields.responsiblePerson')} rules={[rule]}>
              <ResponsiblePersonSelect unitId={responsibleUnitId} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="assistingUnitIds" label={t('tasks.fields.assistingUnits')} rules={[rule]}>
              <OrgUnitMultiSelect selectable={canAssist} placeholder={t('tasks.handOver.assistingPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="keyWorkId" label={t('tasks.fields.keyWork')} rules={[rule]}>
              <KeyWorkSelect />
            </Form.Item>
          </Col>
        </Row>
        {kind && proposalKinds.includes(kind) && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="proposer" label={t('tasks.fields.proposer')} rules={[rule]}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="proposerPhone" label={t('tasks.fields.proposerPhone')} rules={[rule]}>
                <Input maxLength={20} className="mono" />
              </Form.Item>
            </Col>
          </Row>
        )}
        {kind === 'complaint' && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="channel" label={t('tasks.fields.channel')} rules={[rule]}>
                <Select allowClear options={channelOptions} data-testid="handover-channel" />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </Modal>
  );
}
