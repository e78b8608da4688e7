import type { Prisma } from '@duban/plugin-sdk/db';
import { pluginSettings } from '@duban/plugin-sdk/server';
import manifest from '../manifest.ts';

type Tx = Prisma.TransactionClient;

/** The food-safety settings in force at each unit (veto level, reporting and transfer deadlines). */
export async function settingsFor(db: Tx, countyId: string, orgUnitIds: readonly string[]) {
  const states = await pluginSettings(db, manifest, countyId, orgUnitIds);
  const defaults = manifest.settings.parse({});
  return (orgUnitId: string) => states.get(orgUnitId)?.settings ?? defaults;
}
