import { recordEntryInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, Upload, type UploadFile } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { IconUpload } from '../../../app/icons.tsx';
import { useZodForm } from '../../../forms/use-zod-form.ts';
import { EVIDENCE_ACCEPT, evidenceProblem, MAX_EVIDENCE_FILES, toEvidenceUploads } from '../../tasks/evidence-files.ts';
import type { PlanDetail, ScoringSheet } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

/** Records a deduction (X occurrences) or bonus points against an item, with the reason and proof. */
export function RecordEntryModal({ plan, sheet, onClose }: { plan: PlanDetail; sheet: ScoringSheet; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const items = sheet.indicators.filter((i) => i.method === 'deduction' || i.method === 'bonus');
  const { form, rule, validate, showError } = useZodForm(recordEntryInput, (): object => ({ planId: plan.id, kind: items.find((i) => i.key === form.getFieldValue('indicatorKey'))?.method }));
  const indicatorKey = Form.useWatch('indicatorKey', form) as string | undefined;
  const item = items.find((i) => i.key === indicatorKey);
  const record = useMutation(trpc.assessment.recordEntry.mutationOptions());
  const upload = useMutation(trpc.assessment.uploadEntryEvidence.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    record.mutate(input, {
      onSuccess: async (entry) => {
        try {
          for (const file of await toEvidenceUploads(files)) await upload.mutateAsync({ planId: plan.id, entryId: entry.id, file });
          message.success(t('assessments.entries.recorded'));
        } catch (error) {
          // The entry stands; only its proof is missing, and the user is told so.
          message.warning(t('assessments.entries.evidenceFailed', { error: errorMessage(error, t) }));
        }
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={600}
      title={t('assessments.entries.record')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'entry-submit' } as ButtonProps}
      confirmLoading={record.isPending || upload.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ count: 1 }}>
        <Form.Item name="orgUnitId" label={t('assessments.units.unit')} required rules={[rule]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={sheet.units.map((u) => ({ value: u.orgUnitId, label: u.name }))} data-testid="entry-unit" />
        </Form.Item>
        <Form.Item name="indicatorKey" label={t('assessments.entries.indicator')} required rules={[rule]}>
          <Select
            options={items.map((i) => ({ value: i.key, label: `${i.name} · ${t(`assessments.method.${i.method}`)}${i.method === 'deduction' ? ` · ${t('assessments.summary.deduction', { points: i.pointsPerOccurrence })}` : ` · ${t('assessments.summary.bonus', { cap: i.maxScore })}`}` }))}
            data-testid="entry-indicator"
          />
        </Form.Item>
        {item?.method === 'deduction' && (
          <Form.Item name="count" label={t('assessments.entries.count')} required rules={[rule]}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
        )}
        {item?.method === 'bonus' && (
          <Form.Item name="points" label={t('assessments.entries.points', { cap: item.maxScore })} required rules={[rule]}>
            <InputNumber min={0} max={item.maxScore} precision={2} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('assessments.entries.note')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('assessments.entries.notePlaceholder')} data-testid="entry-note" />
        </Form.Item>
        <Form.Item label={t('assessments.evidence.title')} extra={t('assessments.evidence.hint', { count: MAX_EVIDENCE_FILES })}>
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
              return false;
            }}
            onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_EVIDENCE_FILES))}
          >
            {files.length < MAX_EVIDENCE_FILES && (
              <span className="task-upload-button">
                <IconUpload />
                <span>{t('assessments.evidence.pick')}</span>
              </span>
            )}
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
