import { bi, type Bilingual } from './row-error.ts';

/** What a cell parser makes of one cell: a value, or why not (in both languages). */
export type CellResult<T> = { ok: true; value: T } | { ok: false; error: Bilingual };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(zh: string, en: string): CellResult<T> => ({ ok: false, error: bi(zh, en) });

export interface Label {
  header: string;
  headerEn: string;
}

/** Free text with length limits; blank is null unless required. */
export function parseText(text: string, label: Label, rule: { required?: boolean; min?: number; max: number }): CellResult<string | null> {
  if (text === '') return rule.required ? bad(`${label.header}不能为空`, `${label.headerEn} is required`) : ok(null);
  const length = [...text].length;
  if (rule.min && length < rule.min) return bad(`${label.header}至少 ${rule.min} 个字`, `${label.headerEn} needs at least ${rule.min} characters`);
  if (length > rule.max) return bad(`${label.header}超过 ${rule.max} 个字（当前 ${length} 个）`, `${label.headerEn} is longer than ${rule.max} characters (${length})`);
  return ok(text);
}

/** A non-negative decimal with at most two places (Excel may hand over 12.5 or "12.50" or "1,200"). */
export function parseAmount(text: string, label: Label, max = 1e12): CellResult<number | null> {
  if (text === '') return ok(null);
  const cleaned = text.replace(/[,，\s]/g, '');
  const value = Number(cleaned);
  if (!/^-?\d+(\.\d+)?$/.test(cleaned) || !Number.isFinite(value)) return bad(`${label.header}「${text}」不是数字`, `${label.headerEn} "${text}" is not a number`);
  if (value < 0) return bad(`${label.header}不能为负数`, `${label.headerEn} cannot be negative`);
  if (value > max) return bad(`${label.header}超过 ${max}`, `${label.headerEn} exceeds ${max}`);
  if (Math.round(value * 100) !== value * 100) return bad(`${label.header}最多保留两位小数`, `${label.headerEn} takes at most two decimals`);
  return ok(value);
}

export function parseInteger(text: string, label: Label, range: { min: number; max: number }): CellResult<number | null> {
  if (text === '') return ok(null);
  if (!/^\d+$/.test(text) || Number(text) < range.min || Number(text) > range.max) {
    return bad(`${label.header}「${text}」应为 ${range.min}–${range.max} 之间的整数`, `${label.headerEn} "${text}" must be a whole number from ${range.min} to ${range.max}`);
  }
  return ok(Number(text));
}

/** One of a fixed list, written in zh-CN, in English or as the stored value. */
export function parseChoice<T extends string>(text: string, label: Label, choices: readonly { value: T; zh: string; en: string; aliases?: readonly string[] }[]): CellResult<T | null> {
  if (text === '') return ok(null);
  const lower = text.toLowerCase();
  const hit = choices.find((c) => [c.value, c.zh, c.en, ...(c.aliases ?? [])].some((s) => s.toLowerCase() === lower));
  if (hit) return ok(hit.value);
  return bad(
    `${label.header}「${text}」无效，应为 ${choices.map((c) => c.zh).join('、')} 之一`,
    `${label.headerEn} "${text}" is not valid; use one of ${choices.map((c) => c.en).join(', ')}`,
  );
}

/** Several names in one cell, as people type them: 青龙镇、金凤镇 / 青龙镇,金凤镇 / one per line. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\n]+/).map((s) => s.trim()).filter(Boolean))];
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The counties run on China Standard Time; a deadline date means the end of that day there. */
export const COUNTY_UTC_OFFSET_HOURS = 8;
const HOUR = 3_600_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function validDate(year: number, month: number, day: number): CalendarDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 2000 && year <= 2100 ? { year, month, day } : null;
}

/**
 * A date typed or formatted any common way: an Excel date (exceljs gives it as an ISO instant at
 * UTC midnight), an Excel serial number, 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日.
 */
export function parseDateCell(text: string, label: Label): CellResult<CalendarDate | null> {
  if (text === '') return ok(null);
  let date: CalendarDate | null = null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.exec(text);
  const typed = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (iso) {
    // An Excel date cell holds a calendar date; exceljs reads it as that day's UTC midnight.
    const instant = new Date(text);
    date = validDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
  } else if (typed) date = validDate(Number(typed[1]), Number(typed[2]), Number(typed[3]));
  else if (/^\d{5}(\.\d+)?$/.test(text)) {
    const instant = new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 24 * HOUR);
    date = validDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
  }
  return date ? ok(date) : bad(`${label.header}「${text}」不是有效日期，请填写如 2026-06-30`, `${label.headerEn} "${text}" is not a valid date; write e.g. 2026-06-30`);
}

/** The last millisecond of that day in the county's time zone: the moment a deadline passes. */
export function endOfCountyDay(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 23, 59, 59, 999) - COUNTY_UTC_OFFSET_HOURS * HOUR);
}

/** The county-local calendar date of an instant, as the UTC-midnight Date that Excel shows as that date. */
export function countyDateCell(instant: Date | null): Date | null {
  if (!instant) return null;
  const local = new Date(instant.getTime() + COUNTY_UTC_OFFSET_HOURS * HOUR);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export const formatCalendarDate = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Today (or the day of `instant`) in the county's time zone. */
export function countyCalendarDate(instant: Date): CalendarDate {
  const local = new Date(instant.getTime() + COUNTY_UTC_OFFSET_HOURS * HOUR);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
