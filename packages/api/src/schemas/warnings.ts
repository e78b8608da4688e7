import { z } from 'zod';
import { id, idempotencyKey } from './common.ts';

export const warningLevel = z.enum(['blue', 'yellow', 'orange', 'red']);
export type WarningLevelKey = z.infer<typeof warningLevel>;

/**
 * Minutes a recipient has to acknowledge before the warning is re-sent and escalated, when the
 * issuer does not set them: the graver the warning, the shorter (the form shows the same default).
 */
export const defaultAckMinutes: Record<WarningLevelKey, number> = { red: 15, orange: 30, yellow: 60, blue: 120 };

export const issueWarningInput = z.object({
  idempotencyKey,
  issuingUnitId: id,
  level: warningLevel,
  title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题最多 60 个字'),
  text: z.string().trim().min(4, '预警内容至少 4 个字').max(500, '预警内容最多 500 个字'),
  areaUnitIds: z.array(id).min(1, '请选择预警范围').max(50, '预警范围最多 50 个单位'),
  personIds: z.array(id).max(200, '指定人员最多 200 人').default([]),
  validUntil: z.iso.datetime({ message: '请选择有效期' }),
  ackMinutes: z.number().int().min(5, '确认时限至少 5 分钟').max(1440, '确认时限最多 1440 分钟').nullish(),
});

export const warningIdInput = z.object({ warningId: id });

export const acknowledgeWarningInput = z.object({
  recipientId: id,
  channel: z.enum(['web', 'phone']).default('web'),
});

export const warningReportInput = z.object({
  recipientId: id,
  kind: z.enum(['rain', 'waterLevel', 'hazard', 'other']),
  text: z.string().trim().min(2, '回报内容至少 2 个字').max(500, '回报内容最多 500 个字'),
  value: z.number().min(-1000, '数值超出范围').max(100_000, '数值超出范围').nullish(),
  photo: z
    .object({
      contentType: z.string().max(20).regex(/^image\/(jpeg|png|webp)$/, { message: '仅支持 JPG、PNG、WEBP 图片' }),
      base64: z.string().min(1).max(4_100_000, { message: '照片不能超过 3 MB' }),
    })
    .nullish(),
});

export const listWarningsInput = z.object({ liveOnly: z.boolean().default(false) });
