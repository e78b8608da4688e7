import { handleTaskInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select, Upload, type UploadFile } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { IconUpload } from '../../app/icons.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { EVIDENCE_ACCEPT, evidenceProblem, MAX_EVIDENCE_FILES, toEvidenceUploads } from './evidence-files.ts';
import { proposalKinds, type TaskDetail } from './types.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

const satisfactions = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;

/** 申请办结: what was done, with photos or scans as evidence; proposals also record the reply. */
export function SubmitModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [reading, setReading] = useState(false);
  const { form, rule, validate, showError } = useZodForm(handleTaskInput, () => ({ taskId: task.id, action: 'submit', evidence: [] }));
  const handle = useMutation(trpc.task.handle.mutationOptions());
  const proposal = proposalKinds.includes(task.kind);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    if (!input.note && files.length === 0) {
      form.setFields([{ name: 'note', errors: [t('tasks.submit.needSomething')] }]);
      return;
    }
    let evidence;
    setReading(true);
    try {
      evidence = await toEvidenceUploads(files);
    } catch {
      message.error(t('tasks.submit.readFailed'));
      return;
    } finally {
      setReading(false);
    }
    handle.mutate(
      { ...input, taskId: task.id, action: 'submit', note: input.note || undefined, evidence },
      {
        onSuccess: async () => {
          message.success(t('tasks.actionDone', { action: t('tasks.actions.submit') }));
          await invalidate();
          onClose();
        },
        onError: showError,
      },
    );
  };

  return (
    <Modal
      open
      width={620}
      title={`${t('tasks.actions.submit')} · ${task.serial}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('tasks.actions.submit')}
      okButtonProps={{ 'data-testid': 'confirm-action' } as ButtonProps}
      confirmLoading={reading || handle.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('tasks.submit.note')} rules={[rule]}>
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus placeholder={t('tasks.submit.notePlaceholder')} data-testid="submit-note" />
        </Form.Item>
        <Form.Item label={t('tasks.submit.files')} extra={t('tasks.submit.filesHint')}>
          <div data-testid="submit-files">
            <Upload
              multiple
              accept={EVIDENCE_ACCEPT}
              listType="picture-card"
              fileList={files}
              beforeUpload={(file) => {
                const problem = evidenceProblem(file);
                if (problem) {
                  message.error(t(problem, { name: file.name }));
                  return Upload.LIST_IGNORE;
                }
                return false; // kept here, sent with the step
              }}
              onChange={({ fileList }) => {
                if (fileList.length > MAX_EVIDENCE_FILES) message.error({ key: 'evidence-too-many', content: t('tasks.submit.tooMany', { count: MAX_EVIDENCE_FILES }) });
                setFiles(fileList.slice(0, MAX_EVIDENCE_FILES));
              }}
            >
              {files.length < MAX_EVIDENCE_FILES && (
                <span className="task-upload-button">
                  <IconUpload />
                  <span>{t('tasks.submit.pick')}</span>
                </span>
              )}
            </Upload>
          </div>
        </Form.Item>
        {proposal && (
          <>
            <Form.Item name="reply" label={t('tasks.fields.reply')} rules={[rule]}>
              <Input.TextArea rows={3} maxLength={2000} placeholder={t('tasks.submit.replyPlaceholder')} />
            </Form.Item>
            <Form.Item name="met" label={t('tasks.submit.met')} rules={[rule]}>
              <Radio.Group options={[{ value: true, label: t('common.yes') }, { value: false, label: t('common.no') }]} />
            </Form.Item>
            <Form.Item name="satisfaction" label={t('tasks.fields.satisfaction')} rules={[rule]}>
              <Select allowClear style={{ width: 200 }} options={satisfactions.map((s) => ({ value: s, label: t(`tasks.satisfaction.${s}`) }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
