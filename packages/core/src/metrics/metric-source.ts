import type { Prisma } from '@duban/db';

/** A period an indicator is computed over: inclusive start, exclusive end (UTC). */
export interface Period {
  start: Date;
  end: Date;
}

/**
 * A value per org unit and period, for the scoring engine's "formula over metrics" method. Core
 * features (tasks) and plugins (flood control …) both provide them.
 */
export interface MetricSource {
  key: string;
  name: { zh: string; en: string };
  unit: string;
  /** Computes the metric for many units at once (set-based: one query for all units, never one per unit). */
  compute(db: Prisma.TransactionClient, args: { countyId: string; orgUnitIds: string[]; period: Period }): Promise<Map<string, number>>;
}
