import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Empty, List, Row, Space, Table, Tag } from 'antd';
import type { DescriptionsProps, TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate, formatDateTime } from '../tasks/deadline.tsx';
import { EscalationTag, StatusTag } from '../tasks/TaskTags.tsx';
import { DecomposeModal } from './DecomposeModal.tsx';
import { ReportModal } from './ReportModal.tsx';
import { TargetList, TargetProgress } from './TargetProgress.tsx';
import { fmt, type KeyWorkDetail } from './types.ts';

type Part = KeyWorkDetail['parts'][number];
type LinkedTask = KeyWorkDetail['tasks'][number];
const dash = <span className="muted">—</span>;

/** One key work: facts, targets, its parts, progress reports and the items handed over for it. */
export default function KeyWorkDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const query = useQuery(trpc.keyWork.get.queryOptions({ keyWorkId: id }));
  const [decomposing, setDecomposing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const kw = query.data;

  if (!kw) {
    return (
      <>
        <PageHeader title={t('keyWork.detail.title')} extra={<Link to="/key-work">{t('keyWork.detail.back')}</Link>} />
        {query.error ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : <Card loading variant="borderless" />}
      </>
    );
  }

  const canManage = canAt('core.keyWork.manage', kw.leadUnit);
  const canReport = canAt('core.keyWork.report', kw.leadUnit);
  const metricOf = (targetId: string | null) => kw.targets.find((x) => x.id === targetId);

  const facts: DescriptionsProps['items'] = [
    { key: 'leadUnit', label: t('keyWork.fields.leadUnit'), children: <strong>{kw.leadUnit.name}</strong> },
    { key: 'deadline', label: t('keyWork.fields.deadline'), children: <span className="mono">{formatDate(kw.deadline)}</span> },
    {
      key: 'assisting',
      label: t('keyWork.fields.assistingUnits'),
      children: kw.assisting.length ? kw.assisting.map((a) => <Tag key={a.id}>{a.name}</Tag>) : dash,
    },
    {
      key: 'person',
      label: t('keyWork.fields.responsiblePerson'),
      children: kw.responsiblePerson ? (
        <span>{kw.responsiblePerson.name}{kw.responsiblePerson.phone && <span className="mono muted"> {kw.responsiblePerson.phone}</span>}</span>
      ) : dash,
    },
    { key: 'year', label: t('keyWork.fields.year'), children: kw.year },
    { key: 'source', label: t('keyWork.fields.source'), children: kw.source ? t(`keyWork.source.${kw.source}`) : dash },
    { key: 'documentNo', label: t('keyWork.fields.documentNo'), children: kw.documentNo ?? dash },
    {
      key: 'parent',
      label: t('keyWork.fields.parent'),
      children: kw.parentId ? <Link to={`/key-work/${kw.parentId}`}>{t('keyWork.detail.openParent')}</Link> : dash,
    },
    { key: 'description', label: t('keyWork.fields.description'), span: 3, children: kw.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{kw.description}</span> : dash },
  ];

  const partColumns: TableProps<Part>['columns'] = [
    { key: 'unit', title: t('keyWork.fields.leadUnit'), width: 180, render: (_, p) => <Link to={`/key-work/${p.id}`}>{p.leadUnit.name}</Link> },
    { key: 'deadline', title: t('keyWork.fields.deadline'), width: 120, render: (_, p) => <span className="mono">{formatDate(p.deadline)}</span> },
    { key: 'targets', title: t('keyWork.fields.targets'), render: (_, p) => <TargetList targets={p.targets} /> },
  ];

  const taskColumns: TableProps<LinkedTask>['columns'] = [
    { key: 'serial', title: t('keyWork.detail.serial'), width: 150, render: (_, x) => <span className="mono">{x.serial}</span> },
    { key: 'title', title: t('keyWork.fields.title'), render: (_, x) => <Link to={`/tasks/${x.id}`}>{x.title}</Link> },
    { key: 'status', title: t('keyWork.detail.status'), width: 110, render: (_, x) => <StatusTag status={x.status} /> },
    { key: 'escalation', title: t('keyWork.detail.escalation'), width: 170, render: (_, x) => <EscalationTag level={x.escalation} leader={x.listedLeader} /> },
  ];

  return (
    <>
      <PageHeader
        title={kw.title}
        subtitle={<Link to="/key-work">{t('keyWork.detail.back')}</Link>}
        extra={
          <Space wrap>
            {canReport && (
              <Button onClick={() => setReporting(true)} data-testid="kw-report-button">
                {t('keyWork.report.button')}
              </Button>
            )}
            {canManage && (
              <Button type="primary" onClick={() => setDecomposing(true)} data-testid="kw-decompose-button">
                {t('keyWork.decompose.button')}
              </Button>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card variant="borderless" data-testid="kw-facts">
          <Descriptions items={facts} column={3} size="small" />
        </Card>
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card variant="borderless" title={t('keyWork.fields.targets')} data-testid="kw-targets">
              {kw.targets.length ? (
                <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                  {kw.targets.map((x) => (
                    <TargetProgress key={x.id} target={x} />
                  ))}
                </Space>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keyWork.detail.noTargets')} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card variant="borderless" title={t('keyWork.detail.progress')} data-testid="kw-progress">
              <List
                size="small"
                dataSource={kw.progress}
                locale={{ emptyText: t('keyWork.detail.noProgress') }}
                renderItem={(p) => {
                  const target = metricOf(p.targetId);
                  return (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <Space size={8} wrap>
                            <span className="mono muted">{formatDateTime(p.reportedAt)}</span>
                            {target && (
                              <Tag>
                                {target.metric} {p.value !== null ? `${fmt(p.value)} ${target.unit}` : ''}
                              </Tag>
                            )}
                          </Space>
                        }
                        description={<span style={{ whiteSpace: 'pre-wrap' }}>{p.note}</span>}
                      />
                    </List.Item>
                  );
                }}
              />
            </Card>
          </Col>
        </Row>
        <Card variant="borderless" title={t('keyWork.detail.parts')} data-testid="kw-parts">
          <Table<Part> rowKey="id" size="small" pagination={false} columns={partColumns} dataSource={kw.parts} locale={{ emptyText: t('keyWork.detail.noParts') }} />
        </Card>
        <Card variant="borderless" title={t('keyWork.detail.tasks')} data-testid="kw-tasks">
          <Table<LinkedTask> rowKey="id" size="small" pagination={false} columns={taskColumns} dataSource={kw.tasks} locale={{ emptyText: t('keyWork.detail.noTasks') }} />
        </Card>
      </Space>
      {decomposing && <DecomposeModal keyWork={kw} onClose={() => setDecomposing(false)} />}
      {reporting && <ReportModal keyWork={kw} onClose={() => setReporting(false)} />}
    </>
  );
}
