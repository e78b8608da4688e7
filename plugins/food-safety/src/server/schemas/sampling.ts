import { say } from '@duban/plugin-sdk';
import { z } from 'zod';
import { foodCategories } from '../../shared/food-categories.ts';
import { count, id, optionalText, pastInstant, text } from './common.ts';

export const planFields = z.object({
  year: count({ zh: '年度', en: 'year' }, 2000, 2100),
  name: text(100, { zh: '计划名称', en: 'plan name' }),
  category: z.enum(foodCategories, say({ zh: '请选择食品类别', en: 'Choose the food category' })),
  plannedCount: count({ zh: '计划抽检批次', en: 'planned samples' }, 1, 100_000),
});

export const createPlanInput = planFields.extend({ orgUnitId: id });
export const archivePlanInput = z.object({ planId: id });

export const resultFields = z
  .object({
    /** Where the sample was taken: the plan's unit or one below it; the plan's unit by default. */
    orgUnitId: id.optional(),
    sampleName: text(60, { zh: '样品名称', en: 'sample name' }),
    vendor: text(100, { zh: '被抽检单位', en: 'vendor sampled' }),
    sampledAt: pastInstant({ zh: '抽样时间', en: 'time sampled' }),
    qualified: z.boolean(say({ zh: '请选择检测结论', en: 'Choose the result' })),
    failedItems: optionalText(300, { zh: '不合格项目', en: 'failed items' }),
  });

const needsFailedItems = (v: { qualified: boolean; failedItems?: string | null }) => v.qualified || !!v.failedItems?.trim();
const failedItemsMessage = say({ zh: '不合格样品须填写不合格项目', en: 'Name the failed items of an unqualified sample' });

export const recordResultInput = resultFields.extend({ planId: id }).refine(needsFailedItems, { path: ['failedItems'], ...failedItemsMessage });

export const listPlansInput = z.object({ orgUnitId: id, year: z.number().int().min(2000).max(2100) });
export const listResultsInput = z.object({ planId: id });
