import './inspections.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useOfflineQuery } from '../../offline/index.ts';
import { formatDate, formatDateTime } from '../tasks/deadline.tsx';
import { FindingModal, type FindingSource } from './FindingModal.tsx';
import { PlanVisitModal } from './PlanVisitModal.tsx';
import { RecordDrawer } from './RecordDrawer.tsx';
import type { RecordView } from './types.ts';
import { VisitModeTags, VisitStatusTag } from './VisitStatusTag.tsx';

/** One visit: its plan, the checklists to fill, the records (every version) and the findings. */
export default function VisitDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // Saved for offline use: an inspector who opened the visit on the way can fill it on site without a network.
  const visit = useOfflineQuery(`inspection.getVisit:${id}`, trpc.inspection.getVisit.queryOptions({ visitId: id }));
  const [recordId, setRecordId] = useState<string | null>(null);
  const [finding, setFinding] = useState<FindingSource | null>(null);
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
  const onError = (error: unknown) => void message.error(errorMessage(error, t));
  const start = useMutation(trpc.inspection.startVisit.mutationOptions({ onSuccess: refresh, onError }));
  const complete = useMutation(trpc.inspection.completeVisit.mutationOptions({ onSuccess: refresh, onError }));
  const cancel = useMutation(trpc.inspection.cancelVisit.mutationOptions({ onSuccess: refresh, onError }));

  if (visit.isError) return <QueryError error={visit.query.error} onRetry={() => void visit.query.refetch()} />;
  const v = visit.data;
  if (!v) return <Card loading variant="borderless" />;
  const record = v.records.find((r) => r.id === recordId);

  return (
    <>
      <PageHeader
        title={<span data-testid="visit-title">{v.title}</span>}
        subtitle={<Space size={4}><VisitStatusTag status={v.status} /><VisitModeTags visit={v} /></Space>}
        extra={
          <Space wrap>
            {v.can.inspect && v.status === 'planned' && (
              <Button type="primary" loading={start.isPending} onClick={() => start.mutate({ visitId: v.id })} data-testid="visit-start">{t('inspections.visit.start')}</Button>
            )}
            {v.can.inspect && v.status === 'in_progress' && (
              <Popconfirm title={t('inspections.visit.completeConfirm')} onConfirm={() => complete.mutate({ visitId: v.id })}>
                <Button loading={complete.isPending} data-testid="visit-complete">{t('inspections.visit.complete')}</Button>
              </Popconfirm>
            )}
            {v.can.handOver && <Button danger onClick={() => setFinding({ visitId: v.id })} data-testid="visit-free-finding">{t('inspections.visit.freeFinding')}</Button>}
            {v.can.plan && <Button onClick={() => setEditing(true)} data-testid="visit-edit">{t('common.edit')}</Button>}
            {v.can.plan && (
              <Popconfirm title={t('inspections.visit.cancelConfirm')} onConfirm={() => cancel.mutate({ visitId: v.id })}>
                <Button danger loading={cancel.isPending}>{t('inspections.visit.cancel')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('inspections.fields.unit')}>{v.orgUnit.name}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.group')}>{v.group.name}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.window')}><span className="mono">{formatDate(v.windowStart)} ~ {formatDate(v.windowEnd)}</span></Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.startedAt')}><span className="mono">{formatDateTime(v.startedAt)}</span></Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.planningUnit')}>{v.planningUnit.name}</Descriptions.Item>
          {v.verifiesTaskId && <Descriptions.Item label={t('inspections.fields.verifies')}><Link to={`/tasks/${v.verifiesTaskId}`}>{t('inspections.visit.verifiesLink')}</Link></Descriptions.Item>}
        </Descriptions>
      </Card>
      {v.can.inspect && (
        <Card variant="borderless" title={t('inspections.visit.forms')} style={{ marginBottom: 16 }}>
          <Space wrap>
            {v.forms.map((f) => (
              <Button key={f.templateId} type="primary" ghost onClick={() => void navigate(`/inspections/visits/${v.id}/fill/${f.templateId}`)} data-testid="visit-fill">
                {t('inspections.visit.fill', { name: f.name })}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Card variant="borderless" title={t('inspections.visit.records')} style={{ marginBottom: 16 }}>
        <Table<RecordView>
          data-testid="visit-records" rowKey="id" size="small" pagination={false} dataSource={v.records} scroll={{ x: 600 }}
          locale={{ emptyText: t('inspections.visit.noRecords') }}
          columns={[
            { key: 'template', title: t('inspections.fields.templates'), render: (_, r) => <Button type="link" onClick={() => setRecordId(r.id)} data-testid="record-open">{r.template.name}</Button> },
            { key: 'version', title: t('inspections.record.versionCol'), width: 90, render: (_, r) => <Space size={4}>v{r.version}{r.correctedById && <Tag>{t('inspections.record.superseded')}</Tag>}</Space> },
            { key: 'result', title: t('inspections.record.result'), width: 130, render: (_, r) => <Space size={4}><Tag color={r.passed ? 'green' : 'red'}>{r.passed ? t('inspections.record.passed') : t('inspections.record.failed')}</Tag><span className="mono">{r.score}/{r.maxScore}</span></Space> },
            { key: 'by', title: t('inspections.record.by'), width: 100, render: (_, r) => r.submittedByName },
            { key: 'at', title: t('inspections.record.submittedAt'), width: 150, render: (_, r) => <span className="mono">{formatDateTime(r.submittedAt)}</span> },
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('inspections.visit.findings')}>
        <Table
          data-testid="visit-findings" rowKey="id" size="small" pagination={false} dataSource={v.findings} scroll={{ x: 600 }}
          locale={{ emptyText: t('inspections.visit.noFindings') }}
          columns={[
            { key: 'title', title: t('inspections.finding.titleLabel'), render: (_, f) => f.title },
            { key: 'task', title: t('inspections.finding.task'), width: 200, render: (_, f) => <Link to={`/tasks/${f.task.id}`} data-testid="finding-task-link">{f.task.serial}</Link> },
            { key: 'deadline', title: t('inspections.finding.deadline'), width: 110, render: (_, f) => <span className="mono">{formatDate(f.task.deadline)}</span> },
            {
              key: 'return', title: t('inspections.finding.returnVisit'), width: 200,
              render: (_, f) => (f.returnVisit ? <Link to={`/inspections/visits/${f.returnVisit.id}`}>{formatDate(f.returnVisit.windowStart)} ~ {formatDate(f.returnVisit.windowEnd)}</Link> : '—'),
            },
          ]}
        />
      </Card>
      {record && <RecordDrawer visit={v} record={record} onClose={() => setRecordId(null)} onHandOver={(s) => setFinding(s)} />}
      {finding && <FindingModal source={finding} onClose={() => setFinding(null)} />}
      {editing && <PlanVisitModal visit={v} onClose={() => setEditing(false)} />}
    </>
  );
}
