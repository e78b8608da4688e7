import {
  allowedDistricts, capacityOf, missingBeforeReturn, stageName,
  type RotationCell, type RotationInput,
} from './rotation-rules.ts';

export type RotationRefusalCode =
  | 'noGroups' | 'noDistricts' | 'badStages' | 'duplicateIds'
  | 'groupHasNoDistrict' | 'districtUncoverable' | 'noMatching' | 'noPlan' | 'searchLimit';

export interface RotationRefusal {
  code: RotationRefusalCode;
  /** zh-CN; the web app words it in English from `code` and `params`. */
  message: string;
  params: Record<string, string | number>;
}

export type RotationResult = { ok: true; cells: RotationCell[] } | { ok: false; refusal: RotationRefusal };

const refuse = (code: RotationRefusalCode, message: string, params: Record<string, string | number> = {}): RotationResult => ({
  ok: false, refusal: { code, message, params },
});

export const MAX_STAGES = 24;

/**
 * Builds a rotation plan that satisfies every rule of rotation-rules.ts, or says why none exists.
 * A depth-first search, stage by stage and group by group (the most constrained group first),
 * trying for each group first the districts it has not seen for longest and, among equals, the
 * classic cyclic shift (group g covers district g + s in stage s). It is exhaustive: when it
 * answers "no plan", there is none (up to `budget` search steps, past which it says so).
 */
export function generateRotation(input: RotationInput, options: { budget?: number } = {}): RotationResult {
  const { groups, districts, stages } = input;
  if (groups.length === 0) return refuse('noGroups', '没有督查组,无法生成轮换计划');
  if (districts.length === 0) return refuse('noDistricts', '没有片区,无法生成轮换计划');
  if (!Number.isInteger(stages) || stages < 1 || stages > MAX_STAGES) return refuse('badStages', `轮次须为 1 到 ${MAX_STAGES} 之间的整数`, { max: MAX_STAGES });
  if (new Set(groups.map((g) => g.id)).size !== groups.length || new Set(districts.map((d) => d.id)).size !== districts.length) {
    return refuse('duplicateIds', '督查组或片区重复');
  }
  const allowed = groups.map((g) => allowedDistricts(input, g.id));
  for (const [i, g] of groups.entries()) {
    if (allowed[i]!.length === 0) {
      const why = (input.conflicts ?? []).filter((c) => c.groupId === g.id).map((c) => c.reason);
      return refuse('groupHasNoDistrict', `「${g.name}」与所有片区都有回避关系(${[...new Set(why)].join('、')}),无法安排`, { group: g.name });
    }
  }
  const { max, min } = capacityOf(groups.length, districts.length);
  if (min >= 1) {
    for (const d of districts) {
      if (!allowed.some((a) => a.includes(d.id))) {
        return refuse('districtUncoverable', `每个督查组都须回避「${d.name}」,该片区无人可督查`, { district: d.name });
      }
    }
  }

  const D = districts.length;
  const districtIndex = new Map(districts.map((d, i) => [d.id, i]));
  // Most constrained groups first; the cyclic-shift preference uses each group's own position.
  const order = groups.map((_, i) => i).sort((a, b) => allowed[a]!.length - allowed[b]!.length || a - b);
  const history: (string | undefined)[][] = groups.map(() => []);
  const budget = options.budget ?? 200_000;
  let steps = 0;
  let deepest = 0;
  let exhausted = false;

  const candidates = (gi: number, stage: number, count: Map<string, number>) => {
    const h = history[gi]!;
    return allowed[gi]!
      .filter((d) => (count.get(d) ?? 0) < max && missingBeforeReturn(h, d, allowed[gi]!).length === 0)
      .map((d) => ({ d, last: h.lastIndexOf(d), shift: (districtIndex.get(d)! - gi - stage + D * (stages + groups.length + 1)) % D }))
      .sort((a, b) => a.last - b.last || a.shift - b.shift)
      .map((c) => c.d);
  };

  const fillStage = (stage: number, k: number, count: Map<string, number>): boolean => {
    if (++steps > budget) {
      exhausted = true;
      return false;
    }
    if (k === order.length) {
      // Coverage: every district has its floor of groups; then on to the next stage.
      if (districts.some((d) => (count.get(d.id) ?? 0) < min)) return false;
      deepest = Math.max(deepest, stage + 1);
      return stage + 1 === stages || fillStage(stage + 1, 0, new Map());
    }
    const deficit = districts.reduce((n, d) => n + Math.max(0, min - (count.get(d.id) ?? 0)), 0);
    if (deficit > order.length - k) return false;
    const gi = order[k]!;
    for (const d of candidates(gi, stage, count)) {
      history[gi]![stage] = d;
      count.set(d, (count.get(d) ?? 0) + 1);
      if (fillStage(stage, k + 1, count)) return true;
      count.set(d, count.get(d)! - 1);
      history[gi]!.length = stage;
      if (exhausted) return false;
    }
    return false;
  };

  if (!fillStage(0, 0, new Map())) {
    if (exhausted) return refuse('searchLimit', '组合过多,未能在限定步数内找到轮换计划,请减少轮次或回避关系后重试');
    if (deepest === 0) {
      return refuse('noMatching', `在回避规则下,连一轮都无法让每个督查组各督查一个片区且每个片区至少 ${min} 个组`, { min });
    }
    return refuse('noPlan', `只能排出 ${deepest} 轮:${stageName(deepest)}无法在不提前重返片区、不违反回避规则的前提下安排`, { stages: deepest, stage: deepest + 1 });
  }
  const cells: RotationCell[] = [];
  for (let s = 0; s < stages; s++) groups.forEach((g, gi) => cells.push({ stage: s, groupId: g.id, districtId: history[gi]![s]! }));
  return { ok: true, cells };
}
