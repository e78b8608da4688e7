import { newId, type Prisma } from '@duban/db';
import { badRequest } from '../errors/index.ts';
import type { PhoneProtector } from '../surveys/phone-protection.ts';
import type { FileStore } from '../tasks/file-store.ts';
import { assertTaskKind } from '../tasks/task-kinds.ts';
import { lockCounty, notifyUnit, type Actor } from '../tasks/task-service.ts';
import { classifyAgainstEarlier } from './duplicates.ts';
import { subjectKey } from './rules.ts';

type Tx = Prisma.TransactionClient;

export interface ComplaintPhotoUpload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface ComplaintIntake {
  channel: string;
  channelRef?: string | null;
  subject: string;
  content: string;
  intakeUnitId: string;
  locationUnitId: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  complainantName?: string | null;
  /** 匿名: no name and no phone are kept, whatever was typed. */
  anonymous: boolean;
  phone?: string | null;
  receivedAt: Date;
  photos: ComplaintPhotoUpload[];
}

/** 受理 may be recorded after the fact (a letter, a paper ticket), never ahead of the clock. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** 投诉〔2026〕17号, per county and year. Callers hold the county lock. */
async function nextSerial(db: Tx, countyId: string, year: number) {
  const prefix = `投诉〔${year}〕`;
  const taken = await db.complaint.count({ where: { countyId, serial: { startsWith: prefix } } });
  return `${prefix}${taken + 1}号`;
}

/**
 * 登记: seals the complainant's phone, stores the photos, and classifies the complaint against
 * earlier ones about the same place and subject (duplicates.ts). A duplicate (重复件) is merged
 * into the open one and the office that took that one in is told; it is never dispatched itself.
 */
export async function takeInComplaint(db: Tx, countyId: string, input: ComplaintIntake, services: { phones: PhoneProtector; files: FileStore }, actor: Actor, now = new Date()) {
  assertTaskKind('complaint', input.channel);
  if (input.receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badRequest('errors.complaint.receivedInFuture', '受理时间不能晚于当前时间');
  const key = subjectKey(input.subject);
  if (!key) throw badRequest('errors.complaint.subjectEmpty', '问题类别须包含文字');
  const sealed = !input.anonymous && input.phone ? services.phones.seal(countyId, input.phone) : null;
  const photos = await Promise.all(input.photos.map(async (p) => ({ fileName: p.fileName, contentType: p.contentType, size: p.bytes.length, sha256: await services.files.put(countyId, p.bytes) })));
  await lockCounty(db, countyId);
  const { duplicateOf, repeatOf } = await classifyAgainstEarlier(db, countyId, input.locationUnitId, key, input.receivedAt);
  const id = newId();
  const complaint = await db.complaint.create({
    data: {
      countyId, id, serial: await nextSerial(db, countyId, input.receivedAt.getFullYear()), channel: input.channel, channelRef: input.channelRef ?? null,
      subject: input.subject, subjectKey: key, content: input.content, intakeUnitId: input.intakeUnitId, locationUnitId: input.locationUnitId,
      address: input.address ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
      complainantName: input.anonymous ? null : (input.complainantName ?? null), anonymous: input.anonymous,
      phoneCipher: sealed?.cipher ?? null, phoneHash: sealed?.hash ?? null, phoneMasked: sealed?.masked ?? null,
      receivedAt: input.receivedAt, duplicateOfId: duplicateOf?.id ?? null, repeatOfId: repeatOf?.id ?? null,
      createdByUserId: actor.userId, createdByName: actor.name,
      photos: { create: photos.map((p) => ({ id: newId(), ...p })) },
    },
  });
  if (duplicateOf) {
    const first = await db.complaint.findUniqueOrThrow({ where: { countyId_id: { countyId, id: duplicateOf.id } }, select: { intakeUnitId: true } });
    await notifyUnit(db, countyId, first.intakeUnitId, `重复件:${input.subject}`, `${complaint.serial} 与 ${duplicateOf.serial} 同地同事,已并入 ${duplicateOf.serial}`);
  }
  return { complaint, duplicateOf, repeatOf, photos: photos.length };
}
