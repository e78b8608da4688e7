import { createLetterInput, targetDirections } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
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

const isGroup = (u: OrgUnit) => u.level === 'group';
const bound = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';

/** 签订责任状: both sides and their signatories, the period, and the targets. */
export function CreateLetterModal({ onClose, onDone }: { onClose: () => void; onDone?: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { index } = useOrgUnits();
  // The range picker holds days; the period is [first day, the day after the last) as instants.
  const { form, rule, validate, showError } = useZodForm(createLetterInput, (): object => {
    const [from, to] = (form.getFieldValue('period') as [Dayjs, Dayjs] | undefined) ?? [];
    const signedAt = form.getFieldValue('signedAt') as Dayjs | undefined;
    const person = (side: 'issuer' | 'signer') => ({ side, name: form.getFieldValue([side, 'name']) as string | undefined, position: form.getFieldValue([side, 'position']) as string | undefined });
    return {
      periodStart: from?.startOf('day').toISOString(), periodEnd: to?.add(1, 'day').startOf('day').toISOString(), signedAt: signedAt?.startOf('day').toISOString(),
      signatories: [person('issuer'), person('signer')],
    };
  });
  const create = useMutation(trpc.letter.create.mutationOptions());
  const canIssueAt = useCallback((u: OrgUnit) => canAt('core.keyWork.manage', u), [canAt]);

  useEffect(() => {
    if (form.isFieldTouched('issuingUnitId')) return;
    const own = index?.byId.get(me.orgUnitId);
    form.setFieldValue('issuingUnitId', own && canAt('core.keyWork.manage', own) ? own.id : me.scopes['core.keyWork.manage']?.[0]?.id);
  }, [form, index, me, canAt]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    create.mutate(input, {
      onSuccess: async ({ id }) => {
        message.success(t('accountability.letters.created'));
        await queryClient.invalidateQueries({ queryKey: trpc.letter.pathKey() });
        onDone?.(id);
        onClose();
      },
      onError: showError,
    });
  };
  const f = (k: string) => t(`accountability.letters.fields.${k}`);

  return (
    <Modal open width={760} title={t('accountability.letters.createTitle')} onCancel={onClose} onOk={() => void submit()} okText={t('accountability.letters.create')}
      okButtonProps={{ 'data-testid': 'letter-create-submit' } as ButtonProps} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'responsibility', targets: [{ direction: 'higher' }] }} data-testid="letter-form">
        <Form.Item name="title" label={f('title')} required rules={[rule]}>
          <Input maxLength={100} placeholder={t('accountability.letters.placeholders.title')} data-testid="letter-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="kind" label={f('kind')} required rules={[rule]}>
              <Radio.Group optionType="button" options={(['responsibility', 'target'] as const).map((k) => ({ value: k, label: t(`accountability.letters.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="category" label={f('category')} rules={[rule]}><Input maxLength={30} placeholder={t('accountability.letters.placeholders.category')} /></Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="documentNo" label={f('documentNo')} rules={[rule]}><Input maxLength={60} /></Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="issuingUnitId" label={f('issuingUnit')} required rules={[rule]}><OrgUnitTreeSelect selectable={canIssueAt} prune={isGroup} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="responsibleUnitId" label={f('responsibleUnit')} required rules={[rule]}><OrgUnitTreeSelect selectable={bound} prune={isGroup} data-testid="letter-unit" /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="responsibleParty" label={f('responsibleParty')} rules={[rule]}><Input maxLength={60} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="period" label={f('period')} required rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker.RangePicker style={{ width: '100%' }} data-testid="letter-period" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {(['issuer', 'signer'] as const).map((side) => (
            <Col xs={24} md={12} key={side}>
              <Row gutter={8}>
                <Col span={12}>
                  <Form.Item name={[side, 'name']} label={f(side === 'issuer' ? 'issuerSigner' : 'signerSigner')} required rules={[{ required: true, message: t('form.required') }]}>
                    <Input maxLength={30} data-testid={`letter-${side}`} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={[side, 'position']} label={f('position')}><Input maxLength={30} /></Form.Item>
                </Col>
              </Row>
            </Col>
          ))}
        </Row>
        <Form.Item name="signedAt" label={f('signedAt')}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <Card size="small" title={f('targets')} extra={<Button size="small" onClick={() => add({ direction: 'higher' })}>{t('accountability.letters.addTarget')}</Button>}>
              {fields.map((field, i) => (
                <Row gutter={8} key={field.key} align="bottom">
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'metric']} label={f('metric')} required rules={[rule]}><Input maxLength={40} placeholder={t('accountability.letters.placeholders.metric')} data-testid={`letter-metric-${i}`} /></Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item name={[field.name, 'unit']} label={f('unit')} required rules={[rule]}><Input maxLength={10} placeholder={t('accountability.letters.placeholders.unit')} data-testid={`letter-unit-${i}`} /></Form.Item>
                  </Col>
                  <Col xs={8} md={5}>
                    <Form.Item name={[field.name, 'direction']} label={f('direction')} rules={[rule]}>
                      <Select options={targetDirections.map((d) => ({ value: d, label: t(`accountability.letters.directions.${d}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={5}>
                    <Form.Item name={[field.name, 'targetValue']} label={f('targetValue')} required rules={[rule]}><InputNumber min={0} style={{ width: '100%' }} data-testid={`letter-target-${i}`} /></Form.Item>
                  </Col>
                  <Col xs={24} md={2}>
                    {fields.length > 1 && <Form.Item><Button type="link" danger onClick={() => remove(field.name)}>{t('common.delete')}</Button></Form.Item>}
                  </Col>
                </Row>
              ))}
            </Card>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
