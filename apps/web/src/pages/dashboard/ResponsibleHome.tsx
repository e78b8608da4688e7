import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { HomeCard, WorkTiles } from './WorkTiles.tsx';

/** A township's (village's, department's) own items: 待签收, 整改中, 逾期 (挂牌督办), 即将到期. */
export function ResponsibleHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery(trpc.workbench.responsible.queryOptions());
  return (
    <HomeCard title={t('workbench.responsible')} testId="home-responsible">
      {q.error ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : !q.data ? <Skeleton active /> : (
        <WorkTiles tiles={q.data.tiles} dueSoonDays={q.data.dueSoonDays} testId="tiles-responsible" />
      )}
    </HomeCard>
  );
}
