// Shared setup of the assessment tests: a panel of three assessors (a-kaohe plus two more at the
// 考核办), and helpers to build configurations.
import { hashPassword } from '@duban/core';
import { newId, type Database } from '@duban/db';
import type { AssessmentPlanConfig } from '@duban/core';
import { TEST_PASSWORD } from '../src/testing/index.ts';
import type { SeededCounty } from './county-fixture.ts';

/** Adds assessors kaohe2, kaohe3 (prefix a-) at the assessment office; returns all three user ids. */
export async function assessorPanel(database: Database, county: SeededCounty, prefix = 'a-') {
  const db = database.prisma;
  const countyId = county.county.id;
  const office = county.seeded.departments.get('assessment-office')!;
  const role = await db.role.findFirstOrThrow({ where: { countyId, key: 'assessor' } });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const ids: string[] = [(await db.user.findUniqueOrThrow({ where: { username: `${prefix}kaohe` } })).id];
  for (const n of [2, 3]) {
    const username = `${prefix}kaohe${n}`;
    const existing = await db.user.findUnique({ where: { username } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const personId = newId();
    const userId = newId();
    await db.person.create({ data: { countyId, id: personId, name: `考核员${n}`, orgUnitId: office.id } });
    await db.user.create({ data: { countyId, id: userId, username, passwordHash, personId } });
    await db.roleAssignment.create({ data: { countyId, id: newId(), userId, roleId: role.id, captureUnitId: office.id, viewUnitId: countyId } });
    ids.push(userId);
  }
  return ids;
}

export const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/**
 * Two components (A 60%, B 40%) using every method: manual m1/m2/m3, deduction d1 (5 per
 * occurrence), bonus b1 (cap 5), formula f1 (办结率 linear 0→100) and f2 (按期办结率 thresholds).
 */
export const allMethodsConfig = (): AssessmentPlanConfig => ({
  missingRule: 'average_present',
  gradeBands: [{ key: 'excellent', name: '优秀', min: 90 }, { key: 'pass', name: '合格', min: 75 }, { key: 'fail', name: '不合格', min: 0 }],
  vetoRules: [
    { key: 'major', name: '重大责任事故', kind: 'manual' },
    { key: 'listed', name: '挂牌督办逾期未整改', kind: 'auto', conditionKey: 'core.task.listedOverdue' },
  ],
  components: [
    {
      key: 'A', name: '年终考核', kind: 'year_end', weight: 60,
      categories: [
        { key: 'A1', name: '工作落实', indicators: [
          { key: 'm1', name: '目标任务完成', method: 'manual', maxScore: 40 },
          { key: 'm2', name: '责任落实', method: 'manual', maxScore: 30 },
          { key: 'd1', name: '台账缺失', method: 'deduction', maxScore: 20, pointsPerOccurrence: 5 },
          { key: 'b1', name: '表彰加分', method: 'bonus', maxScore: 5 },
          { key: 'f1', name: '办结率', method: 'formula', maxScore: 10, metricKey: 'core.task.completionRate', mapping: { kind: 'linear', from: 0, to: 100 } },
        ] },
      ],
    },
    {
      key: 'B', name: '半年督查', kind: 'half_year', weight: 40,
      categories: [
        { key: 'B1', name: '督查情况', indicators: [
          { key: 'm3', name: '现场检查', method: 'manual', maxScore: 60 },
          { key: 'f2', name: '按期办结率', method: 'formula', maxScore: 40, metricKey: 'core.task.onTimeRate', mapping: { kind: 'thresholds', direction: 'higher', bands: [{ bound: 95, points: 40 }, { bound: 80, points: 30 }] } },
        ] },
      ],
    },
  ],
});

/** One manual item worth 100 in one component: totals equal the averaged score. */
export const singleItemConfig = (missingRule: AssessmentPlanConfig['missingRule'] = 'average_present'): AssessmentPlanConfig => ({
  missingRule,
  gradeBands: [{ key: 'excellent', name: '优秀', min: 90 }, { key: 'pass', name: '合格', min: 75 }, { key: 'fail', name: '不合格', min: 0 }],
  vetoRules: [{ key: 'major', name: '重大责任事故', kind: 'manual' }],
  components: [{ key: 'Y', name: '年终考核', kind: 'year_end', weight: 100, categories: [{ key: 'Y1', name: '重点工作', indicators: [{ key: 'k', name: '重点工作完成', method: 'manual', maxScore: 100 }] }] }],
});
