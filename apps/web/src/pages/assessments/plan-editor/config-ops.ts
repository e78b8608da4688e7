import type { PlanConfigInput } from '@duban/api/schemas';

/**
 * Edits of a plan configuration as pure functions (config in, new config out), so the editor's
 * state changes are testable without React. Each edit copies the config and changes the copy.
 */

export type PlanConfig = PlanConfigInput;
export type ComponentConfig = PlanConfig['components'][number];
export type CategoryConfig = ComponentConfig['categories'][number];
export type IndicatorConfig = CategoryConfig['indicators'][number];
export type ScoringMethod = IndicatorConfig['method'];
export type ComponentKind = ComponentConfig['kind'];
export type VetoRule = PlanConfig['vetoRules'][number];
export type GradeBand = PlanConfig['gradeBands'][number];

/** Where a node sits: component index, then category, then indicator. */
export interface NodeRef {
  ci: number;
  gi?: number;
  ii?: number;
}

function edit(config: PlanConfig, change: (draft: PlanConfig) => void): PlanConfig {
  const draft = structuredClone(config);
  change(draft);
  return draft;
}

/** Every key in use anywhere in the config (keys must be unique per kind; one pool keeps it simple). */
function usedKeys(config: PlanConfig): Set<string> {
  const keys = new Set<string>();
  for (const c of config.components) {
    keys.add(c.key);
    for (const g of c.categories) {
      keys.add(g.key);
      for (const i of g.indicators) keys.add(i.key);
    }
  }
  for (const b of config.gradeBands) keys.add(b.key);
  for (const r of config.vetoRules ?? []) keys.add(r.key);
  return keys;
}

/** A key not used yet: prefix + the smallest free number (c1, c2 …). */
export function freshKey(config: PlanConfig, prefix: string): string {
  const used = usedKeys(config);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

function move<T>(list: T[], from: number, to: number) {
  if (to < 0 || to >= list.length || from === to) return;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
}

export function addComponent(config: PlanConfig, kind: ComponentKind, name: string): PlanConfig {
  const key = freshKey(config, 'c');
  return edit(config, (d) => void d.components.push({ key, name, kind, weight: 0, categories: [] }));
}

export const updateComponent = (config: PlanConfig, ci: number, patch: Partial<Omit<ComponentConfig, 'categories'>>) =>
  edit(config, (d) => void Object.assign(d.components[ci]!, patch));

export const removeComponent = (config: PlanConfig, ci: number) => edit(config, (d) => void d.components.splice(ci, 1));

export function addCategory(config: PlanConfig, ci: number, name: string): PlanConfig {
  const key = freshKey(config, 'g');
  return edit(config, (d) => void d.components[ci]!.categories.push({ key, name, indicators: [] }));
}

export const updateCategory = (config: PlanConfig, ci: number, gi: number, patch: Partial<Omit<CategoryConfig, 'indicators'>>) =>
  edit(config, (d) => void Object.assign(d.components[ci]!.categories[gi]!, patch));

export const removeCategory = (config: PlanConfig, ci: number, gi: number) => edit(config, (d) => void d.components[ci]!.categories.splice(gi, 1));

export const moveCategory = (config: PlanConfig, ci: number, gi: number, by: -1 | 1) => edit(config, (d) => move(d.components[ci]!.categories, gi, gi + by));

export function addIndicator(config: PlanConfig, ci: number, gi: number, name: string, maxScore = 0): PlanConfig {
  const key = freshKey(config, 'k');
  return edit(config, (d) => void d.components[ci]!.categories[gi]!.indicators.push({ key, name, method: 'manual', maxScore }));
}

export const removeIndicator = (config: PlanConfig, ci: number, gi: number, ii: number) =>
  edit(config, (d) => void d.components[ci]!.categories[gi]!.indicators.splice(ii, 1));

export const moveIndicator = (config: PlanConfig, ci: number, gi: number, ii: number, by: -1 | 1) =>
  edit(config, (d) => move(d.components[ci]!.categories[gi]!.indicators, ii, ii + by));

/** Replaces an indicator (the editor's form hands back the whole, method-specific object). */
export const setIndicator = (config: PlanConfig, ci: number, gi: number, ii: number, indicator: IndicatorConfig) =>
  edit(config, (d) => void (d.components[ci]!.categories[gi]!.indicators[ii] = indicator));

/** Patches the fields every method shares (name, maximum, standard, key). */
export const patchIndicator = (config: PlanConfig, ci: number, gi: number, ii: number, patch: Partial<Pick<IndicatorConfig, 'key' | 'name' | 'maxScore' | 'standard'>>) =>
  edit(config, (d) => void Object.assign(d.components[ci]!.categories[gi]!.indicators[ii]!, patch));

/**
 * The same indicator under another method: name, key, maximum and standard stay; the new
 * method's settings start from defaults that pass the shape check (a formula's metric must still be chosen).
 */
export function withMethod(indicator: IndicatorConfig, method: ScoringMethod): IndicatorConfig {
  if (indicator.method === method) return indicator;
  const base = { key: indicator.key, name: indicator.name, standard: indicator.standard ?? null, maxScore: indicator.maxScore };
  const metricKey = 'metricKey' in indicator ? (indicator.metricKey ?? '') : '';
  switch (method) {
    case 'manual':
      return { ...base, method };
    case 'bonus':
      return { ...base, method };
    case 'deduction':
      return { ...base, method, pointsPerOccurrence: 1, metricKey: metricKey || null };
    case 'formula':
      return { ...base, method, metricKey, mapping: { kind: 'linear', from: 0, to: 100 } };
  }
}

export const addGradeBand = (config: PlanConfig, name: string, min: number) =>
  edit(config, (d) => {
    d.gradeBands.push({ key: freshKey(config, 'grade'), name, min });
    d.gradeBands.sort((a, b) => b.min - a.min);
  });

export const updateGradeBand = (config: PlanConfig, bi: number, patch: Partial<GradeBand>) => edit(config, (d) => void Object.assign(d.gradeBands[bi]!, patch));

export const removeGradeBand = (config: PlanConfig, bi: number) => edit(config, (d) => void d.gradeBands.splice(bi, 1));

export function addVetoRule(config: PlanConfig, name: string): PlanConfig {
  const key = freshKey(config, 'veto');
  return edit(config, (d) => void (d.vetoRules ??= []).push({ key, name, kind: 'manual' }));
}

export const setVetoRule = (config: PlanConfig, ri: number, rule: VetoRule) => edit(config, (d) => void (d.vetoRules[ri] = rule));

export const removeVetoRule = (config: PlanConfig, ri: number) => edit(config, (d) => void d.vetoRules.splice(ri, 1));

export const setMissingRule = (config: PlanConfig, missingRule: PlanConfig['missingRule']) => edit(config, (d) => void (d.missingRule = missingRule));

/**
 * Spreads the remaining weight so the components add up to 100: the components with weight 0
 * share what is left equally (to the hundredth; the first gets the remainder).
 */
export function fillWeights(config: PlanConfig): PlanConfig {
  const zero = config.components.map((c, i) => (c.weight === 0 ? i : -1)).filter((i) => i >= 0);
  const used = config.components.reduce((s, c) => s + Math.round(c.weight * 100), 0);
  const left = 10_000 - used;
  if (zero.length === 0 || left <= 0) return config;
  const share = Math.floor(left / zero.length);
  return edit(config, (d) => {
    zero.forEach((ci, n) => {
      d.components[ci]!.weight = (share + (n === 0 ? left - share * zero.length : 0)) / 100;
    });
  });
}
