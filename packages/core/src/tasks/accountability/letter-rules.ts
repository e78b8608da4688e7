// When a responsibility letter (责任状 / 目标责任书) is fulfilled, and how a set of them rolls up —
// the source's "64 signed, 30 done = 47%, 1,533 t reduced". A target is met by its direction, the
// same rule key-work targets use; a letter is done when every target is met.
import type { TargetDirection } from '@duban/db';
import { targetMet } from '../key-work-rollup.ts';

type Dec = { toString(): string } | number | string | null;
const num = (v: Dec) => (v === null || v === undefined ? null : Number(v.toString()));

export interface LetterTargetInput {
  metric: string;
  unit: string;
  targetValue: Dec;
  direction: TargetDirection;
  actualValue: Dec;
}

export function targetStatus(t: LetterTargetInput) {
  const actual = num(t.actualValue);
  return { reported: actual !== null, met: actual !== null && targetMet(t.direction, actual, num(t.targetValue)!) };
}

/** A letter's completion: targets met of targets; done only when it has targets and all are met. */
export function letterCompletion(targets: readonly LetterTargetInput[]) {
  const status = targets.map(targetStatus);
  const met = status.filter((s) => s.met).length;
  return { targets: targets.length, reported: status.filter((s) => s.reported).length, met, done: targets.length > 0 && met === targets.length };
}

export interface LetterRollupInput {
  periodEnd: Date;
  targets: readonly LetterTargetInput[];
}

/**
 * Letters done of letters (the rate as a percentage, rounded half up to one decimal: 30 / 64 =
 * 46.875 → 46.9%), letters past their period and not done, and per metric the sum of actuals and
 * targets of count-like (higher-is-better) targets in one unit — 1,533 t of COD reduced.
 */
export function rollUpLetters(letters: readonly LetterRollupInput[], now = new Date()) {
  const done = letters.filter((l) => letterCompletion(l.targets).done).length;
  const overdue = letters.filter((l) => l.periodEnd.getTime() <= now.getTime() && !letterCompletion(l.targets).done).length;
  const sums = new Map<string, { metric: string; unit: string; target: number; actual: number; letters: number }>();
  for (const l of letters) {
    for (const t of l.targets) {
      if (t.direction !== 'higher' || t.unit === '%' || t.unit === '％') continue;
      const key = `${t.metric}\u0000${t.unit}`;
      const s = sums.get(key) ?? { metric: t.metric, unit: t.unit, target: 0, actual: 0, letters: 0 };
      s.target += num(t.targetValue) ?? 0;
      s.actual += num(t.actualValue) ?? 0;
      s.letters += 1;
      sums.set(key, s);
    }
  }
  const round2 = (v: number) => Math.round(v * 100) / 100;
  return {
    letters: letters.length, done, overdue,
    rate: letters.length ? Math.round((done * 1000) / letters.length) / 10 : null,
    sums: [...sums.values()].map((s) => ({ ...s, target: round2(s.target), actual: round2(s.actual) })),
  };
}

export const accountabilityForms = ['admonition', 'criticism', 'written_review', 'reassignment', 'discipline', 'dismissal', 'other'] as const;
export type AccountabilityFormKey = (typeof accountabilityForms)[number];
export const accountabilityFormNames: Record<AccountabilityFormKey, { zh: string; en: string }> = {
  admonition: { zh: '诫勉谈话', en: 'Admonition' },
  criticism: { zh: '通报批评', en: 'Public criticism' },
  written_review: { zh: '责令书面检查', en: 'Written self-review' },
  reassignment: { zh: '组织调整', en: 'Reassignment' },
  discipline: { zh: '党纪政务处分', en: 'Disciplinary sanction' },
  dismissal: { zh: '免职', en: 'Dismissal' },
  other: { zh: '其他', en: 'Other' },
};
