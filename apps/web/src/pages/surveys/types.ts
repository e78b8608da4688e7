import type { RouterOutputs } from '../../api/types.ts';

export type FillContext = RouterOutputs['survey']['fillContext'];
export type FillForm = FillContext['forms'][number];
export type SurveyQuestion = FillForm['questions'][number];
export type SurveyRow = RouterOutputs['survey']['list']['items'][number];
export type SurveyDetail = RouterOutputs['survey']['get'];
export type QuotaReport = RouterOutputs['survey']['quotas'];
export type FlagRow = RouterOutputs['survey']['flags']['flags'][number];
export type CallbackRow = RouterOutputs['survey']['callback']['list'][number];
export type DrawRow = RouterOutputs['survey']['callback']['draws'][number];
export type FormRow = RouterOutputs['survey']['form']['list'][number];
export type SurveySettings = RouterOutputs['survey']['settings'];
