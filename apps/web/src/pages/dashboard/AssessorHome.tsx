import { useQuery } from '@tanstack/react-query';
import { Button, Empty, List, Progress, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { HomeCard } from './WorkTiles.tsx';

/** An assessor's cells left to score in each plan under scoring; one click opens the grid. */
export function AssessorHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery(trpc.workbench.assessor.queryOptions());
  return (
    <HomeCard title={t('workbench.assessor')} testId="home-assessor">
      {q.error ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : !q.data ? <Skeleton active /> : q.data.length === 0 ? (
        <Empty description={t('workbench.noPlans')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          dataSource={q.data}
          renderItem={(p) => (
            <List.Item
              data-testid="assessor-plan"
              actions={[<Link key="go" to={`/assessments/${p.planId}?tab=scoring`}><Button type={p.left ? 'primary' : 'default'}>{t('workbench.goScore')}</Button></Link>]}
            >
              <List.Item.Meta
                title={p.name}
                description={
                  <>
                    <span className={p.left ? 'task-red' : ''} data-testid="cells-left">{p.left ? t('workbench.left', { count: p.left }) : t('workbench.doneScoring')}</span>
                    <span className="muted" style={{ marginInlineStart: 12 }}>{t('workbench.scored', { given: p.given, expected: p.expected })}</span>
                  </>
                }
              />
              <Progress type="circle" size={44} percent={p.expected ? Math.round((p.given / p.expected) * 100) : 100} />
            </List.Item>
          )}
        />
      )}
    </HomeCard>
  );
}
