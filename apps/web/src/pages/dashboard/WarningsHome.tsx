import { useQuery } from '@tanstack/react-query';
import { Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { LevelTag } from '../warnings/level.tsx';
import '../warnings/warnings.css';
import { HomeCard } from './WorkTiles.tsx';

/** 待确认预警 on the home page: how many, red once any is overdue, the first few, a way to the phone page. */
export function WarningsHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.workbench.warnings.queryOptions(), refetchInterval: 30_000 });
  if (q.data && q.data.count === 0) return null;
  return (
    <HomeCard title={t('warnings.home.title')} testId="home-warnings" extra={<Link to="/warnings/mine"><Button type="primary" danger size="small">{t('warnings.home.open')}</Button></Link>}>
      {q.error ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : !q.data ? <Skeleton active /> : (
        <>
          <div className="wb-tiles">
            <Link to="/warnings/mine" className={`wb-tile wb-${q.data.light}`} data-testid="tile-warnings">
              <span className="wb-light" role="img" aria-label={t(`workbench.lights.${q.data.light}`)} />
              <span className="wb-label">{t('warnings.home.title')}</span>
              <span className="wb-count" data-testid="tile-count">{q.data.count}</span>
              <span className="wb-hint">{q.data.overdue ? t('warnings.home.overdue', { count: q.data.overdue }) : t('warnings.home.count', { count: q.data.count })}</span>
            </Link>
          </div>
          <ul className="warn-home-list">
            {q.data.items.map((r) => (
              <li key={r.id}>
                <LevelTag level={r.warning.level} />
                <span className="warn-home-title">{r.warning.title} · {r.unitName}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </HomeCard>
  );
}
