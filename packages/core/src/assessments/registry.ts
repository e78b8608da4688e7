// Where the scoring engine finds metric sources, veto conditions and plan templates. Providers
// register once (core features at import, the API for installed plugins, inspections for its
// checklist pass rate and survey results) and are asked on every lookup, so a source added by a
// new provider needs no change to the engine.
import type { MetricSource } from '../metrics/metric-source.ts';
import type { AssessmentTemplate } from './template.ts';
import type { VetoCondition } from './veto-condition.ts';

export interface AssessmentContributions {
  /** 'core' or the plugin id: shown next to each source in the plan editor. */
  origin: string;
  metrics?: readonly MetricSource[];
  vetoes?: readonly VetoCondition[];
  templates?: readonly AssessmentTemplate[];
}

type Provider = () => readonly AssessmentContributions[];
const providers: Provider[] = [];

export function registerAssessmentContributions(provider: Provider | AssessmentContributions) {
  providers.push(typeof provider === 'function' ? provider : () => [provider]);
}

function collect<K extends 'metrics' | 'vetoes' | 'templates'>(kind: K) {
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
export const vetoConditions = () => collect('vetoes');
export const assessmentTemplates = () => collect('templates');
