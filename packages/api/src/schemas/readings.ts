// Inputs of the `reading` router (监测数据), shared with the web app's forms.
import { z } from 'zod';
import { boundedNumber, text } from '@duban/core/validation/bounded';
import { id, optionalText } from './common.ts';
export { parseReadingTime, readingState, scanReadingsCsv, MAX_CSV_ROWS, type CsvLineProblem, type ReadingState } from '@duban/core/readings/rules';

export const readingKinds = ['rain', 'waterLevel', 'emission', 'airQuality'] as const;
export type ReadingKind = (typeof readingKinds)[number];
/** The unit each kind is usually measured in (the form's default). */
export const defaultReadingUnit: Record<ReadingKind, string> = { rain: 'mm', waterLevel: 'm', emission: 'mg/m³', airQuality: 'AQI' };

const monthDay = z.string().max(5, { message: '日期格式应为 月-日，如 06-01' }).regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '日期格式应为 月-日，如 06-01' });
const value = boundedNumber(-1e9, 1e9);
const stationSettings = {
  threshold: value.nullish(),
  alertAction: z.enum(['warning', 'rectification']).default('warning'),
  alertLevel: z.enum(['blue', 'yellow', 'orange', 'red']).default('yellow'),
  seasonStart: monthDay.nullish(),
  seasonEnd: monthDay.nullish(),
};

export const createStationInput = z.object({
  orgUnitId: id,
  name: text(60, { min: 2, minMessage: '名称至少 2 个字' }),
  kind: z.enum(readingKinds),
  unit: text(20, { min: 1, minMessage: '请填写计量单位' }),
  subjectRef: optionalText(120),
  ...stationSettings,
});
export const updateStationInput = z.object({ stationId: id, ...stationSettings });
export const stationIdInput = z.object({ stationId: id });
export const stationSeriesInput = z.object({ stationId: id, year: z.number().int().min(2000).max(2100) });

export const enterReadingInput = z.object({
  stationId: id,
  measuredAt: z.iso.datetime({ message: '请选择时间', offset: true }),
  value,
  idempotencyKey: z.uuid({ message: '缺少有效的提交编号' }).nullish(),
});
export const importReadingsInput = z.object({ stationId: id, csv: z.string().min(1, '请选择文件').max(2_000_000, { message: '文件过大（上限 2 MB）' }) });

/** The device push body (POST /api/readings): one reading or up to 500. */
export const devicePushBody = z.object({
  readings: z.array(z.object({ at: z.iso.datetime({ offset: true }), value, key: z.string().min(1).max(100).nullish() })).min(1).max(500),
});
