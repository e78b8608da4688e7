import { subjectInspections, visitViewer, type RepeatRule } from '@duban/core';
import { nowOf } from '../clock.ts';
import type { Context } from '../context.ts';

/**
 * A register row's inspections (C7) for the signed-in user, inside a plugin's read procedure that
 * has already authorised the row (scope: the row's entity): visits about it that the caller may
 * see under 三不准, records, findings and open rectification items, repeat offences.
 */
export async function registerRowInspections(ctx: Context, row: { entity: string; id: string }, repeat?: Partial<RepeatRule>) {
  const actor = ctx.actor!;
  return subjectInspections(ctx.db, actor.countyId, row, await visitViewer(ctx.db, actor), nowOf(ctx), repeat);
}
