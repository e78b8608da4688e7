import type { RouterOutputs } from '../../api/types.ts';

export type LetterList = RouterOutputs['letter']['list'];
export type LetterRow = LetterList['items'][number];
export type LetterDetail = RouterOutputs['letter']['get'];
export type LetterTargetRow = LetterDetail['targets'][number];
export type AccountabilityRow = RouterOutputs['accountability']['list']['items'][number];
