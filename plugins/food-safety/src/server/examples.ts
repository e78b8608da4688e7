// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '@duban/plugin-sdk/server';

/** Incidents are registered where they happened: the matrix also aims at the county and departments. */
const AT_TOWNSHIP = { 食品安全事故应登记在事发乡镇或村: 'aimed at a county or department unit' };

export const examples = defineExamples({
  'food-safety.incident.list': (w) => ({ orgUnitId: w.record }),
  'food-safety.incident.get': (w) => ({ incidentId: w.record }),
  'food-safety.incident.create': { input: (w) => ({ harmed: 5, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, title: `样例事故${w.unique()}`, occurredAt: new Date(w.now.getTime() - 3_600_000).toISOString(), discoveredAt: w.now.toISOString(), place: '样例地点', unitsInvolved: '样例餐馆', orgUnitId: w.record }), refusals: AT_TOWNSHIP },
  'food-safety.incident.updateFacts': (w) => ({ harmed: 6, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, incidentId: w.record }),
  'food-safety.incident.addReport': (w) => ({ kind: 'initial', reportedAt: w.now.toISOString(), reportedTo: '县市场监管局', content: '初报', incidentId: w.record }),
  'food-safety.incident.confirm': (w) => ({ incidentId: w.record, level: 'IV', reason: '核定为一般事故' }),
  'food-safety.sampling.listPlans': (w) => ({ orgUnitId: w.record, year: w.now.getFullYear() }),
  'food-safety.sampling.createPlan': (w) => ({ year: w.now.getFullYear(), name: `样例计划${w.unique()}`, category: 'vegetables', plannedCount: 10, orgUnitId: w.record }),
  'food-safety.sampling.archivePlan': (w) => ({ planId: w.record }),
  'food-safety.sampling.listResults': (w) => ({ planId: w.record }),
  'food-safety.sampling.recordResult': (w) => ({ sampleName: `样例样品${w.unique()}`, vendor: '样例摊位', sampledAt: w.now.toISOString(), qualified: true, planId: w.record }),
  'food-safety.sampling.dashboard': (w) => ({ orgUnitId: w.record, year: w.now.getFullYear() }),
  'food-safety.transfer.list': (w) => ({ orgUnitId: w.record }),
  'food-safety.transfer.create': (w) => ({ orgUnitId: w.record, caseNo: `案${w.unique()}`, title: `样例案件${w.unique()}`, suspectedAt: w.now.toISOString() }),
  'food-safety.transfer.recordOutcome': (w) => ({ transferId: w.record, outcome: 'transferred', transferredAt: w.now.toISOString(), receivingOrgan: '县公安局' }),
  'food-safety.survey.list': (w) => ({ orgUnitId: w.record }),
  'food-safety.survey.create': (w) => ({ orgUnitId: w.record, title: `样例测评${w.unique()}`, surveyedOn: w.now.toISOString(), satisfied: 8, basicallySatisfied: 1, dissatisfied: 1 }),
  'food-safety.survey.archive': (w) => ({ surveyId: w.record }),
  'food-safety.overview.vetoStatus': (w) => ({ orgUnitId: w.record, year: w.now.getFullYear() }),
  'food-safety.overview.units': (w) => ({ orgUnitId: w.record }),
});
