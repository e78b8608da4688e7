import type { TaskKind } from '../task-kinds.ts';
import {
  bi, countyCalendarDate, endOfCountyDay, forEachWithProgress, parseChoice, parseDateCell, parseText, rowError, splitList,
  type Bilingual, type ProgressSink, type RawRow, type RowError,
} from '../../excel/index.ts';
import { LEDGER_MAX_ASSISTING, ledgerColumn, ledgerTaskKinds, type LedgerColumnKey } from './ledger-sheet.ts';
import type { PersonDirectory } from './person-directory.ts';
import type { DirectoryUnit, UnitDirectory } from './unit-directory.ts';

export interface LedgerImportContext {
  units: UnitDirectory;
  people: PersonDirectory;
  /** Whether the caller may hand over items from this unit (their capture scope). */
  maySupervise: (unit: DirectoryUnit) => boolean;
  /** Open items by `openItemIdentity` → serial: the same item twice is an error, not a second item. */
  openItems: ReadonlyMap<string, string>;
  now: Date;
}

export interface TaskDraft {
  row: number;
  kind: TaskKind;
  title: string;
  description: string | null;
  supervisingUnitId: string;
  responsibleUnitId: string;
  assistingUnitIds: string[];
  responsiblePersonId: string | null;
  deadline: Date;
  proposer: string | null;
  proposerPhone: string | null;
}

export const openItemIdentity = (t: { responsibleUnitId: string; title: string }) => `${t.responsibleUnitId}|${t.title}`;
const col = ledgerColumn;

/**
 * Checks the rows of a 督办台账 sheet as 交办 would check each item (units in the county, the
 * supervising unit in the caller's scope, a deadline ahead, assisting units other than the
 * responsible one) and turns them into drafts. Pure, like checkKeyWorkRows.
 */
export async function checkLedgerRows(rows: readonly RawRow<LedgerColumnKey>[], ref: LedgerImportContext, progress?: ProgressSink) {
  const kindChoices = ledgerTaskKinds();
  const errors: RowError[] = [];
  const drafts: TaskDraft[] = [];
  const seen = new Map<string, number>();
  const today = countyCalendarDate(ref.now);

  await forEachWithProgress(rows, 'check', progress, (r) => {
    const c = r.cells;
    const before = errors.length;
    const fail = (key: LedgerColumnKey, text: Bilingual) => errors.push(rowError(r.row, col(key), text));
    const take = <T>(key: LedgerColumnKey, result: { ok: true; value: T } | { ok: false; error: Bilingual }): T | null => {
      if (result.ok) return result.value;
      fail(key, result.error);
      return null;
    };
    const unit = (key: LedgerColumnKey): DirectoryUnit | null => {
      if (c[key] === '') {
        fail(key, bi(`${col(key).header}不能为空`, `${col(key).headerEn} is required`));
        return null;
      }
      const found = ref.units.resolve(c[key]);
      if (found.ok) return found.unit;
      fail(key, found.error);
      return null;
    };

    const kind = take('kind', parseChoice(c.kind, col('kind'), kindChoices)) ?? 'rectification';
    const title = take('title', parseText(c.title, col('title'), { required: true, min: 2, max: 100 }));
    const description = take('description', parseText(c.description, col('description'), { max: 2000 }));
    const proposer = take('proposer', parseText(c.proposer, col('proposer'), { max: 30 }));
    const proposerPhone = take('proposerPhone', parseText(c.proposerPhone, col('proposerPhone'), { max: 20 }));
    const date = take('deadline', parseDateCell(c.deadline, col('deadline')));
    if (c.deadline === '') fail('deadline', bi('办理期限不能为空', 'Deadline is required'));
    else if (date && endOfCountyDay(date).getTime() < endOfCountyDay(today).getTime()) {
      fail('deadline', bi(`办理期限 ${c.deadline.slice(0, 10)} 早于今天`, `the deadline ${c.deadline.slice(0, 10)} is before today`));
    }

    const responsible = unit('responsibleUnit');
    const supervising = unit('supervisingUnit');
    if (supervising && !ref.maySupervise(supervising)) {
      fail('supervisingUnit', bi(`「${c.supervisingUnit}」不在您有权交办的范围内`, `"${c.supervisingUnit}" is outside the units you may hand over from`));
    }

    const assistingUnitIds: string[] = [];
    const assisting = splitList(c.assistingUnits);
    if (assisting.length > LEDGER_MAX_ASSISTING) fail('assistingUnits', bi(`协办单位最多 ${LEDGER_MAX_ASSISTING} 个（当前 ${assisting.length} 个）`, `at most ${LEDGER_MAX_ASSISTING} assisting units (${assisting.length})`));
    for (const name of assisting) {
      const found = ref.units.resolve(name);
      if (!found.ok) fail('assistingUnits', found.error);
      else if (responsible && found.unit.id === responsible.id) fail('assistingUnits', bi(`协办单位「${name}」不能同时是责任单位`, `the assisting unit "${name}" is also the responsible unit`));
      else if (!assistingUnitIds.includes(found.unit.id)) assistingUnitIds.push(found.unit.id);
    }

    let responsiblePersonId: string | null = null;
    if (c.responsiblePerson !== '' && responsible) {
      const found = ref.people.resolve(c.responsiblePerson, responsible);
      if (found.ok) responsiblePersonId = found.person.id;
      else fail('responsiblePerson', found.error);
    }

    if (title && responsible) {
      const identity = openItemIdentity({ responsibleUnitId: responsible.id, title });
      const open = ref.openItems.get(identity);
      if (open) fail('title', bi(`「${responsible.name}」已有未办结的同名事项 ${open}`, `"${responsible.name}" already has an open item with this title (${open})`));
      else if (seen.has(identity)) fail('title', bi(`与第 ${seen.get(identity)} 行重复（同一责任单位、同一事项）`, `repeats row ${seen.get(identity)} (same responsible unit and title)`));
      else seen.set(identity, r.row);
    }

    if (errors.length === before && title && responsible && supervising && date) {
      drafts.push({
        row: r.row, kind, title, description, supervisingUnitId: supervising.id, responsibleUnitId: responsible.id, assistingUnitIds,
        responsiblePersonId, deadline: endOfCountyDay(date), proposer, proposerPhone,
      });
    }
  });
  return { drafts: errors.length === 0 ? drafts : [], errors };
}
