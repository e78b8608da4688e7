import { timeLimitsFor } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';

const results = ['satisfied', 'basically_satisfied', 'dissatisfied', 'unreachable'] as const;

/**
 * 回访 of one dispatch (or of a whole joint case): the complainant's verdict (or 联系不上) and what
 * they said. 不满意 sends the case back for re-handling (重办) with the note as its reason, unless
 * the office keeps the handling as it is.
 */
export function CallbackModal({ dispatch, channel, onClose, onDone }: { dispatch: { id: string; unit: string; joint: boolean }; channel: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [result, setResult] = useState<(typeof results)[number]>('satisfied');
  const [note, setNote] = useState('');
  const [reopen, setReopen] = useState(true);
  const [handleDays, setHandleDays] = useState(timeLimitsFor(channel).handleDays);
  const save = useMutation(trpc.complaint.callback.mutationOptions());
  const sendsBack = result === 'dissatisfied' && reopen;
  const submit = () =>
    save.mutate(
      { dispatchId: dispatch.id, result, note: note.trim() || null, reopen: result === 'dissatisfied' ? reopen : true, handleDays: sendsBack ? handleDays : null },
      {
        onSuccess: (r) => {
          message.success(t(r.reopened ? 'complaints.callback.reopenedDone' : 'complaints.callback.done'));
          onDone();
          onClose();
        },
        onError: (e) => message.error(errorMessage(e, t)),
      },
    );
  return (
    <Modal
      open
      title={t('complaints.callback.title', { unit: dispatch.unit })}
      onCancel={onClose}
      onOk={submit}
      okText={t('complaints.callback.submit')}
      okButtonProps={{ disabled: sendsBack && !note.trim(), 'data-testid': 'callback-submit' } as ButtonProps}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        {dispatch.joint && <p className="muted">{t('complaints.callback.jointHint')}</p>}
        <Form.Item label={t('complaints.callback.result')} required>
          <Radio.Group value={result} onChange={(e) => setResult(e.target.value as typeof result)} data-testid="callback-result">
            {results.map((r) => <Radio.Button key={r} value={r}>{t(`complaints.callback.results.${r}`)}</Radio.Button>)}
          </Radio.Group>
        </Form.Item>
        {result === 'dissatisfied' && (
          <Form.Item extra={t('complaints.callback.reopenHint')}>
            <Checkbox checked={reopen} onChange={(e) => setReopen(e.target.checked)} data-testid="callback-reopen">{t('complaints.callback.reopen')}</Checkbox>
            {reopen && (
              <div style={{ marginTop: 8 }}>
                <InputNumber min={1} max={180} precision={0} value={handleDays} onChange={(v) => setHandleDays(v ?? handleDays)} addonBefore={t('complaints.callback.reopenDays')} data-testid="callback-reopen-days" />
              </div>
            )}
          </Form.Item>
        )}
        <Form.Item label={t('complaints.callback.note')} required={sendsBack} help={sendsBack && !note.trim() ? t('complaints.callback.reasonRequired') : undefined}>
          <Input.TextArea rows={3} maxLength={500} showCount value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('complaints.callback.notePlaceholder')} data-testid="callback-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
