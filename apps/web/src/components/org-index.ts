import type { OrgUnit } from '../api/types.ts';

/** The org units a user may see, indexed for tree building and look-ups (built once per fetch). */
export interface OrgIndex {
  units: readonly OrgUnit[];
  byId: ReadonlyMap<string, OrgUnit>;
  /** Children by parent id, in the server's order (sortOrder, then name). */
  children: ReadonlyMap<string, readonly OrgUnit[]>;
  /** Units whose parent is outside the visible set: the tops of the user's trees. */
  roots: readonly OrgUnit[];
}

export function buildOrgIndex(units: readonly OrgUnit[]): OrgIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, OrgUnit[]>();
  const roots: OrgUnit[] = [];
  // Depth then sortOrder gives parents before children and siblings in their set order.
  const ordered = [...byId.values()].sort((a, b) => a.depth - b.depth || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
  for (const unit of ordered) {
    if (unit.parentId && byId.has(unit.parentId)) {
      const siblings = children.get(unit.parentId) ?? [];
      siblings.push(unit);
      children.set(unit.parentId, siblings);
    } else {
      roots.push(unit);
    }
  }
  return { units: ordered, byId, children, roots };
}

/** Ancestors inside the index, nearest last (for expanding the tree down to a unit). */
export function ancestorIds(index: OrgIndex, id: string): string[] {
  const out: string[] = [];
  let unit = index.byId.get(id);
  while (unit?.parentId && index.byId.has(unit.parentId)) {
    out.unshift(unit.parentId);
    unit = index.byId.get(unit.parentId);
  }
  return out;
}

/** Whether `unit` is `ancestor` or lies below it (materialised paths: prefix match). */
export const isWithin = (unit: Pick<OrgUnit, 'path'>, ancestor: Pick<OrgUnit, 'path'>) => unit.path.startsWith(ancestor.path);

/** Counts units per level below (and including) a unit. */
export function countByLevel(index: OrgIndex, root: OrgUnit): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const unit of index.units) {
    if (isWithin(unit, root)) counts[unit.level] = (counts[unit.level] ?? 0) + 1;
  }
  return counts;
}
