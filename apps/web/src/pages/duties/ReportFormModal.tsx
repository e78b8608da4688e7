import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Skeleton } from 'antd';
import type { ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { ChecklistField } from '../inspections/ChecklistField.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import type { PendingRow } from './MyReportsPage.tsx';

/**
 * 填报: the duty's form, with the inspections' field widgets. One idempotency key per opening,
 * so a retried submission (a dropped connection) stores the report once.
 */
export function ReportFormModal({ row, onClose }: { row: PendingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const duty = useQuery(trpc.duty.get.queryOptions({ dutyId: row.dutyId }));
  const submit = useMutation(trpc.duty.submit.mutationOptions());
  const [answers, setAnswers] = useState<Record<string, string | number | boolean | string[] | null>>({});
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const items = duty.data?.form.sections.flatMap((s) => s.items) ?? [];

  const send = () =>
    submit.mutate({ dutyId: row.dutyId, orgUnitId: row.orgUnitId, periodKey: row.periodKey, answers, idempotencyKey }, {
      onSuccess: async (r) => {
        message.success(r.late ? t('duties.report.submittedLate') : t('duties.report.submitted'));
        await Promise.all([trpc.duty.pathKey(), trpc.workbench.pathKey()].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        onClose();
      },
      onError: (e) => message.error(errorMessage(e, t)),
    });

  return (
    <Modal open onCancel={onClose} onOk={send} okText={t('duties.report.submit')} confirmLoading={submit.isPending}
      okButtonProps={{ 'data-testid': 'submit-report' } as ButtonProps} title={t('duties.report.title', { duty: row.dutyName })} destroyOnHidden>
      <p className="muted">{row.unitName} · {t('duties.report.period')} <span className="mono">{row.periodKey}</span> · {t('duties.report.deadline')} <span className="mono">{formatDateTime(row.deadline)}</span></p>
      {duty.error ? <QueryError error={duty.error} onRetry={() => void duty.refetch()} /> : !duty.data ? <Skeleton active /> : (
        <Form layout="vertical">
          {items.map((item) => (
            <Form.Item key={item.key} label={item.label.zh} required={item.required}>
              <ChecklistField item={item} value={answers[item.key]} onChange={(v) => setAnswers((a) => ({ ...a, [item.key]: v as string | number | boolean | string[] | null }))}
                photos={[]} onPhotos={() => undefined} position={null} onLocate={() => undefined} onTooBig={() => undefined} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
