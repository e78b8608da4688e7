import { newId, type Prisma } from '@duban/plugin-sdk/db';
import type { ScopeResolver } from '@duban/plugin-sdk/server';

type Tx = Prisma.TransactionClient;
type Located = { countyId: string; orgUnitId: string; orgUnit: { path: string } } | null;
const scopeOf = (r: Located) => (r ? { countyId: r.countyId, orgUnitId: r.orgUnitId, path: r.orgUnit.path } : null);
const unitPath = { orgUnit: { select: { path: true } } } as const;

/** Each record is checked against the unit it belongs to (ids are unique across counties). */
export const scopeResolvers: Record<string, ScopeResolver> = {
  foodSafetyIncident: async (db, id) => scopeOf(await db.foodSafetyIncident.findFirst({ where: { id }, include: unitPath })),
  foodSafetySamplingPlan: async (db, id) => scopeOf(await db.foodSafetySamplingPlan.findFirst({ where: { id }, include: unitPath })),
  foodSafetyCaseTransfer: async (db, id) => scopeOf(await db.foodSafetyCaseTransfer.findFirst({ where: { id }, include: unitPath })),
  foodSafetySurvey: async (db, id) => scopeOf(await db.foodSafetySurvey.findFirst({ where: { id }, include: unitPath })),
};

type Unit = { countyId: string; id: string };
const HOUR = 3_600_000;

/** One record of each entity at a unit, for the generated access matrix. */
export const sampleRecords: Record<string, (db: Tx, unit: Unit) => Promise<string>> = {
  foodSafetyIncident: async (db, unit) => {
    const id = newId();
    const at = new Date(Date.now() - 48 * HOUR);
    await db.foodSafetyIncident.create({
      data: {
        countyId: unit.countyId, id, orgUnitId: unit.id, title: '样例事故', occurredAt: at, discoveredAt: at, place: '样例地点', unitsInvolved: '样例餐馆',
        harmed: 5, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, spreading: false, crossBorder: false,
        severeSocialImpact: false, beyondProvincialCapacity: false, handledBy: 'county', suggestedLevel: 'IV',
      },
    });
    return id;
  },
  foodSafetySamplingPlan: async (db, unit) => {
    const id = newId();
    await db.foodSafetySamplingPlan.create({ data: { countyId: unit.countyId, id, orgUnitId: unit.id, year: new Date().getFullYear(), name: '样例计划', category: 'vegetables', plannedCount: 10 } });
    return id;
  },
  foodSafetyCaseTransfer: async (db, unit) => {
    const id = newId();
    const at = new Date(Date.now() - 24 * HOUR);
    await db.foodSafetyCaseTransfer.create({ data: { countyId: unit.countyId, id, orgUnitId: unit.id, caseNo: `样例${id.slice(0, 6)}`, title: '样例案件', suspectedAt: at, deadline: new Date(at.getTime() + 72 * HOUR), status: 'pending' } });
    return id;
  },
  foodSafetySurvey: async (db, unit) => {
    const id = newId();
    await db.foodSafetySurvey.create({ data: { countyId: unit.countyId, id, orgUnitId: unit.id, title: '样例测评', surveyedOn: new Date(), satisfied: 8, basicallySatisfied: 1, dissatisfied: 1 } });
    return id;
  },
};
