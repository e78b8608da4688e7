import type { PlanConfigInput } from '@duban/api/schemas';
import { formatCents, sumCents, toCents } from '../decimal.ts';

/**
 * The plan editor's own check of the rules that span the tree — the same rules as the server's
 * validateConfig (core/assessments/validate-config.ts), run on every keystroke so an error shows
 * at its node at once and in the user's language. The server checks again when the plan is saved
 * or started; its verdict wins.
 */

export type IssuePath = readonly (string | number)[];

export const issueCodes = [
  'noComponents',
  'weightSum',
  'duplicateKey',
  'noCategories',
  'noIndicators',
  'maxSum',
  'maxPositive',
  'bonusCapPositive',
  'perOccurrencePositive',
  'unknownMetric',
  'metricRequired',
  'linearSame',
  'duplicateBound',
  'bandOverMax',
  'gradeOrder',
  'lastGradeZero',
  'unknownVetoCondition',
  'vetoConditionRequired',
  'nameRequired',
  'tooManyDecimals',
] as const;

export type IssueCode = (typeof issueCodes)[number];

export interface ConfigIssue {
  path: IssuePath;
  code: IssueCode;
  /** Interpolation values for the message (assessments.issues.<code>). */
  params?: Record<string, string | number>;
}

export interface ComponentSummary {
  key: string;
  weight: number;
  /** Sum of the non-bonus indicators' maximum scores (must be 100), in hundredths. */
  maxTotalCents: number;
  bonusCapCents: number;
  categories: { key: string; maxTotalCents: number; bonusCapCents: number }[];
}

export interface ConfigCheck {
  ok: boolean;
  issues: ConfigIssue[];
  weightTotalCents: number;
  components: ComponentSummary[];
}

export interface KnownSources {
  metrics: ReadonlySet<string>;
  vetoConditions: ReadonlySet<string>;
}

const HUNDRED = 10_000;

export function validatePlanConfig(config: PlanConfigInput, known: KnownSources): ConfigCheck {
  const issues: ConfigIssue[] = [];
  const add = (path: IssuePath, code: IssueCode, params?: ConfigIssue['params']) => issues.push(params ? { path, code, params } : { path, code });
  const unique = (entries: { key: string; path: IssuePath }[]) => {
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.key)) add(e.path, 'duplicateKey', { key: e.key });
      seen.add(e.key);
    }
  };
  const named = (path: IssuePath, name: string) => {
    if (!name.trim()) add([...path, 'name'], 'nameRequired');
  };
  const twoDecimals = (path: IssuePath, value: number) => {
    if (toCents(value) === null) add(path, 'tooManyDecimals');
  };

  if (config.components.length === 0) add(['components'], 'noComponents');
  config.components.forEach((c, ci) => twoDecimals(['components', ci, 'weight'], c.weight));
  const weightTotalCents = sumCents(config.components.map((c) => c.weight));
  if (weightTotalCents !== HUNDRED) add(['components'], 'weightSum', { total: formatCents(weightTotalCents) });

  unique(config.components.map((c, ci) => ({ key: c.key, path: ['components', ci, 'key'] })));
  unique(config.components.flatMap((c, ci) => c.categories.map((g, gi) => ({ key: g.key, path: ['components', ci, 'categories', gi, 'key'] }))));
  unique(
    config.components.flatMap((c, ci) =>
      c.categories.flatMap((g, gi) => g.indicators.map((ind, ii) => ({ key: ind.key, path: ['components', ci, 'categories', gi, 'indicators', ii, 'key'] }))),
    ),
  );

  const components = config.components.map((c, ci): ComponentSummary => {
    const cPath = ['components', ci];
    named(cPath, c.name);
    if (c.categories.length === 0) add(cPath, 'noCategories');
    const categories = c.categories.map((g, gi) => {
      const gPath = [...cPath, 'categories', gi];
      named(gPath, g.name);
      if (g.indicators.length === 0) add(gPath, 'noIndicators');
      g.indicators.forEach((ind, ii) => checkIndicator(ind, [...gPath, 'indicators', ii], known, add, named, twoDecimals));
      const scored = g.indicators.filter((i) => i.method !== 'bonus');
      const bonus = g.indicators.filter((i) => i.method === 'bonus');
      return { key: g.key, maxTotalCents: sumCents(scored.map((i) => i.maxScore)), bonusCapCents: sumCents(bonus.map((i) => i.maxScore)) };
    });
    const maxTotalCents = categories.reduce((s, g) => s + g.maxTotalCents, 0);
    const bonusCapCents = categories.reduce((s, g) => s + g.bonusCapCents, 0);
    if (maxTotalCents !== HUNDRED) add(cPath, 'maxSum', { total: formatCents(maxTotalCents) });
    return { key: c.key, weight: c.weight, maxTotalCents, bonusCapCents, categories };
  });

  const bands = config.gradeBands;
  unique(bands.map((b, bi) => ({ key: b.key, path: ['gradeBands', bi, 'key'] })));
  bands.forEach((b, bi) => {
    named(['gradeBands', bi], b.name);
    twoDecimals(['gradeBands', bi, 'min'], b.min);
    const prev = bands[bi - 1];
    if (prev && !((toCents(b.min) ?? 0) < (toCents(prev.min) ?? 0))) add(['gradeBands', bi, 'min'], 'gradeOrder', { previous: prev.name, min: prev.min });
  });
  const last = bands.at(-1);
  if (last && last.min !== 0) add(['gradeBands', bands.length - 1, 'min'], 'lastGradeZero');

  const vetoRules = config.vetoRules ?? [];
  unique(vetoRules.map((r, ri) => ({ key: r.key, path: ['vetoRules', ri, 'key'] })));
  vetoRules.forEach((r, ri) => {
    named(['vetoRules', ri], r.name);
    if (r.kind !== 'auto') return;
    if (!r.conditionKey) add(['vetoRules', ri, 'conditionKey'], 'vetoConditionRequired');
    else if (!known.vetoConditions.has(r.conditionKey)) add(['vetoRules', ri, 'conditionKey'], 'unknownVetoCondition', { key: r.conditionKey });
  });

  return { ok: issues.length === 0, issues, weightTotalCents, components };
}

type Indicator = PlanConfigInput['components'][number]['categories'][number]['indicators'][number];

function checkIndicator(
  ind: Indicator,
  path: IssuePath,
  known: KnownSources,
  add: (path: IssuePath, code: IssueCode, params?: ConfigIssue['params']) => void,
  named: (path: IssuePath, name: string) => void,
  twoDecimals: (path: IssuePath, value: number) => void,
) {
  named(path, ind.name);
  twoDecimals([...path, 'maxScore'], ind.maxScore);
  if (!(ind.maxScore > 0)) add([...path, 'maxScore'], ind.method === 'bonus' ? 'bonusCapPositive' : 'maxPositive');
  const metric = (key: string | null | undefined, required: boolean) => {
    if (!key) {
      if (required) add([...path, 'metricKey'], 'metricRequired');
    } else if (!known.metrics.has(key)) add([...path, 'metricKey'], 'unknownMetric', { key });
  };
  if (ind.method === 'deduction') {
    twoDecimals([...path, 'pointsPerOccurrence'], ind.pointsPerOccurrence);
    if (!(ind.pointsPerOccurrence > 0)) add([...path, 'pointsPerOccurrence'], 'perOccurrencePositive');
    metric(ind.metricKey, false);
  }
  if (ind.method === 'formula') {
    metric(ind.metricKey, true);
    const m = ind.mapping;
    if (m.kind === 'linear' && m.from === m.to) add([...path, 'mapping'], 'linearSame');
    if (m.kind === 'thresholds') {
      const bounds = new Set<number>();
      m.bands.forEach((b, bi) => {
        if (bounds.has(b.bound)) add([...path, 'mapping', 'bands', bi, 'bound'], 'duplicateBound', { bound: b.bound });
        bounds.add(b.bound);
        twoDecimals([...path, 'mapping', 'bands', bi, 'points'], b.points);
        if ((toCents(b.points) ?? 0) > (toCents(ind.maxScore) ?? 0)) add([...path, 'mapping', 'bands', bi, 'points'], 'bandOverMax', { points: b.points, max: ind.maxScore });
      });
    }
  }
}

const samePrefix = (path: IssuePath, prefix: IssuePath) => prefix.every((p, i) => path[i] === p);

/** Issues placed exactly at a node (its own errors, e.g. a category without indicators). */
export const issuesAt = (issues: readonly ConfigIssue[], path: IssuePath) => issues.filter((i) => i.path.length === path.length && samePrefix(i.path, path));

/** Issues at a node's field (`[...path, field]`) or anywhere below it. */
export const issuesUnder = (issues: readonly ConfigIssue[], path: IssuePath) => issues.filter((i) => samePrefix(i.path, path));

/** antd-style key of a path, e.g. "components.0.categories.1". */
export const pathId = (path: IssuePath) => path.join('.');
