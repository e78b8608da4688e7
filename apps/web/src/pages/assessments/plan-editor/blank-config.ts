import type { Catalog } from '../types.ts';
import type { PlanConfig } from './config-ops.ts';

/**
 * A blank plan that already passes the checks: one year-end component at 100%, one category with
 * one item scored by the assessors out of 100, the catalogue's default grade bands. The admin
 * builds from there; names are data, written in the language of whoever creates the plan.
 */
export function blankConfig(catalog: Pick<Catalog, 'componentKinds' | 'defaultGradeBands'>, language: string): PlanConfig {
  const en = language === 'en';
  const kind = catalog.componentKinds.find((k) => k.key === 'year_end');
  return {
    components: [
      {
        key: 'c1',
        name: kind ? (en ? kind.name.en : kind.name.zh) : en ? 'Year-end assessment' : '年终考核',
        kind: 'year_end',
        weight: 100,
        categories: [{ key: 'g1', name: en ? 'Key work' : '重点工作', indicators: [{ key: 'k1', name: en ? 'Completion of key work' : '重点工作完成情况', method: 'manual', maxScore: 100 }] }],
      },
    ],
    gradeBands: catalog.defaultGradeBands.map((b) => ({ key: b.key, name: b.name, min: b.min })),
    missingRule: 'average_present',
    vetoRules: [],
  };
}
