import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';

const results = ['satisfied', 'basically_satisfied', 'dissatisfied', 'unreachable'] as const;

/** 回访 of one dispatch: the complainant's verdict (or 联系不上) and what they said. */
export function CallbackModal({ dispatch, onClose, onDone }: { dispatch: { id: string; unit: string }; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [result, setResult] = useState<(typeof results)[number]>('satisfied');
  const [note, setNote] = useState('');
  const save = useMutation(trpc.complaint.callback.mutationOptions());
  const submit = () =>
    save.mutate(
      { dispatchId: dispatch.id, result, note: note.trim() || null },
      {
        onSuccess: () => {
          message.success(t('complaints.callback.done'));
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
      okButtonProps={{ 'data-testid': 'callback-submit' } as ButtonProps}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('complaints.callback.result')} required>
          <Radio.Group value={result} onChange={(e) => setResult(e.target.value as typeof result)} data-testid="callback-result">
            {results.map((r) => <Radio.Button key={r} value={r}>{t(`complaints.callback.results.${r}`)}</Radio.Button>)}
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('complaints.callback.note')}>
          <Input.TextArea rows={3} maxLength={500} showCount value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('complaints.callback.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
