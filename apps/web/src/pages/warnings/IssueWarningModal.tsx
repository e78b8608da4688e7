import { defaultAckMinutes, issueWarningInput, type WarningLevelKey } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { OrgUnitMultiSelect } from '../tasks/OrgUnitMultiSelect.tsx';
import { useSubmissionKey } from '../../forms/use-submission-key.ts';

const levels: WarningLevelKey[] = ['blue', 'yellow', 'orange', 'red'];

/** 发布预警: level, title, text, the area (units) and named people, validity and minutes to acknowledge. */
export function IssueWarningModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const can = useCan();
  const { roots } = usePermissionRoots('core.warning.issue');
  const { form, rule, validate, showError } = useZodForm(issueWarningInput);
  const level = (Form.useWatch('level', form) as WarningLevelKey | undefined) ?? 'yellow';
  const issuingUnitId = Form.useWatch('issuingUnitId', form) as string | undefined;
  const [search, setSearch] = useState('');
  const people = useQuery({
    ...trpc.person.list.queryOptions({ orgUnitId: issuingUnitId ?? '', includeDescendants: true, search: search || undefined, page: 1, pageSize: 50 }),
    enabled: !!issuingUnitId && can('core.person.read'),
  });
  const issue = useMutation(trpc.warning.issue.mutationOptions());
  // Pressing 确定 again after a lost answer gets the first record back, not a second one.
  const [idempotencyKey, renewKey] = useSubmissionKey();
  const inScope = (u: { path: string; level: string }) => withinRoots(roots, u) && u.level !== 'department';

  const submit = async () => {
    const until = form.getFieldValue('validUntilPicker') as Dayjs | undefined;
    const input = await validate({ validUntil: until?.toISOString() });
    if (!input) return;
    issue.mutate({ ...input, idempotencyKey }, {
      onSuccess: async (r) => {
        renewKey();
        message.success(t('warnings.issued', { count: r.recipients }));
        await queryClient.invalidateQueries({ queryKey: trpc.warning.pathKey() });
        onClose();
        void navigate(`/warnings/${r.id}`);
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={640}
      title={t('warnings.issue')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('warnings.issue')}
      okButtonProps={{ danger: level === 'red' || level === 'orange', 'data-testid': 'issue-warning-submit' } as ButtonProps}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ level: 'yellow', issuingUnitId: roots[0]?.id, validUntilPicker: dayjs().add(1, 'day'), areaUnitIds: [], personIds: [] }}
      >
        <Form.Item name="level" label={t('warnings.fields.level')} required rules={[rule]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={levels.map((l) => ({ value: l, label: t(`warnings.levels.${l}`) }))} data-testid="warning-level-input" />
        </Form.Item>
        <Form.Item name="issuingUnitId" label={t('warnings.fields.issuingUnit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={(u) => withinRoots(roots, u)} data-testid="warning-issuer" />
        </Form.Item>
        <Form.Item name="title" label={t('warnings.fields.title')} required rules={[rule]}>
          <Input maxLength={60} placeholder={t('warnings.titlePlaceholder')} data-testid="warning-title" />
        </Form.Item>
        <Form.Item name="text" label={t('warnings.fields.text')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('warnings.textPlaceholder')} data-testid="warning-text" />
        </Form.Item>
        <Form.Item name="areaUnitIds" label={t('warnings.fields.area')} extra={t('warnings.fields.areaHint')} required rules={[rule]}>
          <OrgUnitMultiSelect selectable={inScope} data-testid="warning-area" />
        </Form.Item>
        {can('core.person.read') && (
          <Form.Item name="personIds" label={t('warnings.fields.people')} extra={t('warnings.fields.peopleHint')} rules={[rule]}>
            <Select
              mode="multiple"
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={people.isFetching}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}${p.position ? ` · ${p.position}` : ''}` }))}
            />
          </Form.Item>
        )}
        <div className="warn-form-row">
          <Form.Item name="validUntilPicker" label={t('warnings.fields.validUntil')} required>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="ackMinutes" label={t('warnings.fields.ackMinutes')} extra={t('warnings.fields.ackMinutesHint', { minutes: defaultAckMinutes[level] })} rules={[rule]}>
            <InputNumber min={5} max={1440} placeholder={String(defaultAckMinutes[level])} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
