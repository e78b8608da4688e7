import { randomUUID } from 'node:crypto';
import type { Prisma } from '@duban/db';
import { handOverFinding } from '../inspections/finding-service.ts';
import { createGroup } from '../inspections/group-service.ts';
import { jpegWithExif } from '../inspections/jpeg-with-exif.ts';
import { submitRecord } from '../inspections/record-service.ts';
import { generatePlan } from '../inspections/rotation-service.ts';
import { scheduleStage } from '../inspections/schedule-stage.ts';
import { createTemplate, currentVersion } from '../inspections/template-service.ts';
import { completeVisit, planVisit, startVisit } from '../inspections/visit-service.ts';
import type { FileStore } from '../tasks/file-store.ts';
import { DEMO_OFFICE_JPEG } from './demo-photo.ts';
import { demoSignaturePng } from './demo-signature.ts';
import { ruralSanitationChecklist, townshipKeyWorkChecklist } from './inspection-templates.ts';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A person by unit and position (the n-th holder), or the inspector login's person. */
type Pick = [unit: string, position: string, nth?: number] | 'inspector';

/** The six groups of the source county: a senior leader each, members from several units. */
const GROUPS: { name: string; leader: Pick; members: Pick[] }[] = [
  // The inspector login (ducha) is a member of the first group.
  { name: '第一督查组', leader: ['county', '县委督查专员', 0], members: ['inspector', ['water-resources', '副局长']] },
  { name: '第二督查组', leader: ['county', '县委督查专员', 1], members: [['market-regulation', '副局长'], ['government-supervision-office', '科长']] },
  // Cross-inspection: a township cadre serves in a group — which must then stay out of its district.
  { name: '第三督查组', leader: ['county', '县委办副主任（分管督查）'], members: [['ecology-environment', '副局长'], ['township:0', '党政办主任']] },
  { name: '第四督查组', leader: ['government-supervision-office', '主任'], members: [['natural-resources', '副局长'], ['agriculture-rural', '科长']] },
  { name: '第五督查组', leader: ['housing-construction', '局长'], members: [['emergency-management', '副局长'], ['township:5', '党政办主任']] },
  { name: '第六督查组', leader: ['transport', '局长'], members: [['health', '副局长'], ['forestry', '副局长']] },
];

/**
 * The demo county's inspections: six groups, the year's rotation (6 groups × 6 districts × 4
 * rotations), the current rotation scheduled as unannounced visits to all 31 townships, an
 * announced visit to 青龙镇, and in the first group's district two visits already done — one with
 * a failed item handed over as a rectification item and its return visit (杀回马枪).
 */
export async function seedDemoInspections(db: Tx, args: { countyId: string; files: FileStore; now?: Date }) {
  const { countyId, files } = args;
  const now = args.now ?? new Date();
  const year = Number(new Date(now.getTime() + 8 * HOUR).toISOString().slice(0, 4));
  const county = await db.orgUnit.findUniqueOrThrow({ where: { countyId_id: { countyId, id: countyId } } });
  const townships = await db.orgUnit.findMany({ where: { countyId, level: 'township' }, orderBy: { sortOrder: 'asc' } });
  const departments = await db.orgUnit.findMany({ where: { countyId, level: 'department' } });
  const people = await db.person.findMany({ where: { countyId } });
  const unitOf = (key: string) =>
    key === 'county' ? county : key.startsWith('township:') ? townships[Number(key.slice(9))]! : departments.find((d) => d.code === key)!;
  const inspectorRole = await db.roleAssignment.findFirst({ where: { countyId, role: { key: 'inspector' } }, include: { user: true } });
  const personAt = (pick: Pick) => {
    if (pick === 'inspector') {
      const found = people.find((p) => p.id === inspectorRole?.user.personId);
      if (!found) throw new Error('demo: no inspector login');
      return found;
    }
    const [unitKey, position, nth = 0] = pick;
    const unit = unitOf(unitKey);
    const found = people.filter((p) => p.orgUnitId === unit.id && p.position === position).sort((a, b) => a.name.localeCompare(b.name))[nth];
    if (!found) throw new Error(`demo: ${unit.name} has no ${position}`);
    return found;
  };

  const groups = [];
  for (const g of GROUPS) {
    groups.push(await createGroup(db, countyId, countyId, {
      name: g.name, year, note: null,
      members: [{ personId: personAt(g.leader).id, role: 'leader' }, ...g.members.map((m) => ({ personId: personAt(m).id, role: 'member' as const }))],
    }));
  }
  const keyWork = await createTemplate(db, countyId, countyId, townshipKeyWorkChecklist, null);
  const sanitation = await createTemplate(db, countyId, countyId, ruralSanitationChecklist, null);

  const districts = await db.district.findMany({ where: { countyId }, orderBy: { sortOrder: 'asc' } });
  const plan = await generatePlan(db, countyId, countyId, {
    name: `${year} 年度督查轮换`, year, groupIds: groups.map((g) => g.id), districtIds: districts.map((d) => d.id), stages: 4,
    startsOn: new Date(`${year}-01-01`), endsOn: new Date(`${year}-12-31`),
  }, null);
  await db.inspectionRotationPlan.update({ where: { countyId_id: { countyId, id: plan.id } }, data: { status: 'published' } });
  const stages = await db.inspectionRotationStage.findMany({ where: { countyId, planId: plan.id }, orderBy: { index: 'asc' } });
  const today = new Date(`${new Date(now.getTime() + 8 * HOUR).toISOString().slice(0, 10)}`);
  const current = stages.find((s) => s.startsOn <= today && today <= s.endsOn) ?? stages[stages.length - 1]!;
  const scheduled = await scheduleStage(db, countyId, plan.id, current.index, [keyWork.id], null, now);

  // An announced visit (明查) to 青龙镇 next week: the township is told and sees it.
  const first = groups[0]!;
  await planVisit(db, countyId, {
    orgUnitId: townships[0]!.id, groupId: first.id, title: `${townships[0]!.name}农村环境卫生专项检查`, unannounced: false,
    windowStart: new Date(now.getTime() + 7 * DAY), windowEnd: new Date(now.getTime() + 9 * DAY), templateIds: [sanitation.id],
  }, null, now);

  // Two visits of the first group already done, with records, evidence and one finding.
  const ducha = inspectorRole ? await db.user.findUnique({ where: { countyId_id: { countyId, id: inspectorRole.userId } }, include: { person: true } }) : null;
  let done = 0;
  if (ducha) {
    const actor = { userId: ducha.id, name: ducha.person.name, personId: ducha.personId };
    const visits = await db.inspectionVisit.findMany({ where: { countyId, rotationPlanId: plan.id, rotationStage: current.index, groupId: first.id }, include: { orgUnit: true }, orderBy: { title: 'asc' } });
    const version = await currentVersion(db, countyId, keyWork.id);
    for (const [i, visit] of visits.slice(0, 2).entries()) {
      const at = new Date(Math.max(visit.windowStart.getTime() + HOUR, now.getTime() - (3 - i) * DAY));
      if (at.getTime() >= now.getTime()) continue; // the stage began today: nothing can be done yet
      await startVisit(db, countyId, visit.id, actor.personId, at);
      const failing = i === 0;
      const taken = new Date(at.getTime() + HOUR);
      const local = new Date(taken.getTime() + 8 * HOUR).toISOString();
      const photo = jpegWithExif({ takenAt: `${local.slice(0, 10).replaceAll('-', ':')} ${local.slice(11, 19)}`, offset: '+08:00', lat: 30.7 + i / 100, lng: 111.29 + i / 100 }, DEMO_OFFICE_JPEG);
      const { record } = await submitRecord(db, files, countyId, {
        idempotencyKey: randomUUID(), visitId: visit.id, templateVersionId: version.id, capturedAt: taken,
        gps: { lat: 30.7 + i / 100, lng: 111.29 + i / 100, accuracy: 15 },
        answers: {
          meeting: true, assigned: true, ledger: !failing, rectified: failing ? 72 : 96, awareness: 88, state: failing ? 'fair' : 'good',
          measures: failing ? ['duty'] : ['duty', 'patrol', 'publicity'], photos: ['photo'], location: { lat: 30.7 + i / 100, lng: 111.29 + i / 100 },
          checkedOn: local.slice(0, 10), note: failing ? '值班记录缺 3 天,上次问题仍有 2 项未整改' : '', unitSign: 'sign',
        },
        files: [
          { ref: 'photo', itemKey: 'photos', kind: 'photo', fileName: `${visit.orgUnit.name}现场.jpg`, contentType: 'image/jpeg', base64: photo.toString('base64') },
          { ref: 'sign', itemKey: 'unitSign', kind: 'signature', fileName: 'signature.png', contentType: 'image/png', base64: demoSignaturePng(i + 1).toString('base64') },
        ],
      }, actor, taken);
      if (failing) {
        await handOverFinding(db, countyId, { visitId: visit.id, recordId: record.id, itemKey: 'rectified', deadline: new Date(now.getTime() + 10 * DAY) }, actor, new Date(taken.getTime() + HOUR));
      }
      await completeVisit(db, countyId, visit.id, actor.personId, new Date(taken.getTime() + 2 * HOUR));
      done++;
    }
  }
  return { groups: groups.length, stage: current.index + 1, visits: scheduled.created + 1, done };
}
