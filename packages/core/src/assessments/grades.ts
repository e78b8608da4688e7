import type { GradeBand } from './config.ts';
import { Dec } from './decimal.ts';

/**
 * The grade of a rounded total: the first band (from the best down) whose lower bound it reaches,
 * bounds inclusive (90.00 is 优秀, 89.99 is 合格 by default). A veto gives the last band whatever
 * the score; an incomplete result has no grade.
 */
export function gradeOf(bands: readonly GradeBand[], total: Dec | null, vetoed: boolean): GradeBand | null {
  if (total === null) return null;
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  if (vetoed) return ordered.at(-1) ?? null;
  return ordered.find((b) => Dec.of(b.min).lte(total)) ?? ordered.at(-1) ?? null;
}

/** "优秀 ≥ 90;合格 ≥ 75 且 < 90;不合格 < 75(含下限);一票否决者为不合格" */
export function gradeRuleText(bands: readonly GradeBand[]): string {
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  const parts = ordered.map((b, i) => {
    const upper = ordered[i - 1]?.min;
    if (i === ordered.length - 1) return upper === undefined ? b.name : `${b.name} < ${upper}`;
    return upper === undefined ? `${b.name} ≥ ${b.min}` : `${b.name} ≥ ${b.min} 且 < ${upper}`;
  });
  return `${parts.join('；')}（按保留两位小数后的总分，边界含下限）；被一票否决者为${ordered.at(-1)?.name ?? ''}`;
}
