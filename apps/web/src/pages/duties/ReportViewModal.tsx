import { useQuery } from '@tanstack/react-query';
import { Descriptions, Modal, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { answerText } from './answer-text.ts';

/** One submitted report, read-only (opened from a calendar cell). */
export function ReportViewModal({ reportId, onClose }: { reportId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery(trpc.duty.report.queryOptions({ reportId }));
  const r = q.data;
  return (
    <Modal open footer={null} onCancel={onClose} title={r ? `${r.dutyName} · ${r.periodKey}` : t('duties.report.view')}>
      {q.error ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : !r ? <Skeleton active /> : (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('duties.report.unit')}>{r.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('duties.report.submittedAt')}>
            <span className="mono">{formatDateTime(r.submittedAt)}</span> {r.late && <Tag color="orange">{t('duties.report.lateTag')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('duties.report.submittedBy')}>{r.submittedByName ?? '—'}</Descriptions.Item>
          {r.form.sections.flatMap((s) => s.items).map((item) => (
            <Descriptions.Item key={item.key} label={item.label.zh}>{answerText(item, r.answers[item.key], t)}</Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Modal>
  );
}
