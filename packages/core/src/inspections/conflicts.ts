/**
 * Conflict of interest (回避): nobody inspects the township or department they come from. A
 * person "comes from" the unit directly below the county on their unit's path — the township of
 * a village cadre, the bureau of a department officer. County leaders come from no such unit.
 * Pure functions over materialised paths ("/county/township/village/").
 */

export interface UnitRef {
  id: string;
  name: string;
  path: string;
}

export interface MemberRef {
  personId: string;
  name: string;
  /** The person's own unit. */
  unit: UnitRef;
}

/** The id of the unit directly below the county on a path, or null for the county itself. */
export function homeUnitId(path: string): string | null {
  return path.split('/').filter(Boolean)[1] ?? null;
}

export interface Conflict {
  personId: string;
  personName: string;
  homeUnitId: string;
  /** The unit inspected (or, for a district, its township) that is the person's home. */
  unitId: string;
  unitName: string;
}

/** Members who may not inspect `unit`: it is their home unit or lies below it. */
export function conflictsWithUnit(members: readonly MemberRef[], unit: UnitRef): Conflict[] {
  const target = homeUnitId(unit.path);
  return members
    .filter((m) => {
      const home = homeUnitId(m.unit.path);
      return home !== null && home === target;
    })
    .map((m) => ({ personId: m.personId, personName: m.name, homeUnitId: homeUnitId(m.unit.path)!, unitId: unit.id, unitName: unit.name }));
}

/** Members who may not cover a district: one of its townships is their home. */
export function conflictsWithDistrict(members: readonly MemberRef[], townships: readonly UnitRef[]): Conflict[] {
  return townships.flatMap((t) => conflictsWithUnit(members, t));
}

/** 「张三(青龙镇)」 — names the people and the units a refusal is about. */
export function describeConflicts(conflicts: readonly Conflict[]): string {
  return conflicts.map((c) => `${c.personName}(来自${c.unitName})`).join('、');
}
