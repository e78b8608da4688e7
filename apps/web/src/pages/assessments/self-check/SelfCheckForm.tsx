import { useMutation } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Space, Table, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import { readFileAsBase64 } from '../../../api/files.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { IconUpload } from '../../../app/icons.tsx';
import { EVIDENCE_ACCEPT, evidenceProblem } from '../../tasks/evidence-files.ts';
import { EvidenceList } from '../EvidenceItem.tsx';
import type { IndicatorView, SelfCheck } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

interface Item {
  selfScore: number | null;
  note: string;
}
type Row = IndicatorView & { group: string };

/** A category cell spans its items: the first row of a run of the same group gets the run's length, the others 0. */
function groupSpan(rows: readonly { group: string }[], i: number): number {
  if (i > 0 && rows[i - 1]!.group === rows[i]!.group) return 0;
  let n = 1;
  while (i + n < rows.length && rows[i + n]!.group === rows[i]!.group) n++;
  return n;
}

/**
 * The self-check form: per item the score the unit claims, how it did the work, and its evidence
 * (uploaded at once, kept with the item). Saving keeps a draft; submitting hands it to the assessors.
 */
export function SelfCheckForm({ data }: { data: SelfCheck }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message, modal } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const initial = useMemo(() => new Map(data.items.map((i) => [i.indicatorKey, { selfScore: i.selfScore, note: i.note ?? '' }])), [data.items]);
  const [items, setItems] = useState<Map<string, Item>>(initial);
  const [uploading, setUploading] = useState<string | null>(null);
  const evidence = useMemo(() => new Map(data.items.map((i) => [i.indicatorKey, i.evidence])), [data.items]);
  const save = useMutation(trpc.assessment.saveSelfCheck.mutationOptions());
  const submit = useMutation(trpc.assessment.submitSelfCheck.mutationOptions());
  const upload = useMutation(trpc.assessment.uploadEvidence.mutationOptions());
  const remove = useMutation(trpc.assessment.removeEvidence.mutationOptions());
  const editable = data.editable;
  const dirty = [...items].some(([key, v]) => {
    const before = initial.get(key);
    return (before?.selfScore ?? null) !== v.selfScore || (before?.note ?? '') !== v.note;
  });
  const rows: Row[] = data.indicators.map((i) => ({ ...i, group: `${i.componentName} › ${i.categoryName}` }));
  const set = (key: string, patch: Partial<Item>) => setItems((prev) => new Map(prev).set(key, { ...(prev.get(key) ?? { selfScore: null, note: '' }), ...patch }));
  const payload = () => [...items].map(([indicatorKey, v]) => ({ indicatorKey, selfScore: v.selfScore, note: v.note.trim() || null }));

  const saveDraft = async () => {
    if (!dirty) return true;
    try {
      await save.mutateAsync({ assessmentUnitId: data.assessmentUnitId, items: payload() });
      await invalidate();
      return true;
    } catch (error) {
      message.error(errorMessage(error, t));
      return false;
    }
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t('assessments.selfCheck.submit'),
      content: t('assessments.selfCheck.submitConfirm', { filled: [...items.values()].filter((v) => v.selfScore !== null).length, total: data.indicators.length }),
      okText: t('assessments.selfCheck.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'self-check-confirm' } as ButtonProps,
      onOk: async () => {
        if (!(await saveDraft())) return;
        await submit.mutateAsync({ assessmentUnitId: data.assessmentUnitId }).then(
          async () => {
            message.success(t('assessments.selfCheck.submitted'));
            await invalidate();
          },
          (error) => void message.error(errorMessage(error, t)),
        );
      },
    });

  const addEvidence = async (indicatorKey: string, file: File) => {
    const problem = evidenceProblem(file);
    if (problem) return void message.error(t(problem, { name: file.name }));
    setUploading(indicatorKey);
    try {
      await upload.mutateAsync({ assessmentUnitId: data.assessmentUnitId, indicatorKey, file: { fileName: file.name.slice(-120), contentType: file.type, base64: await readFileAsBase64(file) } });
      await invalidate();
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setUploading(null);
    }
  };

  return (
    <>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="self-check-table"
        columns={[
          { key: 'group', title: t('assessments.selfCheck.category'), width: 170, onCell: (_, i) => ({ rowSpan: groupSpan(rows, i ?? 0) }), render: (_, r) => r.group },
          {
            key: 'name',
            title: t('assessments.editor.indicatorName'),
            render: (_, r) => (
              <div>
                <div>{r.name} <span className="muted">· {t(`assessments.method.${r.method}`)}</span></div>
                {r.standard && <div className="muted asm-trace-standard">{r.standard}</div>}
              </div>
            ),
          },
          { key: 'max', title: t('assessments.editor.maxScore'), width: 70, render: (_, r) => <span className="mono">{r.maxScore}</span> },
          {
            key: 'score',
            title: t('assessments.selfCheck.selfScore'),
            width: 110,
            render: (_, r) => (
              <InputNumber<number>
                value={items.get(r.key)?.selfScore ?? null}
                min={0}
                max={r.maxScore}
                precision={2}
                disabled={!editable}
                style={{ width: '100%' }}
                onChange={(v) => set(r.key, { selfScore: v })}
                data-testid="self-score"
                aria-label={`${t('assessments.selfCheck.selfScore')} ${r.name}`}
              />
            ),
          },
          {
            key: 'note',
            title: t('assessments.selfCheck.note'),
            width: 280,
            render: (_, r) => <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} disabled={!editable} value={items.get(r.key)?.note ?? ''} onChange={(e) => set(r.key, { note: e.target.value })} />,
          },
          {
            key: 'evidence',
            title: t('assessments.evidence.title'),
            width: 260,
            render: (_, r) => (
              <Space orientation="vertical" size={4}>
                <EvidenceList
                  assessmentUnitId={data.assessmentUnitId}
                  evidence={evidence.get(r.key) ?? []}
                  onRemove={editable ? (e) => void remove.mutateAsync({ assessmentUnitId: data.assessmentUnitId, evidenceId: e.id }).then(() => invalidate(), (error) => void message.error(errorMessage(error, t))) : undefined}
                />
                {editable && (
                  <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} beforeUpload={(file) => (void addEvidence(r.key, file), false)}>
                    <Button size="small" icon={<IconUpload />} loading={uploading === r.key} data-testid="evidence-upload">{t('assessments.evidence.pick')}</Button>
                  </Upload>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editable && (
        <div className="asm-savebar">
          <span className="muted">{dirty ? t('assessments.editor.unsaved') : t('assessments.selfCheck.hint')}</span>
          <Space>
            <Button disabled={!dirty} loading={save.isPending} onClick={() => void saveDraft().then((ok) => ok && message.success(t('common.saved')))} data-testid="self-check-save">
              {t('common.save')}
            </Button>
            <Button type="primary" loading={submit.isPending} onClick={confirmSubmit} data-testid="self-check-submit">
              {t('assessments.selfCheck.submit')}
            </Button>
          </Space>
        </div>
      )}
    </>
  );
}
