import { forEachWithProgress, type ProgressSink } from '../excel/progress.ts';
import { bi, rowError, type Bilingual, type RowError } from '../excel/row-error.ts';
import type { RawRow } from '../excel/sheet-columns.ts';
import type { DirectoryPerson, PersonDirectory } from '../tasks/excel/person-directory.ts';
import type { DirectoryUnit, UnitDirectory } from '../tasks/excel/unit-directory.ts';
import { cellValue, labelOf } from './register-cells.ts';
import { issueMessage } from './register-issues.ts';
import type { RegisterSpec } from './register-spec.ts';
import { identityOf, sameValues, type StoredRow } from './register-values.ts';

export type RowValues = Record<string, unknown>;

/** One checked row: new (`create`), changing a stored row (`update`), or the same as it (`same`). */
export type RegisterDraft = { kind: 'create'; values: RowValues } | { kind: 'update' | 'same'; id: string; values: RowValues };

export const draftCounts = (drafts: readonly RegisterDraft[]) => ({
  created: drafts.filter((d) => d.kind === 'create').length,
  updated: drafts.filter((d) => d.kind === 'update').length,
  unchanged: drafts.filter((d) => d.kind === 'same').length,
});

export interface RegisterCheckContext {
  units: UnitDirectory;
  people: PersonDirectory;
  /** The unit imported into: every row's unit must lie in its subtree. */
  root: { path: string; name: string };
  /** Why the caller may not write a row at this unit (permission, module off), or null. */
  refuseAt: (unit: DirectoryUnit) => Bilingual | null;
  /** The register's live rows under the root, keyed by identity. */
  existing: Map<string, StoredRow>;
}

/**
 * Checks every row of an upload against the register: each cell read by its column's type, the
 * unit and persons resolved, the whole row validated by the register's own schema (the one its
 * forms use), then matched by identity — to an existing row (an update, or nothing when the values
 * are the same) or to an earlier row of the same file (an error: which one wins would be a guess).
 * All rows are checked, so the user gets every error of the file at once.
 */
export async function checkRegisterRows(spec: RegisterSpec, rows: RawRow<string>[], ctx: RegisterCheckContext, progress?: ProgressSink): Promise<{ drafts: RegisterDraft[]; errors: RowError[] }> {
  const errors: RowError[] = [];
  const drafts: RegisterDraft[] = [];
  const seen = new Map<string, number>();
  const refusals = new Map<string, Bilingual | null>();
  const unitCol = spec.columns.find((c) => c.type === 'unit')!;

  await forEachWithProgress(rows, 'check', progress, (raw) => {
    const before = errors.length;
    const values: RowValues = {};
    const persons: Record<string, DirectoryPerson | null> = {};
    let unit: DirectoryUnit | null = null;

    // The unit first: people are looked up at it.
    const unitText = raw.cells[unitCol.key] ?? '';
    if (unitText === '') errors.push(rowError(raw.row, labelOf(unitCol), bi(`${unitCol.header.zh}不能为空`, `${unitCol.header.en} is required`)));
    else {
      const found = resolveUnit(ctx, unitText);
      const why = !found.ok ? found.error
        : !found.unit.path.startsWith(ctx.root.path) ? bi(`「${unitText}」不在本次导入的单位范围内`, `"${unitText}" is outside the unit you import into`)
        : spec.unitLevels && !spec.unitLevels.includes(found.unit.level) ? bi(`「${unitText}」不是可登记的单位层级`, `rows cannot be registered at "${unitText}" (wrong level)`)
        : refusal(found.unit);
      if (why) errors.push(rowError(raw.row, labelOf(unitCol), why));
      else if (found.ok) unit = found.unit;
    }
    if (unit) values[unitCol.key] = unit.id;

    for (const column of spec.columns) {
      if (column.type === 'unit') continue;
      const text = raw.cells[column.key] ?? '';
      if (column.type === 'person') {
        if (text === '' || !unit) continue;
        const person = findPerson(ctx, text, unit);
        if (!person.ok) errors.push(rowError(raw.row, labelOf(column), person.error));
        else {
          values[column.key] = person.person.id;
          persons[column.key] = person.person;
        }
        continue;
      }
      const cell = cellValue(text, column);
      if (!cell.ok) errors.push(rowError(raw.row, labelOf(column), cell.error));
      else if (cell.value !== undefined) values[column.key] = cell.value;
    }
    if (errors.length > before) return;

    const parsed = spec.row.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = spec.columns.find((c) => c.key === issue.path[0]);
        const label = column ? labelOf(column) : { header: String(issue.path[0] ?? ''), headerEn: String(issue.path[0] ?? '') };
        errors.push(rowError(raw.row, column ? labelOf(column) : undefined, issueMessage(issue, label)));
      }
      return;
    }
    // Only the register's columns are written; blank ones clear the stored value.
    const row: RowValues = {};
    for (const column of spec.columns) row[column.key] = (parsed.data as RowValues)[column.key] ?? null;
    for (const [key, person] of Object.entries(persons)) row[`${key}:name`] = person?.name ?? null;

    const identity = identityOf(spec, row);
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      const names = spec.identity.map((k) => spec.columns.find((c) => c.key === k)!.header);
      errors.push(rowError(raw.row, undefined, bi(`与第 ${earlier} 行重复（${names.map((n) => n.zh).join('、')}相同）`, `duplicates row ${earlier} (same ${names.map((n) => n.en).join(', ')})`)));
      return;
    }
    seen.set(identity, raw.row);
    const stored = ctx.existing.get(identity);
    if (!stored) drafts.push({ kind: 'create', values: row });
    else drafts.push({ kind: sameValues(spec, stored.values, row) ? 'same' : 'update', id: stored.id, values: row });
  });
  return { drafts, errors };

  function refusal(unit: DirectoryUnit): Bilingual | null {
    if (!refusals.has(unit.id)) refusals.set(unit.id, ctx.refuseAt(unit));
    return refusals.get(unit.id)!;
  }
}

/**
 * A unit as the sheet names it; a name repeated elsewhere in the county ("望江社区" in two
 * townships) is the one under the unit imported into, as the person typing it meant.
 */
function resolveUnit(ctx: RegisterCheckContext, text: string) {
  const found = ctx.units.resolve(text);
  if (found.ok) return found;
  const within = ctx.units.resolve(`${ctx.root.name}/${text}`);
  return within.ok && within.unit.path.startsWith(ctx.root.path) ? within : found;
}

/** A person of the row's unit, else of its nearest ancestor that has someone of that name. */
function findPerson(ctx: RegisterCheckContext, text: string, unit: DirectoryUnit) {
  const chain = unit.path.split('/').filter(Boolean).reverse();
  let first: ReturnType<PersonDirectory['resolve']> | null = null;
  for (const id of chain) {
    const at = ctx.units.get(id);
    if (!at) continue;
    const found = ctx.people.resolve(text, at);
    if (found.ok) return found;
    first ??= found;
    // Two of that name at one unit: ambiguous, say so rather than look further up.
    if (found.ambiguous) return found;
  }
  return first ?? ctx.people.resolve(text, unit);
}
