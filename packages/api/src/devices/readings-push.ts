// POST /api/readings: a station's device pushes its readings with the station's key
// (`Authorization: Bearer <key>`), outside any session or CSRF token. A wrong, unknown or retired
// key is one 401 (no telling which). `Idempotency-Key` makes a resent request store once: each
// reading is keyed `<idempotency key>:<index>` unless it brings its own key. Readings, alerts and
// the audit row commit together.
import { appendAudit, deviceKeyMatches, recordReadings, stationOfKey } from '@duban/core';
import type { PrismaClient } from '@duban/db';
import { devicePushBody } from '../schemas/index.ts';

export interface DevicePush {
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: unknown;
}

const refusal = (status: number, key: string, message: string) => ({ status, body: { error: { key, message } } });
const denied = () => refusal(401, 'errors.reading.deviceKey', '设备密钥无效 / Invalid device key');

export async function pushDeviceReadings(prisma: PrismaClient, push: DevicePush, now = new Date()) {
  const key = /^Bearer\s+(\S+)$/i.exec(push.authorization ?? '')?.[1];
  const stationId = key ? stationOfKey(key) : null;
  if (!key || !stationId) return denied();
  const station = await prisma.readingStation.findFirst({ where: { id: stationId, archivedAt: null } });
  if (!station || !deviceKeyMatches(key, station.deviceKeyHash)) return denied();
  const idem = push.idempotencyKey?.trim();
  if (idem !== undefined && (idem.length === 0 || idem.length > 100)) return refusal(400, 'errors.reading.idempotencyKey', 'Idempotency-Key 应为 1 到 100 个字符 / Idempotency-Key must be 1 to 100 characters');
  const parsed = devicePushBody.safeParse(push.body);
  if (!parsed.success) return refusal(400, 'errors.reading.pushBody', '数据格式不正确：readings 应为 1 到 500 条，每条含 at（ISO 时间）和 value（数值） / Body must be {"readings":[{"at":ISO time,"value":number}]}');
  const readings = parsed.data.readings.map((r, i) => ({ measuredAt: new Date(r.at), value: r.value, idempotencyKey: r.key ?? (idem ? `${idem}:${i}` : null) }));
  const result = await prisma.$transaction(async (db) => {
    const r = await recordReadings(db, station, readings, 'device', null, now);
    await appendAudit(db, {
      countyId: station.countyId, procedure: 'device.readings.push', entityType: 'readingStation', entityId: station.id, orgUnitId: station.orgUnitId,
      after: { received: readings.length, stored: r.stored, alerts: r.alerts.length }, detail: r.stored === 0 ? 'replayed push (already stored)' : null,
    });
    return r;
  });
  return { status: 200, body: { stored: result.stored, duplicates: result.duplicates, alerts: result.alerts.length } };
}
