// Inputs of the `inspection` router (督查), shared with the web app's forms.
// Deep imports: these modules need only zod, so the web app can load them (the core's index pulls
// in Node-only code). The evaluator lets a phone show pass/fail as the inspector fills the form,
// with the very code the server judges the submission by.
import { checklistTemplateSchema } from '@duban/core/inspections/rules';
export { checklistItemTypes, parseChecklistTemplate, type ChecklistTemplate, type NormalizedItem, type NormalizedTemplate } from '@duban/core/inspections/rules';
export { evaluateChecklist, type Evaluation, type ItemResult } from '@duban/core/inspections/rules';
import { z } from 'zod';
import { boundedNumber, boundedRecord, text } from '@duban/core/validation/bounded';
import { id, optionalText, pageInput } from './common.ts';

const year = z.number().int().min(2000).max(2100);
const title = text(100, { min: 2, minMessage: '标题至少 2 个字' });
const day = z.iso.date({ message: '请选择日期' });
const instant = z.iso.datetime({ message: '请选择时间', offset: true });

export const visitStatus = z.enum(['planned', 'in_progress', 'completed', 'cancelled']);

export const groupMemberInput = z.object({ personId: id, role: z.enum(['leader', 'member']) });
const groupFields = {
  name: text(40, { min: 2, minMessage: '名称至少 2 个字' }),
  year,
  note: optionalText(500),
  members: z.array(groupMemberInput).min(2, '督查组至少需要两人').max(12, '督查组最多 12 人'),
};
export const createGroupInput = z.object({ planningUnitId: id, ...groupFields });
export const updateGroupInput = z.object({ groupId: id, ...groupFields });
export const groupIdInput = z.object({ groupId: id });
export const listGroupsInput = z.object({ year: year.optional(), includeArchived: z.boolean().default(false) });

export const generateRotationInput = z.object({
  planningUnitId: id,
  name: text(60, { min: 2, minMessage: '名称至少 2 个字' }),
  year,
  groupIds: z.array(id).min(1, '请选择督查组').max(30),
  districtIds: z.array(id).min(1, '请选择片区').max(30),
  stages: z.number().int().min(1, '至少一轮').max(24, '最多 24 轮'),
  startsOn: day,
  endsOn: day,
});
export const planIdInput = z.object({ planId: id });
export const adjustRotationInput = z.object({ planId: id, stage: z.number().int().min(0).max(23), groupId: id, districtId: id });
export const scheduleStageInput = z.object({ planId: id, stage: z.number().int().min(0).max(23), templateRefs: z.array(z.string().min(1).max(200)).max(10).default([]) });

/** A template to fill: a county template's id, or `plugin:<pluginId>:<templateKey>`. */
const templateRefs = z.array(z.string().min(1).max(200)).min(1, '请至少选择一张检查表').max(10);
const visitFields = {
  orgUnitId: id,
  groupId: id,
  title,
  windowStart: instant,
  windowEnd: instant,
  unannounced: z.boolean().default(true),
  templateRefs,
  /** C7: a register row of a plugin at the unit or below it (this reservoir), when the visit is about one. */
  subject: z.object({ entity: z.string().min(1).max(64).regex(/^[a-z][a-zA-Z0-9]*$/), id }).nullish(),
};
export const planVisitInput = z.object(visitFields);
export const updateVisitInput = z.object({ visitId: id, ...visitFields });
export const visitIdInput = z.object({ visitId: id });
export const listVisitsInput = pageInput.extend({
  status: z.array(visitStatus).max(4).optional(),
  search: text(50).optional(),
  groupId: id.optional(),
  orgUnitId: id.optional(),
  /** Only the visits of the groups the caller belongs to (an inspector's own work). */
  mine: z.boolean().optional(),
});
export const exportVisitsInput = listVisitsInput.omit({ page: true, pageSize: true });

export const templateDefinition = checklistTemplateSchema;
export const createTemplateInput = z.object({ ownerUnitId: id, definition: checklistTemplateSchema });
export const updateTemplateInput = z.object({ templateId: id, definition: checklistTemplateSchema });
export const templateIdInput = z.object({ templateId: id, version: z.number().int().min(1).max(100_000).optional() });
export const availableTemplatesInput = z.object({ orgUnitId: id });

export const recordFileUpload = z.object({
  ref: z.string().min(1).max(64),
  itemKey: z.string().min(1).max(80),
  kind: z.enum(['photo', 'signature']),
  fileName: text(120, { min: 1 }),
  contentType: z.string().max(100).regex(/^image\/(jpeg|png|webp)$/, { message: '仅支持 JPG、PNG、WEBP 图片' }),
  base64: z.string().min(1).max(7_000_000, { message: '单个文件不能超过 5 MB' }),
});
export const gpsInput = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), accuracy: z.number().min(0).max(100_000).nullish() });

/**
 * One answer as a record carries it; the template's item decides which shape is right
 * (checklist-evaluate.ts). Bounded here so no answer is larger than the largest an item takes.
 */
const checklistAnswer = z.union([
  z.null(),
  z.boolean(),
  boundedNumber(-1e12, 1e12),
  z.string().max(2000),
  z.array(z.string().max(200)).max(50),
  gpsInput,
]);

/** An on-site record. Self-contained (photos inline) so an offline queue can replay it as is. */
export const submitRecordInput = z.object({
  idempotencyKey: z.uuid({ message: '缺少有效的提交编号' }),
  visitId: id,
  templateVersionId: id,
  answers: boundedRecord(z.string().max(80), checklistAnswer, 10_000),
  files: z.array(recordFileUpload).max(30, '一次最多 30 个文件').default([]),
  gps: gpsInput.nullable().default(null),
  capturedAt: instant,
  previousId: id.nullish(),
  correctionNote: optionalText(500),
});
export const recordIdInput = z.object({ recordId: id });
export const recordFileInput = z.object({ recordId: id, fileId: id });

export const handOverFindingInput = z.object({
  visitId: id,
  recordId: id.nullish(),
  itemKey: z.string().max(80).nullish(),
  title: text(100).nullish(),
  description: text(2000).nullish(),
  deadline: instant,
  returnWithinDays: z.number().int().min(1).max(60).default(15),
});
