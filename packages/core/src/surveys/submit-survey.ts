import { createHash } from 'node:crypto';
import { newId, type HouseholdSurvey, type Prisma } from '@duban/db';
import { canonicalJson } from '../audit/canonical-json.ts';
import { badRequest, conflict, notFound } from '../errors/index.ts';
import { emitEvent } from '../events/event-bus.ts';
import type { FileStore } from '../tasks/file-store.ts';
import { lockCounty } from '../tasks/task-service.ts';
import type { PhoneProtector } from './phone-protection.ts';
import { answerProblems, normaliseAnswers, type SurveyQuestion } from './questions.ts';

type Tx = Prisma.TransactionClient;

export interface SurveySubmission {
  formVersionId: string;
  groupId: string;
  visitId?: string | null;
  villageId: string;
  address: string;
  respondentName: string;
  phone: string;
  /** The respondent's signature as a PNG. */
  signaturePng: Buffer;
  answers: Record<string, unknown>;
  latitude?: number | null;
  longitude?: number | null;
  accuracyMeters?: number | null;
  /** When the form was filled on the device. */
  capturedAt: Date;
  idempotencyKey: string;
}

export interface Surveyor {
  userId: string;
  name: string;
  personId: string;
  /** Managers may record for any group (e.g. entering paper forms); others only for their own. */
  anyGroup: boolean;
}

/** What a submission returns — the same for the first call and every replay of its key. */
export interface SubmittedSurvey {
  id: string;
  capturedAt: Date;
  submittedAt: Date;
}

const MAX_SIGNATURE_BYTES = 512 * 1024;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Device clocks drift; a form "filled" further in the future than this is refused. */
const CLOCK_SKEW_MS = 10 * 60_000;
/** A phone may stay offline for days, not months. */
const MAX_OFFLINE_AGE_MS = 60 * 86_400_000;

const projection = (s: HouseholdSurvey): SubmittedSurvey => ({ id: s.id, capturedAt: s.capturedAt, submittedAt: s.submittedAt });

/**
 * Records one household survey. Idempotent: the county is locked first (the audit head, as every
 * numbered write does), then a survey with the same submitter and key is looked up — a replay,
 * even one racing the first attempt on another connection, finds the first record and returns it;
 * the same key with different content is refused. The phone number is sealed before it is
 * stored (cipher, keyed hash, masked copy): the raw number is never written anywhere.
 */
export async function submitSurvey(
  db: Tx, countyId: string, input: SurveySubmission, surveyor: Surveyor, deps: { phones: PhoneProtector; files: FileStore }, now = new Date(),
): Promise<{ survey: SubmittedSurvey; replayed: boolean; row: HouseholdSurvey }> {
  // Keyed digest (the phone enters as its keyed hash): an unkeyed hash next to the masked number
  // would give the number away in 10,000 guesses.
  const signatureSha256 = createHash('sha256').update(input.signaturePng).digest('hex');
  const { signaturePng: _png, phone, ...rest } = input;
  const phoneHash = deps.phones.hash(countyId, phone);
  const requestDigest = createHash('sha256').update(canonicalJson({ ...rest, capturedAt: input.capturedAt.toISOString(), phoneHash, signatureSha256 })).digest('hex');

  await lockCounty(db, countyId);
  const existing = await db.householdSurvey.findUnique({
    where: { countyId_submittedByUserId_idempotencyKey: { countyId, submittedByUserId: surveyor.userId, idempotencyKey: input.idempotencyKey } },
  });
  if (existing) {
    if (existing.requestDigest !== requestDigest) {
      throw conflict('surveys.errors.keyReused', '该提交编号已用于另一份调查,请重新打开表单填写', { key: input.idempotencyKey });
    }
    return { survey: projection(existing), replayed: true, row: existing };
  }

  const version = await db.surveyFormVersion.findUnique({ where: { countyId_id: { countyId, id: input.formVersionId } } });
  if (!version) throw notFound('调查表', input.formVersionId);
  const questions = version.questions as unknown as SurveyQuestion[];
  const problems = answerProblems(questions, input.answers);
  if (problems.length) {
    const p = problems[0]!;
    throw badRequest('surveys.errors.answerInvalid', `「${p.label}」:${p.message}`, { question: p.label, problem: p.message });
  }

  const village = await db.orgUnit.findUnique({ where: { countyId_id: { countyId, id: input.villageId } } });
  if (!village || village.level !== 'village') throw badRequest('surveys.errors.notVillage', '请选择受访户所在的村(居)', {});
  if (village.archivedAt) throw badRequest('surveys.errors.villageArchived', `「${village.name}」已撤销`, { name: village.name });

  const group = await db.inspectionGroup.findUnique({ where: { countyId_id: { countyId, id: input.groupId } }, include: { members: true } });
  if (!group) throw notFound('督查组', input.groupId);
  if (!surveyor.anyGroup && !group.members.some((m) => m.personId === surveyor.personId)) {
    throw badRequest('surveys.errors.notMember', `您不是「${group.name}」的成员`, { group: group.name });
  }
  if (input.visitId) {
    const visit = await db.inspectionVisit.findUnique({ where: { countyId_id: { countyId, id: input.visitId } }, include: { orgUnit: true } });
    if (!visit) throw notFound('督查安排', input.visitId);
    if (visit.groupId !== group.id) throw badRequest('surveys.errors.visitOtherGroup', '该次督查不属于所选督查组', {});
    if (visit.status === 'cancelled') throw badRequest('surveys.errors.visitCancelled', '该次督查已取消', {});
    if (!village.path.startsWith(visit.orgUnit.path)) {
      throw badRequest('surveys.errors.villageOutsideVisit', `「${village.name}」不在本次督查的「${visit.orgUnit.name}」范围内`, { village: village.name, unit: visit.orgUnit.name });
    }
  }

  const captured = input.capturedAt.getTime();
  if (captured > now.getTime() + CLOCK_SKEW_MS) throw badRequest('surveys.errors.capturedInFuture', '调查时间晚于当前时间,请检查手机时间', {});
  if (captured < now.getTime() - MAX_OFFLINE_AGE_MS) throw badRequest('surveys.errors.capturedTooOld', '调查时间早于 60 天前,不能再补报', {});
  if ((input.latitude == null) !== (input.longitude == null)) throw badRequest('surveys.errors.gpsIncomplete', '定位须同时有经度和纬度', {});
  if (input.signaturePng.length > MAX_SIGNATURE_BYTES) throw badRequest('surveys.errors.signatureTooLarge', '签名图片超过 512 KB', {});
  if (!input.signaturePng.subarray(0, 8).equals(PNG_MAGIC)) throw badRequest('surveys.errors.signatureNotPng', '签名须为 PNG 图片', {});

  const sealed = deps.phones.seal(countyId, phone);
  const sha = await deps.files.put(countyId, input.signaturePng);
  const row = await db.householdSurvey.create({
    data: {
      countyId, id: newId(), formVersionId: version.id, groupId: group.id, visitId: input.visitId ?? null,
      townshipId: village.parentId!, villageId: village.id, address: input.address.trim(), respondentName: input.respondentName.trim(),
      phoneCipher: sealed.cipher, phoneHash: sealed.hash, phoneMasked: sealed.masked,
      signatureSha256: sha, signatureSize: input.signaturePng.length,
      answers: normaliseAnswers(questions, input.answers),
      latitude: input.latitude ?? null, longitude: input.longitude ?? null, accuracyMeters: input.accuracyMeters ?? null,
      capturedAt: input.capturedAt, submittedAt: now,
      submittedByUserId: surveyor.userId, submittedByName: surveyor.name,
      idempotencyKey: input.idempotencyKey, requestDigest,
    },
  });
  await emitEvent(db, { name: 'survey.submitted', countyId, occurredAt: now, payload: { surveyId: row.id, formId: version.formId, orgUnitId: village.id } });
  return { survey: projection(row), replayed: false, row };
}
