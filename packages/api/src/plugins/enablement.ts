import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;

export interface EffectiveEnablement {
  enabled: boolean;
  /** The unit whose row decided (the unit itself or its nearest ancestor with a row). */
  decidedAtUnitId: string | null;
  settings: Record<string, unknown>;
}

/**
 * Whether a plugin is on for a unit: the row nearest the unit — at the unit or its closest
 * ancestor — decides, so enabling a township covers its villages and a village can opt out.
 */
export async function effectiveEnablement(db: Tx, countyId: string, pluginId: string, path: string): Promise<EffectiveEnablement> {
  const ancestorIds = path.split('/').filter(Boolean);
  const rows = await db.pluginEnablement.findMany({ where: { countyId, pluginId, orgUnitId: { in: ancestorIds } } });
  const nearest = rows.sort((a, b) => ancestorIds.indexOf(b.orgUnitId) - ancestorIds.indexOf(a.orgUnitId))[0];
  return nearest
    ? { enabled: nearest.enabled, decidedAtUnitId: nearest.orgUnitId, settings: (nearest.settings ?? {}) as Record<string, unknown> }
    : { enabled: false, decidedAtUnitId: null, settings: {} };
}

/**
 * The plugins on for a user somewhere in their scopes: enabled at a scope unit, above it, or at
 * any unit below it. The web app shows those plugins' navigation.
 */
export async function pluginsEnabledWithin(db: Tx, countyId: string, scopePaths: string[]): Promise<string[]> {
  if (scopePaths.length === 0) return [];
  const rows = await db.pluginEnablement.findMany({ where: { countyId }, include: { orgUnit: { select: { path: true } } } });
  const result = new Set<string>();
  const plugins = [...new Set(rows.map((r) => r.pluginId))];
  for (const pluginId of plugins) {
    const pluginRows = rows.filter((r) => r.pluginId === pluginId);
    for (const scope of scopePaths) {
      // Below the scope: any enabled row inside it. At or above: the nearest row to the scope root.
      const inside = pluginRows.some((r) => r.enabled && r.orgUnit.path.startsWith(scope) && r.orgUnit.path !== scope);
      const above = pluginRows.filter((r) => scope.startsWith(r.orgUnit.path)).sort((a, b) => b.orgUnit.path.length - a.orgUnit.path.length)[0];
      if (inside || above?.enabled) result.add(pluginId);
    }
  }
  return [...result];
}

/**
 * Whether a plugin is on at a unit or at any unit below it: a department reading at the county
 * reads the registers of every township where its module is on (a county-wide register).
 */
export async function enabledAtOrBelow(db: Tx, countyId: string, pluginId: string, path: string): Promise<boolean> {
  const below = await db.pluginEnablement.count({ where: { countyId, pluginId, enabled: true, orgUnit: { path: { startsWith: path } } } });
  return below > 0 || (await effectiveEnablement(db, countyId, pluginId, path)).enabled;
}
