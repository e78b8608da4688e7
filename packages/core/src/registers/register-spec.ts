// A register (台账) a plugin declares: the rows of one of its tables, kept in Excel as much as in
// the app. From this one declaration the core derives the import template, the row checks, the
// all-or-nothing write, and an export that imports again unchanged (issue 14 item 1, C2).
// Browser-safe: zod only, so a plugin's web part may import the same declaration.
import type { z } from 'zod';

export interface RegisterText {
  zh: string;
  en: string;
}

/**
 * How a cell becomes a value before the row schema checks it:
 * - `text`, `number`, `integer`, `boolean` (是/否, yes/no, true/false, 1/0), `date`;
 * - `choice`: one of `choices`, written in zh-CN, English or as the stored value;
 * - `unit`: an org unit by name ("青龙镇/石桥村" when names repeat) or code, inside the unit the
 *   caller imports into; the row lives there;
 * - `person`: a person of the row's unit or one of its ancestors, by name ("张三(13800000000)"
 *   when two share it); the row stores the person's id, and their name in `nameColumn`.
 */
export type RegisterColumnType = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'choice' | 'unit' | 'person';

export interface RegisterColumn<K extends string = string> {
  /** The row schema's key, which is also the model's field. */
  key: K;
  header: RegisterText;
  type: RegisterColumnType;
  /** The database column (default: the key in snake_case). */
  column?: string;
  choices?: readonly { value: string; zh: string; en: string }[];
  /** For `person`: the column that keeps the person's name beside the id (lists, older rows). */
  nameColumn?: string;
  /** Help-sheet text (zh-CN: the help sheet is for the county's staff). */
  note?: string;
  /** The template's 示例 row. */
  example?: string | number;
  width?: number;
}

export interface RegisterSpec<K extends string = string> {
  /** Stable key, leading with the plugin id: `flood-control.reservoir`. */
  key: string;
  name: RegisterText;
  /** The plugin's table (county_id, id, the columns; updated_at and archived_at when it has them). */
  table: string;
  /** The row as the app validates it everywhere (the create form's schema, unit included). */
  row: z.ZodObject;
  columns: readonly RegisterColumn<K>[];
  /** The columns that name a row: a sheet row with the same values updates it, never duplicates it. */
  identity: readonly K[];
  /** Levels a row's unit may have (default: any). */
  unitLevels?: readonly string[];
  /** Columns the list filters by (equality); the export takes the same filters. */
  filters?: readonly K[];
  /** At most this many rows per upload (default 100,000). */
  maxRows?: number;
}

const IDENT = /^[a-z][a-z0-9_]*$/;
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const columnName = (c: RegisterColumn) => c.column ?? snakeCase(c.key);

/** Refuses a declaration the pipeline could not serve, at start-up rather than at the first upload. */
export function registerProblems(spec: RegisterSpec): string[] {
  const problems: string[] = [];
  const keys = new Set(spec.columns.map((c) => c.key));
  if (!IDENT.test(spec.table)) problems.push(`table "${spec.table}" must be a snake_case name`);
  for (const c of spec.columns) {
    if (!IDENT.test(columnName(c))) problems.push(`column "${c.key}": "${columnName(c)}" is not a snake_case name`);
    if (c.nameColumn !== undefined && !IDENT.test(c.nameColumn)) problems.push(`column "${c.key}": nameColumn "${c.nameColumn}" is not a snake_case name`);
    if (c.type === 'choice' && !c.choices?.length) problems.push(`column "${c.key}" is a choice without choices`);
    if (!(c.key in spec.row.shape)) problems.push(`column "${c.key}" is not in the row schema`);
  }
  if (spec.columns.filter((c) => c.type === 'unit').length !== 1) problems.push('a register needs exactly one unit column');
  if (spec.identity.length === 0) problems.push('identity names no column');
  for (const k of [...spec.identity, ...(spec.filters ?? [])]) if (!keys.has(k)) problems.push(`"${k}" is not a column`);
  return problems;
}

/** The declaration, checked (throws with every problem). */
export function defineRegister<const K extends string>(spec: RegisterSpec<K>): RegisterSpec<K> {
  const problems = registerProblems(spec as RegisterSpec);
  if (problems.length > 0) throw new Error(`register ${spec.key}: ${problems.join('; ')}`);
  return spec;
}

export const unitColumn = (spec: RegisterSpec) => spec.columns.find((c) => c.type === 'unit')!;
