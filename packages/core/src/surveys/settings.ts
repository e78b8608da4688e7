import type { Prisma, SurveySettings } from '@duban/db';

type Tx = Prisma.TransactionClient;

/** The source's numbers: ≥ 1/3 of a township's villages per visit, ≥ 200 households a month. */
export const defaultSurveySettings = {
  villageShareNum: 1,
  villageShareDen: 3,
  monthlyQuota: 200,
  callbackPercent: 10,
  clusterRadiusMeters: 30,
  clusterMinSurveys: 5,
  maxSpeedKmh: 60,
  minGapMinutes: 3,
  phoneRepeatMin: 2,
} as const;

export type SurveySettingsValues = Omit<SurveySettings, 'countyId' | 'updatedAt'>;

/** A county's settings, or the defaults until it has saved its own. */
export async function surveySettings(db: Tx, countyId: string): Promise<SurveySettingsValues> {
  const row = await db.surveySettings.findUnique({ where: { countyId } });
  if (!row) return { ...defaultSurveySettings };
  const { countyId: _c, updatedAt: _u, ...values } = row;
  return values;
}

/** Villages a township visit must cover: ⌈villages × num / den⌉, in integers (no float rounding). */
export function requiredVillages(villages: number, num: number, den: number): number {
  return Math.floor((villages * num + den - 1) / den);
}
