// Rules that span a plan's configuration tree. Every error names its path, both as indices (for
// the editor to place it inline) and in words (年终考核 › 组织领导 › 领导重视).
import { badRequest } from '../errors/index.ts';
import type { AssessmentPlanConfig } from './config.ts';
import { Dec, decSum } from './decimal.ts';

export interface AssessmentConfigError {
  path: (string | number)[];
  label: string;
  message: string;
}

export interface AssessmentConfigSummary {
  ok: boolean;
  errors: AssessmentConfigError[];
  weightTotal: number;
  components: { key: string; name: string; weight: number; maxTotal: number; bonusCap: number }[];
}

const HUNDRED = Dec.of(100);

/** `known` lists the metric and veto-condition keys the registry offers now. */
export function validateAssessmentConfig(config: AssessmentPlanConfig, known: { metrics: { has(key: string): boolean }; vetoConditions: { has(key: string): boolean } }): AssessmentConfigSummary {
  const errors: AssessmentConfigError[] = [];
  const err = (path: (string | number)[], names: string[], message: string) => errors.push({ path, label: names.filter(Boolean).join(' › ') || '考核方案', message });
  const unique = (kind: string, keys: { key: string; path: (string | number)[]; names: string[] }[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k.key)) err(k.path, k.names, `${kind}编码「${k.key}」重复`);
      seen.add(k.key);
    }
  };

  if (config.components.length === 0) err(['components'], [], '至少设置一个考核环节');
  const weightTotal = decSum(config.components.map((c) => Dec.of(c.weight)));
  if (!weightTotal.eq(HUNDRED)) err(['components'], ['考核环节权重'], `各环节权重合计 ${weightTotal.toString()}%,应为 100%`);

  unique('环节', config.components.map((c, ci) => ({ key: c.key, path: ['components', ci, 'key'], names: [c.name] })));
  unique('类别', config.components.flatMap((c, ci) => c.categories.map((g, gi) => ({ key: g.key, path: ['components', ci, 'categories', gi, 'key'], names: [c.name, g.name] }))));
  unique('指标', config.components.flatMap((c, ci) => c.categories.flatMap((g, gi) => g.indicators.map((ind, ii) => ({ key: ind.key, path: ['components', ci, 'categories', gi, 'indicators', ii, 'key'], names: [c.name, g.name, ind.name] })))));

  const summary = config.components.map((c, ci) => {
    const cPath = ['components', ci];
    if (c.categories.length === 0) err(cPath, [c.name], '该环节还没有指标类别');
    let maxTotal = Dec.ZERO;
    let bonusCap = Dec.ZERO;
    c.categories.forEach((g, gi) => {
      const gPath = [...cPath, 'categories', gi];
      if (g.indicators.length === 0) err(gPath, [c.name, g.name], '该类别还没有指标');
      g.indicators.forEach((ind, ii) => {
        const iPath = [...gPath, 'indicators', ii];
        const names = [c.name, g.name, ind.name];
        const max = Dec.of(ind.maxScore);
        if (ind.maxScore <= 0) err([...iPath, 'maxScore'], names, ind.method === 'bonus' ? '加分上限须大于 0' : '满分须大于 0');
        if (ind.method === 'bonus') bonusCap = bonusCap.plus(max);
        else maxTotal = maxTotal.plus(max);
        if (ind.method === 'deduction') {
          if (ind.pointsPerOccurrence <= 0) err([...iPath, 'pointsPerOccurrence'], names, '每次扣分须大于 0');
          if (ind.metricKey && !known.metrics.has(ind.metricKey)) err([...iPath, 'metricKey'], names, `未知的指标数据来源「${ind.metricKey}」`);
        }
        if (ind.method === 'formula') {
          if (!known.metrics.has(ind.metricKey)) err([...iPath, 'metricKey'], names, `未知的指标数据来源「${ind.metricKey}」`);
          const m = ind.mapping;
          if (m.kind === 'linear' && m.from === m.to) err([...iPath, 'mapping'], names, '线性换算的起点和终点不能相同');
          if (m.kind === 'thresholds') {
            const bounds = new Set<number>();
            m.bands.forEach((b, bi) => {
              if (bounds.has(b.bound)) err([...iPath, 'mapping', 'bands', bi, 'bound'], names, `分档界值 ${b.bound} 重复`);
              bounds.add(b.bound);
              if (b.points > ind.maxScore) err([...iPath, 'mapping', 'bands', bi, 'points'], names, `分档得分 ${b.points} 超过满分 ${ind.maxScore}`);
            });
          }
        }
      });
    });
    if (!maxTotal.eq(HUNDRED)) err(cPath, [c.name], `各指标满分合计 ${maxTotal.toString()} 分(不含加分项),应为 100 分`);
    return { key: c.key, name: c.name, weight: c.weight, maxTotal: maxTotal.toNumber(2), bonusCap: bonusCap.toNumber(2) };
  });

  const bands = config.gradeBands;
  unique('等次', bands.map((b, bi) => ({ key: b.key, path: ['gradeBands', bi, 'key'], names: ['等次', b.name] })));
  bands.forEach((b, bi) => {
    const prev = bands[bi - 1];
    if (prev && !(b.min < prev.min)) err(['gradeBands', bi, 'min'], ['等次', b.name], `下限须低于上一等次「${prev.name}」的 ${prev.min} 分`);
  });
  const last = bands.at(-1);
  if (last && last.min !== 0) err(['gradeBands', bands.length - 1, 'min'], ['等次', last.name], '最低等次的下限须为 0(兜底等次,也是一票否决的等次)');

  unique('否决规则', config.vetoRules.map((r, ri) => ({ key: r.key, path: ['vetoRules', ri, 'key'], names: ['一票否决', r.name] })));
  config.vetoRules.forEach((r, ri) => {
    if (r.kind === 'auto' && !known.vetoConditions.has(r.conditionKey)) err(['vetoRules', ri, 'conditionKey'], ['一票否决', r.name], `未知的否决条件「${r.conditionKey}」`);
  });

  return { ok: errors.length === 0, errors, weightTotal: weightTotal.toNumber(2), components: summary };
}

/** Throws a domain error listing every problem (the first few in the message). */
export function assertValidAssessmentConfig(summary: AssessmentConfigSummary) {
  if (summary.ok) return;
  const shown = summary.errors.slice(0, 5).map((e) => `${e.label}:${e.message}`).join(';');
  const more = summary.errors.length > 5 ? ` 等 ${summary.errors.length} 处` : '';
  throw badRequest('errors.assessment.invalidConfig', `考核方案配置有误:${shown}${more}`, { count: summary.errors.length, first: shown });
}
