// Entity fixtures of household surveys (入户调查) for the generated access matrix: a survey (and
// its call-back) sits at the given unit as its village; a form is owned by the given unit.
import { newId, type Database } from '@duban/db';
import { phoneProtector } from '@duban/core';
import { registerEntityFixture } from './fixtures.ts';

type Unit = { countyId: string; id: string };

async function form(db: Database, unit: Unit) {
  const id = newId();
  await db.prisma.surveyForm.create({ data: { countyId: unit.countyId, id, ownerUnitId: unit.id, title: `样例调查表${id.slice(0, 8)}`, topic: '样例' } });
  const versionId = newId();
  await db.prisma.surveyFormVersion.create({
    data: { countyId: unit.countyId, id: versionId, formId: id, version: 1, questions: [{ key: 'aware', label: '是否知晓', type: 'yes_no', required: true }] },
  });
  return { id, versionId };
}

async function survey(db: Database, unit: Unit) {
  const { versionId } = await form(db, unit);
  const groupId = newId();
  await db.prisma.inspectionGroup.create({ data: { countyId: unit.countyId, id: groupId, planningUnitId: unit.id, name: `样例督查组${groupId.slice(0, 8)}`, year: 2026 } });
  const row = await db.prisma.orgUnit.findUniqueOrThrow({ where: { countyId_id: { countyId: unit.countyId, id: unit.id } } });
  const id = newId();
  await db.prisma.householdSurvey.create({
    data: {
      countyId: unit.countyId, id, formVersionId: versionId, groupId, townshipId: row.parentId ?? row.id, villageId: row.id, address: '一组 1 号',
      respondentName: '样例', phoneCipher: phoneKey ? phoneProtector(phoneKey).seal(unit.countyId, '13800138000').cipher : 'x', phoneHash: `h${id}`, phoneMasked: '138****0000', signatureSha256: '0'.repeat(64), signatureSize: 1,
      answers: { aware: true }, capturedAt: new Date(), submittedByUserId: 'fixture', submittedByName: '样例', idempotencyKey: id, requestDigest: 'x',
    },
  });
  return id;
}

registerEntityFixture('surveyForm', async (db, unit) => (await form(db, unit)).id);
registerEntityFixture('surveyFormVersion', async (db, unit) => (await form(db, unit)).versionId);

/**
 * Fixtures know no data key: the world passes the test API's here before seeding, so a fixture's
 * phone is a real cipher and revealing it exercises the real decryption (rows are immutable).
 */
let phoneKey: Buffer | undefined;
export const useFixturePhoneKey = (dataKey: Buffer) => void (phoneKey = dataKey);
/** A real cipher of 13800138000 under the world's key (complaints' fixtures seal theirs the same way). */
export const fixturePhoneCipher = (countyId: string) => (phoneKey ? phoneProtector(phoneKey).seal(countyId, '13800138000').cipher : 'x');
registerEntityFixture('householdSurvey', survey);
registerEntityFixture('surveyCallback', async (db, unit) => {
  const surveyId = await survey(db, unit);
  const drawId = newId();
  await db.prisma.surveyCallbackDraw.create({
    data: { countyId: unit.countyId, id: drawId, orgUnitId: unit.id, periodStart: new Date(0), periodEnd: new Date(), sharePercent: 100, seed: 's', eligible: 1, drawn: 1 },
  });
  const id = newId();
  await db.prisma.surveyCallback.create({ data: { countyId: unit.countyId, id, drawId, surveyId } });
  return id;
});
