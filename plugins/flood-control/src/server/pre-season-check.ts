import { evaluateChecklist, parseChecklistTemplate, pluginSettingsAt } from '@duban/plugin-sdk/server';
import { newId, type Prisma } from '@duban/plugin-sdk/db';
import manifest from '../manifest.ts';
import { seasonOf } from '../season.ts';
import { preSeasonChecklist } from './pre-season-checklist.ts';

const template = parseChecklistTemplate(preSeasonChecklist);

/**
 * Records this season's pre-season check of a reservoir: the checklist evaluated by the core's
 * rules (every point must be 是), stored for the season the unit's settings put it in, expiring
 * at that season's end. The reservoir's lastCheckedAt follows, for lists and older readers.
 */
export async function recordPreSeasonCheck(
  db: Prisma.TransactionClient,
  reservoir: { countyId: string; id: string; orgUnitId: string },
  input: { answers: Record<string, boolean>; note?: string },
  by: { name: string },
  now: Date,
) {
  const settings = await pluginSettingsAt(db, manifest, reservoir.countyId, reservoir.orgUnitId);
  const { season, expiresAt } = seasonOf(now, settings.floodSeasonEnd);
  const evaluation = evaluateChecklist(template, input.answers);
  const check = await db.floodReservoirCheck.create({
    data: {
      countyId: reservoir.countyId, id: newId(), reservoirId: reservoir.id, season, answers: evaluation.answers as Prisma.InputJsonValue,
      passed: evaluation.passed, failedItems: evaluation.failedItems, note: input.note ?? null, checkedAt: now, expiresAt, checkedByName: by.name,
    },
  });
  await db.floodReservoir.update({ where: { countyId_id: { countyId: reservoir.countyId, id: reservoir.id } }, data: { lastCheckedAt: now, checkNote: input.note ?? null } });
  return check;
}
