import type { Prisma } from '@duban/db';
import { fabricationFlags, type FlagInput, type FlagThresholds, type SurveyFlag } from './flags.ts';

type Tx = Prisma.TransactionClient;

/** A survey as a flag's evidence shows it (masked phone only). */
export interface FlagEvidence {
  id: string;
  capturedAt: Date;
  surveyorName: string;
  groupName: string;
  townshipName: string;
  villageName: string;
  address: string;
  respondentName: string;
  phoneMasked: string;
  latitude: number | null;
  longitude: number | null;
}

export type FlagWithEvidence = SurveyFlag & { surveys: FlagEvidence[]; phoneMasked?: string };

/**
 * The fabrication flags over the surveys of villages in the reader's subtrees made in the
 * period: one query for the surveys, the checks in memory (pure functions in flags.ts).
 */
export async function surveyFlags(db: Tx, countyId: string, roots: string[], period: { start: Date; end: Date }, thresholds: FlagThresholds): Promise<FlagWithEvidence[]> {
  if (roots.length === 0) return [];
  const rows = await db.householdSurvey.findMany({
    where: { countyId, capturedAt: { gte: period.start, lt: period.end }, OR: roots.map((r) => ({ village: { path: { startsWith: r } } })) },
    select: {
      id: true, capturedAt: true, submittedByUserId: true, submittedByName: true, phoneHash: true, phoneMasked: true, latitude: true, longitude: true,
      address: true, respondentName: true, group: { select: { name: true } }, township: { select: { name: true } }, village: { select: { name: true } },
    },
    orderBy: { capturedAt: 'asc' },
  });
  const inputs: FlagInput[] = rows.map((r) => ({
    id: r.id, surveyorId: r.submittedByUserId, surveyorName: r.submittedByName, capturedAt: r.capturedAt, phoneHash: r.phoneHash,
    point: r.latitude !== null && r.longitude !== null ? { lat: Number(r.latitude), lon: Number(r.longitude) } : null,
  }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const evidence = (id: string): FlagEvidence => {
    const r = byId.get(id)!;
    return {
      id: r.id, capturedAt: r.capturedAt, surveyorName: r.submittedByName, groupName: r.group.name, townshipName: r.township.name, villageName: r.village.name,
      address: r.address, respondentName: r.respondentName, phoneMasked: r.phoneMasked,
      latitude: r.latitude === null ? null : Number(r.latitude), longitude: r.longitude === null ? null : Number(r.longitude),
    };
  };
  return fabricationFlags(inputs, thresholds).map((flag) => {
    const surveys = flag.surveyIds.map(evidence);
    // The keyed hash only groups the surveys (it cannot be reversed without the key); readers
    // see the masked number.
    if (flag.kind === 'repeated_phone') return { ...flag, phoneMasked: surveys[0]!.phoneMasked, surveys };
    return { ...flag, surveys };
  });
}
