import { createHash } from 'node:crypto';
import { newId, type InspectionRecord, type Prisma } from '@duban/db';
import { canonicalJson } from '../audit/canonical-json.ts';
import { badRequest, conflict, notFound } from '../errors/index.ts';
import { emitEvent } from '../events/event-bus.ts';
import type { FileStore } from '../tasks/file-store.ts';
import { notifyUnit } from '../tasks/task-service.ts';
import { evaluateChecklist, type Answers, type AnswerValue } from './checklist-evaluate.ts';
import { allItems } from './checklist-template.ts';
import { readPhotoFacts } from './exif.ts';
import { versionTemplate } from './template-service.ts';
import { assertMember } from './visit-service.ts';

type Tx = Prisma.TransactionClient;

export interface RecordFileInput {
  /** The client's reference, used in `answers` (photo items: a list of refs; signatures: one ref). */
  ref: string;
  itemKey: string;
  kind: 'photo' | 'signature';
  fileName: string;
  contentType: string;
  base64: string;
}

export interface SubmitRecordInput {
  /** Client-generated UUID: a retried submission carries the same one and gets the first result. */
  idempotencyKey: string;
  visitId: string;
  templateVersionId: string;
  answers: Answers;
  files: RecordFileInput[];
  gps: { lat: number; lng: number; accuracy?: number | null } | null;
  /** When the form was filled on the device. */
  capturedAt: Date;
  /** A correction names the record it corrects. */
  previousId?: string | null;
  correctionNote?: string | null;
}

export interface RecordActor {
  userId: string;
  name: string;
  personId: string;
}

const MAX_FILE = 5 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const PNG_MAGIC = Buffer.from('89504e470d0a1a0a', 'hex');

/**
 * What a replay must repeat exactly: the same key with other answers, files, place or time is a
 * different record and is refused (409), as a survey is, instead of silently answering with the
 * first record (security finding F21). Files enter by content hash, not by their base64.
 */
function submissionDigest(input: SubmitRecordInput): string {
  const { files, capturedAt, ...rest } = input;
  const fileHashes = files.map(({ base64, ...f }) => ({ ...f, sha256: createHash('sha256').update(base64).digest('hex') }));
  return createHash('sha256').update(canonicalJson({ ...rest, capturedAt: capturedAt.toISOString(), files: fileHashes })).digest('hex');
}

/**
 * Serialises submissions with one idempotency key (two retries racing each other): the second
 * waits for the first to commit, then finds its record.
 */
async function lockKey(db: Tx, countyId: string, userId: string, key: string) {
  await db.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`inspection-record:${countyId}:${userId}:${key}`}))) AS l`;
}

/**
 * Submits an on-site record: evaluated against the template version it was filled with, photos
 * and signature stored by content hash (with the photos' EXIF time and place), immutable once
 * written. A replay of the same idempotency key by the same user returns the first record
 * (`replayed: true`) and writes nothing.
 */
export async function submitRecord(db: Tx, files: FileStore, countyId: string, input: SubmitRecordInput, actor: RecordActor, now: Date): Promise<{ record: InspectionRecord; replayed: boolean }> {
  const requestDigest = submissionDigest(input);
  await lockKey(db, countyId, actor.userId, input.idempotencyKey);
  const first = await db.inspectionRecord.findUnique({
    where: { countyId_submittedByUserId_idempotencyKey: { countyId, submittedByUserId: actor.userId, idempotencyKey: input.idempotencyKey } },
  });
  if (first) {
    // Records written before the digest existed have none: they keep the old replay answer.
    if (first.requestDigest && first.requestDigest !== requestDigest) {
      throw conflict('inspections.errors.keyReused', '该提交编号已用于另一份检查记录,请重新打开检查表填写', { key: input.idempotencyKey });
    }
    return { record: first, replayed: true };
  }

  const visit = await db.inspectionVisit.findUnique({ where: { countyId_id: { countyId, id: input.visitId } }, include: { templates: true } });
  if (!visit) throw notFound('督查', input.visitId);
  await assertMember(db, countyId, visit.groupId, actor.personId);
  const correcting = !!input.previousId;
  if (visit.status === 'cancelled') throw badRequest('inspections.errors.visitCancelled', '该督查已取消');
  if (visit.status === 'completed' && !correcting) throw badRequest('inspections.errors.visitCompleted', '该督查已结束,只能更正已有记录');
  if (visit.status === 'planned') {
    // Filling the first checklist on site starts the visit (an offline inspector could not check in).
    if (now.getTime() < visit.windowStart.getTime()) throw badRequest('inspections.errors.tooEarly', '督查时段尚未开始', { from: visit.windowStart.toISOString().slice(0, 10) });
    await db.inspectionVisit.update({ where: { countyId_id: { countyId, id: visit.id } }, data: { status: 'in_progress', startedAt: now } });
    await notifyUnit(db, countyId, visit.orgUnitId, `督查组已到达:${visit.title}`, '督查组已开始现场督查,请配合');
  }

  const version = await db.inspectionTemplateVersion.findUnique({ where: { countyId_id: { countyId, id: input.templateVersionId } } });
  if (!version || !visit.templates.some((t) => t.templateId === version.templateId)) {
    throw badRequest('inspections.errors.templateNotInVisit', '该检查表不属于本次督查');
  }

  let previous: InspectionRecord | null = null;
  if (input.previousId) {
    previous = await db.inspectionRecord.findUnique({ where: { countyId_id: { countyId, id: input.previousId } }, include: { templateVersion: true } });
    if (!previous || previous.visitId !== visit.id) throw notFound('督查记录', input.previousId);
    const prevVersion = await db.inspectionTemplateVersion.findUniqueOrThrow({ where: { countyId_id: { countyId, id: previous.templateVersionId } } });
    if (prevVersion.templateId !== version.templateId) throw badRequest('inspections.errors.correctionTemplate', '更正须使用同一张检查表');
    const later = await db.inspectionRecord.findUnique({ where: { countyId_previousId: { countyId, previousId: previous.id } } });
    if (later) throw badRequest('inspections.errors.alreadyCorrected', `该记录已有更正(第 ${later.version} 版),请在最新版本上更正`, { version: later.version });
    if (!input.correctionNote?.trim()) throw badRequest('inspections.errors.correctionNote', '更正须说明原因');
  }

  const template = versionTemplate(version.definition);
  const items = new Map(allItems(template).map((i) => [i.key, i]));
  // Files: each belongs to a photo or signature item and is referenced by that item's answer.
  const refs = new Map(input.files.map((f) => [f.ref, f]));
  if (refs.size !== input.files.length) throw badRequest('inspections.errors.fileRefDuplicate', '文件引用重复');
  for (const f of input.files) {
    const item = items.get(f.itemKey);
    const expected = item?.type === 'photo' ? 'photo' : item?.type === 'signature' ? 'signature' : null;
    if (expected !== f.kind) throw badRequest('inspections.errors.fileItem', `文件「${f.fileName}」不属于拍照或签名项`, { file: f.fileName });
    const answer = input.answers[f.itemKey];
    const referenced = Array.isArray(answer) ? answer.includes(f.ref) : answer === f.ref;
    if (!referenced) throw badRequest('inspections.errors.fileUnreferenced', `文件「${f.fileName}」没有对应的答案`, { file: f.fileName });
  }
  for (const [key, item] of items) {
    if (item.type !== 'photo' && item.type !== 'signature') continue;
    const answer = input.answers[key];
    const used = answer === undefined || answer === null ? [] : Array.isArray(answer) ? answer : [answer];
    for (const ref of used) if (refs.get(String(ref))?.itemKey !== key) throw badRequest('inspections.errors.fileMissing', `「${item.label.zh}」引用的文件未上传`, { item: item.label.zh });
  }
  const evaluation = evaluateChecklist(template, input.answers);
  if (evaluation.problems.length) {
    throw badRequest('inspections.errors.recordIncomplete', evaluation.problems.map((p) => p.message).join(';'), { first: evaluation.problems[0]!.message, count: evaluation.problems.length });
  }

  const recordId = newId();
  const fileRows: Prisma.InspectionRecordFileCreateManyInput[] = [];
  const idOfRef = new Map<string, string>();
  for (const f of input.files) {
    const bytes = Buffer.from(f.base64, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_FILE) throw badRequest('inspections.errors.fileSize', `「${f.fileName}」为空或超过 5 MB`, { file: f.fileName });
    if (f.kind === 'signature' && (f.contentType !== 'image/png' || !bytes.subarray(0, 8).equals(PNG_MAGIC))) {
      throw badRequest('inspections.errors.signaturePng', '签名须为 PNG 图片');
    }
    if (f.kind === 'photo' && !PHOTO_TYPES.includes(f.contentType)) throw badRequest('inspections.errors.photoType', `「${f.fileName}」不是 JPEG、PNG 或 WebP 图片`, { file: f.fileName });
    const sha256 = await files.put(countyId, bytes);
    const facts = f.kind === 'photo' ? await readPhotoFacts(bytes) : { takenAt: null, latitude: null, longitude: null };
    const id = newId();
    idOfRef.set(f.ref, id);
    fileRows.push({
      countyId, id, recordId, itemKey: f.itemKey, kind: f.kind, fileName: f.fileName, contentType: f.contentType, size: bytes.length, sha256,
      exifTakenAt: facts.takenAt, exifLatitude: facts.latitude, exifLongitude: facts.longitude,
    });
  }
  // Stored answers name the stored files, not the client's references.
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(evaluation.answers)) {
    const type = items.get(key)!.type;
    answers[key] = type === 'photo' ? (value as string[]).map((r) => idOfRef.get(r)!) : type === 'signature' ? idOfRef.get(value as string)! : value;
  }
  const record = await db.inspectionRecord.create({
    data: {
      countyId, id: recordId, visitId: visit.id, orgUnitId: visit.orgUnitId, subjectEntity: visit.subjectEntity, subjectId: visit.subjectId, templateVersionId: version.id,
      version: previous ? previous.version + 1 : 1, previousId: previous?.id ?? null,
      submittedByUserId: actor.userId, submittedByName: actor.name, idempotencyKey: input.idempotencyKey, requestDigest,
      answers: answers as Prisma.InputJsonValue, evaluation: evaluation.items as unknown as Prisma.InputJsonValue,
      passed: evaluation.passed, score: evaluation.score, maxScore: evaluation.maxScore,
      latitude: input.gps?.lat ?? null, longitude: input.gps?.lng ?? null, accuracyMeters: input.gps?.accuracy ?? null,
      capturedAt: input.capturedAt, submittedAt: now, correctionNote: input.correctionNote?.trim() || null,
    },
  });
  if (fileRows.length) await db.inspectionRecordFile.createMany({ data: fileRows });
  await emitEvent(db, {
    name: 'inspection.record.submitted', countyId, occurredAt: now,
    payload: { recordId, visitId: visit.id, orgUnitId: visit.orgUnitId, templateId: version.templateId, failedItems: Object.values(evaluation.items).filter((i) => i.shown && i.passed === false).length },
  });
  return { record, replayed: false };
}

/** The latest version of each record chain of a visit (records nobody has corrected). */
export async function latestRecords(db: Tx, countyId: string, visitId: string) {
  return db.inspectionRecord.findMany({ where: { countyId, visitId, correctedBy: { is: null } }, orderBy: { submittedAt: 'asc' } });
}
