import { planVisitInput } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { VisitDetail } from './types.ts';

const inspectable = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';
const isGroup = (u: OrgUnit) => u.level === 'group';
type Range = [Dayjs, Dayjs] | undefined;

/**
 * 安排督查 (or change a planned one): which group goes where, in which window, with which
 * checklists — unannounced by default (三不准). A group with a member from the unit is refused by
 * the server; the form warns as soon as both are chosen.
 */
export function PlanVisitModal({ onClose, visit }: { onClose: () => void; visit?: VisitDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const range = (): Range => form.getFieldValue('window') as Range;
  const { form, rule, validate, showError } = useZodForm(planVisitInput, (): { windowStart?: string; windowEnd?: string } => ({
    windowStart: range()?.[0].startOf('day').toISOString(),
    windowEnd: range()?.[1].endOf('day').toISOString(),
  }));
  const groups = useQuery(trpc.inspection.listGroups.queryOptions({}));
  const orgUnitId = Form.useWatch('orgUnitId', form) as string | undefined;
  const groupId = Form.useWatch('groupId', form) as string | undefined;
  const templates = useQuery({ ...trpc.inspection.availableTemplates.queryOptions({ orgUnitId: orgUnitId ?? '' }), enabled: !!orgUnitId });
  const conflicts = useQuery({ ...trpc.inspection.groupConflicts.queryOptions({ groupId: groupId ?? '', orgUnitId: orgUnitId ?? '' }), enabled: !!groupId && !!orgUnitId });
  const plan = useMutation(trpc.inspection.planVisit.mutationOptions());
  const update = useMutation(trpc.inspection.updateVisit.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    const done = async () => {
      message.success(visit ? t('inspections.plan.updated') : t('inspections.plan.done'));
      await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
      onClose();
    };
    if (visit) update.mutate({ ...input, visitId: visit.id }, { onSuccess: done, onError: showError });
    else plan.mutate(input, { onSuccess: done, onError: showError });
  };

  const initial = visit
    ? {
        orgUnitId: visit.orgUnit.id, groupId: visit.group.id, title: visit.title, unannounced: visit.unannounced,
        window: [dayjs(visit.windowStart), dayjs(visit.windowEnd)], templateRefs: visit.templates.map((x) => x.id),
      }
    : { unannounced: true, templateRefs: [] };

  return (
    <Modal
      open width={640} title={visit ? t('inspections.plan.editTitle') : t('inspections.plan.title')} onCancel={onClose} onOk={() => void submit()}
      okText={t('common.save')} okButtonProps={{ 'data-testid': 'visit-plan-submit' } as ButtonProps} confirmLoading={plan.isPending || update.isPending} destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initial} data-testid="visit-plan-form">
        <Form.Item name="orgUnitId" label={t('inspections.fields.unit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={inspectable} prune={isGroup} onChange={() => form.setFieldValue('templateRefs', [])} data-testid="visit-plan-unit" />
        </Form.Item>
        <Form.Item name="groupId" label={t('inspections.fields.group')} required rules={[rule]}>
          <Select loading={groups.isPending} options={(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name}(${g.members.map((m) => m.person.name).join('、')})` }))} data-testid="visit-plan-group" />
        </Form.Item>
        {conflicts.data && conflicts.data.length > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="visit-plan-conflict"
            title={t('inspections.plan.conflict', { who: conflicts.data.map((c) => `${c.personName}(${c.unitName})`).join('、') })} />
        )}
        <Form.Item name="title" label={t('inspections.fields.title')} required rules={[rule]}>
          <Input maxLength={100} placeholder={t('inspections.plan.titlePlaceholder')} data-testid="visit-plan-title" />
        </Form.Item>
        <Form.Item name="window" label={t('inspections.fields.window')} required rules={[{ required: true, message: t('inspections.plan.windowRequired') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="visit-plan-window" />
        </Form.Item>
        <Form.Item name="unannounced" label={t('inspections.mode.unannounced')} valuePropName="checked" extra={t('inspections.plan.unannouncedHint')}>
          <Switch data-testid="visit-plan-unannounced" />
        </Form.Item>
        <Form.Item name="templateRefs" label={t('inspections.fields.templates')} required rules={[rule]} extra={orgUnitId ? undefined : t('inspections.plan.pickUnitFirst')}>
          <Select
            mode="multiple" disabled={!orgUnitId} loading={templates.isFetching} data-testid="visit-plan-templates"
            options={(templates.data ?? []).map((x) => ({ value: x.ref, label: x.pluginId ? `${x.name}(${t('inspections.templates.fromPlugin')})` : x.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
