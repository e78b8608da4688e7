// Where the scoring engine finds metric sources, veto conditions and plan templates. Providers
// register once (core features at import, the API for installed plugins, inspections for its
// checklist pass rate and survey results) and are asked on every lookup, so a source added by a
// new provider needs no change to the engine.
import { familyMember, splitFamilyKey, type MetricFamily } from '../metrics/metric-family.ts';
import type { MetricSource } from '../metrics/metric-source.ts';
import type { Prisma } from '@duban/db';
import type { AssessmentTemplate } from './template.ts';
import type { VetoCondition } from './veto-condition.ts';

export interface AssessmentContributions {
  /** 'core' or the plugin id: shown next to each source in the plan editor. */
  origin: string;
  metrics?: readonly MetricSource[];
  /** Parametrised sources (a checklist template's score): members keyed `<family>:<param>`. */
  metricFamilies?: readonly MetricFamily[];
  vetoes?: readonly VetoCondition[];
  templates?: readonly AssessmentTemplate[];
}

type Provider = () => readonly AssessmentContributions[];
const providers: Provider[] = [];

export function registerAssessmentContributions(provider: Provider | AssessmentContributions) {
  providers.push(typeof provider === 'function' ? provider : () => [provider]);
}

function collect<K extends 'metrics' | 'metricFamilies' | 'vetoes' | 'templates'>(kind: K) {
  type Item = NonNullable<AssessmentContributions[K]>[number];
  const byKey = new Map<string, { origin: string; item: Item }>();
  for (const provider of providers) {
    for (const c of provider()) {
      // First registration wins: a plugin cannot shadow a core source by reusing its key.
      for (const item of (c[kind] ?? []) as readonly Item[]) if (!byKey.has(item.key)) byKey.set(item.key, { origin: c.origin, item });
    }
  }
  return byKey;
}

export const metricSources = () => collect('metrics');
export const metricFamilies = () => collect('metricFamilies');

/** The source behind a plan's metric key: a plain source, or a family member (`core.checklist.score:<template>`). */
export function metricSource(key: string): { origin: string; item: MetricSource } | undefined {
  const plain = metricSources().get(key);
  if (plain) return plain;
  const split = splitFamilyKey(key);
  const family = split ? metricFamilies().get(split[0]) : undefined;
  return family && family.item.accepts(split![1]) ? { origin: family.origin, item: familyMember(family.item, split![1]) } : undefined;
}

/** Every family's members on offer in a county (the plan editor's list), named from the county's data. */
export async function metricFamilyMembers(db: Prisma.TransactionClient, countyId: string) {
  const out: { origin: string; family: MetricFamily; item: MetricSource }[] = [];
  for (const { origin, item: family } of metricFamilies().values()) {
    for (const m of await family.members(db, countyId)) out.push({ origin, family, item: familyMember(family, m.param, m.name) });
  }
  return out;
}

/** Whether a plan may name the metric key (the validator's check). */
export const metricKeyKnown = (key: string) => metricSource(key) !== undefined;
export const vetoConditions = () => collect('vetoes');
export const assessmentTemplates = () => collect('templates');
