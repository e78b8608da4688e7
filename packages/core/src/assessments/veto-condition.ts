import type { Prisma } from '@duban/db';
import type { Period } from '../metrics/metric-source.ts';

/**
 * 一票否决 from events: true for a unit that fails regardless of its score in the period (a major
 * food-safety incident, concealment …). The same shape as the plugin SDK's VetoCondition, so a
 * plugin's `vetoes` plug straight in. Evaluated for all units at once (set-based).
 */
export interface VetoCondition {
  key: string;
  name: { zh: string; en: string };
  evaluate(
    db: Prisma.TransactionClient,
    args: { countyId: string; orgUnitIds: string[]; period: Period },
  ): Promise<Map<string, { vetoed: boolean; reason?: string }>>;
}
