import { z } from 'zod';

// Stored as DECIMAL(…, 2): a third decimal is refused, not rounded away. `params.en` is the
// English of the message for the Excel error report.
const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
const decimal = (max: number) =>
  z.number({ error: '请输入数字' }).min(0, '不能为负数').max(max, `不能超过 ${max}`)
    .refine(twoDecimals, { message: '最多保留两位小数', params: { en: 'takes at most two decimals' } });
const personId = z.string().min(1).max(64).nullish();

export const reservoirKinds = [
  { value: 'reservoir', zh: '水库', en: 'Reservoir' },
  { value: 'pond', zh: '山坪塘', en: 'Pond' },
] as const;

/** A reservoir's fields, as the form, the create and update procedures and the Excel register check them. */
export const reservoirFields = z.object({
  name: z.string().trim().min(1, '请填写名称').max(60, '名称最多 60 个字'),
  kind: z.enum(['reservoir', 'pond'], { error: '请选择类型' }),
  capacity: decimal(1_000_000),
  floodLimitLevel: decimal(10_000).nullish(),
  adminResponsible: z.string().trim().max(30).nullish(),
  technicalResponsible: z.string().trim().max(30).nullish(),
  /** The responsible people in the person register (their phones get the reminders). */
  adminPersonId: personId,
  technicalPersonId: personId,
  dangerous: z.boolean().default(false),
  emptied: z.boolean().default(false),
});

export const listReservoirsInput = z.object({
  orgUnitId: z.string().min(1).max(64),
  /** The list's filters; the Excel export takes the same ones. */
  filters: z.object({ kind: z.enum(['reservoir', 'pond']).optional(), dangerous: z.boolean().optional() }).strict().optional(),
});
export const createReservoirInput = reservoirFields.extend({ orgUnitId: z.string().min(1).max(64) });
export const updateReservoirInput = reservoirFields.partial().extend({ reservoirId: z.string().min(1).max(64) });
/** 汛前检查: the six points, each answered 是/否 (preSeasonChecklist), and a note. */
export const preSeasonAnswers = z.object({
  spillway: z.boolean(), gates: z.boolean(), power: z.boolean(), warning: z.boolean(), road: z.boolean(), materials: z.boolean(),
});
export const recordCheckInput = z.object({ reservoirId: z.string().min(1).max(64), answers: preSeasonAnswers, note: z.string().trim().max(300).optional() });
export const reservoirIdInput = z.object({ reservoirId: z.string().min(1).max(64) });
