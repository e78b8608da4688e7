import { recordVetoInput, removeVetoInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, List, Modal, Select, Tag } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { useCan } from '../../../app/session.ts';
import { useZodForm } from '../../../forms/use-zod-form.ts';
import type { PlanDetail, VetoView } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

/**
 * 一票否决: vetoes recorded by hand (with a reason) and those raised automatically by a veto
 * condition (e.g. a food-safety incident of level II or above). A vetoed unit is graded last whatever its score.
 */
/** What the panel shows: from the assessor's scoring sheet, or (for 督查室) the vetoes query. */
export interface VetoPanelData {
  units: { orgUnitId: string; name: string }[];
  vetoes: VetoView[];
  vetoRules: { key: string; name: string; kind: 'manual' | 'auto' }[];
}

export function VetoPanel({ plan, sheet }: { plan: PlanDetail; sheet: VetoPanelData }) {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<VetoView | null>(null);
  const mayVeto = can('core.assessment.veto') && plan.actions.includes('veto');
  const manualRules = sheet.vetoRules.filter((r) => r.kind === 'manual');
  const unitName = new Map(sheet.units.map((u) => [u.orgUnitId, u.name]));

  return (
    <Card
      variant="borderless"
      title={t('assessments.veto.title')}
      extra={mayVeto && manualRules.length > 0 && <Button size="small" danger onClick={() => setAdding(true)} data-testid="veto-record">{t('assessments.veto.record')}</Button>}
    >
      <List
        size="small"
        dataSource={sheet.vetoes}
        locale={{ emptyText: t('assessments.veto.empty') }}
        data-testid="veto-list"
        renderItem={(v) => (
          <List.Item actions={mayVeto && v.source === 'manual' ? [<Button key="rm" type="link" size="small" onClick={() => setRemoving(v)}>{t('assessments.veto.remove')}</Button>] : []}>
            <List.Item.Meta
              title={
                <span>
                  {unitName.get(v.orgUnitId) ?? '—'} · {v.ruleName} <Tag color={v.source === 'auto' ? 'purple' : 'red'}>{t(`assessments.veto.${v.source}`)}</Tag>
                </span>
              }
              description={v.reason}
            />
          </List.Item>
        )}
      />
      <p className="muted asm-rule-note">{sheet.vetoRules.some((r) => r.kind === 'auto') ? t('assessments.veto.autoHint') : t('assessments.editor.vetoRule')}</p>
      {adding && <RecordVetoModal plan={plan} sheet={sheet} onClose={() => setAdding(false)} />}
      {removing && <RemoveVetoModal plan={plan} veto={removing} unit={unitName.get(removing.orgUnitId) ?? ''} onClose={() => setRemoving(null)} />}
    </Card>
  );
}

function RecordVetoModal({ plan, sheet, onClose }: { plan: PlanDetail; sheet: VetoPanelData; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const { form, rule, validate, showError } = useZodForm(recordVetoInput, () => ({ planId: plan.id }));
  const record = useMutation(trpc.assessment.recordVeto.mutationOptions());
  const submit = async () => {
    const input = await validate();
    if (!input) return;
    record.mutate(input, {
      onSuccess: async () => {
        message.success(t('assessments.veto.recorded'));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };
  return (
    <Modal open title={t('assessments.veto.record')} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ danger: true, 'data-testid': 'veto-submit' } as ButtonProps} confirmLoading={record.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ ruleKey: sheet.vetoRules.find((r) => r.kind === 'manual')?.key }}>
        <Form.Item name="orgUnitId" label={t('assessments.units.unit')} required rules={[rule]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={sheet.units.map((u) => ({ value: u.orgUnitId, label: u.name }))} data-testid="veto-unit" />
        </Form.Item>
        <Form.Item name="ruleKey" label={t('assessments.veto.rule')} required rules={[rule]}>
          <Select options={sheet.vetoRules.filter((r) => r.kind === 'manual').map((r) => ({ value: r.key, label: r.name }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('assessments.veto.reason')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="veto-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RemoveVetoModal({ plan, veto, unit, onClose }: { plan: PlanDetail; veto: VetoView; unit: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const { form, rule, validate, showError } = useZodForm(removeVetoInput, () => ({ planId: plan.id, vetoId: veto.id }));
  const remove = useMutation(trpc.assessment.removeVeto.mutationOptions());
  const submit = async () => {
    const input = await validate();
    if (!input) return;
    remove.mutate(input, {
      onSuccess: async () => {
        message.success(t('assessments.veto.removed'));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };
  return (
    <Modal open title={`${t('assessments.veto.remove')} · ${unit}`} onCancel={onClose} onOk={() => void submit()} confirmLoading={remove.isPending} destroyOnHidden>
      <p>{veto.ruleName}:{veto.reason}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('assessments.veto.removeReason')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
