/**
 * The rules of a rotation plan (轮换, DOMAIN.md §2): G supervision groups cover D districts over S
 * stages. Shared by the generator and the validator, so that what one builds the other accepts.
 *
 * 1. every group covers exactly one district in every stage;
 * 2. the groups are spread evenly: a district gets at most ⌈G/D⌉ and at least ⌊G/D⌋ groups a
 *    stage (with 6 groups and 6 districts: exactly one each);
 * 3. no conflict of interest: a group never covers a district one of its members comes from;
 * 4. no early return: a group comes back to a district only after covering every other district
 *    it may cover.
 */

export interface RotationGroup {
  id: string;
  name: string;
}
export interface RotationDistrict {
  id: string;
  name: string;
}
export interface RotationConflict {
  groupId: string;
  districtId: string;
  /** Who conflicts, e.g. 「张三(来自青龙镇)」. */
  reason: string;
}
export interface RotationInput {
  groups: readonly RotationGroup[];
  districts: readonly RotationDistrict[];
  stages: number;
  conflicts?: readonly RotationConflict[];
}
/** One cell: in stage `stage` (0-based), group `groupId` covers district `districtId`. */
export interface RotationCell {
  stage: number;
  groupId: string;
  districtId: string;
}

export type RotationRule = 'unknown' | 'missing' | 'duplicate' | 'capacity' | 'coverage' | 'conflict' | 'earlyReturn';

export interface RotationViolation {
  rule: RotationRule;
  stage?: number;
  groupId?: string;
  districtId?: string;
  /** zh-CN; the web app words it in English from `rule` and `params`. */
  message: string;
  params: Record<string, string | number>;
}

export const capacityOf = (groups: number, districts: number) => ({
  max: Math.ceil(groups / districts),
  min: Math.floor(groups / districts),
});

export function conflictIndex(input: RotationInput) {
  const map = new Map<string, string>();
  for (const c of input.conflicts ?? []) map.set(`${c.groupId}|${c.districtId}`, c.reason);
  return (groupId: string, districtId: string) => map.get(`${groupId}|${districtId}`);
}

/** The districts a group may cover at all. */
export function allowedDistricts(input: RotationInput, groupId: string): string[] {
  const conflict = conflictIndex(input);
  return input.districts.filter((d) => conflict(groupId, d.id) === undefined).map((d) => d.id);
}

/**
 * Rule 4 for one step: may a group whose districts so far were `history` (index = stage) go to
 * `districtId` next? If it was there before, every other allowed district must lie in between.
 * Returns the allowed districts still missing since the last visit, empty when the step is fine.
 */
export function missingBeforeReturn(history: readonly (string | undefined)[], districtId: string, allowed: readonly string[]): string[] {
  const last = history.lastIndexOf(districtId);
  if (last < 0) return [];
  const between = new Set(history.slice(last + 1));
  return allowed.filter((d) => d !== districtId && !between.has(d));
}

export const stageName = (stage: number) => `第 ${stage + 1} 轮`;
