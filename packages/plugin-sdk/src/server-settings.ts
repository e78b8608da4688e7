import type { Prisma } from '@duban/db';
import type { z } from 'zod';

type Tx = Prisma.TransactionClient;

export interface UnitPluginState<S> {
  enabled: boolean;
  /** The unit's effective settings, defaults filled in (also where the plugin is off). */
  settings: S;
}

/**
 * Each unit's effective settings of a plugin — the enablement row nearest the unit (at it or its
 * closest ancestor) decides, as for enablement itself — for many units in two queries. Metric
 * sources and veto conditions need them (a threshold a department configured for a township);
 * procedures use `pluginSettingsAt` for one unit. Stored settings the schema no longer accepts
 * fall back to the defaults rather than failing an assessment.
 */
export async function pluginSettings<S extends z.ZodObject>(
  db: Tx,
  manifest: { id: string; settings: S },
  countyId: string,
  orgUnitIds: readonly string[],
): Promise<Map<string, UnitPluginState<z.output<S>>>> {
  const result = new Map<string, UnitPluginState<z.output<S>>>();
  if (orgUnitIds.length === 0) return result;
  const [units, rows] = await Promise.all([
    db.orgUnit.findMany({ where: { countyId, id: { in: [...new Set(orgUnitIds)] } }, select: { id: true, path: true } }),
    db.pluginEnablement.findMany({ where: { countyId, pluginId: manifest.id }, select: { orgUnitId: true, enabled: true, settings: true } }),
  ]);
  const byUnit = new Map(rows.map((r) => [r.orgUnitId, r]));
  const defaults = manifest.settings.parse({}) as z.output<S>;
  for (const unit of units) {
    // The path lists the unit's ancestors root first; the nearest row is the last one found.
    const ancestors = unit.path.split('/').filter(Boolean);
    const nearest = ancestors.map((id) => byUnit.get(id)).filter((r) => r !== undefined).pop();
    const parsed = nearest ? manifest.settings.safeParse(nearest.settings ?? {}) : null;
    result.set(unit.id, { enabled: nearest?.enabled ?? false, settings: parsed?.success ? (parsed.data as z.output<S>) : defaults });
  }
  return result;
}

/** One unit's effective settings (see pluginSettings); the defaults when the unit is unknown. */
export async function pluginSettingsAt<S extends z.ZodObject>(db: Tx, manifest: { id: string; settings: S }, countyId: string, orgUnitId: string): Promise<z.output<S>> {
  const state = (await pluginSettings(db, manifest, countyId, [orgUnitId])).get(orgUnitId);
  return state?.settings ?? (manifest.settings.parse({}) as z.output<S>);
}
