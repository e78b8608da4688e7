import { appendAudit, handOver } from '@duban/plugin-sdk/server';
import { newId, type Prisma } from '@duban/plugin-sdk/db';
import type { DemoSeed } from '@duban/plugin-sdk/server';
import { classifyIncident, type IncidentFacts } from '../shared/classify-incident.ts';
import { foodCategoryNames, type FoodCategory } from '../shared/food-categories.ts';
import { localYear, yearStart } from '../shared/periods.ts';

type Tx = Prisma.TransactionClient;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const facts = (f: Partial<IncidentFacts>): IncidentFacts => ({
  harmed: 0, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, spreading: false,
  crossBorder: false, severeSocialImpact: false, beyondProvincialCapacity: false, handledBy: 'county', ...f,
});

/**
 * One incident per demo township, of several levels and reporting histories: a level-II poisoning
 * (veto), a level-III one, two general ones (one reported late), and one never reported
 * (concealed: veto). `reportAfterHours: null` = not reported.
 */
const incidents: { title: string; place: string; units: string; daysAgo: number; reportAfterHours: number | null; facts: IncidentFacts; confirm?: string }[] = [
  { title: '乡村坝坝宴集体食物中毒', place: '村民自办宴席现场', units: '乡村厨师张某承办的宴席', daysAgo: 96, reportAfterHours: 1.5, facts: facts({ harmed: 126, deaths: 1 }), confirm: '伤害 126 人并出现 1 例死亡病例,符合重大食品安全事故(II级)标准' },
  { title: '中心小学食堂学生腹泻', place: '中心小学食堂', units: '中心小学食堂(承包方:某餐饮管理公司)', daysAgo: 61, reportAfterHours: 3, facts: facts({ harmed: 45 }) },
  { title: '农家乐婚宴食物中毒', place: '集镇农家乐', units: '某农家乐', daysAgo: 140, reportAfterHours: 1, facts: facts({ harmed: 103 }), confirm: '伤害 103 人,无死亡,涉及 1 个县,符合较大食品安全事故(III级)标准' },
  { title: '小餐馆顾客呕吐就医', place: '场镇老街', units: '老街某小餐馆', daysAgo: 20, reportAfterHours: null, facts: facts({ harmed: 8 }) },
  { title: '敬老院晚餐后多人不适', place: '乡敬老院', units: '乡敬老院食堂', daysAgo: 33, reportAfterHours: 0.5, facts: facts({ harmed: 12 }) },
];

const plans: { category: FoodCategory; planned: number; samples: string[]; failure: string }[] = [
  { category: 'vegetables', planned: 40, samples: ['韭菜', '芹菜', '豇豆', '普通白菜', '菠菜'], failure: '腐霉利超标' },
  { category: 'livestock-meat', planned: 20, samples: ['猪肉', '牛肉', '猪肝'], failure: '克伦特罗(瘦肉精)检出' },
  { category: 'catering', planned: 15, samples: ['凉拌菜', '卤肉', '米粉'], failure: '大肠菌群超标' },
];
const vendors = ['农贸市场摊位', '生鲜超市', '学校食堂', '餐馆', '副食店'];

/** Small deterministic variation so the dashboard has shape without randomness. */
const wobble = (seed: number, spread: number) => ((seed * 7919) % 97) / 97 * spread;

export const demoSeed: DemoSeed = async (db, { countyId, townshipIds }) => {
  const now = Date.now();
  const year = localYear(new Date(now));
  // Everything happens earlier this year (so the year's registers and vetoes show it), or as early
  // as the year allows in its first days.
  const withinYear = (days: number) => Math.max(1, Math.min(days, Math.floor((now - yearStart(year).getTime()) / DAY) - 1));
  const market = await db.orgUnit.findFirst({ where: { countyId, level: 'department', code: 'market-regulation' } });
  const supervisingUnitId = market?.id ?? countyId;
  const townships = await db.orgUnit.findMany({ where: { countyId, id: { in: townshipIds } }, include: { children: { where: { level: 'village' }, select: { id: true }, orderBy: { sortOrder: 'asc' } } }, orderBy: { sortOrder: 'asc' } });
  let tasks = 0;
  for (const [t, township] of townships.entries()) {
    const incident = incidents[t % incidents.length]!;
    await seedIncident(db, countyId, township.id, { ...incident, daysAgo: withinYear(incident.daysAgo) }, now);
    const villages = township.children.map((c) => c.id);
    for (const [p, plan] of plans.entries()) {
      tasks += await seedPlan(db, { countyId, townshipId: township.id, townshipName: township.name, villages, supervisingUnitId, year, now, seed: t * 3 + p, spreadDays: withinYear(300) }, plan);
    }
    for (const [s, daysAgo] of [150, 10].entries()) {
      const total = 200;
      const dissatisfied = 6 + Math.round(wobble(t * 2 + s, 18));
      const basically = 30 + Math.round(wobble(t + s * 5, 25));
      await db.foodSafetySurvey.create({
        data: {
          countyId, id: newId(), orgUnitId: township.id, title: s === 0 ? `${year}年上半年食品安全满意度测评` : `${year}年度食品安全满意度测评`,
          surveyedOn: new Date(now - withinYear(daysAgo) * DAY), satisfied: total - basically - dissatisfied, basicallySatisfied: basically, dissatisfied,
        },
      });
    }
  }
  await seedTransfers(db, countyId, townships.map((t) => t.id), now, withinYear);
  await appendAudit(db, { countyId, procedure: 'cli.seed', entityType: 'task', orgUnitId: countyId, detail: `food-safety demo: ${townships.length} incidents, ${tasks} rectification items for unqualified samples` });
};

async function seedIncident(db: Tx, countyId: string, orgUnitId: string, i: (typeof incidents)[number], now: number) {
  const occurredAt = new Date(now - i.daysAgo * DAY);
  const discoveredAt = new Date(occurredAt.getTime() + 2 * HOUR);
  const id = newId();
  await db.foodSafetyIncident.create({
    data: {
      countyId, id, orgUnitId, title: i.title, occurredAt, discoveredAt, place: i.place, unitsInvolved: i.units, ...i.facts,
      suggestedLevel: classifyIncident(i.facts).level, recordedByName: '县市场监督管理局',
      ...(i.confirm ? { confirmedLevel: classifyIncident(i.facts).level, confirmReason: i.confirm, confirmedAt: new Date(discoveredAt.getTime() + 3 * DAY), confirmedByName: '县市场监督管理局' } : {}),
    },
  });
  if (i.reportAfterHours !== null) {
    const reportedAt = new Date(discoveredAt.getTime() + i.reportAfterHours * HOUR);
    await db.foodSafetyIncidentReport.createMany({
      data: [
        { countyId, id: newId(), incidentId: id, kind: 'initial', reportedAt, reportedTo: '县市场监督管理局', content: `${i.title}:发病 ${i.facts.harmed} 人,已送医救治,现场已封存可疑食品。`, recordedByName: '乡镇食安办' },
        { countyId, id: newId(), incidentId: id, kind: 'final', reportedAt: new Date(reportedAt.getTime() + 5 * DAY), reportedTo: '县市场监督管理局', content: '病人均已出院,流行病学调查和检验结论已报送,涉事单位已依法处理。', recordedByName: '乡镇食安办' },
      ],
    });
  }
}

interface PlanContext { countyId: string; townshipId: string; townshipName: string; villages: string[]; supervisingUnitId: string; year: number; now: number; seed: number; spreadDays: number }

async function seedPlan(db: Tx, c: PlanContext, plan: (typeof plans)[number]) {
  const planId = newId();
  const name = `${c.year}年${c.townshipName}${foodCategoryNames[plan.category].zh}抽检计划`;
  await db.foodSafetySamplingPlan.create({ data: { countyId: c.countyId, id: planId, orgUnitId: c.townshipId, year: c.year, name, category: plan.category, plannedCount: plan.planned } });
  const taken = Math.round(plan.planned * (0.7 + wobble(c.seed, 0.3)));
  let tasks = 0;
  for (let n = 0; n < taken; n++) {
    // About one sample in twelve fails, spread over the year so far.
    const qualified = (n * 5 + c.seed) % 12 !== 3;
    const orgUnitId = c.villages.length && n % 3 !== 0 ? c.villages[n % c.villages.length]! : c.townshipId;
    const sampledAt = new Date(c.now - (1 + ((n * 37 + c.seed * 11) % c.spreadDays)) * DAY);
    const sampleName = plan.samples[n % plan.samples.length]!;
    const vendor = `${vendors[(n + c.seed) % vendors.length]}${(n % 9) + 1}号`;
    let taskId: string | null = null;
    if (!qualified) {
      const task = await handOver(
        db, c.countyId,
        { kind: 'rectification', title: `抽检不合格整改:${vendor} ${sampleName}`, description: `${name},${vendor}所售${sampleName}检测不合格:${plan.failure}。请依法处置问题产品、查明原因并整改。`, supervisingUnitId: c.supervisingUnitId, responsibleUnitId: orgUnitId, deadline: new Date(c.now + (5 + (n % 20)) * DAY) },
        { userId: null, name: '县市场监督管理局' },
      );
      taskId = task.id;
      tasks++;
    }
    await db.foodSafetySamplingResult.create({
      data: { countyId: c.countyId, id: newId(), planId, orgUnitId, sampleName, vendor, sampledAt, qualified, failedItems: qualified ? null : plan.failure, taskId, recordedByName: '县食品检验检测中心' },
    });
  }
  return tasks;
}

/** 行刑衔接: one case transferred on time, one still within its deadline, one overdue (a veto). */
async function seedTransfers(db: Tx, countyId: string, townshipIds: string[], now: number, withinYear: (days: number) => number) {
  const cases = [
    { title: '销售含"瘦肉精"猪肉案', caseNo: `云市监刑移〔${localYear(new Date(now))}〕1号`, daysAgo: 80, transferredAfterDays: 2, organ: '县公安局' },
    { title: '生产销售有毒有害食品(地沟油)案', caseNo: `云市监刑移〔${localYear(new Date(now))}〕2号`, daysAgo: 1, transferredAfterDays: null, organ: null },
    { title: '销售假冒注册商标白酒案', caseNo: `云市监刑移〔${localYear(new Date(now))}〕3号`, daysAgo: 45, transferredAfterDays: null, organ: null },
  ];
  for (const [i, c] of cases.entries()) {
    const orgUnitId = townshipIds[(i * 2) % Math.max(1, townshipIds.length)];
    if (!orgUnitId) return;
    const suspectedAt = new Date(now - withinYear(c.daysAgo) * DAY);
    const transferredAt = c.transferredAfterDays === null ? null : new Date(suspectedAt.getTime() + c.transferredAfterDays * DAY);
    await db.foodSafetyCaseTransfer.create({
      data: {
        countyId, id: newId(), orgUnitId, caseNo: c.caseNo, title: c.title, suspectedAt, deadline: new Date(suspectedAt.getTime() + 3 * DAY),
        status: transferredAt ? 'transferred' : 'pending', transferredAt, receivingOrgan: c.organ,
      },
    });
  }
}
