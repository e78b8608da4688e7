// Inputs of the `assessment` router (one schema per procedure; the web's forms use the same).
import { z } from 'zod';
import { text } from '@duban/core/validation/bounded';
import { id } from '../common.ts';
import { evidenceUpload } from '../tasks.ts';
import { configKey, peerGrouping, planConfig, points, unitSelection } from './config.ts';

export const planStatus = z.enum(['draft', 'self_check', 'scoring', 'review', 'approved', 'published']);
const year = z.number().int().min(2000).max(2100);
const reason = text(500, { min: 2, minMessage: '请说明原因(至少 2 个字)' });
const planName = text(80, { min: 2, minMessage: '方案名称至少 2 个字' });

export const assessmentPlanIdInput = z.object({ planId: id });
export const assessmentUnitIdInput = z.object({ assessmentUnitId: id });

export const listPlansInput = z.object({ year: year.optional(), status: planStatus.optional() });
export const validateConfigInput = z.object({ config: planConfig });

export const createPlanInput = z
  .object({
    ownerUnitId: id,
    name: planName,
    year,
    periodStart: z.iso.datetime({ message: '请选择考核期开始日期' }),
    periodEnd: z.iso.datetime({ message: '请选择考核期结束日期' }),
    previousPlanId: id.nullish(),
    units: unitSelection,
    grouping: peerGrouping.default({ by: 'district' }),
    config: planConfig,
  })
  .refine((p) => p.periodEnd > p.periodStart, { message: '考核期结束须晚于开始', path: ['periodEnd'] });

export const createFromTemplateInput = z.object({
  ownerUnitId: id,
  templateKey: z.string().min(1).max(100),
  name: planName.optional(),
  year,
  /** Defaults: the calendar year. */
  periodStart: z.iso.datetime().optional(),
  periodEnd: z.iso.datetime().optional(),
  previousPlanId: id.nullish(),
  units: unitSelection.optional(),
  grouping: peerGrouping.optional(),
});

/**
 * Edits a plan. In draft the draft version changes in place; once the plan is in use any config
 * change makes a new version and needs a reason. Units and grouping change only in draft.
 */
export const updatePlanInput = z.object({
  planId: id,
  name: planName.optional(),
  periodStart: z.iso.datetime().optional(),
  periodEnd: z.iso.datetime().optional(),
  previousPlanId: id.nullish(),
  units: unitSelection.optional(),
  grouping: peerGrouping.optional(),
  config: planConfig.optional(),
  reason: reason.optional(),
});

export const setAssessorsInput = z.object({ planId: id, userIds: z.array(id).min(1, { message: '至少选择一名考核组成员' }).max(20, { message: '考核组最多 20 人' }) });
export const reasonInput = z.object({ planId: id, reason });

export const selfCheckItem = z.object({ indicatorKey: configKey, selfScore: points.nullish(), note: text(2000).nullish() });
export const saveSelfCheckInput = z.object({ assessmentUnitId: id, items: z.array(selfCheckItem).min(1).max(500) });
export const uploadEvidenceInput = z.object({ assessmentUnitId: id, indicatorKey: configKey, file: evidenceUpload });
export const evidenceIdInput = z.object({ assessmentUnitId: id, evidenceId: id });

export const scoringSheetInput = z.object({ planId: id, componentKey: configKey.optional() });
export const saveScoresInput = z.object({
  planId: id,
  /** score null removes the caller's score of that item. */
  scores: z.array(z.object({ orgUnitId: id, indicatorKey: configKey, score: points.nullable(), note: text(500).nullish() })).min(1).max(5000),
});
export const recordEntryInput = z.discriminatedUnion('kind', [
  z.object({ planId: id, orgUnitId: id, indicatorKey: configKey, kind: z.literal('deduction'), count: z.number().int().min(1).max(1000), note: text(500, { min: 2, minMessage: '请写明扣分事由' }), taskId: id.nullish() }),
  z.object({ planId: id, orgUnitId: id, indicatorKey: configKey, kind: z.literal('bonus'), points: points.refine((v) => v > 0, { message: '加分须大于 0' }), note: text(500, { min: 2, minMessage: '请写明加分事由' }) }),
]);
export const entryEvidenceInput = z.object({ planId: id, entryId: id, file: evidenceUpload });
export const removeEntryInput = z.object({ planId: id, entryId: id });
export const recordVetoInput = z.object({ planId: id, orgUnitId: id, ruleKey: configKey, reason: text(500, { min: 2, minMessage: '请写明否决理由' }) });
export const removeVetoInput = z.object({ planId: id, vetoId: id, reason });
export const recordProblemInput = z.object({
  planId: id, orgUnitId: id, indicatorKey: configKey.nullish(),
  description: text(1000, { min: 2, minMessage: '请描述问题' }),
  requirement: text(1000).nullish(),
});

export const resultsInput = z.object({
  planId: id,
  /** Default: the newest version with results the caller may see. */
  versionId: id.optional(),
  peerGroup: z.string().max(30).optional(),
  grade: z.string().max(40).optional(),
  vetoed: z.boolean().optional(),
  search: text(30).optional(),
});
export const explainInput = z.object({ assessmentUnitId: id, versionId: id.optional() });
export const bulletinInput = z.object({ planId: id, versionId: id.optional() });
export const createRectificationInput = z.object({
  problemId: id,
  deadline: z.iso.datetime({ message: '请选择整改期限' }),
  title: text(100, { min: 2 }).optional(),
  description: text(2000).nullish(),
});
