import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore, loggingSmsProvider, LoginThrottle, newDeviceKey, sessionPolicyFromEnv } from '@duban/core';
import { createTestDatabase } from '@duban/db/testing';
import { seedSmallCounty } from '@duban/api/testing';
import type { Database } from '@duban/db';
import { buildApp } from '../src/app.ts';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

// The device push endpoint (issue 15 item 4): a rain gauge at a village posts with its station's
// key; a wrong key is refused, a resent request (same Idempotency-Key) is stored once, and the
// first value over the threshold raises one warning to the village.
describe('POST /api/readings', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let stationId = '';
  let key = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    const seeded = await seedSmallCounty(database, '甲县', 'a-', '111111');
    const village = seeded.seeded.townships[0]!.villages[0]!;
    stationId = 'station-push-1';
    const issued = newDeviceKey(stationId);
    key = issued.key;
    await database.prisma.readingStation.create({ data: { countyId: seeded.county.id, id: stationId, name: '石桥村雨量站', kind: 'rain', unit: 'mm', orgUnitId: village.id, threshold: 50, deviceKeyHash: issued.hash } });
    const log = createLogger('silent');
    app = await buildApp({ database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(), log, files: localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-'))), sms: loggingSmsProvider(() => undefined), dataKey: randomBytes(32) }, { ...configFromEnv({}), webDist: '/nonexistent' }, log);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const push = (authorization: string | undefined, payload: unknown, idempotencyKey?: string) =>
    app.inject({ method: 'POST', url: '/api/readings', payload: payload as object, headers: { ...(authorization ? { authorization } : {}), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) } });
  const body = { readings: [{ at: '2026-06-10T08:00:00+08:00', value: 12 }, { at: '2026-06-10T09:00:00+08:00', value: 61.5 }] };

  it('refuses a missing, wrong or foreign key the same way, storing nothing', async () => {
    const wrongSecret = `${stationId}.${'x'.repeat(43)}`;
    for (const auth of [undefined, 'Bearer nonsense', `Bearer ${wrongSecret}`, `Bearer other-station.${key.split('.')[1]}`]) {
      const res = await push(auth, body, 'req-1');
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { key: 'errors.reading.deviceKey' } });
    }
    expect(await database.prisma.reading.count({ where: { stationId } })).toBe(0);
  });

  it('stores a push once when it is resent with the same Idempotency-Key, and raises one warning', async () => {
    const first = await push(`Bearer ${key}`, body, 'req-1');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stored: 2, duplicates: 0, alerts: 1 });
    const again = await push(`Bearer ${key}`, body, 'req-1');
    expect(again.json()).toEqual({ stored: 0, duplicates: 2, alerts: 0 });
    expect(await database.prisma.reading.count({ where: { stationId } })).toBe(2);
    const alerts = await database.prisma.readingAlert.findMany({ where: { stationId } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ value: 61.5, threshold: 50 });
    const warning = await database.prisma.warning.findFirstOrThrow({ where: { id: alerts[0]!.warningId! } });
    expect(warning.title).toBe('石桥村雨量站超过警戒值');
    // Still over the threshold: no second warning for the same crossing.
    const later = await push(`Bearer ${key}`, { readings: [{ at: '2026-06-10T10:00:00+08:00', value: 70 }] }, 'req-2');
    expect(later.json()).toEqual({ stored: 1, duplicates: 0, alerts: 0 });
    expect(await database.prisma.auditLog.count({ where: { procedure: 'device.readings.push', entityId: stationId } })).toBe(3);
  });

  it('answers a malformed body with 400 and a bilingual key', async () => {
    const res = await push(`Bearer ${key}`, { readings: [{ at: 'yesterday', value: 'a lot' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { key: 'errors.reading.pushBody' } });
  });
});
