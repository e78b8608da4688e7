import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Popconfirm, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { formatDateTime } from '../tasks/deadline.tsx';

/** The request a device sends, ready to copy: the key is only in this modal, once. */
export const pushExample = (origin: string, key: string) => [
  `curl -X POST ${origin}/api/readings \\`,
  `  -H 'Authorization: Bearer ${key}' \\`,
  `  -H 'Content-Type: application/json' \\`,
  `  -H 'Idempotency-Key: 2026-06-01T08:00-01' \\`,
  `  -d '{"readings":[{"at":"2026-06-01T08:00:00+08:00","value":12.5}]}'`,
].join('\n');

/** 设备密钥: issue the first key or rotate it (the old one stops at once); the new key is shown once. */
export function DeviceKeyModal({ stationId, issuedAt, onClose, onIssued }: { stationId: string; issuedAt: string | null; onClose: () => void; onIssued: () => unknown }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [key, setKey] = useState<string | null>(null);
  const issue = useMutation(trpc.reading.issueKey.mutationOptions({ onSuccess: async (r) => { setKey(r.key); await onIssued(); } }));
  const go = () => issue.mutate({ stationId });
  const example = key ? pushExample(window.location.origin, key) : '';

  return (
    <Modal open width={680} title={t('readings.key.title')} onCancel={onClose} footer={<Button onClick={onClose} data-testid="key-close">{t('common.close')}</Button>} destroyOnHidden>
      {key ? (
        <div data-testid="device-key-shown">
          <Alert type="warning" showIcon title={t('readings.key.shownOnce')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph copyable={{ text: key, tooltips: [t('common.copy'), t('readings.key.copied')] }} className="rdg-key" data-testid="device-key">{key}</Typography.Paragraph>
          <h4 style={{ margin: '12px 0 4px' }}>{t('readings.key.example')}</h4>
          <p className="muted" style={{ margin: '0 0 6px' }}>{t('readings.key.exampleHint')}</p>
          <Typography.Paragraph copyable={{ text: example }} className="rdg-key"><pre className="rdg-example" style={{ margin: 0 }} data-testid="push-example">{example}</pre></Typography.Paragraph>
        </div>
      ) : (
        <div>
          <p>{issuedAt ? t('readings.station.keyIssued', { at: formatDateTime(issuedAt) }) : t('readings.station.keyNone')}</p>
          {issuedAt ? (
            <Popconfirm title={t('readings.key.rotateConfirm')} onConfirm={go} okButtonProps={{ 'data-testid': 'key-rotate-confirm' } as ButtonProps}>
              <Button danger loading={issue.isPending} data-testid="key-issue">{t('readings.key.rotate')}</Button>
            </Popconfirm>
          ) : (
            <Button type="primary" loading={issue.isPending} onClick={go} data-testid="key-issue">{t('readings.key.issue')}</Button>
          )}
          {issue.error && <Alert type="error" showIcon title={errorMessage(issue.error, t)} style={{ marginTop: 12 }} />}
        </div>
      )}
    </Modal>
  );
}
