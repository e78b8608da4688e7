import { z } from 'zod';
import { surveyQuestions } from '@duban/core/surveys/rules';
import { boundedRecord, text } from '@duban/core/validation/bounded';
import { id, pageInput } from './common.ts';

// Household surveys (入户调查). The question definitions live in core (browser-safe, zod only)
// and are re-exported here for the web app's form builder and survey page.
export { answerProblems, normaliseAnswers, questionTypes, satisfactionLevels, surveyQuestion, surveyQuestions, type SurveyQuestion } from '@duban/core/surveys/rules';

export const surveyAnswer = z.union([z.boolean(), z.string().max(2000), z.array(z.string().max(60)).max(20)]);

/** Mobile 138 0013 5678 (+86 allowed) or a landline with its area code, spaces and dashes allowed. */
export const respondentPhone = z
  .string()
  .trim()
  .max(24, { message: '电话号码过长' })
  .regex(/^(\+?86[\s-]?)?(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{7,8})$/, { message: '请输入 11 位手机号或带区号的固定电话' });

export const submitSurveyInput = z
  .object({
    /** Made once per survey on the device; every replay carries it (offline queue). */
    idempotencyKey: z.uuid({ message: '提交编号须为 UUID' }),
    formVersionId: id,
    groupId: id,
    visitId: id.nullish(),
    villageId: id,
    address: text(120, { min: 1, minMessage: '请填写组别、门牌等住址' }),
    respondentName: text(30, { min: 1, minMessage: '请填写受访人姓名' }),
    phone: respondentPhone,
    signaturePngBase64: z.string().min(100, '请受访人签名').max(700_000, '签名图片过大'),
    answers: boundedRecord(z.string().max(40), surveyAnswer, 50),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    accuracyMeters: z.number().min(0).max(100_000).nullish(),
    capturedAt: z.iso.datetime({ offset: true }),
  });

export const surveyIdInput = z.object({ surveyId: id });

export const listSurveysInput = pageInput.extend({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12).optional(),
  townshipId: id.optional(),
  groupId: id.optional(),
  search: text(60).optional(),
});

export const exportSurveysInput = listSurveysInput.omit({ page: true, pageSize: true });

export const surveyPeriodInput = z.object({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12).optional(),
});

export const surveyFormFields = z.object({
  title: text(60, { min: 2, minMessage: '名称至少 2 个字' }),
  topic: text(60, { min: 1, minMessage: '请填写调查主题' }),
  description: text(500).nullish(),
  questions: surveyQuestions,
});
export const createSurveyFormInput = surveyFormFields.extend({ ownerUnitId: id });
export const updateSurveyFormInput = surveyFormFields.extend({ formId: id });
export const archiveSurveyFormInput = z.object({ formId: id, archived: z.boolean() });

export const surveySettingsInput = z
  .object({
    villageShareNum: z.number().int().min(1).max(100),
    villageShareDen: z.number().int().min(1).max(100),
    monthlyQuota: z.number().int().min(1).max(100_000),
    callbackPercent: z.number().int().min(1).max(100),
    clusterRadiusMeters: z.number().int().min(1).max(10_000),
    clusterMinSurveys: z.number().int().min(2).max(1000),
    maxSpeedKmh: z.number().int().min(1).max(1000),
    minGapMinutes: z.number().int().min(0).max(24 * 60),
    phoneRepeatMin: z.number().int().min(2).max(1000),
  })
  .refine((s) => s.villageShareNum <= s.villageShareDen, { path: ['villageShareNum'], message: '覆盖比例不能超过 100%' });

export const drawCallbacksInput = z
  .object({
    orgUnitId: id,
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    sharePercent: z.number().int().min(1).max(100),
    seed: text(64).nullish(),
  })
  .refine((d) => new Date(d.to) > new Date(d.from), { path: ['to'], message: '结束须晚于开始' });

export const callbackOutcome = z.enum(['reached_confirmed', 'reached_denied', 'unreachable']);

export const recordCallbackInput = z.object({
  callbackId: id,
  outcome: callbackOutcome,
  note: text(500).nullish(),
});

export const listCallbacksInput = z.object({ drawId: id.optional(), pendingOnly: z.boolean().default(false) });
