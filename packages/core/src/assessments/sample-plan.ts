import { newId, type Prisma } from '@duban/db';
import { defaultGradeBands, type AssessmentPlanConfig } from './config.ts';

/** The smallest valid configuration: one component, one manual item worth 100, one manual veto rule. */
export const minimalAssessmentConfig = (): AssessmentPlanConfig => ({
  missingRule: 'average_present',
  gradeBands: defaultGradeBands,
  vetoRules: [{ key: 'major', name: '重大责任事故', kind: 'manual' }],
  components: [{ key: 'year-end', name: '年终考核', kind: 'year_end', weight: 100, categories: [{ key: 'work', name: '重点工作', indicators: [{ key: 'targets', name: '目标任务完成', method: 'manual', maxScore: 100 }] }] }],
});

/**
 * A draft plan organised by `unit` that assesses `unit` itself, with one listed problem — the
 * records the generated access-matrix test needs to call every assessment procedure at a unit.
 */
export async function sampleAssessmentRecords(db: Prisma.TransactionClient, unit: { countyId: string; id: string }) {
  const planId = newId();
  const year = 2000 + Math.floor(Math.random() * 100);
  await db.assessmentPlan.create({
    data: {
      countyId: unit.countyId, id: planId, name: `样例考核${planId.slice(0, 6)}`, year, periodStart: new Date(`${year}-01-01T00:00:00Z`), periodEnd: new Date(`${year + 1}-01-01T00:00:00Z`),
      ownerUnitId: unit.id, unitSelection: { units: { mode: 'set', orgUnitIds: [unit.id] }, grouping: { by: 'all' } },
    },
  });
  await db.assessmentVersion.create({ data: { countyId: unit.countyId, id: newId(), planId, number: 1, status: 'draft', config: minimalAssessmentConfig() as object } });
  const assessmentUnitId = newId();
  await db.assessmentUnit.create({ data: { countyId: unit.countyId, id: assessmentUnitId, planId, orgUnitId: unit.id, peerGroup: '全部' } });
  const problemId = newId();
  await db.assessmentProblem.create({ data: { countyId: unit.countyId, id: problemId, planId, orgUnitId: unit.id, source: 'manual', description: '样例问题' } });
  return { planId, assessmentUnitId, problemId };
}
