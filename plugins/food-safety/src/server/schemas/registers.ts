import { inCurrentLanguage, say } from '@duban/plugin-sdk';
import { z } from 'zod';
import { count, id, optionalText, pastInstant, text } from './common.ts';

/** 行刑衔接: a case suspected to be a crime, to be transferred to the judiciary. */
export const createTransferInput = z.object({
  orgUnitId: id,
  caseNo: text(60, { zh: '案件编号', en: 'case number' }),
  title: text(200, { zh: '案件名称', en: 'case name' }),
  suspectedAt: pastInstant({ zh: '认定涉嫌犯罪时间', en: 'time a crime was suspected' }),
  note: optionalText(1000, { zh: '备注', en: 'note' }),
});

export const recordTransferInput = z
  .object({
    transferId: id,
    outcome: z.enum(['transferred', 'declined'], say({ zh: '请选择处理结果', en: 'Choose the outcome' })),
    transferredAt: pastInstant({ zh: '移送时间', en: 'time of transfer' }).nullish(),
    receivingOrgan: optionalText(100, { zh: '接收机关', en: 'receiving organ' }),
    declineReason: optionalText(1000, { zh: '不予移送理由', en: 'reason not to transfer' }),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, zh: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: inCurrentLanguage({ zh, en }) });
    if (v.outcome === 'transferred' && !v.transferredAt) issue('transferredAt', '请选择移送时间', 'Choose the time of transfer');
    if (v.outcome === 'transferred' && !v.receivingOrgan?.trim()) issue('receivingOrgan', '请填写接收机关', 'Enter the receiving organ');
    if (v.outcome === 'declined' && !v.declineReason?.trim()) issue('declineReason', '不予移送须写明理由', 'Give the reason not to transfer');
  });

export const listByUnitInput = z.object({ orgUnitId: id });

/** 满意度测评: the answers of one survey, counted. */
export const createSurveyInput = z
  .object({
    orgUnitId: id,
    title: text(100, { zh: '测评名称', en: 'survey name' }),
    surveyedOn: pastInstant({ zh: '测评时间', en: 'date of the survey' }),
    satisfied: count({ zh: '满意人数', en: 'number satisfied' }),
    basicallySatisfied: count({ zh: '基本满意人数', en: 'number basically satisfied' }),
    dissatisfied: count({ zh: '不满意人数', en: 'number dissatisfied' }),
    note: optionalText(1000, { zh: '备注', en: 'note' }),
  })
  .refine((v) => v.satisfied + v.basicallySatisfied + v.dissatisfied > 0, { path: ['satisfied'], ...say({ zh: '测评样本不能为 0', en: 'A survey needs at least one answer' }) });

export const archiveSurveyInput = z.object({ surveyId: id });
