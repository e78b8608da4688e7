import type { RouterOutputs } from '../../api/types.ts';

export type KeyWorkRow = RouterOutputs['keyWork']['list'][number];
export type KeyWorkDetail = RouterOutputs['keyWork']['get'];
export type TargetStatus = KeyWorkRow['targets'][number];
export const keyWorkSources = ['leader_instruction', 'meeting', 'document'] as const;

/** Decimals arrive as strings (no transformer); shown as plain numbers. */
export const num = (v: unknown): number => (v === null || v === undefined || v === '' ? 0 : Number(v));
export const fmt = (v: unknown) => num(v).toLocaleString(undefined, { maximumFractionDigits: 2 });
