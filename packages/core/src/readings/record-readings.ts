// Stores readings of one station — by hand, from CSV, from the device — and raises an alert for
// each crossing of the station's threshold: a value at or above it whose previous reading (in
// time) was below it or absent. A reading whose idempotency key the station already has is a
// replay and stored once. An alert is a warning to the station's unit (cascading to its villages
// and groups) or a rectification item, as the station says.
import { newId, type Prisma } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { handOver, notifyUnit } from '../tasks/task-service.ts';
import { issueWarning } from '../warnings/issue-warning.ts';

type Tx = Prisma.TransactionClient;
const ACK_MINUTES: Record<string, number> = { red: 15, orange: 30, yellow: 60, blue: 120 };

export interface IncomingReading {
  measuredAt: Date;
  value: number;
  idempotencyKey?: string | null;
}

export interface StationRow {
  countyId: string;
  id: string;
  name: string;
  unit: string;
  orgUnitId: string;
  threshold: number | null;
  alertAction: string;
  alertLevel: string;
}

async function raiseAlert(db: Tx, station: StationRow, reading: { id: string; value: number; measuredAt: Date }, now: Date) {
  const threshold = station.threshold!;
  const unit = await db.orgUnit.findUniqueOrThrow({ where: { countyId_id: { countyId: station.countyId, id: station.orgUnitId } }, select: { id: true, path: true, level: true, parentId: true } });
  const title = `${station.name}超过警戒值`;
  const text = `${station.name}监测值 ${reading.value} ${station.unit}，超过警戒值 ${threshold} ${station.unit}（${reading.measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC），请立即核查处置。`;
  let warningId: string | null = null;
  let taskId: string | null = null;
  if (station.alertAction === 'rectification') {
    const task = await handOver(db, station.countyId, {
      kind: 'rectification', title, description: text, supervisingUnitId: unit.parentId ?? unit.id, responsibleUnitId: unit.id, deadline: new Date(now.getTime() + 7 * 86_400_000),
    }, { userId: null, name: '监测预警' }, now);
    taskId = task.id;
  } else {
    try {
      const level = (['blue', 'yellow', 'orange', 'red'].includes(station.alertLevel) ? station.alertLevel : 'yellow') as 'blue' | 'yellow' | 'orange' | 'red';
      const w = await issueWarning(db, {
        countyId: station.countyId, issuingUnit: unit, areaUnits: [unit], people: [], level, title, text, validUntil: new Date(now.getTime() + 86_400_000),
        ackMinutes: ACK_MINUTES[level]!, issuedBy: { userId: null, name: '监测预警' }, now,
      });
      warningId = w.id;
    } catch (error) {
      // A unit with nobody below to warn (a group, a department): its own inbox hears of it.
      if (!(error instanceof DomainError)) throw error;
      await notifyUnit(db, station.countyId, unit.id, title, text);
    }
  }
  await db.readingAlert.create({ data: { countyId: station.countyId, id: newId(), stationId: station.id, readingId: reading.id, value: reading.value, threshold, warningId, taskId, createdAt: now } });
  return { warningId, taskId };
}

export async function recordReadings(db: Tx, station: StationRow, incoming: IncomingReading[], source: 'manual' | 'csv' | 'device', enteredByName: string | null, now: Date) {
  const { countyId } = station;
  const rows = incoming.map((r) => ({ countyId, id: newId(), stationId: station.id, measuredAt: r.measuredAt, value: r.value, source, idempotencyKey: r.idempotencyKey ?? null, enteredByName, createdAt: now }));
  const keyed = rows.filter((r) => r.idempotencyKey);
  const known = keyed.length
    ? new Set((await db.reading.findMany({ where: { countyId, stationId: station.id, idempotencyKey: { in: keyed.map((r) => r.idempotencyKey!) } }, select: { idempotencyKey: true } })).map((r) => r.idempotencyKey))
    : new Set<string | null>();
  const seen = new Set<string>();
  const fresh = rows.filter((r) => {
    if (!r.idempotencyKey) return true;
    if (known.has(r.idempotencyKey) || seen.has(r.idempotencyKey)) return false;
    seen.add(r.idempotencyKey);
    return true;
  });
  // skipDuplicates: a concurrent replay of the same key loses on the unique index, not with an error.
  const { count } = fresh.length ? await db.reading.createMany({ data: fresh, skipDuplicates: true }) : { count: 0 };
  const alerts: { readingId: string; warningId: string | null; taskId: string | null }[] = [];
  if (station.threshold !== null) {
    for (const r of fresh.filter((x) => x.value >= station.threshold!).sort((a, b) => a.measuredAt.getTime() - b.measuredAt.getTime())) {
      const previous = await db.reading.findFirst({
        where: { countyId, stationId: station.id, OR: [{ measuredAt: { lt: r.measuredAt } }, { measuredAt: r.measuredAt, id: { lt: r.id } }] },
        orderBy: [{ measuredAt: 'desc' }, { id: 'desc' }], select: { value: true },
      });
      if (previous && previous.value >= station.threshold) continue;
      alerts.push({ readingId: r.id, ...(await raiseAlert(db, station, r, now)) });
    }
  }
  return { stored: count, duplicates: rows.length - count, alerts };
}
