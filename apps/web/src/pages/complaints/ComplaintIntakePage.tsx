import { DUPLICATE_WINDOW_DAYS, takeInComplaintInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Switch, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt, useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { toEvidenceUploads } from '../tasks/evidence-files.ts';
import { useTaskKinds } from '../tasks/use-task-kinds.ts';
import './complaints.css';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_PHOTO_BYTES = 3 * 1024 * 1024;
/** A complaint is about a township or a village (not a group, not the county as a whole). */
const isPlace = (u: OrgUnit) => u.level === 'township' || u.level === 'village';
const isGroup = (u: OrgUnit) => u.level === 'group';

/** 登记投诉: channel, what, where, who (or anonymous), photos. The answer says whether it repeats one. */
export default function ComplaintIntakePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const canAt = useCanAt();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const { channelOptions } = useTaskKinds();
  const { index } = useOrgUnits();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  // The time field holds a dayjs; the schema sees it as an ISO instant.
  const { form, rule, validate, showError } = useZodForm(takeInComplaintInput, (): { receivedAt?: string } => ({
    receivedAt: (form.getFieldValue('receivedAt') as Dayjs | undefined)?.toISOString(),
  }));
  const intake = useMutation(trpc.complaint.intake.mutationOptions());
  const anonymous = Form.useWatch('anonymous', form) as boolean | undefined;
  const canIntakeAt = useCallback((u: OrgUnit) => !isGroup(u) && canAt('core.complaint.intake', u), [canAt]);

  // 受理单位: the user's own unit when they may take complaints in there, else the top one where they may.
  useEffect(() => {
    if (form.isFieldTouched('intakeUnitId')) return;
    const own = index?.byId.get(me.orgUnitId);
    form.setFieldValue('intakeUnitId', own && canAt('core.complaint.intake', own) ? own.id : me.scopes['core.complaint.intake']?.[0]?.id);
  }, [form, index, me, canAt]);

  const submit = async () => {
    const input = await validate({ photos: await toEvidenceUploads(photos) });
    if (!input) return;
    intake.mutate(input, {
      onSuccess: async (r) => {
        await queryClient.invalidateQueries({ queryKey: trpc.complaint.list.pathKey() });
        message.success(t('complaints.takenIn', { serial: r.serial }));
        if (r.duplicateOf) modal.info({ title: t('complaints.flags.duplicate'), content: t('complaints.duplicateOf', { serial: r.duplicateOf.serial }) });
        else if (r.repeatOf) modal.warning({ title: t('complaints.flags.repeat'), content: t('complaints.repeatOf', { serial: r.repeatOf.serial }) });
        void navigate(`/complaints/${r.id}`);
      },
      onError: showError,
    });
  };

  return (
    <>
      <PageHeader title={t('complaints.intake')} subtitle={t('complaints.subtitle')} />
      <Card variant="borderless" className="cmp-form">
        <Form form={form} layout="vertical" initialValues={{ channel: '12345', anonymous: false, receivedAt: dayjs() }} data-testid="complaint-form">
          <div className="cmp-form-row">
            <Form.Item name="channel" label={t('complaints.fields.channel')} required rules={[rule]}>
              <Select options={channelOptions} data-testid="complaint-channel" />
            </Form.Item>
            <Form.Item name="channelRef" label={t('complaints.fields.channelRef')} rules={[rule]}>
              <Input maxLength={40} placeholder={t('complaints.placeholders.channelRef')} />
            </Form.Item>
            <Form.Item name="receivedAt" label={t('complaints.fields.receivedAt')} required rules={[rule]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="intakeUnitId" label={t('complaints.fields.intakeUnit')} required rules={[rule]}>
              <OrgUnitTreeSelect selectable={canIntakeAt} prune={isGroup} />
            </Form.Item>
          </div>
          <Form.Item name="subject" label={t('complaints.fields.subject')} required rules={[rule]} extra={t('complaints.hints.subject', { days: DUPLICATE_WINDOW_DAYS })}>
            <Input maxLength={40} placeholder={t('complaints.placeholders.subject')} data-testid="complaint-subject" />
          </Form.Item>
          <Form.Item name="content" label={t('complaints.fields.content')} required rules={[rule]}>
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('complaints.placeholders.content')} data-testid="complaint-content" />
          </Form.Item>
          <div className="cmp-form-row">
            <Form.Item name="locationUnitId" label={t('complaints.fields.location')} required rules={[rule]}>
              <OrgUnitTreeSelect selectable={isPlace} prune={isGroup} data-testid="complaint-location" />
            </Form.Item>
            <Form.Item name="address" label={t('complaints.fields.address')} rules={[rule]}>
              <Input maxLength={120} placeholder={t('complaints.placeholders.address')} />
            </Form.Item>
          </div>
          <Form.Item name="anonymous" label={t('complaints.fields.anonymous')} valuePropName="checked" extra={t('complaints.hints.anonymous')}>
            <Switch data-testid="complaint-anonymous" />
          </Form.Item>
          {!anonymous && (
            <div className="cmp-form-row">
              <Form.Item name="complainantName" label={t('complaints.fields.complainant')} rules={[rule]}>
                <Input maxLength={30} data-testid="complaint-name" />
              </Form.Item>
              <Form.Item name="phone" label={t('complaints.fields.phone')} rules={[rule]} extra={t('complaints.hints.phone')}>
                <Input maxLength={20} inputMode="tel" placeholder={t('complaints.placeholders.phone')} data-testid="complaint-phone" />
              </Form.Item>
            </div>
          )}
          <Form.Item label={t('complaints.fields.photos')} extra={t('complaints.hints.photos')}>
            <Upload
              listType="picture-card"
              accept={PHOTO_TYPES.join(',')}
              fileList={photos}
              maxCount={3}
              beforeUpload={(file) => {
                if (!PHOTO_TYPES.includes(file.type) || file.size > MAX_PHOTO_BYTES) {
                  message.error(t('complaints.hints.photos'));
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
              onChange={({ fileList }) => setPhotos(fileList)}
            >
              {photos.length < 3 && '+'}
            </Upload>
          </Form.Item>
          <div className="cmp-actions">
            <Button type="primary" loading={intake.isPending} onClick={() => void submit()} data-testid="complaint-submit">{t('complaints.submit')}</Button>
            <Button onClick={() => void navigate('/complaints')}>{t('common.cancel')}</Button>
          </div>
        </Form>
      </Card>
    </>
  );
}
