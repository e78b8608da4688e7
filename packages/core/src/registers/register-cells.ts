import { parseChoice, parseDateCell, type CellResult, type Label } from '../excel/cells.ts';
import { bi } from '../excel/row-error.ts';
import type { RegisterColumn } from './register-spec.ts';

const YES = ['是', 'y', 'yes', 'true', '1', '√', '✓'];
const NO = ['否', 'n', 'no', 'false', '0', '×', '✗'];

export const labelOf = (c: RegisterColumn): Label => ({ header: c.header.zh, headerEn: c.header.en });

/**
 * A cell as the row schema's input: blank is undefined (the schema decides whether it may be);
 * numbers keep their sign, so the schema — not the reader — refuses −50 with its range, and
 * nothing is clamped. `unit` and `person` cells stay text here: they are resolved against the
 * county's directories by the check.
 */
export function cellValue(text: string, column: RegisterColumn): CellResult<unknown> {
  const label = labelOf(column);
  if (text === '') return { ok: true, value: undefined };
  switch (column.type) {
    case 'number':
    case 'integer': {
      const cleaned = text.replace(/[,，\s]/g, '');
      const value = Number(cleaned);
      if (!/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cleaned) || !Number.isFinite(value)) {
        return { ok: false, error: bi(`${label.header}「${text}」不是数字`, `${label.headerEn} "${text}" is not a number`) };
      }
      return { ok: true, value };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (YES.includes(lower)) return { ok: true, value: true };
      if (NO.includes(lower)) return { ok: true, value: false };
      return { ok: false, error: bi(`${label.header}「${text}」应填“是”或“否”`, `${label.headerEn} "${text}" must be yes or no`) };
    }
    case 'choice': {
      const parsed = parseChoice(text, label, column.choices ?? []);
      return parsed.ok ? { ok: true, value: parsed.value ?? undefined } : parsed;
    }
    case 'date': {
      const parsed = parseDateCell(text, label);
      if (!parsed.ok) return parsed;
      const d = parsed.value!;
      return { ok: true, value: new Date(Date.UTC(d.year, d.month - 1, d.day)) };
    }
    default:
      return { ok: true, value: text };
  }
}

/** How the export writes a stored value so that it reads back as the same value. */
export function exportCell(value: unknown, column: RegisterColumn): string | number | Date | null {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'number':
    case 'integer':
      return Number(value);
    case 'boolean':
      return value ? '是' : '否';
    case 'choice':
      return column.choices?.find((c) => c.value === value)?.zh ?? String(value);
    case 'date':
      return value instanceof Date ? value : new Date(String(value));
    default:
      return String(value);
  }
}
