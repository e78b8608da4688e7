import { hashPassword, sampleAssessmentRecords } from '@duban/core';
import { newId, type Database } from '@duban/db';
import { installedPlugins } from '../plugins/installed.ts';
import { seedSmallCounty, TEST_PASSWORD } from './index.ts';

/** Tables in dependency-free order for TRUNCATE (row triggers, like audit's, do not fire on it). */
export async function truncateAll(database: Database) {
  const rows = await database.sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_duban_migrations'`,
  );
  await database.sql.exec(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} CASCADE`);
}

/** Two small counties, A (logins a-admin, a-xiangzhen …) and B (b-admin …). */
export async function seedTwoCounties(database: Database) {
  const a = await seedSmallCounty(database, '甲县', 'a-', '111111');
  const b = await seedSmallCounty(database, '乙县', 'b-', '222222');
  return { a, b };
}

let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

/**
 * Makes a record of an entity type sitting at an org unit, for scope checks. New entity types
 * (plugins included) add a factory here or through `registerEntityFixture`.
 */
export type EntityFixture = (database: Database, unit: { countyId: string; id: string }) => Promise<string | { id: string; orgUnitId: string }>;
const fixtures = new Map<string, EntityFixture>();
export const registerEntityFixture = (entity: string, make: EntityFixture) => fixtures.set(entity, make);
/** Core entities are registered below; a plugin's come from its `sampleRecords`. */
export const entityFixture = (entity: string): EntityFixture | undefined => {
  const own = fixtures.get(entity);
  if (own) return own;
  const sample = installedPlugins().find((p) => p.server.sampleRecords?.[entity])?.server.sampleRecords?.[entity];
  return sample ? (db, unit) => sample(db.prisma, unit) : undefined;
};

const person = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  await db.prisma.person.create({ data: { countyId: unit.countyId, id, name: '样例人员', orgUnitId: unit.id } });
  return id;
};
const user = async (db: Database, unit: { countyId: string; id: string }) => {
  const personId = await person(db, unit);
  const id = newId();
  await db.prisma.user.create({ data: { countyId: unit.countyId, id, username: `fx_${id.slice(0, 8)}`, passwordHash: await passwordHash(), personId } });
  return id;
};
registerEntityFixture('orgUnit', async (_db, unit) => unit.id);
registerEntityFixture('person', person);
// A second person at the unit, for what needs two (a supervision group).
registerEntityFixture('secondPerson', person);
registerEntityFixture('user', user);
registerEntityFixture('roleAssignment', async (db, unit) => {
  const userId = await user(db, unit);
  const role = await db.prisma.role.findFirstOrThrow({ where: { countyId: unit.countyId, key: 'inspector' } });
  const id = newId();
  await db.prisma.roleAssignment.create({ data: { countyId: unit.countyId, id, userId, roleId: role.id, captureUnitId: unit.id, viewUnitId: unit.id } });
  return id;
});
registerEntityFixture('role', async (db, unit) => {
  const id = newId();
  await db.prisma.role.create({ data: { countyId: unit.countyId, id, name: `样例角色${id.slice(0, 6)}`, nameEn: 'Sample role', permissions: [] } });
  // Roles and districts belong to the county as a whole.
  return { id, orgUnitId: unit.countyId };
});
registerEntityFixture('district', async (db, unit) => {
  const id = newId();
  await db.prisma.district.create({ data: { countyId: unit.countyId, id, name: `样例片区${id.slice(0, 6)}` } });
  return { id, orgUnitId: unit.countyId };
});

let serial = 0;
/** A task whose every unit (responsible, supervising) is the given unit. */
export const taskFixture = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  await db.prisma.task.create({
    data: {
      countyId: unit.countyId, id, serial: `测试〔${++serial}〕`, kind: 'rectification', title: '样例事项',
      supervisingUnitId: unit.id, responsibleUnitId: unit.id, deadline: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  return id;
};
registerEntityFixture('task', taskFixture);
registerEntityFixture('taskResponsible', taskFixture);
registerEntityFixture('taskSupervising', taskFixture);
registerEntityFixture('taskCountersign', async (db, unit) => {
  const taskId = await taskFixture(db, unit);
  const id = newId();
  await db.prisma.taskCountersign.create({ data: { countyId: unit.countyId, id, taskId, orgUnitId: unit.id } });
  return id;
});
// 联合办案 with one share at the unit (its item handed over, one open step): the unit is lead,
// coordinator and share at once, as the task fixtures are.
const jointCaseShare = async (db: Database, unit: { countyId: string; id: string }) => {
  const taskId = await taskFixture(db, unit);
  const caseId = newId();
  const shareId = newId();
  await db.prisma.jointCase.create({ data: { countyId: unit.countyId, id: caseId, serial: `联办测试〔${++serial}〕`, title: '样例联合办案', supervisingUnitId: unit.id, leadUnitId: unit.id } });
  await db.prisma.jointCaseShare.create({ data: { countyId: unit.countyId, id: shareId, caseId, orgUnitId: unit.id, role: 'lead', duty: '样例分工', taskId } });
  return { caseId, shareId };
};
registerEntityFixture('jointCase', async (db, unit) => (await jointCaseShare(db, unit)).caseId);
registerEntityFixture('jointCaseShare', async (db, unit) => (await jointCaseShare(db, unit)).shareId);
registerEntityFixture('jointCaseStep', async (db, unit) => {
  const { shareId } = await jointCaseShare(db, unit);
  const id = newId();
  await db.prisma.jointCaseStep.create({ data: { countyId: unit.countyId, id, shareId, name: '样例步骤', sortOrder: 0 } });
  return id;
});
// 责任状 issued and held at the unit, with one target.
const letter = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  const targetId = newId();
  await db.prisma.responsibilityLetter.create({
    data: {
      countyId: unit.countyId, id, title: '样例责任状', kind: 'responsibility', issuingUnitId: unit.id, responsibleUnitId: unit.id,
      periodStart: new Date(Date.now() - 30 * 86_400_000), periodEnd: new Date(Date.now() + 300 * 86_400_000),
      targets: { create: [{ id: targetId, metric: '样例指标', unit: '吨', targetValue: 10 }] },
    },
  });
  return { id, targetId };
};
registerEntityFixture('letter', async (db, unit) => (await letter(db, unit)).id);
registerEntityFixture('letterTarget', async (db, unit) => (await letter(db, unit)).targetId);
registerEntityFixture('postCheck', async (db, unit) => {
  const taskId = await taskFixture(db, unit);
  const id = newId();
  await db.prisma.postCheck.create({ data: { countyId: unit.countyId, id, taskId } });
  return id;
});
registerEntityFixture('keyWork', async (db, unit) => {
  const id = newId();
  await db.prisma.keyWork.create({ data: { countyId: unit.countyId, id, title: '样例重点工作', year: 2026, leadUnitId: unit.id, deadline: new Date(Date.now() + 30 * 86_400_000) } });
  return id;
});

// 督查: a group planned at the unit (no members: fixtures skip the service's rules), and around
// it an announced visit (visible to everyone who may read the unit), a record and a template.
const inspectionGroup = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  await db.prisma.inspectionGroup.create({ data: { countyId: unit.countyId, id, planningUnitId: unit.id, name: `样例督查组${id.slice(0, 6)}`, year: 2026 } });
  return id;
};
const inspectionVisit = async (db: Database, unit: { countyId: string; id: string }) => {
  const groupId = await inspectionGroup(db, unit);
  const id = newId();
  await db.prisma.inspectionVisit.create({
    data: {
      countyId: unit.countyId, id, planningUnitId: unit.id, orgUnitId: unit.id, groupId, title: '样例督查', unannounced: false,
      windowStart: new Date(Date.now() - 86_400_000), windowEnd: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  return id;
};
const inspectionTemplate = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  const definition = { key: `fx-${id.slice(0, 8)}`, name: { zh: '样例检查表', en: 'Sample' }, sections: [{ key: 'main', items: [{ key: 'ok', label: { zh: '合格', en: 'OK' }, type: 'yesNo' }] }] };
  await db.prisma.inspectionTemplate.create({
    data: { countyId: unit.countyId, id, key: definition.key, name: '样例检查表', ownerUnitId: unit.id, versions: { create: { id: newId(), version: 1, definition, digest: id } } },
  });
  return id;
};
registerEntityFixture('inspectionGroup', inspectionGroup);
registerEntityFixture('inspectionRotationPlan', async (db, unit) => {
  const id = newId();
  await db.prisma.inspectionRotationPlan.create({ data: { countyId: unit.countyId, id, planningUnitId: unit.id, name: `样例轮换${id.slice(0, 6)}`, year: 2026 } });
  return id;
});
registerEntityFixture('inspectionVisit', inspectionVisit);
registerEntityFixture('inspectionVisitPlanning', inspectionVisit);
registerEntityFixture('inspectionTemplate', inspectionTemplate);
registerEntityFixture('inspectionTemplateVersion', async (db, unit) => {
  const templateId = await inspectionTemplate(db, unit);
  return (await db.prisma.inspectionTemplateVersion.findFirstOrThrow({ where: { countyId: unit.countyId, templateId } })).id;
});
registerEntityFixture('inspectionRecord', async (db, unit) => {
  const visitId = await inspectionVisit(db, unit);
  const templateId = await inspectionTemplate(db, unit);
  const version = await db.prisma.inspectionTemplateVersion.findFirstOrThrow({ where: { countyId: unit.countyId, templateId } });
  const id = newId();
  await db.prisma.inspectionRecord.create({
    data: {
      countyId: unit.countyId, id, visitId, orgUnitId: unit.id, templateVersionId: version.id, submittedByUserId: newId(), submittedByName: '样例',
      idempotencyKey: newId(), answers: { ok: true }, evaluation: {}, passed: true, score: 0, maxScore: 0, capturedAt: new Date(),
    },
  });
  return id;
});
// 考核: a draft plan organised by the unit that assesses the unit itself (owner = assessed = unit).
registerEntityFixture('assessmentPlan', async (db, unit) => (await sampleAssessmentRecords(db.prisma, unit)).planId);
registerEntityFixture('assessmentUnit', async (db, unit) => (await sampleAssessmentRecords(db.prisma, unit)).assessmentUnitId);
registerEntityFixture('assessmentProblem', async (db, unit) => (await sampleAssessmentRecords(db.prisma, unit)).problemId);

// 预警: a live warning issued by the unit, and a recipient at the unit (of a warning the unit issued).
const warning = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  const now = new Date();
  await db.prisma.warning.create({
    data: { countyId: unit.countyId, id, level: 'yellow', title: '样例预警', text: '样例预警内容', issuingUnitId: unit.id, validFrom: now, validUntil: new Date(now.getTime() + 86_400_000), ackMinutes: 30 },
  });
  return id;
};
registerEntityFixture('warning', warning);
registerEntityFixture('warningRecipient', async (db, unit) => {
  const warningId = await warning(db, unit);
  const id = newId();
  const now = new Date();
  await db.prisma.warningRecipient.create({ data: { countyId: unit.countyId, id, warningId, tier: 'village', orgUnitId: unit.id, target: unit.id, sentAt: now, dueAt: new Date(now.getTime() + 1_800_000) } });
  return id;
});

// 地图图层: a layer of one point owned by the unit.
registerEntityFixture('mapLayer', async (db, unit) => {
  const id = newId();
  await db.prisma.mapLayer.create({
    data: {
      countyId: unit.countyId, id, name: '样例图层', kind: 'point', color: '#1677ff', ownerUnitId: unit.id,
    },
  });
  await db.prisma.mapFeature.create({
    data: { countyId: unit.countyId, id: newId(), layerId: id, name: '样例点', geometry: { type: 'Point', coordinates: [111, 30.9] }, properties: {}, minLon: 111, maxLon: 111, minLat: 30.9, maxLat: 30.9 },
  });
  return id;
});

// 报送任务: a daily duty (all year) owned by the unit and owed by the unit itself; a report of it.
const reportingDuty = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  await db.prisma.reportingDuty.create({
    data: {
      countyId: unit.countyId, id, name: '样例日报', ownerUnitId: unit.id, frequency: 'daily', graceHours: 2, startsAt: new Date(Date.now() - 86_400_000),
      form: { key: 'sample', name: { zh: '样例日报', en: 'Sample' }, items: [{ key: 'rain', label: { zh: '降雨量', en: 'Rain' }, type: 'number', required: true }] },
      units: { create: [{ orgUnitId: unit.id }] },
    },
  });
  return id;
};
registerEntityFixture('reportingDuty', reportingDuty);
registerEntityFixture('dutyReport', async (db, unit) => {
  const dutyId = await reportingDuty(db, unit);
  const id = newId();
  const now = new Date();
  await db.prisma.dutyReport.create({ data: { countyId: unit.countyId, id, dutyId, orgUnitId: unit.id, periodKey: '2020-01-01', deadline: now, submittedAt: now, late: false, answers: { rain: 1 } } });
  return id;
});

// 监测站点 at the unit, with a threshold (a reading at or above it raises a warning there).
registerEntityFixture('readingStation', async (db, unit) => {
  const id = newId();
  await db.prisma.readingStation.create({ data: { countyId: unit.countyId, id, name: '样例雨量站', kind: 'rain', unit: 'mm', orgUnitId: unit.id, threshold: 50 } });
  return id;
});
