import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTRPC } from '../../../api/trpc.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import type { PlanDetail } from '../types.ts';
import { VetoPanel } from './VetoPanel.tsx';

/**
 * 一票否决 for those who may record vetoes but do not score (督查室): the same panel as in the
 * scoring tab, fed by the vetoes query and the plan's own units and rules.
 */
export default function VetoTab({ plan }: { plan: PlanDetail }) {
  const trpc = useTRPC();
  const vetoes = useQuery(trpc.assessment.vetoes.queryOptions({ planId: plan.id }));
  if (vetoes.error) return <QueryError error={vetoes.error} onRetry={() => void vetoes.refetch()} />;
  if (!vetoes.data) return <Card loading variant="borderless" />;
  const data = {
    units: plan.units.map((u) => ({ orgUnitId: u.orgUnit.id, name: u.orgUnit.name })),
    vetoes: vetoes.data,
    vetoRules: plan.version.config.vetoRules.map((r) => ({ key: r.key, name: r.name, kind: r.kind })),
  };
  return <VetoPanel plan={plan} sheet={data} />;
}
