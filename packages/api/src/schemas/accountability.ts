// Responsibility letters (责任状 / 目标责任书) and the accountability register (问责), issue 16 item 5.
import { z } from 'zod';
import { text } from '@duban/core/validation/bounded';
import { id, pageInput } from './common.ts';
import { targetDirections } from './tasks.ts';

export const letterKinds = ['responsibility', 'target'] as const;
export const accountabilityFormKeys = ['admonition', 'criticism', 'written_review', 'reassignment', 'discipline', 'dismissal', 'other'] as const;

const letterTarget = z
  .object({
    metric: text(40, { min: 1, minMessage: '请填写指标' }),
    unit: text(10, { min: 1, minMessage: '请填写单位' }),
    targetValue: z.number({ message: '请填写目标值' }).min(0).max(1e12),
    direction: z.enum(targetDirections).default('higher'),
  })
  .refine((t) => t.direction !== 'zero' || t.targetValue === 0, { message: '零目标的目标值须为 0', path: ['targetValue'] });

export const createLetterInput = z.object({
  title: text(100, { min: 2, minMessage: '名称至少 2 个字' }),
  kind: z.enum(letterKinds),
  category: text(30).nullish(),
  documentNo: text(60).nullish(),
  issuingUnitId: id,
  responsibleUnitId: id,
  responsibleParty: text(60).nullish(),
  periodStart: z.iso.datetime({ message: '请选择责任期' }),
  periodEnd: z.iso.datetime({ message: '请选择责任期' }),
  signedAt: z.iso.datetime().nullish(),
  keyWorkId: id.nullish(),
  signatories: z.array(z.object({ side: z.enum(['issuer', 'signer']), name: text(30, { min: 2, minMessage: '请填写签字人' }), position: text(30).nullish() })).min(2, { message: '须填写发包方和责任方的签字人' }).max(10),
  targets: z.array(letterTarget).min(1, { message: '请至少填写一项目标' }).max(20, { message: '目标最多 20 项' }),
});
export const letterIdInput = z.object({ letterId: id });
export const listLettersInput = pageInput.extend({
  year: z.number().int().min(2000).max(2100).optional(),
  category: text(30).optional(),
  search: text(60).optional(),
});
export const reportLetterTargetInput = z.object({ targetId: id, actualValue: z.number({ message: '请填写完成值' }).min(0).max(1e12), note: text(500).nullish() });

export const recordAccountabilityInput = z.object({
  decidingUnitId: id,
  orgUnitId: id,
  personId: id.nullish(),
  personName: text(30, { min: 2, minMessage: '请填写被问责人' }),
  position: text(30).nullish(),
  form: z.enum(accountabilityFormKeys),
  reason: text(1000, { min: 2, minMessage: '请写明问责事由' }),
  decidedAt: z.iso.datetime({ message: '请选择问责日期' }),
  documentNo: text(60).nullish(),
  taskId: id.nullish(),
  jointCaseId: id.nullish(),
  letterId: id.nullish(),
});
export const listAccountabilityInput = pageInput.extend({
  year: z.number().int().min(2000).max(2100).optional(),
  form: z.enum(accountabilityFormKeys).optional(),
  search: text(60).optional(),
});
