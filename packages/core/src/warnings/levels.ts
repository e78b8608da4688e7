import type { WarningLevel } from '@duban/db';

/** 预警级别 as texts say them (SMS and notices are in Chinese). */
export const warningLevelNames: Record<WarningLevel, string> = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' };

/** The tiers of a cascade, top down; a named person is the last. */
export const warningTiers = ['township', 'village', 'group', 'person'] as const;
export type WarningTier = (typeof warningTiers)[number];

/** Unit levels a warning cascades to (departments sit beside the tree and are named, not cascaded to). */
export const cascadeLevels = ['township', 'village', 'group'] as const;
