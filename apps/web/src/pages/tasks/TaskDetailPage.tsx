import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { TaskActions } from './TaskActions.tsx';
import { TaskFacts } from './TaskFacts.tsx';
import { TaskHeader } from './TaskHeader.tsx';
import { TaskPostChecks } from './TaskPostChecks.tsx';
import './tasks.css';
import { TaskTimeline } from './TaskTimeline.tsx';

/** One item: who, what, by when; the steps this user may take now; everything that happened. */
export default function TaskDetailPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const task = useQuery(trpc.task.get.queryOptions({ taskId: id }));

  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <Link to="/tasks">← {t('tasks.detail.back')}</Link>
      </div>
      {task.error && <QueryError error={task.error} onRetry={() => void task.refetch()} />}
      {task.isPending && !task.error && <Card variant="borderless"><Skeleton active paragraph={{ rows: 8 }} /></Card>}
      {task.data && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <TaskHeader task={task.data} />
          </Col>
          {/* On a phone the next step comes before the facts, within reach of a thumb. */}
          <Col xs={{ span: 24, order: 2 }} xl={{ span: 15, order: 1 }}>
            <Card title={t('tasks.detail.facts')} variant="borderless">
              <TaskFacts task={task.data} />
            </Card>
          </Col>
          <Col xs={{ span: 24, order: 1 }} xl={{ span: 9, order: 2 }}>
            <TaskActions task={task.data} />
          </Col>
          <Col span={24} order={3}>
            <Card title={t('tasks.detail.timeline')} variant="borderless" extra={<Button size="small" onClick={() => void task.refetch()}>{t('common.refresh')}</Button>}>
              <TaskTimeline task={task.data} />
            </Card>
          </Col>
          {task.data.postChecks.length > 0 && (
            <Col span={24} order={4}>
              <TaskPostChecks checks={task.data.postChecks} />
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
