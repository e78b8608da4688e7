import type { Prisma } from '@duban/plugin-sdk/db';
import type { Period, VetoCondition } from '@duban/plugin-sdk/server';
import { incidentVetoReasons, type VetoKind, type VetoReason } from '../shared/incident-vetoes.ts';
import { settingsFor } from './settings.ts';

type Tx = Prisma.TransactionClient;
type Bilingual = { zh: string; en: string };

/**
 * The veto reasons of the incidents of a period, gathered for many assessed units at once: one
 * query for the units, one for the county's incidents of the period (with their reports), two for
 * the settings in force at the incidents' units. An incident counts for every assessed unit above
 * it: a village's incident is its township's, and its county's.
 */
export async function incidentVetoesByUnit(db: Tx, args: { countyId: string; orgUnitIds: string[]; period: Period }, kind: VetoKind, now = new Date()) {
  const result = new Map<string, Bilingual[]>();
  if (args.orgUnitIds.length === 0) return result;
  const [units, incidents] = await Promise.all([
    db.orgUnit.findMany({ where: { countyId: args.countyId, id: { in: args.orgUnitIds } }, select: { id: true, path: true } }),
    db.foodSafetyIncident.findMany({
      where: { countyId: args.countyId, archivedAt: null, occurredAt: { gte: args.period.start, lt: args.period.end } },
      include: { orgUnit: { select: { path: true } }, reports: { select: { reportedAt: true } } },
      orderBy: { occurredAt: 'asc' },
    }),
  ]);
  const settings = await settingsFor(db, args.countyId, [...new Set(incidents.map((i) => i.orgUnitId))]);
  const flagged: { path: string; reasons: VetoReason[] }[] = incidents.map((i) => {
    const firstReportAt = i.reports.reduce<Date | null>((first, r) => (first === null || r.reportedAt < first ? r.reportedAt : first), null);
    const { reasons } = incidentVetoReasons({ ...i, firstReportAt }, settings(i.orgUnitId), now);
    return { path: i.orgUnit.path, reasons: reasons.filter((r) => r.kind === kind) };
  });
  for (const unit of units) result.set(unit.id, flagged.filter((f) => f.path.startsWith(unit.path)).flatMap((f) => f.reasons.map((r) => r.text)));
  return result;
}

/** The engine's shape: vetoed with the reasons in zh-CN (the language of 考核 documents). */
export function asVetoOutcomes(reasons: Map<string, Bilingual[]>) {
  return new Map([...reasons].map(([unitId, list]) => [unitId, list.length ? { vetoed: true, reason: list.map((r) => r.zh).join(';') } : { vetoed: false }]));
}

/** 第七条(一): 发生重大食品安全事故 — an incident at or above the unit's configured level. */
export const majorIncidentVeto: VetoCondition = {
  key: 'food-safety.major-incident',
  name: { zh: '发生重大食品安全事故', en: 'A major food-safety incident' },
  evaluate: async (db, args) => asVetoOutcomes(await incidentVetoesByUnit(db, args, 'major-incident')),
};

/** 第七条(二): 隐瞒不报、弄虚作假,或处置不力造成不良影响和严重后果. */
export const concealmentVeto: VetoCondition = {
  key: 'food-safety.concealment',
  name: { zh: '事故隐瞒不报、弄虚作假或处置不力', en: 'An incident concealed, falsified or mishandled' },
  evaluate: async (db, args) => asVetoOutcomes(await incidentVetoesByUnit(db, args, 'concealment')),
};
