import { z } from 'zod';

const decimal = (max: number) => z.number({ error: '请输入数字' }).min(0, '不能为负数').max(max);

export const reservoirFields = z.object({
  name: z.string().trim().min(1, '请填写名称').max(60),
  kind: z.enum(['reservoir', 'pond'], { error: '请选择类型' }),
  capacity: decimal(1_000_000),
  floodLimitLevel: decimal(10_000).nullish(),
  adminResponsible: z.string().trim().max(30).nullish(),
  technicalResponsible: z.string().trim().max(30).nullish(),
  dangerous: z.boolean().default(false),
  emptied: z.boolean().default(false),
});

export const listReservoirsInput = z.object({ orgUnitId: z.string().min(1).max(64) });
export const createReservoirInput = reservoirFields.extend({ orgUnitId: z.string().min(1).max(64) });
export const updateReservoirInput = reservoirFields.partial().extend({ reservoirId: z.string().min(1).max(64) });
export const recordCheckInput = z.object({ reservoirId: z.string().min(1).max(64), note: z.string().trim().max(300).optional() });
