import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { HomeCard } from './WorkTiles.tsx';

/**
 * 我的待办 on the home page: one list over the person's roles — warnings, reports, items to sign,
 * rectify, verify, cells to score — each item with its light (red past its deadline).
 */
export function MyWorkHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.workbench.mine.queryOptions(), refetchInterval: 60_000 });
  return (
    <HomeCard title={t('myWork.title')} testId="home-my-work">
      {q.error ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : !q.data ? <Skeleton active /> : q.data.sections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myWork.empty')} />
      ) : (
        <div className="mywork">
          {q.data.sections.map((s) => (
            <section key={s.kind} className="mywork-section" data-testid={`my-work-${s.kind}`}>
              <h4 className={`mywork-head wb-${s.light}`}>
                <span className="mywork-dot" role="img" aria-label={t(`workbench.lights.${s.light}`)} />
                {t(`myWork.kinds.${s.kind}`)} <span className="mywork-count">{s.count}</span>
              </h4>
              <ul>
                {s.items.map((i) => (
                  <li key={i.id} className={`mywork-item wb-${i.light}`}>
                    <span className="mywork-dot" role="img" aria-label={t(`workbench.lights.${i.light}`)} />
                    <Link to={i.link} className="mywork-title">{i.title}</Link>
                    <span className="mywork-detail">{i.detail}</span>
                    {i.deadline && <span className={i.light === 'red' ? 'mywork-due mywork-due-red' : 'mywork-due'}>{i.light === 'red' ? t('myWork.overdue') : t('myWork.due', { time: formatDateTime(i.deadline) })}</span>}
                  </li>
                ))}
              </ul>
              {s.count > s.items.length && <p className="muted mywork-more">{t('myWork.more', { count: s.count - s.items.length })}</p>}
            </section>
          ))}
        </div>
      )}
    </HomeCard>
  );
}
