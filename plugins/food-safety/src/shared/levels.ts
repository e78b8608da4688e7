// 食品安全事故分级 (the source's note to 第七条): four levels, I the gravest. The order matters for
// "at or above the configured level" (the veto setting) and for comparing suggested and confirmed.

export const incidentLevels = ['I', 'II', 'III', 'IV'] as const;
export type IncidentLevel = (typeof incidentLevels)[number];

export const levelNames: Record<IncidentLevel, { zh: string; en: string }> = {
  I: { zh: '特别重大(I级)', en: 'Level I (extremely serious)' },
  II: { zh: '重大(II级)', en: 'Level II (serious)' },
  III: { zh: '较大(III级)', en: 'Level III (major)' },
  IV: { zh: '一般(IV级)', en: 'Level IV (general)' },
};

/** 1 for I … 4 for IV: a smaller rank is graver. */
export const levelRank = (level: IncidentLevel) => incidentLevels.indexOf(level) + 1;

/** Whether `level` is as grave as `threshold` or graver ("II级及以上" includes I and II). */
export const atOrAbove = (level: IncidentLevel, threshold: IncidentLevel) => levelRank(level) <= levelRank(threshold);
