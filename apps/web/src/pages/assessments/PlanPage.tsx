import { useQuery } from '@tanstack/react-query';
import { Card, Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import './assessments.css';
import { PlanEditor } from './plan-editor/PlanEditor.tsx';
import { UnitsTab } from './UnitsTab.tsx';
import { PlanHeader } from './workflow/PlanHeader.tsx';
import type { PlanDetail } from './types.ts';

// The grid, the results (with ECharts) and the 通报 load when their tab is first opened; tabs stay
// mounted once opened, so unsaved configuration edits survive a look at another tab.
const ScoringTab = lazy(() => import('./scoring/ScoringTab.tsx'));
const VetoTab = lazy(() => import('./scoring/VetoTab.tsx'));
const ResultsTab = lazy(() => import('./results/ResultsTab.tsx'));
const BulletinTab = lazy(() => import('./bulletin/BulletinTab.tsx'));

type TabKey = 'config' | 'units' | 'scoring' | 'vetoes' | 'results' | 'bulletin';

/** The tab that fits the plan's stage when none is asked for. */
function defaultTab(plan: PlanDetail, canScore: boolean): TabKey {
  switch (plan.status) {
    case 'draft':
      return 'config';
    case 'self_check':
      return 'units';
    case 'scoring':
      return canScore ? 'scoring' : 'results';
    default:
      return 'results';
  }
}

/** One plan: its stage and next steps on top; configuration, units, scoring, results and 通报 below. */
export default function PlanPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const query = useQuery(trpc.assessment.getPlan.queryOptions({ planId }));
  const plan = query.data;

  if (!plan) {
    return (
      <>
        <PageHeader title={t('assessments.title')} extra={<Link to="/assessments">{t('assessments.backToList')}</Link>} />
        {query.error ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : <Card loading variant="borderless" />}
      </>
    );
  }

  const canScore = can('core.assessment.score') && plan.actions.includes('score');
  const showScoring = can('core.assessment.score') && plan.status !== 'draft';
  // Those who veto without scoring (督查室) get the veto panel on its own; assessors have it in 评分.
  const showVetoes = !showScoring && can('core.assessment.veto') && plan.status !== 'draft';
  const tab = (params.get('tab') as TabKey | null) ?? defaultTab(plan, canScore);
  const fallback = <Card loading variant="borderless" />;
  const items = [
    { key: 'config', label: t('assessments.tabs.config'), children: <PlanEditor plan={plan} /> },
    { key: 'units', label: t('assessments.tabs.units'), children: <UnitsTab plan={plan} /> },
    ...(showScoring ? [{ key: 'scoring', label: t('assessments.tabs.scoring'), children: <Suspense fallback={fallback}><ScoringTab plan={plan} /></Suspense> }] : []),
    ...(showVetoes ? [{ key: 'vetoes', label: t('assessments.veto.title'), children: <Suspense fallback={fallback}><VetoTab plan={plan} /></Suspense> }] : []),
    { key: 'results', label: t('assessments.tabs.results'), children: <Suspense fallback={fallback}><ResultsTab plan={plan} /></Suspense> },
    { key: 'bulletin', label: t('assessments.tabs.bulletin'), children: <Suspense fallback={fallback}><BulletinTab plan={plan} /></Suspense> },
  ];

  return (
    <>
      <PlanHeader plan={plan} />
      <Tabs
        data-testid="plan-tabs"
        activeKey={items.some((i) => i.key === tab) ? tab : 'results'}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={items}
      />
    </>
  );
}
