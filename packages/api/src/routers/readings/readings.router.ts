// 监测数据 (issue 15 item 4, C13): stations, readings by hand or CSV, the device key, the season chart.
import type { TRPCRouterRecord } from '@trpc/server';
import { civilDayOf, countyTimeZone, DomainError, newDeviceKey, parseReadingsCsv, readingState, recordReadings, seasonStats, seasonWindow } from '@duban/core';
import { newId } from '@duban/db';
import { nowOf } from '../../clock.ts';
import { procedure } from '../../procedures.ts';
import { createStationInput, enterReadingInput, importReadingsInput, stationIdInput, stationSeriesInput, updateStationInput } from '../../schemas/index.ts';

type Ctx = { db: import('@duban/db').Prisma.TransactionClient; authz: { target: { countyId: string } | null } };
const stationOf = async (ctx: Ctx, stationId: string) => {
  const s = await ctx.db.readingStation.findUniqueOrThrow({ where: { countyId_id: { countyId: ctx.authz.target!.countyId, id: stationId } } });
  if (s.archivedAt) throw new DomainError('CONFLICT', 'errors.reading.archived', '该监测站点已停用');
  return s;
};
const seasonBoth = (a?: string | null, b?: string | null) => {
  if (Boolean(a) !== Boolean(b)) throw new DomainError('BAD_REQUEST', 'errors.reading.seasonBoth', '统计时段须同时填写开始和结束日期');
};
const publicStation = (s: { id: string; name: string; kind: string; unit: string; orgUnitId: string; subjectRef: string | null; threshold: number | null; alertAction: string; alertLevel: string; seasonStart: string | null; seasonEnd: string | null; deviceKeyIssuedAt: Date | null; archivedAt: Date | null }) => ({
  id: s.id, name: s.name, kind: s.kind, unit: s.unit, orgUnitId: s.orgUnitId, subjectRef: s.subjectRef, threshold: s.threshold, alertAction: s.alertAction, alertLevel: s.alertLevel,
  seasonStart: s.seasonStart, seasonEnd: s.seasonEnd, deviceKeyIssuedAt: s.deviceKeyIssuedAt, archived: s.archivedAt !== null,
});

export const readingsRouter = {
  /** 新建监测站点 at a unit (or standing for a plugin's register row). */
  createStation: procedure
    .meta({ permission: 'core.reading.manage', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(createStationInput)
    .mutation(async ({ ctx, input }) => {
      seasonBoth(input.seasonStart, input.seasonEnd);
      const countyId = ctx.authz.target!.countyId;
      const id = newId();
      await ctx.db.readingStation.create({
        data: { countyId, id, orgUnitId: input.orgUnitId, name: input.name, kind: input.kind, unit: input.unit, subjectRef: input.subjectRef ?? null, threshold: input.threshold ?? null,
          alertAction: input.alertAction, alertLevel: input.alertLevel, seasonStart: input.seasonStart ?? null, seasonEnd: input.seasonEnd ?? null },
      });
      await ctx.audit({ entityType: 'readingStation', entityId: id, orgUnitId: input.orgUnitId, after: { name: input.name, kind: input.kind, threshold: input.threshold ?? null } });
      return { id };
    }),

  /** 阈值与统计时段. */
  updateStation: procedure
    .meta({ permission: 'core.reading.manage', scope: { entity: 'readingStation', field: 'stationId' } })
    .input(updateStationInput)
    .mutation(async ({ ctx, input }) => {
      seasonBoth(input.seasonStart, input.seasonEnd);
      const before = await stationOf(ctx, input.stationId);
      const data = { threshold: input.threshold ?? null, alertAction: input.alertAction, alertLevel: input.alertLevel, seasonStart: input.seasonStart ?? null, seasonEnd: input.seasonEnd ?? null };
      await ctx.db.readingStation.update({ where: { countyId_id: { countyId: before.countyId, id: before.id } }, data });
      await ctx.audit({ entityType: 'readingStation', entityId: before.id, orgUnitId: before.orgUnitId, before: { threshold: before.threshold, alertAction: before.alertAction }, after: data });
      return { id: before.id };
    }),

  /** 设备密钥: a new key replaces the old one; shown once, stored as its SHA-256 only. */
  issueKey: procedure
    .meta({ permission: 'core.reading.manage', scope: { entity: 'readingStation', field: 'stationId' } })
    .input(stationIdInput)
    .mutation(async ({ ctx, input }) => {
      const s = await stationOf(ctx, input.stationId);
      const { key, hash } = newDeviceKey(s.id);
      const now = nowOf(ctx);
      await ctx.db.readingStation.update({ where: { countyId_id: { countyId: s.countyId, id: s.id } }, data: { deviceKeyHash: hash, deviceKeyIssuedAt: now } });
      await ctx.audit({ entityType: 'readingStation', entityId: s.id, orgUnitId: s.orgUnitId, after: { deviceKeyIssuedAt: now.toISOString(), replaced: s.deviceKeyHash !== null } });
      return { key, issuedAt: now };
    }),

  /** Stations at units the caller may read, with their latest reading, its state and this year's season total and maximum. */
  listStations: procedure
    .meta({ permission: 'core.reading.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const rows = await ctx.db.readingStation.findMany({
        where: { countyId, orgUnit: { OR: ctx.authz.roots.map((r) => ({ path: { startsWith: r } })) } },
        include: { orgUnit: { select: { name: true, path: true } }, readings: { orderBy: { measuredAt: 'desc' }, take: 1, select: { value: true, measuredAt: true } } },
        orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
        take: 500,
      });
      // Each station's season of the current (county) year, summed in one grouped query.
      const timeZone = await countyTimeZone(ctx.db, countyId);
      const year = new Date(civilDayOf(nowOf(ctx), timeZone)).getUTCFullYear();
      const windows = new Map(rows.map((s) => [s.id, seasonWindow(year, timeZone, s.seasonStart, s.seasonEnd)]));
      const sums = rows.length
        ? await ctx.db.reading.groupBy({
          by: ['stationId'], _sum: { value: true }, _max: { value: true },
          where: { countyId, OR: rows.map((s) => ({ stationId: s.id, measuredAt: { gte: windows.get(s.id)!.start, lt: windows.get(s.id)!.end } })) },
        })
        : [];
      const season = new Map(sums.map((g) => [g.stationId, { total: Math.round((g._sum.value ?? 0) * 1000) / 1000, max: g._max.value }]));
      return rows.map((s) => {
        const latest = s.readings[0] ?? null;
        const state = readingState(latest?.value, s.threshold);
        return { ...publicStation(s), unitName: s.orgUnit.name, unitPath: s.orgUnit.path, timeZone, latest, state, overThreshold: state === 'over', season: { year, ...windows.get(s.id)!, ...(season.get(s.id) ?? { total: 0, max: null }) } };
      });
    }),

  /** 一个站点的汛期: daily sums and maxima for the chart, the season's total and peak, the latest readings and alerts. */
  series: procedure
    .meta({ permission: 'core.reading.read', scope: { entity: 'readingStation', field: 'stationId' } })
    .input(stationSeriesInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const s = await ctx.db.readingStation.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.stationId } }, include: { orgUnit: { select: { name: true, path: true } } } });
      const timeZone = await countyTimeZone(ctx.db, countyId);
      const window = seasonWindow(input.year, timeZone, s.seasonStart, s.seasonEnd);
      const [stats, latest, alerts] = await Promise.all([
        seasonStats(ctx.db, countyId, s.id, window, timeZone),
        ctx.db.reading.findMany({ where: { countyId, stationId: s.id }, orderBy: { measuredAt: 'desc' }, take: 50, select: { id: true, measuredAt: true, value: true, source: true, enteredByName: true } }),
        ctx.db.readingAlert.findMany({ where: { countyId, stationId: s.id }, orderBy: { createdAt: 'desc' }, take: 50, select: { id: true, readingId: true, value: true, threshold: true, warningId: true, taskId: true, createdAt: true } }),
      ]);
      return { station: { ...publicStation(s), unitName: s.orgUnit.name, unitPath: s.orgUnit.path }, window, timeZone, stats, latest, alerts };
    }),

  /** 录入一条. */
  enter: procedure
    .meta({ permission: 'core.reading.enter', scope: { entity: 'readingStation', field: 'stationId' } })
    .input(enterReadingInput)
    .mutation(async ({ ctx, input }) => {
      const s = await stationOf(ctx, input.stationId);
      const r = await recordReadings(ctx.db, s, [{ measuredAt: new Date(input.measuredAt), value: input.value, idempotencyKey: input.idempotencyKey ?? null }], 'manual', ctx.actor!.name, nowOf(ctx));
      await ctx.audit({ entityType: 'readingStation', entityId: s.id, orgUnitId: s.orgUnitId, after: { source: 'manual', measuredAt: input.measuredAt, value: input.value, stored: r.stored, alerts: r.alerts.length } });
      return r;
    }),

  /** 导入 CSV: all lines or none. */
  importCsv: procedure
    .meta({ permission: 'core.reading.enter', scope: { entity: 'readingStation', field: 'stationId' } })
    .input(importReadingsInput)
    .mutation(async ({ ctx, input }) => {
      const s = await stationOf(ctx, input.stationId);
      const rows = parseReadingsCsv(input.csv, await countyTimeZone(ctx.db, s.countyId));
      const r = await recordReadings(ctx.db, s, rows, 'csv', ctx.actor!.name, nowOf(ctx));
      await ctx.audit({ entityType: 'readingStation', entityId: s.id, orgUnitId: s.orgUnitId, after: { source: 'csv', rows: rows.length, stored: r.stored, alerts: r.alerts.length } });
      return r;
    }),
} satisfies TRPCRouterRecord;
