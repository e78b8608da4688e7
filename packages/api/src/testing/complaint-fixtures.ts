// Entity fixtures of complaint intake (投诉) for the generated access matrix.
import { newId, type Database } from '@duban/db';
import { registerEntityFixture, taskFixture } from './fixtures.ts';
import { fixturePhoneCipher } from './survey-fixtures.ts';

// 投诉: a complaint taken in at the unit (about the unit), and a dispatch of one to the unit, with
// its task already 办结 so that a 回访 may be recorded.
const complaint = async (db: Database, unit: { countyId: string; id: string }) => {
  const id = newId();
  await db.prisma.complaint.create({
    data: {
      countyId: unit.countyId, id, serial: `投诉〔测试〕${id.slice(0, 8)}`, channel: '12345', subject: '样例投诉', subjectKey: `样例投诉${id}`, content: '样例投诉内容',
      intakeUnitId: unit.id, locationUnitId: unit.id, phoneCipher: fixturePhoneCipher(unit.countyId), phoneMasked: '138****0000', receivedAt: new Date(),
    },
  });
  return id;
};
registerEntityFixture('complaint', complaint);
registerEntityFixture('complaintDispatch', async (db, unit) => {
  const complaintId = await complaint(db, unit);
  const taskId = await taskFixture(db, unit);
  await db.prisma.task.update({ where: { countyId_id: { countyId: unit.countyId, id: taskId } }, data: { kind: 'complaint', status: 'closed', closedAt: new Date() } });
  const id = newId();
  const now = new Date();
  await db.prisma.complaintDispatch.create({ data: { countyId: unit.countyId, id, complaintId, taskId, orgUnitId: unit.id, dispatchedAt: now, signDueAt: now, handleDueAt: now } });
  return id;
});
