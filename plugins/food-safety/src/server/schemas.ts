import { z } from 'zod';

const id = z.string().min(1).max(64);

/** The fields a user fills in; the web form validates with the same schema before sending. */
export const recordFields = z.object({
  name: z.string().trim().min(1, '请填写名称').max(60),
  value: z.number({ error: '请输入数字' }).min(0, '不能为负数').max(999_999_999_999),
  note: z.string().trim().max(300).nullish(),
});

export const listRecordsInput = z.object({ orgUnitId: id });
export const createRecordInput = recordFields.extend({ orgUnitId: id });
export const archiveRecordInput = z.object({ recordId: id });
