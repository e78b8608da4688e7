import {
  bi, endOfCountyDay, forEachWithProgress, parseAmount, parseChoice, parseDateCell, parseInteger, parseText, rowError, splitList,
  type Bilingual, type CalendarDate, type ProgressSink, type RawRow, type RowError,
} from '../../excel/index.ts';
import { KEY_WORK_MAX_ASSISTING, KEY_WORK_MAX_TARGETS, KEY_WORK_SOURCES, keyWorkColumn, type KeyWorkColumnKey, type KeyWorkSource } from './key-work-sheet.ts';
import type { PersonDirectory } from './person-directory.ts';
import type { DirectoryUnit, UnitDirectory } from './unit-directory.ts';

export interface KeyWorkImportContext {
  units: UnitDirectory;
  people: PersonDirectory;
  /** Whether the caller may set key work led by this unit (their capture scope). */
  mayLead: (unit: DirectoryUnit) => boolean;
  /** `keyWorkIdentity` of every key work already in the county: importing one again is an error. */
  existing: ReadonlySet<string>;
  /** Today in the county: deadlines before it are refused. */
  today: CalendarDate;
}

export interface KeyWorkTargetDraft {
  metric: string;
  unit: string;
  targetValue: number;
}

export interface KeyWorkDraft {
  /** First sheet row of the key work. */
  row: number;
  code: string | null;
  /** Index of the parent draft (decomposition inside the sheet). */
  parent: number | null;
  depth: number;
  title: string;
  description: string | null;
  source: KeyWorkSource | null;
  documentNo: string | null;
  year: number;
  leadUnitId: string;
  assistingUnitIds: string[];
  responsiblePersonId: string | null;
  deadline: Date;
  targets: KeyWorkTargetDraft[];
}

export const keyWorkIdentity = (k: { year: number; leadUnitId: string; title: string }) => `${k.year}|${k.leadUnitId}|${k.title}`;

const CODE = /^[0-9A-Za-z_.-]{1,32}$/;
// Cells that describe the key work itself: rows of one 编号 must agree on them.
const SHARED: readonly KeyWorkColumnKey[] = ['parentCode', 'title', 'description', 'source', 'documentNo', 'year', 'leadUnit', 'assistingUnits', 'responsiblePerson', 'deadline'];
const col = keyWorkColumn;

/**
 * Checks the rows of a 重点工作 sheet against the county (units, people, existing key work,
 * the caller's scope) and turns them into drafts. Pure: everything it needs comes in `ref`, so a
 * sheet of thousands of rows costs no query per row. Every problem is reported, not only the first.
 */
export async function checkKeyWorkRows(rows: readonly RawRow<KeyWorkColumnKey>[], ref: KeyWorkImportContext, progress?: ProgressSink) {
  const errors: RowError[] = [];
  const report = (row: number, key: KeyWorkColumnKey | undefined, text: Bilingual) => errors.push(rowError(row, key ? col(key) : undefined, text));

  // Group rows into key works: rows sharing a 编号 are one key work with several targets.
  const groups: RawRow<KeyWorkColumnKey>[][] = [];
  const byCode = new Map<string, RawRow<KeyWorkColumnKey>[]>();
  for (const r of rows) {
    const code = r.cells.code;
    if (code === '') groups.push([r]);
    else if (byCode.has(code)) byCode.get(code)!.push(r);
    else {
      const group = [r];
      byCode.set(code, group);
      groups.push(group);
    }
  }

  const drafts: (KeyWorkDraft | null)[] = [];
  const draftOfCode = new Map<string, number>();
  const parentCodeOf: string[] = [];
  await forEachWithProgress(groups, 'check', progress && ((p) => progress({ ...p, done: Math.round((p.done / Math.max(groups.length, 1)) * rows.length), total: rows.length })), (group) => {
    const index = drafts.length;
    const first = group[0]!;
    const draft = checkGroup(group, ref, report);
    drafts.push(draft);
    parentCodeOf.push(first.cells.parentCode);
    if (first.cells.code) draftOfCode.set(first.cells.code, index);
  });

  linkParents(drafts, parentCodeOf, draftOfCode, groups, ref, report);
  reportDuplicates(drafts, ref.existing, report);

  errors.sort((a, b) => a.row - b.row);
  const ok = errors.length === 0;
  return { drafts: ok ? (drafts as KeyWorkDraft[]) : [], errors };
}

type Report = (row: number, key: KeyWorkColumnKey | undefined, text: Bilingual) => void;

function checkGroup(group: RawRow<KeyWorkColumnKey>[], ref: KeyWorkImportContext, report: Report): KeyWorkDraft | null {
  const first = group[0]!;
  const c = first.cells;
  let valid = true;
  const take = <T>(key: KeyWorkColumnKey, result: { ok: true; value: T } | { ok: false; error: Bilingual }): T | null => {
    if (result.ok) return result.value;
    report(first.row, key, result.error);
    valid = false;
    return null;
  };
  const fail = (key: KeyWorkColumnKey, text: Bilingual) => {
    report(first.row, key, text);
    valid = false;
  };

  if (c.code !== '' && !CODE.test(c.code)) fail('code', bi(`编号「${c.code}」只能包含 1–32 位字母、数字、点(.)、下划线(_)和连字符(-)`, `No. "${c.code}" may only hold 1–32 letters, digits, ".", "_" and "-"`));
  const title = take('title', parseText(c.title, col('title'), { required: true, min: 2, max: 100 }));
  const description = take('description', parseText(c.description, col('description'), { max: 2000 }));
  const source = take('source', parseChoice(c.source, col('source'), KEY_WORK_SOURCES));
  const documentNo = take('documentNo', parseText(c.documentNo, col('documentNo'), { max: 60 }));
  const yearCell = take('year', parseInteger(c.year, col('year'), { min: 2000, max: 2100 }));
  const date = take('deadline', parseDateCell(c.deadline, col('deadline')));
  if (c.deadline === '') fail('deadline', bi('完成期限不能为空', 'Deadline is required'));
  else if (date && compareDates(date, ref.today) < 0) fail('deadline', bi(`完成期限 ${c.deadline.slice(0, 10)} 早于今天`, `the deadline ${c.deadline.slice(0, 10)} is before today`));

  let lead: DirectoryUnit | null = null;
  if (c.leadUnit === '') fail('leadUnit', bi('牵头单位不能为空', 'Lead unit is required'));
  else {
    const found = ref.units.resolve(c.leadUnit);
    if (!found.ok) fail('leadUnit', found.error);
    else if (!ref.mayLead(found.unit)) fail('leadUnit', bi(`「${c.leadUnit}」不在您有权部署重点工作的范围内`, `"${c.leadUnit}" is outside the units where you may set key work`));
    else lead = found.unit;
  }

  const assistingUnitIds: string[] = [];
  const assisting = splitList(c.assistingUnits);
  if (assisting.length > KEY_WORK_MAX_ASSISTING) fail('assistingUnits', bi(`协办单位最多 ${KEY_WORK_MAX_ASSISTING} 个（当前 ${assisting.length} 个）`, `at most ${KEY_WORK_MAX_ASSISTING} assisting units (${assisting.length})`));
  for (const name of assisting) {
    const found = ref.units.resolve(name);
    if (!found.ok) fail('assistingUnits', found.error);
    else if (lead && found.unit.id === lead.id) fail('assistingUnits', bi(`协办单位「${name}」不能同时是牵头单位`, `the assisting unit "${name}" is also the lead unit`));
    else if (!assistingUnitIds.includes(found.unit.id)) assistingUnitIds.push(found.unit.id);
  }

  let responsiblePersonId: string | null = null;
  if (c.responsiblePerson !== '' && lead) {
    const found = ref.people.resolve(c.responsiblePerson, lead);
    if (found.ok) responsiblePersonId = found.person.id;
    else fail('responsiblePerson', found.error);
  }

  // Rows after the first add targets; what they say about the key work itself must agree.
  for (const r of group.slice(1)) {
    for (const key of SHARED) {
      const text = r.cells[key];
      if (text !== '' && !sameCell(key, text, c[key])) {
        report(r.row, key, bi(`与第 ${first.row} 行（编号 ${c.code}）的「${col(key).header}」不一致`, `differs from row ${first.row} (No. ${c.code}) in "${col(key).headerEn}"`));
        valid = false;
      }
    }
  }
  const targets = checkTargets(group, report);
  if (!targets) valid = false;

  if (!valid || !title || !lead || !date) return null;
  return {
    row: first.row, code: c.code || null, parent: null, depth: 0, title, description, source, documentNo,
    year: yearCell ?? date.year, leadUnitId: lead.id, assistingUnitIds, responsiblePersonId, deadline: endOfCountyDay(date), targets: targets ?? [],
  };
}

function checkTargets(group: RawRow<KeyWorkColumnKey>[], report: Report): KeyWorkTargetDraft[] | null {
  const targets: (KeyWorkTargetDraft & { row: number })[] = [];
  let valid = true;
  for (const r of group) {
    const { metric, unit, targetValue } = r.cells;
    if (metric === '' && unit === '' && targetValue === '') continue;
    const missing = (['metric', 'unit', 'targetValue'] as const).filter((k) => r.cells[k] === '');
    for (const k of missing) {
      report(r.row, k, bi(`${col(k).header}不能为空：指标名称、计量单位、目标值须同时填写`, `${col(k).headerEn} is required: metric, unit and target go together`));
      valid = false;
    }
    const m = parseText(metric, col('metric'), { max: 40 });
    const u = parseText(unit, col('unit'), { max: 10 });
    const v = parseAmount(targetValue, col('targetValue'));
    for (const [k, res] of [['metric', m], ['unit', u], ['targetValue', v]] as const) {
      if (!res.ok) {
        report(r.row, k, res.error);
        valid = false;
      }
    }
    if (!m.ok || !u.ok || !v.ok || missing.length) continue;
    const twin = targets.find((t) => t.metric === metric && t.unit === unit);
    if (twin) {
      report(r.row, 'metric', bi(`指标「${metric}（${unit}）」与第 ${twin.row} 行重复`, `the metric "${metric} (${unit})" repeats row ${twin.row}`));
      valid = false;
      continue;
    }
    targets.push({ metric, unit, targetValue: v.value!, row: r.row });
  }
  if (targets.length > KEY_WORK_MAX_TARGETS) {
    report(targets[KEY_WORK_MAX_TARGETS]!.row, 'metric', bi(`一项重点工作最多 ${KEY_WORK_MAX_TARGETS} 个指标`, `a key work has at most ${KEY_WORK_MAX_TARGETS} metrics`));
    valid = false;
  }
  return valid ? targets.map(({ row: _row, ...t }) => t) : null;
}

/** Parents inside the sheet: must exist, must not loop, and the part must fit under its parent. */
function linkParents(drafts: (KeyWorkDraft | null)[], parentCodeOf: string[], draftOfCode: Map<string, number>, groups: RawRow<KeyWorkColumnKey>[][], ref: KeyWorkImportContext, report: Report) {
  const parentIndex = parentCodeOf.map((code, i) => {
    if (code === '') return null;
    const row = groups[i]![0]!.row;
    const p = draftOfCode.get(code);
    if (p === undefined) {
      report(row, 'parentCode', bi(`上级编号「${code}」在表中不存在`, `the parent No. "${code}" is not in the sheet`));
      return null;
    }
    if (p === i) {
      report(row, 'parentCode', bi('上级编号不能是本行工作自己的编号', 'the parent No. cannot be the row\'s own No.'));
      return null;
    }
    return p;
  });
  // Walk up from each key work; meeting itself again means a loop.
  for (let i = 0; i < parentIndex.length; i++) {
    const seen = new Set([i]);
    let depth = 0;
    for (let p = parentIndex[i]; p !== null && p !== undefined; p = parentIndex[p]) {
      if (seen.has(p)) {
        report(groups[i]![0]!.row, 'parentCode', bi('上级编号形成循环', 'the parent numbers form a loop'));
        depth = -1;
        break;
      }
      seen.add(p);
      depth++;
    }
    const draft = drafts[i];
    const parentAt = parentIndex[i];
    if (depth < 0 || !draft || parentAt === null || parentAt === undefined) continue;
    draft.parent = parentAt;
    draft.depth = depth;
    const parent = drafts[parentAt];
    if (!parent) continue; // the parent's own errors are reported on its rows
    const parentLead = ref.units.get(parent.leadUnitId)!;
    const lead = ref.units.get(draft.leadUnitId)!;
    if (parentLead.level !== 'department' && !lead.path.startsWith(parentLead.path)) {
      report(draft.row, 'leadUnit', bi(`「${lead.name}」不在上级工作的牵头单位「${parentLead.name}」之下，不能承接其分解任务`, `"${lead.name}" is not under "${parentLead.name}", the lead unit of the parent key work`));
    }
    for (const t of draft.targets) {
      if (!parent.targets.some((p) => p.metric === t.metric && p.unit === t.unit)) {
        report(draft.row, 'metric', bi(`指标「${t.metric}（${t.unit}）」不是上级工作的指标`, `the metric "${t.metric} (${t.unit})" is not one of the parent key work's`));
      }
    }
  }
}

function reportDuplicates(drafts: (KeyWorkDraft | null)[], existing: ReadonlySet<string>, report: Report) {
  const inSheet = new Map<string, number>();
  for (const d of drafts) {
    if (!d) continue;
    const id = keyWorkIdentity(d);
    if (existing.has(id)) report(d.row, 'title', bi(`系统中已有 ${d.year} 年度同一牵头单位的重点工作「${d.title}」`, `"${d.title}" already exists for the same lead unit in ${d.year}`));
    else if (inSheet.has(id)) report(d.row, 'title', bi(`与第 ${inSheet.get(id)} 行重复（同年度、同牵头单位、同名称）`, `repeats row ${inSheet.get(id)} (same year, lead unit and title)`));
    else inSheet.set(id, d.row);
  }
}

function sameCell(key: KeyWorkColumnKey, a: string, b: string): boolean {
  if (key === 'deadline') {
    const label = keyWorkColumn('deadline');
    const x = parseDateCell(a, label);
    const y = parseDateCell(b, label);
    return x.ok && y.ok && !!x.value && !!y.value && compareDates(x.value, y.value) === 0;
  }
  if (key === 'assistingUnits') return splitList(a).join('、') === splitList(b).join('、');
  return a === b;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
