// The explanation of one unit's result: every point traced to its rule (in words), its source
// data (assessor scores, deduction occurrences, metric values, bonus entries) and its evidence.
import { componentKindNames, missingRuleNames, type IndicatorConfig, type AssessmentPlanConfig } from './config.ts';
import { Dec } from './decimal.ts';
import { gradeRuleText } from './grades.ts';
import type { AssessmentEvidenceDetail, AssessmentUnitDetail } from './load-inputs.ts';
import { ASSESSMENT_RANK_RULE } from './ranking.ts';
import { computeAssessmentUnitScore, type AssessmentItemResult } from './unit-score.ts';

export const ASSESSMENT_ROUNDING_RULE =
  '逐项得分精确计算(评委平均分、线性换算等除法结果按四舍五入保留 20 位小数),环节得分为各项之和,总分 = Σ 环节得分 × 权重 ÷ 100,最后一次性四舍五入保留两位小数(如 74.995 计为 75.00)。';

const flagNames: Record<string, string> = {
  missing_scores: '有评委未评分',
  no_scores: '尚无评委评分',
  capped: '平均分超过满分,按满分计',
  no_metric: '无指标数据',
  deduction_capped: '扣分已达满分,最低 0 分',
  bonus_capped: '加分超过上限,按上限计',
};

const fmt = (d: Dec) => d.toString();
const shown = (d: Dec | null) => (d === null ? '—' : d.toFixed(2));

export interface AssessmentExplainContext {
  planId: string;
  version: { id: string; number: number; status: string };
  orgUnit: { id: string; name: string; path: string };
  panel: { userId: string; name: string }[];
  metricInfo: (key: string) => { name: string; unit: string };
  placement: { rank: number | null; tied: boolean; groupSize: number; previous: { total: number | null; rank: number | null } | null };
}

const evidenceOut = (e: AssessmentEvidenceDetail) => ({ id: e.id, fileName: e.fileName, contentType: e.contentType, size: e.size, uploadedAt: e.uploadedAt.toISOString(), entryId: e.entryId });

function ruleText(item: AssessmentItemResult, unit: AssessmentUnitDetail, config: AssessmentPlanConfig, panelSize: number, ctx: AssessmentExplainContext): string {
  const ind = item.indicator as IndicatorConfig;
  const max = Dec.of(ind.maxScore);
  switch (ind.method) {
    case 'manual': {
      const scores = (unit.scores.get(ind.key) ?? []).map((s) => s.score);
      const rule = config.missingRule;
      if (item.exact === null) return `${panelSize} 名评委中 ${scores.length} 人已评分;按「${missingRuleNames.block.zh}」规则,暂无结果`;
      if (scores.length === 0) return `${panelSize} 名评委均未评分,计 0 分(${missingRuleNames[rule].zh})`;
      const divisor = rule === 'average_present' ? scores.length : panelSize;
      const zeros = rule === 'zero' ? Array.from({ length: panelSize - scores.length }, () => '0(缺评)') : [];
      const avg = scores.reduce((s, v) => s.plus(v), Dec.ZERO).div(Dec.of(divisor));
      const capped = max.lt(avg) ? `,超过满分按 ${fmt(max)} 分计` : '';
      return `${panelSize} 名评委中 ${scores.length} 人评分(${missingRuleNames[rule].zh}):(${[...scores.map(fmt), ...zeros].join(' + ')}) ÷ ${divisor} = ${shown(avg)}${capped}`;
    }
    case 'deduction': {
      const recorded = (unit.entries.get(ind.key) ?? []).filter((e) => e.kind === 'deduction').reduce((s, e) => s + e.count, 0);
      const fromMetric = ind.metricKey ? `,「${ctx.metricInfo(ind.metricKey).name}」${item.metricValue == null ? '无数据(计 0 次)' : `${fmt(item.metricValue)} 次`}` : '';
      const occ = item.occurrences ?? Dec.ZERO;
      const deducted = Dec.of(ind.pointsPerOccurrence).times(occ.lt(Dec.ZERO) ? Dec.ZERO : occ);
      return `每次扣 ${fmt(Dec.of(ind.pointsPerOccurrence))} 分;记录扣分 ${recorded} 次${fromMetric},共 ${fmt(occ)} 次,扣 ${fmt(deducted.min(max))} 分(以满分 ${fmt(max)} 分为限),得 ${shown(item.exact)} 分`;
    }
    case 'bonus':
      return `加分合计 ${fmt(item.claimed ?? Dec.ZERO)} 分(上限 ${fmt(max)} 分),计 ${shown(item.exact)} 分`;
    case 'formula': {
      const info = ctx.metricInfo(ind.metricKey);
      if (item.metricValue == null) return ind.noData === 'full' ? `「${info.name}」无数据(无此项工作),按规则计满分 ${fmt(max)} 分` : `「${info.name}」无数据,计 0 分`;
      const v = `「${info.name}」= ${fmt(item.metricValue)}${info.unit}`;
      const m = ind.mapping;
      if (m.kind === 'linear') {
        return `${v};按 ${m.from}${info.unit} 得 0 分、${m.to}${info.unit} 得满分 ${fmt(max)} 分线性换算(超出两端按端点计),得 ${shown(item.exact)} 分`;
      }
      const cmp = m.direction === 'higher' ? '≥' : '≤';
      const bands = m.bands.map((b) => `${cmp} ${b.bound} 得 ${b.points} 分`).join(',');
      return `${v};分档:${bands};不达任何分档得 0 分;得 ${shown(item.exact)} 分`;
    }
  }
}

/** Builds the explanation from a unit's inputs (live) — or the one stored when it was published. */
export function explainAssessmentUnit(config: AssessmentPlanConfig, unit: AssessmentUnitDetail, ctx: AssessmentExplainContext) {
  const panelSize = ctx.panel.length;
  const score = computeAssessmentUnitScore(config, panelSize, unit);
  const names = new Map(ctx.panel.map((p) => [p.userId, p.name]));
  const rules = new Map(config.vetoRules.map((r) => [r.key, r]));
  return {
    planId: ctx.planId,
    version: ctx.version,
    assessmentUnitId: unit.assessmentUnitId,
    orgUnit: ctx.orgUnit,
    peerGroup: unit.peerGroup,
    total: score.total?.toNumber(2) ?? null,
    exactTotal: score.exactTotal?.toString() ?? null,
    grade: score.grade ? { key: score.grade.key, name: score.grade.name } : null,
    gradeRule: gradeRuleText(config.gradeBands),
    vetoed: score.vetoed,
    vetoes: unit.vetoDetails
      .filter((v) => rules.has(v.ruleKey))
      .map((v) => ({ ruleKey: v.ruleKey, ruleName: rules.get(v.ruleKey)!.name, source: v.source, reason: v.reason })),
    rank: ctx.placement.rank,
    tied: ctx.placement.tied,
    groupSize: ctx.placement.groupSize,
    rankRule: ASSESSMENT_RANK_RULE,
    previous: ctx.placement.previous,
    complete: score.complete,
    roundingRule: ASSESSMENT_ROUNDING_RULE,
    missingRule: config.missingRule,
    components: config.components.map((c, ci) => {
      const exact = score.components[ci]!.exact;
      return {
        key: c.key,
        name: c.name || componentKindNames[c.kind].zh,
        weight: c.weight,
        exact: fmt(exact),
        score: exact.toNumber(2),
        weighted: fmt(Dec.of(c.weight).times(exact).times(Dec.of('0.01'))),
        categories: c.categories.map((g) => {
          const items = g.indicators.map((ind) => score.items.get(ind.key)!);
          const catExact = items.reduce((s, i) => s.plus(i.exact ?? Dec.ZERO), Dec.ZERO);
          return {
            key: g.key,
            name: g.name,
            exact: fmt(catExact),
            score: catExact.toNumber(2),
            indicators: items.map((item) => {
              const ind = item.indicator;
              const metricKey = ind.method === 'formula' ? ind.metricKey : ind.method === 'deduction' ? (ind.metricKey ?? null) : null;
              const sc = unit.selfChecks.get(ind.key);
              const notes = new Map((unit.scoreNotes.get(ind.key) ?? []).map((n) => [n.assessorId, n.note]));
              const byAssessor = new Map((unit.scores.get(ind.key) ?? []).map((s) => [s.assessorId, s.score]));
              return {
                key: ind.key,
                name: ind.name,
                standard: ind.standard ?? null,
                method: ind.method,
                maxScore: ind.maxScore,
                exact: item.exact ? fmt(item.exact) : '',
                score: item.exact?.toNumber(2) ?? 0,
                rule: ruleText(item, unit, config, panelSize, ctx),
                flags: item.flags.map((f) => flagNames[f] ?? f),
                assessors: ind.method === 'manual'
                  ? ctx.panel.map((p) => ({ assessorId: p.userId, name: names.get(p.userId) ?? p.userId, score: byAssessor.get(p.userId)?.toNumber(2) ?? null, note: notes.get(p.userId) ?? null }))
                  : null,
                entries: ind.method === 'deduction' || ind.method === 'bonus'
                  ? (unit.entryDetails.get(ind.key) ?? [])
                      .filter((e) => e.kind === ind.method)
                      .map((e) => ({ id: e.id, count: e.count, points: e.points.toNumber(2), note: e.note, taskId: e.taskId, createdAt: e.createdAt.toISOString(), evidence: e.evidence.map(evidenceOut) }))
                  : null,
                metric: metricKey
                  ? { key: metricKey, ...ctx.metricInfo(metricKey), value: item.metricValue == null ? null : fmt(item.metricValue), computedAt: unit.metricComputedAt?.toISOString() ?? null }
                  : null,
                selfCheck: sc ? { selfScore: sc.selfScore?.toNumber(2) ?? null, note: sc.note, evidence: sc.evidence.map(evidenceOut) } : null,
              };
            }),
          };
        }),
      };
    }),
    frozen: false,
    /** Kept for the consistency check against the roll-up (not part of the output schema). */
    score,
  };
}

export type AssessmentExplanation = Omit<ReturnType<typeof explainAssessmentUnit>, 'score'>;
