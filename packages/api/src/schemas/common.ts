import { z } from 'zod';
import { text } from '@duban/core/validation/bounded';

/** Record ids are UUIDs; a shorter cap keeps oversized input out before any lookup. */
export const id = z.string().min(1).max(64);
export const name = text(60, { min: 1 });
export const optionalText = (max: number) => text(max).nullish().transform((v) => (v ? v : null));
/** Mainland mobile (11 digits) or a landline with area code, e.g. 023-55551234. */
export const phone = z
  .string()
  .trim()
  .max(20, { message: '电话号码最多 20 位' })
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '请输入 11 位手机号或带区号的固定电话' })
  .nullish()
  .or(z.literal('').transform(() => null));
/** What a creating form sends for as long as it is open: a retry with it creates nothing new (receipts.ts, F19). */
export const idempotencyKey = z.uuid({ message: '操作编号须为 UUID' }).optional();
export const orgLevel = z.enum(['county', 'township', 'village', 'group', 'department']);
export const pageInput = z.object({ page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(1).max(200).default(50) });
