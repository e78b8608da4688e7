import { recordPostCheckInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { PostCheckRow } from './types.ts';
import { toEvidenceUploads } from './evidence-files.ts';

// The server's limits (recordPostCheckInput and the router): video up to 10 MB, other files 3 MB.
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf', 'video/mp4', 'video/webm', 'video/quicktime'];
const limitOf = (type: string) => (type.startsWith('video/') ? 10 : 3) * 1024 * 1024;
import { useTaskInvalidate } from './use-task-invalidate.ts';

/** 记录结果: 整改到位, or 反弹 — which re-opens the item for rectification. */
export function RecordPostCheckModal({ check, onClose }: { check: PostCheckRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const { form, rule, validate, showError } = useZodForm(recordPostCheckInput, () => ({ checkId: check.id, evidence: [] }));
  const record = useMutation(trpc.supervision.recordPostCheck.mutationOptions());
  const result = Form.useWatch('result', form) as string | undefined;

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    const evidence = await toEvidenceUploads(files);
    record.mutate({ ...input, evidence }, {
      onSuccess: async () => {
        message.success(t('tasks.postChecks.recorded'));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      title={t('tasks.postChecks.recordTitle', { serial: check.task.serial })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ danger: result === 'relapse', 'data-testid': 'confirm-action' } as ButtonProps}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <p><strong>{check.task.title}</strong> <span className="muted">· {check.task.responsibleUnit.name}</span></p>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ result: 'pass' }}>
        <Form.Item name="result" label={t('tasks.postChecks.result')} required rules={[rule]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'pass', label: t('tasks.postChecks.pass') },
              { value: 'relapse', label: t('tasks.postChecks.relapse') },
            ]}
          />
        </Form.Item>
        {result === 'relapse' && <Alert type="warning" showIcon title={t('tasks.postChecks.relapseHint')} style={{ marginBottom: 16 }} />}
        <Form.Item name="note" label={t('tasks.postChecks.note')} required rules={[rule]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('tasks.postChecks.notePlaceholder')} data-testid="post-check-note" />
        </Form.Item>
        <Form.Item label={t('accountability.postChecks.evidence')} extra={t('accountability.postChecks.evidenceHint')}>
          <Upload
            multiple
            accept=".jpg,.jpeg,.png,.webp,.gif,.pdf,.mp4,.webm,.mov"
            fileList={files}
            beforeUpload={(file) => {
              if (!TYPES.includes(file.type)) message.error(t('accountability.postChecks.badType'));
              else if (file.size > limitOf(file.type)) message.error(t('accountability.postChecks.tooLarge'));
              else if (files.length < 3) setFiles((f) => [...f, { uid: file.uid, name: file.name, type: file.type, size: file.size, originFileObj: file }]);
              return false;
            }}
            onRemove={(file) => setFiles((f) => f.filter((x) => x.uid !== file.uid))}
            data-testid="post-check-files"
          >
            <Button>{t('accountability.postChecks.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
