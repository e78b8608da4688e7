import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useBilingual, usePluginApi } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../server.ts';

/** The unit's 一票否决 standing for the year, as the year-end assessment will see it. */
export function VetoBanner({ orgUnitId, year }: { orgUnitId: string; year: number }) {
  const tr = useBilingual();
  const api = usePluginApi<FoodSafetyRouter>();
  const status = useQuery(api['food-safety'].overview.vetoStatus.queryOptions({ orgUnitId, year }));
  const vetoed = (status.data ?? []).filter((s) => s.vetoed);
  if (!status.data) return null;
  return vetoed.length ? (
    <Alert
      type="error" showIcon data-testid="veto-banner"
      title={tr({ zh: `${year}年度食品安全考核:一票否决(当年考核为不合格)`, en: `${year} food-safety assessment: vetoed (fails the year)` })}
      description={vetoed.map((v) => <div key={v.key}>{tr(v.name)}{tr({ zh: ':', en: ': ' })}{v.reasons.map(tr).join(tr({ zh: ';', en: '; ' }))}</div>)}
    />
  ) : (
    <Alert type="success" showIcon data-testid="veto-banner" title={tr({ zh: `${year}年度暂无一票否决情形`, en: `No veto for ${year} so far` })} />
  );
}
