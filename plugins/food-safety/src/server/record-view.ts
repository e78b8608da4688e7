import type { FoodSafetyRecord } from '@duban/db';

/** A record as the API returns it: the decimal as a number, with its unit's name. */
export function recordView(r: FoodSafetyRecord & { orgUnit?: { name: string } }) {
  return { ...r, value: Number(r.value), unitName: r.orgUnit?.name ?? null };
}
