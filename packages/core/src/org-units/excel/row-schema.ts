import { z } from 'zod';
import {
  CODE_MAX,
  CODE_PATTERN,
  DISTRICT_MAX,
  LEVEL_LABELS,
  LEVEL_VALUES,
  NAME_MAX,
  columnHeader,
  levelFromText,
  rowMessage,
  type OrgColumnKey,
  type OrgTreeRow,
  type RowError,
} from './columns.ts';
import type { RawRow } from '../../excel/sheet-columns.ts';

const LEVEL_CHOICES = LEVEL_VALUES.map((v) => LEVEL_LABELS[v]).join('、');

function codeText(label: string, allowEmpty: boolean) {
  const base = z.string();
  return (allowEmpty ? base : base.min(1, `${label}不能为空`))
    .max(CODE_MAX, { error: (iss) => `${label}「${String(iss.input)}」超过 ${CODE_MAX} 个字符` })
    .refine((s) => s === '' || CODE_PATTERN.test(s), {
      error: (iss) => `${label}「${String(iss.input)}」只能包含数字、字母、下划线(_)和连字符(-)`,
    });
}

/** Rules for one row in isolation; rules that need other rows live in tree-checks.ts. */
export const orgRowSchema = z
  .object({
    code: codeText('编码', false),
    name: z
      .string()
      .min(1, '名称不能为空')
      .max(NAME_MAX, { error: (iss) => `名称超过 ${NAME_MAX} 个字（当前 ${String(iss.input).length} 个）` }),
    level: z.preprocess(
      (v) => (typeof v === 'string' ? (levelFromText(v) ?? v) : v),
      z.enum(LEVEL_VALUES, {
        error: (iss) => (iss.input === '' ? '层级不能为空' : `层级「${String(iss.input)}」无效，应为 ${LEVEL_CHOICES} 之一`),
      }),
    ),
    parentCode: codeText('上级编码', true),
    district: z.string().max(DISTRICT_MAX, { error: (iss) => `片区「${String(iss.input)}」超过 ${DISTRICT_MAX} 个字` }),
  })
  .superRefine((r, ctx) => {
    const label = LEVEL_LABELS[r.level];
    if (r.level === 'county' && r.parentCode !== '') {
      ctx.addIssue({ code: 'custom', path: ['parentCode'], message: '县级单位是最上级，不能填写上级编码' });
    }
    if (r.level !== 'county' && r.parentCode === '') {
      ctx.addIssue({ code: 'custom', path: ['parentCode'], message: `层级为「${label}」的单位必须填写上级编码` });
    }
    if (r.district !== '' && r.level !== 'township') {
      ctx.addIssue({ code: 'custom', path: ['district'], message: `只有乡镇可以填写片区，本行层级为「${label}」` });
    }
  });

export type RowResult = { ok: true; value: OrgTreeRow } | { ok: false; errors: RowError[] };

export function validateRow(raw: RawRow<OrgColumnKey>): RowResult {
  const parsed = orgRowSchema.safeParse(raw.cells);
  if (parsed.success) {
    const { parentCode, district, ...rest } = parsed.data;
    return { ok: true, value: { ...rest, parentCode: parentCode || null, district: district || null } };
  }
  // One message per column is enough to fix it; zod may report e.g. both "empty" and "bad format".
  const byColumn = new Map<OrgColumnKey, string>();
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as OrgColumnKey;
    if (!byColumn.has(key)) byColumn.set(key, issue.message);
  }
  const errors = [...byColumn].map(([key, text]) => ({
    row: raw.row,
    column: columnHeader(key),
    message: rowMessage(raw.row, text),
  }));
  return { ok: false, errors };
}
