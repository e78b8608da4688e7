// Inputs of the `duty` router (报送任务), shared with the web app's forms; the period rules come
// from core's browser-safe module, so the duty calendar reads periods exactly as the server does.
import { z } from 'zod';
import { checklistTemplateSchema } from '@duban/core/inspections/rules';
import { boundedNumber, boundedRecord, text } from '@duban/core/validation/bounded';
import { id, optionalText } from './common.ts';
export { dutyFrequencies, periodsOverlapping, reportLight, reportStatus, ratesOf, type DutyFrequency, type DutyPeriod, type ReportStatus, type ReportingRates } from '@duban/core/duties/rules';
import { dutyFrequencies } from '@duban/core/duties/rules';

const monthDay = z.string().max(5, { message: '日期格式应为 月-日，如 06-01' }).regex(/^\d{2}-\d{2}$/, { message: '日期格式应为 月-日，如 06-01' });

export const createDutyInput = z.object({
  name: text(60, { min: 2, minMessage: '名称至少 2 个字' }),
  description: optionalText(500),
  ownerUnitId: id,
  unitIds: z.array(id).min(1, '请选择报送单位').max(300, '报送单位最多 300 个'),
  frequency: z.enum(dutyFrequencies),
  dueWeekday: z.number().int().min(1, '星期应为 1 到 7').max(7, '星期应为 1 到 7').nullish(),
  dueDay: z.number().int().min(1, '日期应为 1 到 31').max(31, '日期应为 1 到 31').nullish(),
  dueMonth: z.number().int().min(1, '月份应为 1 到 12').max(12, '月份应为 1 到 12').nullish(),
  seasonStart: monthDay.nullish(),
  seasonEnd: monthDay.nullish(),
  graceHours: z.number().int().min(0, '宽限期不能为负').max(2160, '宽限期最多 90 天（2160 小时）'),
  form: checklistTemplateSchema,
});

export const dutyIdInput = z.object({ dutyId: id });
export const dutyCalendarInput = z.object({ dutyId: id, month: z.string().max(7, { message: '月份格式应为 2026-06' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 2026-06' }) });
export const dutyReportIdInput = z.object({ reportId: id });

const reportAnswer = z.union([z.null(), z.boolean(), boundedNumber(-1e12, 1e12), z.string().max(2000), z.array(z.string().max(200)).max(50)]);

export const submitDutyReportInput = z.object({
  dutyId: id,
  orgUnitId: id,
  periodKey: z.string().max(10, { message: '期次格式不正确' }).regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4])?$/, { message: '期次格式不正确' }),
  answers: boundedRecord(z.string().max(80), reportAnswer, 500),
  idempotencyKey: z.uuid({ message: '缺少有效的提交编号' }).nullish(),
});
