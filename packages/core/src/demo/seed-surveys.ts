import { newId, type Prisma } from '@duban/db';
import type { FileStore } from '../tasks/file-store.ts';
import { drawCallbacks, recordCallback } from '../surveys/callbacks.ts';
import { createSurveyForm } from '../surveys/forms.ts';
import { offsetPoint, type GeoPoint } from '../surveys/geo.ts';
import { localPeriod } from '../surveys/period.ts';
import type { PhoneProtector } from '../surveys/phone-protection.ts';
import type { SurveyAnswers, SurveyQuestion } from '../surveys/questions.ts';
import { requiredVillages } from '../surveys/settings.ts';
import { ADVICE, DEMO_FORMS, householdName, mobileNumber, seededRandom, signaturePng, villageLocation, type Random } from './survey-demo-data.ts';

type Tx = Prisma.TransactionClient;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Households per group in the month before last, last month and this month (first groups busiest). */
const PLAN = [[120, 205, 60], [70, 110, 35], [30, 50, 15]];
const SMALL_PLAN = [10, 15, 5];

interface Village { id: string; name: string; townshipId: string; point: GeoPoint }
interface Township { id: string; name: string; villages: Village[] }
interface Surveyor { id: string; name: string }
interface Draft {
  formIndex: number; groupId: string; visitId: string | null; village: Village; surveyor: Surveyor; at: Date; point: GeoPoint; phone: string;
}

/** 09:00 county time (UTC+8) of the day `at` falls on. */
const nineAm = (at: Date) => new Date(Math.floor((at.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR + 9 * HOUR);
const weekday = (at: Date) => new Date(at.getTime() + 8 * HOUR).getUTCDay();

function answersFor(questions: readonly SurveyQuestion[], r: Random): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const q of questions) {
    if (!q.required && r.chance(0.5)) continue;
    if (q.type === 'yes_no') out[q.key] = r.chance(0.88);
    else if (q.type === 'satisfaction') out[q.key] = r.pick(['satisfied', 'satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied']);
    else if (q.type === 'text') out[q.key] = r.pick(ADVICE);
    else out[q.key] = q.multiple ? q.options.filter(() => r.chance(0.5)).concat(q.options.slice(0, 1)).filter((v, i, a) => a.indexOf(v) === i) : r.pick(q.options);
  }
  return out;
}

/**
 * The demo county's household surveys (入户调查): two forms from the source reports, a few hundred
 * surveys by the supervision groups over the last three months (the first group meets last
 * month's quota of 200; one visit falls short of covering 1/3 of its villages), surveys that trip
 * each fabrication flag, and a call-back draw with recorded outcomes. Runs after the inspections
 * demo (it uses its groups and visits, and makes minimal ones only if there are none).
 */
export async function seedDemoSurveys(db: Tx, args: { countyId: string; phones: PhoneProtector; files: FileStore; now?: Date; inspectorUsername?: string }) {
  const { countyId, phones, files } = args;
  const now = args.now ?? new Date();
  const r = seededRandom(20_261_128);
  const county = await db.orgUnit.findUniqueOrThrow({ where: { countyId_id: { countyId, id: countyId } } });

  const forms: { versionId: string; questions: SurveyQuestion[] }[] = [];
  for (const f of DEMO_FORMS) {
    const form = await createSurveyForm(db, countyId, countyId, f, null);
    forms.push({ versionId: (await db.surveyFormVersion.findFirstOrThrow({ where: { countyId, formId: form.id } })).id, questions: f.questions });
  }

  const units = await db.orgUnit.findMany({ where: { countyId, level: { in: ['township', 'village'] }, archivedAt: null }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
  const townships: Township[] = units.filter((u) => u.level === 'township').map((t, ti) => ({
    id: t.id, name: t.name,
    villages: units.filter((v) => v.parentId === t.id).map((v, vi) => ({ id: v.id, name: v.name, townshipId: t.id, point: villageLocation(ti, vi) })),
  })).filter((t) => t.villages.length > 0);

  const groups = await ensureGroups(db, countyId, now, args.inspectorUsername ?? 'ducha');
  const users = await db.user.findMany({ where: { countyId, personId: { in: groups.flatMap((g) => g.members.map((m) => m.personId)) } } });
  const months = [2, 1, 0].map((back) => {
    const d = new Date(now.getTime() + 8 * HOUR);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1 - back;
    return m > 0 ? { year: y, month: m } : { year: y - 1, month: m + 12 };
  });

  const drafts: Draft[] = [];
  const underCoveredGroup = Math.min(2, groups.length - 1);
  for (const [gi, group] of groups.entries()) {
    const surveyors: Surveyor[] = group.members.map((m) => ({ id: users.find((u) => u.personId === m.personId)?.id ?? m.personId, name: m.person.name }));
    if (surveyors.length === 0) continue;
    const visits = await ensureVisits(db, countyId, county.id, group.id, gi, townships, months, now);
    for (const [mi, { year, month }] of months.entries()) {
      let remaining = (PLAN[gi] ?? SMALL_PLAN)[mi]!;
      const { start, end } = localPeriod(year, month);
      let workday = 0;
      for (let day = nineAm(start); remaining > 0 && day < end && day.getTime() + 8 * HOUR < now.getTime(); day = new Date(day.getTime() + DAY)) {
        const wd = weekday(day);
        if (wd === 0 || wd === 6) continue; // weekends stay free for the flag cases below
        // The group moves to another of its townships every three working days.
        const open = visits.filter((v) => v.windowStart <= day && day <= v.windowEnd);
        const visit = open.length ? open[Math.floor(workday++ / 3) % open.length]! : null;
        const township = townships.find((t) => t.id === (visit?.orgUnitId ?? visits[0]?.orgUnitId)) ?? townships[gi % townships.length]!;
        // Cover ⌈villages / 3⌉ + 1 villages per visit — except the last group's first visit,
        // which stays in one village (the dashboard shows it short of the 1/3).
        const short = gi === underCoveredGroup && visit !== null && visit.id === visits[0]?.id;
        const need = short ? 1 : Math.min(township.villages.length, requiredVillages(township.villages.length, 1, 3) + 1);
        for (const [si, surveyor] of surveyors.slice(0, 3).entries()) {
          const village = township.villages[(day.getUTCDate() + si) % need]!;
          let at = day.getTime() + si * 7 * MINUTE;
          for (let k = 0; k < 9 && remaining > 0 && at < now.getTime(); k++, remaining--) {
            drafts.push({
              formIndex: (gi + k) % 2 === 0 ? 0 : 1, groupId: group.id, visitId: visit?.id ?? null, village, surveyor, at: new Date(at),
              point: offsetPoint(village.point, r.int(-300, 300), r.int(-300, 300)), phone: mobileNumber(r),
            });
            at += r.int(25, 45) * MINUTE;
          }
        }
      }
    }
  }
  addFlagCases(drafts, groups, users, townships, months, now, r);

  const signatures: string[] = [];
  for (let i = 0; i < 24; i++) signatures.push(await files.put(countyId, signaturePng(r)));
  const rows: Prisma.HouseholdSurveyCreateManyInput[] = drafts.map((d, i) => {
    const sealed = phones.seal(countyId, d.phone);
    const f = forms[d.formIndex]!;
    return {
      countyId, id: newId(), formVersionId: f.versionId, groupId: d.groupId, visitId: d.visitId, townshipId: d.village.townshipId, villageId: d.village.id,
      address: `${r.int(1, 9)}组${r.int(1, 60)}号`, respondentName: householdName(r), phoneCipher: sealed.cipher, phoneHash: sealed.hash, phoneMasked: sealed.masked,
      signatureSha256: signatures[i % signatures.length]!, signatureSize: 1200, answers: answersFor(f.questions, r),
      latitude: d.point.lat.toFixed(7), longitude: d.point.lon.toFixed(7), accuracyMeters: r.int(5, 40),
      capturedAt: d.at, submittedAt: new Date(d.at.getTime() + r.int(1, 90) * MINUTE),
      submittedByUserId: d.surveyor.id, submittedByName: d.surveyor.name, idempotencyKey: newId(), requestDigest: 'demo',
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.householdSurvey.createMany({ data: rows.slice(i, i + 500) });

  // 回访: 10 % of last month's surveys, seeded; most called, a few unreachable or denied.
  const last = localPeriod(months[1]!.year, months[1]!.month);
  const draw = await drawCallbacks(db, countyId, { unit: county, period: last, percent: 10, seed: 'demo-2026' }, { userId: null, name: '督查室' });
  const callbacks = await db.surveyCallback.findMany({ where: { countyId, drawId: draw.id }, orderBy: { id: 'asc' } });
  for (const [i, c] of callbacks.entries()) {
    if (i >= Math.ceil(callbacks.length * 0.7)) break; // the rest are still to call
    const outcome = i % 9 === 4 ? 'reached_denied' : i % 6 === 1 ? 'unreachable' : 'reached_confirmed';
    await recordCallback(db, countyId, c.id, outcome, outcome === 'reached_denied' ? '受访户称未接受过入户调查' : null, { userId: 'demo', name: '督查室回访员' }, new Date(last.end.getTime() + (i + 1) * HOUR));
  }
  return { surveys: rows.length, forms: forms.length, groups: groups.length, callbacks: callbacks.length };
}

/** The groups of the inspections demo (this year); two minimal ones if it made none. */
async function ensureGroups(db: Tx, countyId: string, now: Date, inspectorUsername: string) {
  const year = new Date(now.getTime() + 8 * HOUR).getUTCFullYear();
  const include = { members: { include: { person: { select: { name: true } } } } } as const;
  let groups = await db.inspectionGroup.findMany({ where: { countyId, year, archivedAt: null }, include, orderBy: { name: 'asc' } });
  if (groups.length === 0) {
    const office = await db.orgUnit.findFirst({ where: { countyId, level: 'department', name: { contains: '督查' } } });
    const staff = await db.person.findMany({ where: { countyId, orgUnitId: office?.id ?? countyId }, orderBy: { name: 'asc' }, take: 6 });
    for (const [i, name] of ['入户调查一组', '入户调查二组'].entries()) {
      const id = newId();
      await db.inspectionGroup.create({ data: { countyId, id, planningUnitId: countyId, name, year } });
      const members = staff.slice(i * 3, i * 3 + 3);
      await db.inspectionGroupMember.createMany({ data: members.map((p, j) => ({ countyId, id: newId(), groupId: id, personId: p.id, role: j === 0 ? 'leader' : 'member' })) });
    }
    groups = await db.inspectionGroup.findMany({ where: { countyId, year, archivedAt: null }, include, orderBy: { name: 'asc' } });
  }
  // The demo inspector surveys with the first group (the offline survey page needs a group).
  const inspector = await db.user.findFirst({ where: { countyId, username: inspectorUsername } });
  if (inspector && !groups.some((g) => g.members.some((m) => m.personId === inspector.personId))) {
    await db.inspectionGroupMember.create({ data: { countyId, id: newId(), groupId: groups[0]!.id, personId: inspector.personId, role: 'member' } });
    groups = await db.inspectionGroup.findMany({ where: { countyId, year, archivedAt: null }, include, orderBy: { name: 'asc' } });
  }
  return groups;
}

/** The group's township visits in these months (the inspections demo's, or one a month if none). */
async function ensureVisits(db: Tx, countyId: string, planningUnitId: string, groupId: string, gi: number, townships: Township[], months: { year: number; month: number }[], now: Date) {
  const first = localPeriod(months[0]!.year, months[0]!.month).start;
  const find = () => db.inspectionVisit.findMany({
    where: { countyId, groupId, status: { not: 'cancelled' }, windowEnd: { gte: first }, windowStart: { lte: now }, orgUnit: { level: 'township' } },
    orderBy: [{ windowStart: 'asc' }, { id: 'asc' }],
  });
  const existing = await find();
  if (existing.length > 0) return existing;
  for (const [mi, { year, month }] of months.entries()) {
    const { start, end } = localPeriod(year, month);
    const windowEnd = new Date(Math.min(end.getTime() - 1, start.getTime() + 20 * DAY));
    if (start > now) continue;
    const township = townships[(gi * 5 + mi * 2) % townships.length]!;
    const current = windowEnd > now;
    await db.inspectionVisit.create({
      data: {
        countyId, id: newId(), planningUnitId, orgUnitId: township.id, groupId, title: `${township.name}入户督查(${month}月)`,
        windowStart: start, windowEnd: current ? new Date(now.getTime() + 7 * DAY) : windowEnd, unannounced: false,
        status: current ? 'in_progress' : 'completed', startedAt: start, completedAt: current ? null : windowEnd,
      },
    });
  }
  return find();
}

/**
 * Surveys that trip each fabrication flag, on weekends (when the regular demo surveys rest):
 * seven households at one spot, two surveys a minute apart, a 20 km jump in ten minutes, and one
 * phone number on three surveys.
 */
function addFlagCases(
  drafts: Draft[], groups: { id: string; members: { personId: string; person: { name: string } }[] }[], users: { id: string; personId: string }[],
  townships: Township[], months: { year: number; month: number }[], now: Date, r: Random,
) {
  const surveyorOf = (gi: number, mi = 0): Surveyor => {
    const g = groups[gi % groups.length]!;
    const m = g.members[mi % Math.max(1, g.members.length)]!;
    return { id: users.find((u) => u.personId === m.personId)?.id ?? m.personId, name: m.person.name };
  };
  let saturday = nineAm(localPeriod(months[1]!.year, months[1]!.month).start);
  while (weekday(saturday) !== 6) saturday = new Date(saturday.getTime() + DAY);
  const sunday = new Date(saturday.getTime() + DAY);
  if (sunday.getTime() > now.getTime()) return;
  const [a, b] = townships;
  const far = townships[townships.length - 1]!;
  const spot = a!.villages[0]!;
  // 7 households within a few metres: many households at one point.
  for (let i = 0; i < 7; i++) {
    drafts.push({ formIndex: 0, groupId: groups[0]!.id, visitId: null, village: spot, surveyor: surveyorOf(0, 1), at: new Date(saturday.getTime() + i * 20 * MINUTE), point: offsetPoint(spot.point, r.int(-4, 4), r.int(-4, 4)), phone: mobileNumber(r) });
  }
  // Two surveys a minute apart, 80 m from each other.
  const v = b!.villages[0]!;
  const g1 = groups.length > 1 ? 1 : 0;
  drafts.push({ formIndex: 1, groupId: groups[g1]!.id, visitId: null, village: v, surveyor: surveyorOf(g1, 0), at: new Date(saturday.getTime() + 2 * HOUR), point: v.point, phone: mobileNumber(r) });
  drafts.push({ formIndex: 1, groupId: groups[g1]!.id, visitId: null, village: v, surveyor: surveyorOf(g1, 0), at: new Date(saturday.getTime() + 2 * HOUR + MINUTE), point: offsetPoint(v.point, 80, 0), phone: mobileNumber(r) });
  // A jump to the far side of the county in ten minutes (far faster than any road allows).
  const farVillage = far.villages[0]!;
  drafts.push({ formIndex: 0, groupId: groups[g1]!.id, visitId: null, village: v, surveyor: surveyorOf(g1, 1), at: new Date(sunday.getTime() + HOUR), point: v.point, phone: mobileNumber(r) });
  drafts.push({ formIndex: 0, groupId: groups[g1]!.id, visitId: null, village: farVillage, surveyor: surveyorOf(g1, 1), at: new Date(sunday.getTime() + HOUR + 10 * MINUTE), point: farVillage.point, phone: mobileNumber(r) });
  // One phone number given at three households in different villages.
  const repeated = mobileNumber(r);
  for (const [i, village] of [a!.villages[1] ?? spot, b!.villages[1] ?? v, far.villages[1] ?? farVillage].entries()) {
    drafts.push({ formIndex: 1, groupId: groups[0]!.id, visitId: null, village, surveyor: surveyorOf(0, 2), at: new Date(sunday.getTime() + (3 + i * 2) * HOUR), point: offsetPoint(village.point, 50, 50), phone: repeated });
  }
}
