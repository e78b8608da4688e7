import { updatePlanInput } from '@duban/api/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../api/types.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { useZodForm } from '../../../forms/use-zod-form.ts';
import { OrgUnitMultiSelect } from '../../tasks/OrgUnitMultiSelect.tsx';
import { groupings, unitLevels } from '../CreatePlanModal.tsx';
import { lastDayOf } from '../period.ts';
import type { PeerGrouping, PlanDetail, UnitSelection } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

const assessable = (u: OrgUnit) => u.level === 'township' || u.level === 'department' || u.level === 'village';

/**
 * Name, period and previous plan change at any time the plan is editable; who is assessed and how
 * they are grouped only in draft (the server refuses otherwise: scores would lose their unit).
 */
export function EditSettingsModal({ plan, units, grouping, onClose }: { plan: PlanDetail; units?: UnitSelection; grouping?: PeerGrouping; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const draft = plan.status === 'draft';
  const plans = useQuery(trpc.assessment.listPlans.queryOptions({}));
  const { form, rule, validate, showError } = useZodForm(updatePlanInput, () => {
    const range = form.getFieldValue('period') as [Dayjs, Dayjs] | undefined;
    return {
      planId: plan.id,
      ...(range ? { periodStart: range[0].startOf('day').toISOString(), periodEnd: range[1].add(1, 'day').startOf('day').toISOString() } : {}),
    };
  });
  const update = useMutation(trpc.assessment.updatePlan.mutationOptions());
  const mode = Form.useWatch(['units', 'mode'], form) as UnitSelection['mode'] | undefined;

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    update.mutate(draft ? input : { ...input, units: undefined, grouping: undefined }, {
      onSuccess: async () => {
        message.success(t('common.saved'));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={680}
      title={t('assessments.settings.edit')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'settings-submit' } as ButtonProps}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          name: plan.name,
          previousPlanId: plan.previousPlanId,
          period: [dayjs(plan.periodStart), dayjs(lastDayOf(plan.periodEnd))],
          units: units ?? { mode: 'level', level: 'township' },
          grouping: grouping ?? { by: 'district' },
        }}
      >
        <Form.Item name="name" label={t('assessments.fields.name')} rules={[rule]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="period" label={t('assessments.fields.period')}>
          <DatePicker.RangePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="previousPlanId" label={t('assessments.fields.previousPlan')} rules={[rule]} extra={t('assessments.create.previousHint')}>
          <Select allowClear options={(plans.data ?? []).filter((p) => p.id !== plan.id).map((p) => ({ value: p.id, label: `${p.year} · ${p.name}` }))} />
        </Form.Item>
        <Form.Item name={['units', 'mode']} label={t('assessments.fields.assessedUnits')} extra={draft ? undefined : t('assessments.settings.unitsLocked')}>
          <Radio.Group disabled={!draft} options={[{ value: 'level', label: t('assessments.units.byLevel') }, { value: 'set', label: t('assessments.units.bySet') }]} />
        </Form.Item>
        {mode === 'set' ? (
          <Form.Item name={['units', 'orgUnitIds']} rules={[rule]}>
            <OrgUnitMultiSelect selectable={assessable} placeholder={t('assessments.units.pick')} />
          </Form.Item>
        ) : (
          <Form.Item name={['units', 'level']} rules={[rule]}>
            <Select disabled={!draft} options={unitLevels.map((l) => ({ value: l, label: t('assessments.units.allOfLevel', { level: t(`levels.${l}`) }) }))} />
          </Form.Item>
        )}
        <Form.Item name={['grouping', 'by']} label={t('assessments.fields.grouping')} rules={[rule]}>
          <Select disabled={!draft} options={[...groupings, ...(grouping?.by === 'custom' ? (['custom'] as const) : [])].map((g) => ({ value: g, label: t(`assessments.grouping.${g}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
