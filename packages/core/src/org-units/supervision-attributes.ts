import type { OrgUnit } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { isWithin, type ScopedGrant } from '../permissions/scope.ts';

/** What decides how a unit is supervised: which 片区 inspects it, its code, its level and its parent. */
export const SUPERVISION_ATTRIBUTES = ['districtId', 'code', 'level', 'parentId'] as const;
export type SupervisionAttribute = (typeof SUPERVISION_ATTRIBUTES)[number];

/** The supervision attributes a change would really alter (sending the current value is no change). */
export function changedSupervisionAttributes(unit: Pick<OrgUnit, SupervisionAttribute>, changes: Partial<Pick<OrgUnit, SupervisionAttribute>>): SupervisionAttribute[] {
  return SUPERVISION_ATTRIBUTES.filter((a) => changes[a] !== undefined && (changes[a] ?? null) !== (unit[a] ?? null));
}

/**
 * The self-exemption policy (issue 12, F2): a unit's own capture scope may rename the unit but not
 * edit its supervision attributes — only a capture scope strictly above the unit may. Otherwise a
 * township official could clear its own 片区 and drop out of the rotation, or pick the group that
 * inspects it. The county root has nothing above it inside the county, so its own scope may.
 */
export function assertMayEditSupervisionAttributes(
  grants: readonly ScopedGrant[],
  permission: string,
  unit: Pick<OrgUnit, 'countyId' | 'path' | 'parentId' | 'name'>,
  changed: readonly SupervisionAttribute[],
) {
  if (changed.length === 0 || !unit.parentId) return;
  const above = grants.some((g) => g.countyId === unit.countyId && g.permissions.includes(permission) && isWithin(unit.path, g.capturePath) && g.capturePath !== unit.path);
  if (above) return;
  throw new DomainError(
    'FORBIDDEN',
    'errors.orgUnit.supervisionBySuperior',
    `「${unit.name}」的片区、编码、层级和上级单位只能由上级单位修改`,
    { name: unit.name, attributes: changed.join(', ') },
  );
}
