import {
  LEVEL_LABELS,
  PARENT_LEVEL,
  columnHeader,
  rowMessage,
  type OrgColumnKey,
  type OrgLevelValue,
  type OrgTreeRow,
  type RowError,
} from './columns.ts';

/** One non-empty sheet row; `value` is null when the row failed its own validation. */
export interface TreeEntry {
  row: number;
  /** Raw cell text, kept even for invalid rows so that their children can still be linked to them. */
  code: string;
  parentCode: string;
  value: OrgTreeRow | null;
  errors: RowError[];
}

export interface TreeResult {
  rows: (OrgTreeRow & { row: number })[];
  errors: RowError[];
}

/** Cross-row rules, then drops every row that has an error or sits below one. Mutates entries' errors. */
export function checkTree(entries: TreeEntry[], existingCodes: ReadonlyMap<string, OrgLevelValue>): TreeResult {
  const byCode = new Map<string, TreeEntry[]>();
  for (const e of entries) if (e.code !== '') byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  // A duplicated parent code is ambiguous, so such children have no single parent entry.
  const parentOf = (e: TreeEntry): TreeEntry[] => (e.parentCode === '' ? [] : (byCode.get(e.parentCode) ?? []));
  const report = (e: TreeEntry, key: OrgColumnKey, text: string) =>
    e.errors.push({ row: e.row, column: columnHeader(key), message: rowMessage(e.row, text) });

  for (const [code, group] of byCode) {
    if (group.length < 2) continue;
    for (const e of group) report(e, 'code', `编码「${code}」重复，第 ${rowList(group)} 行使用了相同的编码`);
  }

  const counties = entries.filter((e) => e.value?.level === 'county');
  for (const e of counties.slice(1)) {
    report(e, 'level', `只能有一个县级单位，第 ${counties[0]?.row} 行已是县级单位`);
  }

  for (const e of entries) checkParent(e);
  reportCycles(entries, parentOf, report);

  function checkParent(e: TreeEntry): void {
    const r = e.value;
    if (!r?.parentCode || r.parentCode === r.code) return; // self-reference is reported as a cycle
    const inSheet = byCode.get(r.parentCode);
    if (!inSheet && !existingCodes.has(r.parentCode)) {
      report(e, 'parentCode', `上级编码「${r.parentCode}」不存在`);
      return;
    }
    // The sheet wins over the database: re-importing may change an existing unit's level.
    const parentLevel = inSheet ? (inSheet.length === 1 ? inSheet[0]?.value?.level : undefined) : existingCodes.get(r.parentCode);
    const expected = PARENT_LEVEL[r.level];
    if (parentLevel && expected && parentLevel !== expected) {
      report(
        e,
        'parentCode',
        `上级编码「${r.parentCode}」对应的单位层级是「${LEVEL_LABELS[parentLevel]}」，「${LEVEL_LABELS[r.level]}」的上级必须是「${LEVEL_LABELS[expected]}」`,
      );
    }
  }

  const ok = new Map<TreeEntry, boolean>();
  const isOk = (e: TreeEntry): boolean => {
    const known = ok.get(e);
    if (known !== undefined) return known;
    ok.set(e, false); // provisional, so that an unreported loop could never recurse forever
    const result = e.value !== null && e.errors.length === 0 && parentOf(e).every(isOk);
    ok.set(e, result);
    return result;
  };

  // Sheet order is kept wherever it already lists parents first; otherwise a parent is pulled ahead of its child.
  const rows: TreeResult['rows'] = [];
  const emitted = new Set<TreeEntry>();
  const emit = (e: TreeEntry) => {
    if (emitted.has(e) || e.value === null) return;
    emitted.add(e);
    parentOf(e).forEach(emit);
    rows.push({ ...e.value, row: e.row });
  };
  for (const e of entries) if (isOk(e)) emit(e);

  return { rows, errors: entries.flatMap((e) => e.errors) };
}

function reportCycles(
  entries: TreeEntry[],
  parentOf: (e: TreeEntry) => TreeEntry[],
  report: (e: TreeEntry, key: OrgColumnKey, text: string) => void,
): void {
  const state = new Map<TreeEntry, 'walking' | 'done'>();
  for (const start of entries) {
    const path: TreeEntry[] = [];
    let cur: TreeEntry | undefined = start;
    while (cur && !state.has(cur)) {
      state.set(cur, 'walking');
      path.push(cur);
      const parents = parentOf(cur);
      cur = parents.length === 1 ? parents[0] : undefined;
    }
    if (cur && state.get(cur) === 'walking') {
      const cycle = path.slice(path.indexOf(cur));
      const chain = [...cycle, cur].map((e) => e.code).join(' → ');
      for (const e of cycle) {
        report(e, 'parentCode', cycle.length === 1 ? '上级编码不能是本单位自己的编码' : `上级关系形成循环：${chain}`);
      }
    }
    for (const e of path) state.set(e, 'done');
  }
}

function rowList(group: TreeEntry[]): string {
  return group.map((e) => e.row).join('、');
}
