import type { Prisma } from '@duban/db';
import type { MetricSource, Period } from './metric-source.ts';

type Tx = Prisma.TransactionClient;

/**
 * A family of metric sources with one parameter taken from a county's own data: "the score of
 * checklist template X", "the share of answer A to survey question Q". A member's key is
 * `<family key>:<param>` (`core.checklist.score:sanitation-weekly`); plans store it as any
 * other metric key, and the scoring engine asks the family to compute it.
 */
export interface MetricFamily {
  /** The family's key, without a colon (`core.checklist.score`). */
  key: string;
  /** What the family measures, for grouping in the plan editor (检查表平均得分). */
  name: { zh: string; en: string };
  unit: string;
  /** Whether `param` is well formed (the plan validator's check; whether it exists is the county's data). */
  accepts(param: string): boolean;
  /** The members on offer in a county, named for the plan editor. */
  members(db: Tx, countyId: string): Promise<{ param: string; name: { zh: string; en: string } }[]>;
  /** One member for many units at once (set-based, as every metric source). */
  compute(db: Tx, args: { countyId: string; orgUnitIds: string[]; period: Period; param: string }): Promise<Map<string, number>>;
}

/** `core.checklist.score:sanitation-weekly` → ['core.checklist.score', 'sanitation-weekly']. */
export function splitFamilyKey(key: string): [family: string, param: string] | null {
  const at = key.indexOf(':');
  return at > 0 && at < key.length - 1 ? [key.slice(0, at), key.slice(at + 1)] : null;
}

/** A family member as a plain metric source (named generically: the catalog names it from the county's data). */
export function familyMember(family: MetricFamily, param: string, name = family.name): MetricSource {
  return {
    key: `${family.key}:${param}`,
    name,
    unit: family.unit,
    compute: (db, args) => family.compute(db, { ...args, param }),
  };
}
