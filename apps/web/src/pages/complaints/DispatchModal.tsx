import { timeLimitsFor } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal, Segmented } from 'antd';
import type { ButtonProps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitMultiSelect } from '../tasks/OrgUnitMultiSelect.tsx';
import { JointShareFields, type JointShare } from './JointShareFields.tsx';

const takesItems = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';

type Mode = 'separate' | 'joint';

/**
 * 派单: to several units, one item each (分别派单), or as a joint case (联合办案: a lead unit and
 * co-handlers, each with its duty and 办理时限); the limits prefilled with the channel's defaults.
 */
export function DispatchModal({ complaint, channelName, onClose, onDone }: { complaint: { id: string; serial: string; channel: string }; channelName: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const limits = timeLimitsFor(complaint.channel);
  const [mode, setMode] = useState<Mode>('separate');
  const [units, setUnits] = useState<string[]>([]);
  const [signHours, setSignHours] = useState<number>(limits.signHours);
  const [handleDays, setHandleDays] = useState<number>(limits.handleDays);
  const [lead, setLead] = useState<JointShare>({ duty: '', handleDays: limits.handleDays });
  const [coHandlers, setCoHandlers] = useState<JointShare[]>([{ duty: '', handleDays: limits.handleDays }]);
  const dispatch = useMutation(trpc.complaint.dispatch.mutationOptions());
  const dispatchJoint = useMutation(trpc.complaint.dispatchJointCase.mutationOptions());
  const selectable = useCallback((u: OrgUnit) => takesItems(u) && canAt('core.complaint.dispatch', u), [canAt]);
  const done = (text: string) => {
    message.success(text);
    onDone();
    onClose();
  };
  const onError = (e: unknown) => message.error(errorMessage(e, t));
  const share = (s: JointShare) => ({ orgUnitId: s.orgUnitId ?? '', duty: s.duty.trim(), signHours, handleDays: s.handleDays });
  const submit = () =>
    mode === 'separate'
      ? dispatch.mutate(
          { complaintId: complaint.id, units: units.map((orgUnitId) => ({ orgUnitId, signHours, handleDays })) },
          { onSuccess: (r) => done(t('complaints.dispatch.done', { count: r.length })), onError },
        )
      : dispatchJoint.mutate(
          { complaintId: complaint.id, lead: share(lead), coHandlers: coHandlers.map(share) },
          { onSuccess: (r) => done(t('complaints.dispatch.jointDone', { serial: r.jointCase.serial })), onError },
        );
  const ready = mode === 'separate' ? units.length > 0 : !!lead.orgUnitId && coHandlers.every((s) => s.orgUnitId);
  return (
    <Modal
      open
      width={640}
      title={t('complaints.dispatch.title', { serial: complaint.serial })}
      onCancel={onClose}
      onOk={submit}
      okText={t('complaints.dispatch.submit')}
      okButtonProps={{ disabled: !ready, 'data-testid': 'dispatch-submit' } as ButtonProps}
      confirmLoading={dispatch.isPending || dispatchJoint.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item>
          <Segmented<Mode>
            block
            value={mode}
            onChange={setMode}
            options={(['separate', 'joint'] as const).map((m) => ({ value: m, label: <span data-testid={`dispatch-mode-${m}`}>{t(`complaints.dispatch.mode.${m}`)}</span> }))}
          />
        </Form.Item>
        {mode === 'separate' ? (
          <Form.Item label={t('complaints.dispatch.units')} required extra={t('complaints.dispatch.unitsHint')}>
            <OrgUnitMultiSelect value={units} onChange={setUnits} selectable={selectable} data-testid="dispatch-units" />
          </Form.Item>
        ) : (
          <div className="cmp-joint">
            <p className="muted">{t('complaints.dispatch.modeHint')}</p>
            <JointShareFields lead={lead} coHandlers={coHandlers} selectable={selectable} onLead={setLead} onCoHandlers={setCoHandlers} />
          </div>
        )}
        <div className="cmp-form-row">
          <Form.Item label={t('complaints.dispatch.signHours')}>
            <InputNumber min={1} max={720} precision={0} value={signHours} onChange={(v) => setSignHours(v ?? limits.signHours)} style={{ width: '100%' }} />
          </Form.Item>
          {mode === 'separate' && (
            <Form.Item label={t('complaints.dispatch.handleDays')}>
              <InputNumber min={1} max={180} precision={0} value={handleDays} onChange={(v) => setHandleDays(v ?? limits.handleDays)} style={{ width: '100%' }} />
            </Form.Item>
          )}
        </div>
        <p className="muted">{t('complaints.dispatch.defaults', { channel: channelName, signHours: limits.signHours, handleDays: limits.handleDays })}</p>
      </Form>
    </Modal>
  );
}
