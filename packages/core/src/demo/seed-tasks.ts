import type { Prisma } from '@duban/db';
import { applyEscalation } from '../tasks/escalation-job.ts';
import { handOver, transition, type Actor } from '../tasks/task-service.ts';
import type { TaskAction } from '../tasks/lifecycle.ts';
import type { CoreTaskKind as TaskKind } from '../tasks/task-kinds.ts';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/** Realistic items from the source reports, handed to the demo townships in different states. */
const items: { title: string; kind: TaskKind; steps: TaskAction[]; startedDaysAgo: number; days: number; proposer?: string }[] = [
  { title: '集镇垃圾清运不及时,主街垃圾桶满溢', kind: 'rectification', steps: ['sign', 'start'], startedDaysAgo: 20, days: 10 },
  { title: '病险山坪塘未空库运行', kind: 'rectification', steps: ['sign', 'start', 'submit'], startedDaysAgo: 12, days: 15 },
  { title: '防办值班记录不全,值班制度未上墙', kind: 'rectification', steps: ['sign', 'start', 'submit', 'pass', 'notify'], startedDaysAgo: 30, days: 15 },
  { title: '河道采砂船未集中停靠固定', kind: 'rectification', steps: [], startedDaysAgo: 2, days: 7 },
  { title: '违法占地建房未及时制止', kind: 'leader_instruction', steps: ['sign', 'start', 'submit', 'pass'], startedDaysAgo: 25, days: 20 },
  { title: '关于加快农村饮水工程维修的建议', kind: 'npc_proposal', steps: ['sign', 'start', 'submit', 'pass'], startedDaysAgo: 40, days: 30, proposer: '县人大代表 陈国华' },
  { title: '12369 投诉:养殖场粪污直排', kind: 'complaint', steps: ['sign', 'start'], startedDaysAgo: 18, days: 5, proposer: '群众 李女士' },
  { title: '背街小巷保洁员配备不足', kind: 'rectification', steps: ['sign'], startedDaysAgo: 6, days: 10 },
];

/**
 * The demo county's supervision items: the supervision office hands items to the first townships,
 * which are at different steps (some overdue and escalated, some verified and notified), so the
 * boards, dashboards and 通报 show something real on first start.
 */
export async function seedDemoTasks(db: Tx, args: { countyId: string; officeId: string; townshipIds: string[]; officeActor: Actor; townshipActor: Actor }) {
  const now = Date.now();
  let n = 0;
  for (const [t, townshipId] of args.townshipIds.entries()) {
    for (const [i, item] of items.entries()) {
      if ((t + i) % 3 === 2) continue; // not every township has every item
      const start = new Date(now - item.startedDaysAgo * DAY - t * 3_600_000);
      let task = await handOver(
        db, args.countyId,
        { kind: item.kind, title: item.title, supervisingUnitId: args.officeId, responsibleUnitId: townshipId, deadline: new Date(start.getTime() + item.days * DAY), proposer: item.proposer ?? null },
        args.officeActor, start,
      );
      let at = start.getTime();
      for (const action of item.steps) {
        at += Math.min(2 * DAY, (now - at) / 4);
        const supervising = ['pass', 'fail', 'notify'].includes(action);
        task = await transition(
          db, task,
          {
            action,
            note: action === 'submit' ? '已按要求整改到位,附整改前后照片。' : action === 'pass' ? '现场核查,整改到位。' : null,
            ...(action === 'submit' && item.proposer ? { met: true, satisfaction: i % 2 ? 'basically_satisfied' : 'satisfied', reply: '已当面答复并落实。' } : {}),
          },
          supervising ? args.officeActor : args.townshipActor, new Date(at),
        );
      }
      n++;
    }
  }
  // Leaders first, so the items the escalation job lists name their 责任领导.
  const leaders = await seedDemoUnitLeaders(db, args.countyId);
  const escalated = await applyEscalation(db, new Date(now));
  return { tasks: n, escalated: escalated.raised, leaders };
}

// The positions that head a unit in the demo data (county-data.ts), in order of precedence.
const PRINCIPAL_POSITIONS = ['县委书记', '党委书记', '党工委书记', '村党支部书记', '社区党委书记', '局长', '主任'];

/** Designates each demo unit's principal leader (单位主要负责人) from the people's positions, in one insert. */
export async function seedDemoUnitLeaders(db: Tx, countyId: string) {
  const people = await db.person.findMany({ where: { countyId, archivedAt: null, position: { in: PRINCIPAL_POSITIONS } }, select: { id: true, orgUnitId: true, position: true } });
  const rank = (position: string | null) => PRINCIPAL_POSITIONS.indexOf(position ?? '');
  const best = new Map<string, (typeof people)[number]>();
  for (const p of people) {
    const current = best.get(p.orgUnitId);
    if (!current || rank(p.position) < rank(current.position)) best.set(p.orgUnitId, p);
  }
  await db.unitLeader.createMany({ data: [...best.values()].map((p) => ({ countyId, orgUnitId: p.orgUnitId, personId: p.id })), skipDuplicates: true });
  return best.size;
}
