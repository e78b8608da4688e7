// Inspect a register row (issue 14 items 2 and 8, C7): an inspection group's visit names this
// reservoir as its subject; the record and the rectification item it hands over appear in the
// reservoir's history; an unannounced visit stays hidden from the township until it starts; a
// second failure of the same item marks a repeat offender. And the pre-season check is per
// season: it expires at the season's end.
import { randomUUID } from 'node:crypto';
import { newId } from '@duban/plugin-sdk/db';
import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import floodControl from '../src/server.ts';
import { seasonOf } from '../src/season.ts';

const DAY = 86_400_000;
const ANSWERS = { spillway: true, gates: true, power: true, warning: true, road: true, materials: true };

describe('flood control: a reservoir inspected as a register row', () => {
  let kit: PluginTestKit<'flood-control', typeof floodControl.router>;
  let now = Date.parse('2026-05-10T01:00:00Z');
  let reservoirId: string;
  let groupId: string;
  beforeAll(async () => {
    kit = await createPluginTestKit(floodControl);
    kit.api.services.clock = () => new Date(now);
    const official = await kit.as('township-official');
    reservoirId = (await official['flood-control'].reservoir.create({ orgUnitId: kit.units.village, name: '龙洞湾水库', kind: 'reservoir', capacity: 80 })).id;
    const db = kit.api.database.prisma;
    const inspector = await db.user.findFirstOrThrow({ where: { username: 'a-ducha' } });
    const colleague = await db.user.findFirstOrThrow({ where: { username: 'a-shuili' } }); // another unit: groups are drawn from several
    const office = await kit.as('supervision-office');
    groupId = (await office.inspection.createGroup({
      planningUnitId: kit.units.county, name: '防汛督查组', year: 2026,
      members: [{ personId: inspector.personId, role: 'leader' }, { personId: colleague.personId, role: 'member' }],
    })).id;
  }, 300_000);
  afterAll(() => kit.close());

  const plan = async (unannounced: boolean, subjectId = reservoirId, orgUnitId = kit.units.village) => {
    const office = await kit.as('supervision-office');
    return office.inspection.planVisit({
      orgUnitId, groupId, title: `水库督查 ${randomUUID().slice(0, 4)}`, unannounced, templateRefs: ['plugin:flood-control:flood-control.pre-season'],
      windowStart: new Date(now + DAY).toISOString(), windowEnd: new Date(now + 3 * DAY).toISOString(), subject: { entity: 'floodControlReservoir', id: subjectId },
    });
  };
  const inspectFailing = async (visitId: string) => {
    now += 2 * DAY;
    const inspector = await kit.as('inspector');
    await inspector.inspection.startVisit({ visitId });
    const visit = await kit.api.database.prisma.inspectionVisit.findFirstOrThrow({ where: { id: visitId }, include: { templates: true } });
    const version = await kit.api.database.prisma.inspectionTemplateVersion.findFirstOrThrow({ where: { templateId: visit.templates[0]!.templateId }, orderBy: { version: 'desc' } });
    return inspector.inspection.submitRecord({
      idempotencyKey: randomUUID(), visitId, templateVersionId: version.id, capturedAt: new Date(now).toISOString(), answers: { ...ANSWERS, spillway: false },
    });
  };

  it('keeps an unannounced visit about the reservoir from the township until it starts', async () => {
    const visit = await plan(true);
    expect(visit).toMatchObject({ subjectEntity: 'floodControlReservoir', subjectId: reservoirId, subjectLabel: '龙洞湾水库' });
    const official = await kit.as('township-official');
    expect((await official['flood-control'].reservoir.get({ reservoirId })).inspections.visits).toEqual([]);
    // The planners see it in the row's history; the group too.
    const office = await kit.as('county-admin');
    expect((await office['flood-control'].reservoir.get({ reservoirId })).inspections.visits.map((v) => v.id)).toEqual([visit.id]);

    const record = await inspectFailing(visit.id);
    const inspector = await kit.as('inspector');
    const finding = await inspector.inspection.handOverFinding({ visitId: visit.id, recordId: record.id, itemKey: 'spillway', deadline: new Date(now + 10 * DAY).toISOString() });

    const history = (await official['flood-control'].reservoir.get({ reservoirId })).inspections;
    expect(history.visits.map((v) => v.id)).toEqual([visit.id]);
    expect(history.records).toMatchObject([{ id: record.id, passed: false, failedItems: [{ zh: '溢洪道畅通无阻' }] }]);
    expect(history.findings).toMatchObject([{ task: { id: finding.taskId, serial: finding.serial } }]);
    expect(history.openItems.map((t) => t.id)).toEqual([finding.taskId]);
    const task = await kit.api.database.prisma.task.findFirstOrThrow({ where: { id: finding.taskId } });
    expect(task.title).toContain('「龙洞湾水库」');
    expect(task.responsibleUnitId).toBe(kit.units.village);
    // The return visit (杀回马枪) verifies the same reservoir and is itself unannounced: hidden.
    expect(await kit.api.database.prisma.inspectionVisit.findFirstOrThrow({ where: { id: finding.returnVisitId } })).toMatchObject({ subjectId: reservoirId, unannounced: true });
    expect(history.visits.map((v) => v.id)).not.toContain(finding.returnVisitId);
    expect(history.repeatOffences).toEqual([]);
  }, 120_000);

  it('marks a repeat offender when the same item fails again within the year', async () => {
    const second = await plan(false);
    await inspectFailing(second.id);
    const official = await kit.as('township-official');
    const history = (await official['flood-control'].reservoir.get({ reservoirId })).inspections;
    expect(history.repeatOffences).toMatchObject([{ itemKey: 'spillway', count: 2 }]);
  }, 120_000);

  it('refuses a visit whose subject is not a row of the inspected unit', async () => {
    const official = await kit.as('township-official');
    const elsewhere = (await official['flood-control'].reservoir.create({ orgUnitId: kit.units.township, name: '镇上水库', kind: 'reservoir', capacity: 5 })).id;
    await expect(plan(false, elsewhere)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('检查对象不在') });
    await expect(plan(false, 'no-such-row')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('counts a pre-season check for its season only: it expires when the season ends', async () => {
    expect(seasonOf(new Date('2026-05-10T01:00:00Z'), '09-30')).toEqual({ season: 2026, expiresAt: new Date('2026-09-30T15:59:59.999Z') });
    expect(seasonOf(new Date('2026-10-01T00:00:00Z'), '09-30').season).toBe(2027); // 08:00 on 10月1日: next season's
    const official = await kit.as('township-official');
    const checked = await official['flood-control'].reservoir.recordCheck({ reservoirId, answers: { ...ANSWERS, materials: false }, note: '抢险物资不足' });
    expect(checked.currentCheck).toMatchObject({ passed: false, failedItems: ['materials'] });
    expect(checked.problems).toContain('汛前检查发现问题');
    const db = kit.api.database.prisma;
    // A check of last season, which ended: it no longer counts.
    const pond = (await official['flood-control'].reservoir.create({ orgUnitId: kit.units.village, name: '去年检查塘', kind: 'pond', capacity: 2 })).id;
    await db.floodReservoirCheck.create({
      data: { countyId: kit.units.county, id: newId(), reservoirId: pond, season: 2025, answers: ANSWERS, passed: true, failedItems: [], checkedAt: new Date('2025-05-01'), expiresAt: new Date('2025-09-30T15:59:59.999Z'), checkedByName: '张' },
    });
    const list = await official['flood-control'].reservoir.list({ orgUnitId: kit.units.township });
    expect(list.find((r) => r.id === pond)).toMatchObject({ currentCheck: null, problems: expect.arrayContaining(['未开展汛前检查']) });
    const detail = await official['flood-control'].reservoir.get({ reservoirId: pond });
    expect(detail.checks.map((c) => c.season)).toEqual([2025]);
  });
});
