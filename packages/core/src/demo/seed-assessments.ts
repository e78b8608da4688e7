// 考核 demo: the 2025 township annual assessment, published, with results for every township (so
// 2026 shows year-on-year change, a tie, a veto and problems in the 通报), and the 2026 plan in
// scoring — self-checks in, the panel part-way through, results computed from live 督办 figures.
import { newId, type Prisma } from '@duban/db';
import { hashPassword } from '../accounts/passwords.ts';
import { flattenIndicators, type AssessmentPlanConfig } from '../assessments/config.ts';
import { Dec } from '../assessments/decimal.ts';
import { approveAssessmentPlan, createAssessmentPlan, startAssessmentPlan, submitAssessmentForReview, transitionAssessmentPlan, currentPlanVersion } from '../assessments/plan-service.ts';
import { publishAssessmentPlan } from '../assessments/publish.ts';
import { computeAssessmentResults, rollUpAssessment } from '../assessments/rollup.ts';
import { townshipAnnualTemplate } from '../assessments/township-template.ts';
import type { FileStore } from '../tasks/file-store.ts';

type Tx = Prisma.TransactionClient;

/** Deterministic pseudo-random numbers: the demo looks the same on every machine. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const half = (v: number) => Math.round(v * 2) / 2;

export interface DemoAssessmentArgs {
  countyId: string;
  /** 考核办: organises both plans; its assessor (kaohe) and two colleagues form the panel. */
  officeId: string;
  password: string;
  files?: FileStore;
  now?: Date;
}

async function panel(db: Tx, countyId: string, officeId: string, password: string) {
  const ids: string[] = [];
  const kaohe = await db.user.findUnique({ where: { username: 'kaohe' } });
  if (kaohe) ids.push(kaohe.id);
  const role = await db.role.findFirstOrThrow({ where: { countyId, key: 'assessor' } });
  const passwordHash = await hashPassword(password);
  for (const [username, name] of [['kaohe2', '蒋文华'], ['kaohe3', '邓丽萍']] as const) {
    const existing = await db.user.findUnique({ where: { username } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const personId = newId();
    const userId = newId();
    await db.person.create({ data: { countyId, id: personId, name, position: '考核组成员', orgUnitId: officeId } });
    await db.user.create({ data: { countyId, id: userId, username, passwordHash, personId } });
    await db.roleAssignment.create({ data: { countyId, id: newId(), userId, roleId: role.id, captureUnitId: officeId, viewUnitId: countyId } });
    ids.push(userId);
  }
  return ids;
}

/** Scores for every manual item: each township has a level of work, each assessor a little spread. */
function scoresFor(config: AssessmentPlanConfig, planId: string, countyId: string, townships: string[], assessors: string[], quality: (i: number) => number, random: () => number, coverage: (a: number) => number) {
  const rows: Prisma.AssessmentScoreCreateManyInput[] = [];
  const manual = flattenIndicators(config).filter((f) => f.indicator.method === 'manual').map((f) => f.indicator);
  townships.forEach((orgUnitId, ti) => {
    for (const [ai, assessorId] of assessors.entries()) {
      for (const ind of manual) {
        if (random() > coverage(ai)) continue;
        const q = Math.min(1, Math.max(0.4, quality(ti) + (random() - 0.5) * 0.08));
        rows.push({ countyId, planId, orgUnitId, indicatorKey: ind.key, assessorId, score: Math.min(ind.maxScore, half(ind.maxScore * q)) });
      }
    }
  });
  return rows;
}

export async function seedDemoAssessments(db: Tx, args: DemoAssessmentArgs) {
  const { countyId, officeId } = args;
  const now = args.now ?? new Date();
  const rows = await db.orgUnit.findMany({ where: { countyId, level: 'township', archivedAt: null }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, districtId: true } });
  const townships = rows.map((t) => t.id);
  // Two townships of one 片区 get the very same marks in 2025: 并列 in their ranking.
  // (Not townships 0, 2, 7, 9 or 20, which get entries or a veto below.)
  const special = new Set([0, 2, 7, 9, 20]);
  const twinB = rows.findIndex((t, i) => i > 0 && t.districtId === rows[i - 1]!.districtId && !special.has(i) && !special.has(i - 1));
  const assessors = await panel(db, countyId, officeId, args.password);
  const actor = { userId: assessors[0] ?? null, name: '考核办' };
  const config = structuredClone(townshipAnnualTemplate.config);
  const random = rng(2025);
  const q2025 = townships.map(() => 0.72 + random() * 0.26);
  if (twinB > 0) q2025[twinB] = q2025[twinB - 1]!;

  // ---- 2025: published ----------------------------------------------------------------------
  const p25 = await createAssessmentPlan(db, countyId, {
    ownerUnitId: officeId, name: '2025年度乡镇年度重点工作目标考核', year: 2025,
    periodStart: new Date('2025-01-01T00:00:00+08:00'), periodEnd: new Date('2026-01-01T00:00:00+08:00'),
    units: { mode: 'level', level: 'township' }, grouping: { by: 'district' }, config, templateKey: townshipAnnualTemplate.key,
  }, actor);
  const plan25 = p25.plan;
  await db.assessmentAssessor.createMany({ data: assessors.map((userId) => ({ countyId, planId: plan25.id, userId })) });
  await startAssessmentPlan(db, plan25);
  await db.assessmentUnit.updateMany({ where: { countyId, planId: plan25.id }, data: { selfCheckSubmittedAt: new Date('2025-11-28T10:00:00+08:00') } });
  await transitionAssessmentPlan(db, { ...plan25, status: 'self_check' }, 'openScoring');
  const r25 = rng(11);
  const scores25 = scoresFor(config, plan25.id, countyId, townships, assessors, (i) => q2025[i]!, r25, () => 1);
  if (twinB > 0) {
    const [a, b] = [townships[twinB - 1]!, townships[twinB]!];
    const copied = scores25.filter((x) => x.orgUnitId === a).map((x) => ({ ...x, orgUnitId: b }));
    scores25.splice(0, scores25.length, ...scores25.filter((x) => x.orgUnitId !== b), ...copied);
  }
  await db.assessmentScore.createMany({ data: scores25 });
  // The year's supervision figures as they stood when the plan was computed (the snapshot).
  const at25 = new Date('2025-12-20T09:00:00+08:00');
  const metrics: Prisma.AssessmentMetricValueCreateManyInput[] = townships.flatMap((orgUnitId, i) => {
    const q = q2025[i]!;
    const values: Record<string, number> = {
      'core.task.completionRate': Math.min(100, Math.round((q * 100 + 4) * 100) / 100),
      'core.task.onTimeRate': Math.min(100, Math.round((q * 100 - 2) * 100) / 100),
      'core.task.overdue': q > 0.85 ? 0 : q > 0.78 ? 1 : 3,
      'core.task.satisfactionRate': Math.min(100, Math.round((q * 100 + 2) * 100) / 100),
      'core.task.meetingRate': 100,
    };
    return Object.entries(values).map(([metricKey, value]) => ({ countyId, planId: plan25.id, orgUnitId, metricKey, value: Dec.of(value).round(6).toString(), computedAt: at25 }));
  });
  await db.assessmentMetricValue.createMany({ data: metrics });
  const entries: Prisma.AssessmentEntryCreateManyInput[] = [
    { countyId, id: newId(), planId: plan25.id, orgUnitId: townships[2]!, indicatorKey: 'sc-report', kind: 'deduction', count: 1, note: '第三季度自查报告逾期 12 天报送', createdById: actor.userId, createdAt: at25 },
    { countyId, id: newId(), planId: plan25.id, orgUnitId: townships[9]!, indicatorKey: 'sc-report', kind: 'deduction', count: 2, note: '第一、二季度自查报告未报送', createdById: actor.userId, createdAt: at25 },
    { countyId, id: newId(), planId: plan25.id, orgUnitId: townships[0]!, indicatorKey: 'ye-bonus', kind: 'bonus', points: 3, note: '河长制工作经验在全市推广', createdById: actor.userId, createdAt: at25 },
    { countyId, id: newId(), planId: plan25.id, orgUnitId: townships[7]!, indicatorKey: 'ye-bonus', kind: 'bonus', points: 2, note: '获评市级平安乡镇', createdById: actor.userId, createdAt: at25 },
  ];
  await db.assessmentEntry.createMany({ data: entries });
  await db.assessmentVeto.create({
    data: { countyId, id: newId(), planId: plan25.id, orgUnitId: townships[20]!, ruleKey: 'major-accident', source: 'manual', reason: '2025 年 8 月发生一起较大道路交通安全责任事故(3 人死亡)', createdById: actor.userId, createdAt: at25 },
  });
  const ref25 = { countyId, id: plan25.id, periodStart: plan25.periodStart, periodEnd: plan25.periodEnd, previousPlanId: null };
  // The snapshot above stands for the year: roll up without re-reading live figures.
  const scoring25 = { ...plan25, status: 'scoring' as const };
  const v25 = await currentPlanVersion(db, countyId, plan25.id);
  const { plan: review25 } = await submitAssessmentForReview(db, scoring25, () => rollUpAssessment(db, ref25, v25, at25));
  const { plan: approved25 } = await approveAssessmentPlan(db, review25, actor, new Date('2025-12-28T10:00:00+08:00'));
  await publishAssessmentPlan(db, approved25, actor, new Date('2026-01-08T10:00:00+08:00'));

  // ---- 2026: in scoring ----------------------------------------------------------------------
  const p26 = await createAssessmentPlan(db, countyId, {
    ownerUnitId: officeId, name: '2026年度乡镇年度重点工作目标考核', year: 2026,
    periodStart: new Date('2026-01-01T00:00:00+08:00'), periodEnd: new Date('2027-01-01T00:00:00+08:00'), previousPlanId: plan25.id,
    units: { mode: 'level', level: 'township' }, grouping: { by: 'district' }, config, templateKey: townshipAnnualTemplate.key,
  }, actor);
  const plan26 = p26.plan;
  await db.assessmentAssessor.createMany({ data: assessors.map((userId) => ({ countyId, planId: plan26.id, userId })) });
  await startAssessmentPlan(db, plan26);
  const r26 = rng(26);
  const q2026 = q2025.map((q) => Math.min(0.99, Math.max(0.6, q + (r26() - 0.45) * 0.12)));
  // Two thirds of the townships have submitted their self-checks, with notes (and a file each when a store is given).
  const units26 = await db.assessmentUnit.findMany({ where: { countyId, planId: plan26.id }, orderBy: { sortOrder: 'asc' } });
  const submitted = units26.filter((_, i) => i % 3 !== 2);
  for (const u of submitted) {
    await db.assessmentSelfCheck.createMany({
      data: [
        { countyId, planId: plan26.id, orgUnitId: u.orgUnitId, indicatorKey: 'ye-targets', selfScore: 28, note: '年初下达的 12 项量化目标已完成 11 项,1 项(农村公路硬化)完成 92%' },
        { countyId, planId: plan26.id, orgUnitId: u.orgUnitId, indicatorKey: 'sc-quality', selfScore: 45, note: '四个季度自查共查摆问题 17 个,已整改 16 个' },
      ],
    });
    if (args.files) {
      const bytes = Buffer.from(`%PDF-1.4\n% ${u.orgUnitId} 2026 年度自查报告(演示)\n`);
      const sha256 = await args.files.put(countyId, bytes);
      await db.assessmentEvidence.create({ data: { countyId, id: newId(), planId: plan26.id, orgUnitId: u.orgUnitId, indicatorKey: 'ye-targets', fileName: '2026年度目标任务完成情况.pdf', contentType: 'application/pdf', size: bytes.length, sha256, uploadedAt: now } });
    }
  }
  await db.assessmentUnit.updateMany({ where: { countyId, planId: plan26.id, id: { in: submitted.map((u) => u.id) } }, data: { selfCheckSubmittedAt: now } });
  await transitionAssessmentPlan(db, { ...plan26, status: 'self_check' }, 'openScoring');
  // kaohe has scored about half, kaohe2 everything, kaohe3 most: missing scores stay visible.
  await db.assessmentScore.createMany({ data: scoresFor(config, plan26.id, countyId, townships, assessors, (i) => q2026[i]!, r26, (a) => [0.5, 1, 0.85][a] ?? 1) });
  await db.assessmentEntry.create({ data: { countyId, id: newId(), planId: plan26.id, orgUnitId: townships[9]!, indicatorKey: 'sc-report', kind: 'deduction', count: 1, note: '第二季度自查报告逾期报送', createdById: actor.userId, createdAt: now } });
  const ref26 = { countyId, id: plan26.id, periodStart: plan26.periodStart, periodEnd: plan26.periodEnd, previousPlanId: plan25.id };
  const v26 = await currentPlanVersion(db, countyId, plan26.id);
  const computed = await computeAssessmentResults(db, ref26, { id: v26.id, config: v26.config }, now);
  return { plans: 2, published: townships.length, scoring: computed.units };
}
