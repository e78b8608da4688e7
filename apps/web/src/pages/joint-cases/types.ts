import type { RouterOutputs } from '../../api/types.ts';

// The joint-case screens' shapes, straight from the API's types (dates arrive as ISO strings).
export type JointCaseRow = RouterOutputs['jointCase']['list']['items'][number];
export type JointCaseDetail = RouterOutputs['jointCase']['get'];
export type JointCaseShare = JointCaseDetail['shares'][number];
export type JointCaseStep = JointCaseShare['steps'][number];
export type CaseHandOver = JointCaseDetail['handOvers'][number];
