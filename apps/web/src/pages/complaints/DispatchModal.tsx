import { timeLimitsFor } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitMultiSelect } from '../tasks/OrgUnitMultiSelect.tsx';

const takesItems = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';

/** 派单: the units (one item each) and the 签收 / 办理 limits, prefilled with the channel's defaults. */
export function DispatchModal({ complaint, channelName, onClose, onDone }: { complaint: { id: string; serial: string; channel: string }; channelName: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const limits = timeLimitsFor(complaint.channel);
  const [units, setUnits] = useState<string[]>([]);
  const [signHours, setSignHours] = useState<number>(limits.signHours);
  const [handleDays, setHandleDays] = useState<number>(limits.handleDays);
  const dispatch = useMutation(trpc.complaint.dispatch.mutationOptions());
  const selectable = useCallback((u: OrgUnit) => takesItems(u) && canAt('core.complaint.dispatch', u), [canAt]);
  const submit = () =>
    dispatch.mutate(
      { complaintId: complaint.id, units: units.map((orgUnitId) => ({ orgUnitId, signHours, handleDays })) },
      {
        onSuccess: (r) => {
          message.success(t('complaints.dispatch.done', { count: r.length }));
          onDone();
          onClose();
        },
        onError: (e) => message.error(errorMessage(e, t)),
      },
    );
  return (
    <Modal
      open
      title={t('complaints.dispatch.title', { serial: complaint.serial })}
      onCancel={onClose}
      onOk={submit}
      okText={t('complaints.dispatch.submit')}
      okButtonProps={{ disabled: units.length === 0, 'data-testid': 'dispatch-submit' } as ButtonProps}
      confirmLoading={dispatch.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('complaints.dispatch.units')} required extra={t('complaints.dispatch.unitsHint')}>
          <OrgUnitMultiSelect value={units} onChange={setUnits} selectable={selectable} data-testid="dispatch-units" />
        </Form.Item>
        <div className="cmp-form-row">
          <Form.Item label={t('complaints.dispatch.signHours')}>
            <InputNumber min={1} max={720} precision={0} value={signHours} onChange={(v) => setSignHours(v ?? limits.signHours)} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('complaints.dispatch.handleDays')}>
            <InputNumber min={1} max={180} precision={0} value={handleDays} onChange={(v) => setHandleDays(v ?? limits.handleDays)} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <p className="muted">{t('complaints.dispatch.defaults', { channel: channelName, signHours: limits.signHours, handleDays: limits.handleDays })}</p>
      </Form>
    </Modal>
  );
}
