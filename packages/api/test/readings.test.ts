import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

/** An instant given as China time (the county's zone). */
const china = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);

/**
 * 监测站点 as the web shows them (issue 15 item 4): a township's rain station with a flood season;
 * the list gives the latest value's state and the season's total and maximum (readings outside
 * the season left out), the station's series links each crossing to its reading, and a station of
 * another township is not listed.
 */
describe('readings: the stations list and a station series', () => {
  const t = useTestCounty();
  let stationId = '';

  it('lists a station with its state and this season’s total and maximum', async () => {
    t.api.services.clock = () => china('2026-07-15 12:00');
    const admin = await t.api.as('a-admin');
    const township = t.county.seeded.townships[0]!;
    stationId = (await admin.reading.createStation({ orgUnitId: township.id, name: '青龙河雨量站', kind: 'rain', unit: 'mm', threshold: 50, seasonStart: '06-01', seasonEnd: '09-30' })).id;
    const other = await admin.reading.createStation({ orgUnitId: t.county.seeded.townships[1]!.id, name: '别镇雨量站', kind: 'rain', unit: 'mm' });
    // 05-31 is outside the season; 80 crosses the threshold; the latest (12) is below it again.
    await admin.reading.importCsv({ stationId, csv: '时间,数值\n2026-05-31 08:00,99\n2026-06-10 08:00,20\n2026-06-10 09:00,80\n2026-07-01 08:00,12\n' });
    const listed = (await admin.reading.listStations()).find((s) => s.id === stationId)!;
    expect(listed).toMatchObject({ state: 'normal', overThreshold: false, unitPath: township.path, latest: { value: 12 }, season: { year: 2026, total: 112, max: 80 } });
    await admin.reading.enter({ stationId, measuredAt: china('2026-07-15 11:00').toISOString(), value: 50 });
    expect((await admin.reading.listStations()).find((s) => s.id === stationId)).toMatchObject({ state: 'over', season: { total: 162, max: 80 } });

    // The township's own official sees its station, not the other township's.
    const ids = (await (await t.api.as('a-xiangzhen')).reading.listStations()).map((s) => s.id);
    expect(ids).toContain(stationId);
    expect(ids).not.toContain(other.id);
  });

  it('links each crossing to the reading that made it and to what it raised', async () => {
    const admin = await t.api.as('a-admin');
    const series = await admin.reading.series({ stationId, year: 2026 });
    expect(series.timeZone).toBe('Asia/Shanghai');
    // Three crossings: 99 (the first reading), 80 (after 20) and 50 (after 12); 99 is outside the season but still a reading.
    expect(series.alerts).toHaveLength(3);
    const byReading = new Map(series.latest.map((r) => [r.id, r.value]));
    expect(series.alerts.map((a) => byReading.get(a.readingId)).sort((a, b) => a! - b!)).toEqual([50, 80, 99]);
    expect(series.alerts.every((a) => a.warningId !== null || a.taskId !== null)).toBe(true);
  });
});
