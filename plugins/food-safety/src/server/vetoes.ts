import type { Prisma } from '@duban/plugin-sdk/db';
import type { Period } from '@duban/plugin-sdk/server';
import { concealmentVeto, incidentVetoesByUnit, majorIncidentVeto } from './incident-vetoes.ts';
import { caseNotTransferredVeto, transferVetoesByUnit } from './transfer-veto.ts';

/** The source's 第七条: the three conditions that make a unit 不合格 for the year. */
export const vetoConditions = [majorIncidentVeto, concealmentVeto, caseNotTransferredVeto];

type Args = { countyId: string; orgUnitIds: string[]; period: Period };

/** The same three, with their reasons in both languages (the plugin's own pages show them). */
export const bilingualVetoes = [
  { condition: majorIncidentVeto, reasons: (db: Prisma.TransactionClient, args: Args) => incidentVetoesByUnit(db, args, 'major-incident') },
  { condition: concealmentVeto, reasons: (db: Prisma.TransactionClient, args: Args) => incidentVetoesByUnit(db, args, 'concealment') },
  { condition: caseNotTransferredVeto, reasons: (db: Prisma.TransactionClient, args: Args) => transferVetoesByUnit(db, args) },
];
