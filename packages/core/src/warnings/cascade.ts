import { Prisma } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { pathWithin } from '../org-units/subtree-sql.ts';
import type { WarningTier } from './levels.ts';

type Tx = Prisma.TransactionClient;

export interface CascadeUnit {
  id: string;
  path: string;
  level: string;
}

export interface PlannedRecipient {
  tier: WarningTier;
  orgUnitId: string;
  personId: string | null;
  target: string;
  /** Index into the plan of the recipient above (null: the issuing unit). */
  parent: number | null;
}

/**
 * Who a warning reaches: every township, village and group at or under the area's units (one
 * indexed range scan per area unit), except the issuing unit and the units above it, then the
 * named people. Each recipient's parent is the nearest recipient above it on its path, so a
 * missed acknowledgement is escalated one level up — a group to its village, a village to its
 * township — and the top of the cascade to the issuer.
 */
export async function planCascade(db: Tx, countyId: string, issuingPath: string, areaUnits: CascadeUnit[], people: { id: string; orgUnitId: string; path: string }[]) {
  const units = new Map<string, CascadeUnit>();
  // One statement: a range per area unit on the (county_id, path) pattern index, OR-ed.
  const rows = await db.$queryRaw<CascadeUnit[]>`
    SELECT u.id, u.path, u.level::text AS level FROM org_unit u
    WHERE u.county_id = ${countyId} AND (${Prisma.join(areaUnits.map((a) => Prisma.sql`(${pathWithin('u', a.path)})`), ' OR ')})
      AND u.archived_at IS NULL AND u.level IN ('township', 'village', 'group')`;
  for (const r of rows) if (!issuingPath.startsWith(r.path)) units.set(r.id, r);
  const ordered = [...units.values()].sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  const plan: PlannedRecipient[] = [];
  const indexOfUnit = new Map<string, number>();
  const nearestAbove = (path: string, selfId?: string) => {
    const ids = path.split('/').filter(Boolean);
    for (let i = ids.length - 1; i >= 0; i--) {
      if (ids[i] === selfId) continue;
      const found = indexOfUnit.get(ids[i]!);
      if (found !== undefined) return found;
    }
    return null;
  };
  for (const u of ordered) {
    plan.push({ tier: u.level as WarningTier, orgUnitId: u.id, personId: null, target: u.id, parent: nearestAbove(u.path, u.id) });
    indexOfUnit.set(u.id, plan.length - 1);
  }
  for (const p of people) {
    if (plan.some((r) => r.personId === p.id)) continue;
    plan.push({ tier: 'person', orgUnitId: p.orgUnitId, personId: p.id, target: `p:${p.id}`, parent: nearestAbove(p.path) });
  }
  if (plan.length === 0) throw new DomainError('BAD_REQUEST', 'errors.warning.noRecipients', '所选范围内没有可接收预警的乡镇、村、组或人员');
  return plan;
}
