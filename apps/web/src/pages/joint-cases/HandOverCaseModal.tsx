import { authorityKinds, handOverCaseInput, handOverKinds, type HandOverKind } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { JointCaseDetail, JointCaseShare } from './types.ts';
import { useCaseInvalidate } from './use-case-invalidate.ts';

const isGroup = (u: OrgUnit) => u.level === 'group';

/**
 * 移交 / 移送 / 移办 by a share's unit: to the judiciary or another authority by name, or (移办)
 * to a unit of the county, which gets a share with its own deadline.
 */
export function HandOverCaseModal({ jointCase, share, onClose }: { jointCase: JointCaseDetail; share: JointCaseShare; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useCaseInvalidate();
  const { form, rule, validate, showError } = useZodForm(handOverCaseInput, (): object => ({
    shareId: share.id,
    deadline: (form.getFieldValue('deadline') as Dayjs | undefined)?.endOf('day').toISOString(),
    handedOverAt: (form.getFieldValue('handedOverAt') as Dayjs | undefined)?.toISOString(),
  }));
  const handOver = useMutation(trpc.jointCase.handOver.mutationOptions());
  const kind = (Form.useWatch('kind', form) as HandOverKind | undefined) ?? 'refer';
  const toUnitId = Form.useWatch('toUnitId', form) as string | undefined;
  // A unit already in the case cannot take a second share.
  const taken = new Set(jointCase.shares.map((s) => s.orgUnitId));
  const canReceive = useCallback((u: OrgUnit) => (u.level === 'township' || u.level === 'department') && !taken.has(u.id), [taken]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    handOver.mutate(input, {
      onSuccess: async () => {
        message.success(t('jointCases.handOver.done', { kind: t(`jointCases.handOver.kinds.${input.kind}`) }));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={640}
      title={`${t('jointCases.handOver.title')} · ${share.orgUnit.name}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.ok')}
      okButtonProps={{ 'data-testid': 'handover-confirm' } as ButtonProps}
      confirmLoading={handOver.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'refer', authorityKind: 'police' }} data-testid="case-handover-form">
        <Form.Item name="kind" label={t('jointCases.handOver.kind')} required rules={[rule]} extra={t(`jointCases.handOver.kindHints.${kind}`)}>
          <Radio.Group
            optionType="button"
            options={handOverKinds.map((k) => ({ value: k, label: t(`jointCases.handOver.kinds.${k}`) }))}
            onChange={(e) => form.setFieldValue('authorityKind', e.target.value === 'delegate' ? 'department' : 'police')}
            data-testid="handover-kind"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="authorityKind" label={t('jointCases.handOver.authorityKind')} required rules={[rule]}>
              <Select options={authorityKinds.map((k) => ({ value: k, label: t(`jointCases.handOver.authorityKinds.${k}`) }))} data-testid="handover-authority-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            {kind === 'delegate' ? (
              <Form.Item name="toUnitId" label={t('jointCases.handOver.toUnit')} required rules={[rule]} extra={t('jointCases.handOver.toUnitHint')}>
                <OrgUnitTreeSelect selectable={canReceive} prune={isGroup} data-testid="handover-to-unit" />
              </Form.Item>
            ) : (
              <Form.Item name="authorityName" label={t('jointCases.handOver.authorityName')} required rules={[rule]}>
                <Input maxLength={60} placeholder={t('jointCases.handOver.authorityNamePlaceholder')} data-testid="handover-authority" />
              </Form.Item>
            )}
          </Col>
        </Row>
        {kind === 'delegate' && toUnitId && (
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item name="duty" label={t('jointCases.handOver.duty')} rules={[rule]}>
                <Input maxLength={60} placeholder={t('jointCases.placeholders.duty')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="deadline" label={t('jointCases.handOver.deadline')} required rules={[{ required: true, message: t('form.required') }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="reason" label={t('jointCases.handOver.reason')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('jointCases.handOver.reasonPlaceholder')} data-testid="handover-reason" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="documentNo" label={t('jointCases.handOver.documentNo')} rules={[rule]}>
              <Input maxLength={60} data-testid="handover-document" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="receivedBy" label={t('jointCases.handOver.receivedBy')} rules={[rule]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="handedOverAt" label={t('jointCases.handOver.handedOverAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'refer' && <Alert type="info" showIcon title={t('jointCases.handOver.kindHints.refer')} />}
      </Form>
    </Modal>
  );
}
