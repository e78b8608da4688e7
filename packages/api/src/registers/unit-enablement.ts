import type { Prisma } from '@duban/db';

/**
 * Whether a plugin is on at any unit of a county, from one query: the nearest enablement row at
 * or above the unit decides (as plugins/enablement.ts does for one unit). An import checks each
 * row's unit with it, so a village that opted out gets no rows however the sheet names it.
 */
export async function effectiveEnablementOf(db: Prisma.TransactionClient, countyId: string, pluginId: string): Promise<(path: string) => boolean> {
  const rows = await db.pluginEnablement.findMany({ where: { countyId, pluginId }, select: { enabled: true, orgUnit: { select: { path: true } } } });
  const byPath = rows.map((r) => ({ path: r.orgUnit.path, enabled: r.enabled })).sort((a, b) => b.path.length - a.path.length);
  return (path) => byPath.find((r) => path.startsWith(r.path))?.enabled ?? false;
}
