import { createFromTemplateInput, createPlanInput } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { blankConfig } from './plan-editor/blank-config.ts';
import { useBilingual } from './use-bilingual.ts';

const thisYear = new Date().getFullYear();
const isGroup = (u: OrgUnit) => u.level === 'group' || u.level === 'village';
export const unitLevels = ['township', 'department', 'village'] as const;
export const groupings = ['district', 'all', 'level'] as const;

/** The period's picked dates as the API wants them: start of the first day, exclusive end after the last. */
function periodOf(range: [Dayjs, Dayjs] | undefined) {
  if (!range) return {};
  return { periodStart: range[0].startOf('day').toISOString(), periodEnd: range[1].add(1, 'day').startOf('day').toISOString() };
}

/**
 * 新建考核方案: from a ready template (the generic township key-work assessment, or a plugin's,
 * e.g. food safety) or blank. Either way the plan starts as a draft the admin then adjusts.
 */
export function CreatePlanModal({ mode, onClose, onDone }: { mode: 'template' | 'blank'; onClose: () => void; onDone: (planId: string) => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const bi = useBilingual();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const catalog = useQuery(trpc.assessment.catalog.queryOptions());
  const plans = useQuery(trpc.assessment.listPlans.queryOptions({}));
  const fromTemplate = mode === 'template';
  const { form, rule, validate, showError } = useZodForm(fromTemplate ? createFromTemplateInput : createPlanInput, (): object => ({
    ...periodOf(form.getFieldValue('period') as [Dayjs, Dayjs] | undefined),
    ...(fromTemplate ? {} : { config: catalog.data ? blankConfig(catalog.data, i18n.language) : undefined }),
  }));
  const fromTemplateMutation = useMutation(trpc.assessment.createFromTemplate.mutationOptions());
  const blankMutation = useMutation(trpc.assessment.createPlan.mutationOptions());
  const canManageAt = useCallback((u: OrgUnit) => canAt('core.assessment.manage', u), [canAt]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    const done = {
      onSuccess: async (plan: { planId: string }) => {
        message.success(t('assessments.create.done'));
        await queryClient.invalidateQueries({ queryKey: trpc.assessment.pathKey() });
        onDone(plan.planId);
        onClose();
      },
      onError: showError,
    };
    if (fromTemplate) fromTemplateMutation.mutate(input as z.output<typeof createFromTemplateInput>, done);
    else blankMutation.mutate(input as z.output<typeof createPlanInput>, done);
  };

  const templates = catalog.data?.templates ?? [];
  // The catalogue may arrive after the form mounted: preselect the first template then.
  const firstTemplate = templates[0]?.key;
  useEffect(() => {
    if (fromTemplate && firstTemplate && !form.getFieldValue('templateKey')) form.setFieldValue('templateKey', firstTemplate);
  }, [form, fromTemplate, firstTemplate]);

  return (
    <Modal
      open
      width={720}
      title={fromTemplate ? t('assessments.create.fromTemplate') : t('assessments.create.blank')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.create')}
      okButtonProps={{ 'data-testid': 'plan-create-submit' } as ButtonProps}
      confirmLoading={fromTemplateMutation.isPending || blankMutation.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          year: thisYear,
          units: { mode: 'level', level: 'township' },
          grouping: { by: 'district' },
          period: [dayjs(`${thisYear}-01-01`), dayjs(`${thisYear}-12-31`)],
        }}
        data-testid="plan-create-form"
      >
        {fromTemplate && (
          <Form.Item name="templateKey" label={t('assessments.create.template')} required rules={[rule]}>
            <Select
              loading={catalog.isPending}
              data-testid="plan-template"
              options={templates.map((tpl) => ({ value: tpl.key, label: `${bi(tpl.name)}${tpl.source === 'core' ? '' : ` · ${tpl.source}`}` }))}
              optionRender={(option) => {
                const tpl = templates.find((x) => x.key === option.value);
                return (
                  <div>
                    <div>{option.label}</div>
                    {tpl?.description && <div className="muted asm-option-hint">{bi(tpl.description)}</div>}
                  </div>
                );
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('assessments.fields.name')} required={!fromTemplate} rules={[rule]} extra={fromTemplate ? t('assessments.create.nameHint') : undefined}>
          <Input maxLength={80} data-testid="plan-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="year" label={t('assessments.fields.year')} required rules={[rule]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="period" label={t('assessments.fields.period')} required={!fromTemplate}>
              <DatePicker.RangePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="ownerUnitId" label={t('assessments.fields.ownerUnit')} required rules={[rule]} extra={t('assessments.create.ownerHint')}>
          <OrgUnitTreeSelect selectable={canManageAt} prune={isGroup} data-testid="plan-owner" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name={['units', 'mode']} hidden>
              <Input />
            </Form.Item>
            <Form.Item name={['units', 'level']} label={t('assessments.fields.assessedUnits')} rules={[rule]}>
              <Select options={unitLevels.map((l) => ({ value: l, label: t('assessments.units.allOfLevel', { level: t(`levels.${l}`) }) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['grouping', 'by']} label={t('assessments.fields.grouping')} rules={[rule]}>
              <Select options={groupings.map((g) => ({ value: g, label: t(`assessments.grouping.${g}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="previousPlanId" label={t('assessments.fields.previousPlan')} rules={[rule]} extra={t('assessments.create.previousHint')}>
          <Select allowClear loading={plans.isPending} options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.year} · ${p.name}` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
