// Register import (issue 14, item 1): 100,000 rows of a plugin register imported the way the app
// does it — the workbook read in the Excel worker (readSheet), every row checked (checkRegisterRows:
// cells, units, the zod row schema, identity), then written in one transaction (writeRegisterRows:
// multi-row INSERTs) — against PostgreSQL's COPY of the same rows from a CSV file, in the same run.
// Both land in identical tables; the row counts are checked equal. Reported: the whole import and
// its database part (check + write, without reading the workbook) as ratios to COPY.
//
//   pnpm --filter @duban/bench register-import          (BENCH_ROWS, default 100000; BENCH_RUNS, default 3)
//   DUBAN_BENCH_PG_URL=postgresql://… pnpm --filter @duban/bench register-import
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  checkRegisterRows, defineRegister, existingByIdentity, PersonDirectory, readSheet, registerSheet, UnitDirectory, writeRegisterRows,
} from '@duban/core';
import { fromPostgres } from '@duban/db';
import { realisticOrgTreeSql } from '@duban/db/testing';
import { createRequire } from 'node:module';
import { xlsxBase64 } from '@duban/core/testing';
import pg from 'pg';

// zod belongs to the core package; the benchmark borrows it (as e2e borrows exceljs).
const { z } = createRequire(new URL('../packages/core/package.json', import.meta.url))('zod') as typeof import('zod');

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const baseUrl = process.env.DUBAN_BENCH_PG_URL ?? execFileSync('bash', [fileURLToPath(new URL('../scripts/test-postgres.sh', import.meta.url)), 'start'], { encoding: 'utf8' }).trim();
const DB = 'duban_bench_registers';

const register = defineRegister({
  key: 'bench.reservoir',
  name: { zh: '库塘台账', en: 'Reservoir register' },
  table: 'bench_reservoir',
  row: z.object({
    orgUnitId: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(60),
    kind: z.enum(['reservoir', 'pond']),
    capacity: z.number().min(0).max(1_000_000),
    floodLimitLevel: z.number().min(0).max(10_000).nullish(),
    dangerous: z.boolean().default(false),
    emptied: z.boolean().default(false),
  }),
  identity: ['orgUnitId', 'name'],
  maxRows: ROWS,
  columns: [
    { key: 'orgUnitId', header: { zh: '所属单位', en: 'Unit' }, type: 'unit' },
    { key: 'name', header: { zh: '名称', en: 'Name' }, type: 'text' },
    { key: 'kind', header: { zh: '类型', en: 'Kind' }, type: 'choice', choices: [{ value: 'reservoir', zh: '水库', en: 'Reservoir' }, { value: 'pond', zh: '山坪塘', en: 'Pond' }] },
    { key: 'capacity', header: { zh: '总库容', en: 'Capacity' }, type: 'number' },
    { key: 'floodLimitLevel', header: { zh: '汛限水位', en: 'Flood limit level' }, type: 'number' },
    { key: 'dangerous', header: { zh: '病险', en: 'Dangerous' }, type: 'boolean' },
    { key: 'emptied', header: { zh: '空库运行', en: 'Run empty' }, type: 'boolean' },
  ],
});

const TABLE = (name: string) => `
  DROP TABLE IF EXISTS ${name};
  CREATE TABLE ${name} (
    county_id TEXT NOT NULL, id TEXT NOT NULL, org_unit_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    capacity DECIMAL(12,2) NOT NULL, flood_limit_level DECIMAL(8,2), dangerous BOOLEAN NOT NULL DEFAULT false, emptied BOOLEAN NOT NULL DEFAULT false,
    archived_at TIMESTAMPTZ(3), created_at TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at TIMESTAMPTZ(3) NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, org_unit_id) REFERENCES org_unit (county_id, id)
  );
  CREATE INDEX ON ${name} (county_id, org_unit_id);`;

async function main() {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${DB}`;
  const db = fromPostgres(url.toString());
  await db.migrate();
  await db.sql.exec(realisticOrgTreeSql(1));
  const units = await db.prisma.orgUnit.findMany({ select: { id: true, countyId: true, name: true, code: true, path: true, level: true, archivedAt: true } });
  const countyId = units.find((u) => u.level === 'county')!.id;
  const root = units.find((u) => u.level === 'county')!;
  const directory = new UnitDirectory(units);
  const villages = units.filter((u) => u.level === 'village');

  // The same rows for both: the workbook the user uploads and the CSV COPY reads.
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const unit = villages[i % villages.length]!;
    return { unit, label: directory.label(unit), name: `水库${i}`, kind: i % 3 ? 'reservoir' : 'pond', capacity: 10 + (i % 1000) / 4, level: i % 3 ? 300 + (i % 50) : null, dangerous: i % 7 === 0 };
  });
  const xlsx = Buffer.from(await xlsxBase64('库塘台账', [
    register.columns.map((c) => c.header.zh),
    ...rows.map((r) => [r.label, r.name, r.kind === 'reservoir' ? '水库' : '山坪塘', r.capacity, r.level, r.dangerous ? '是' : '否', '否']),
  ]), 'base64');
  const csvPath = `/tmp/${DB}-${process.pid}.csv`;
  // updated_at has no default (Prisma sets it), so COPY is given it like every other column.
  const stampedAt = new Date().toISOString();
  const csv = rows.map((r, i) => [countyId, `c${i}`, r.unit.id, r.name, r.kind, r.capacity, r.level ?? '', r.dangerous, false, stampedAt].join(',')).join('\n');
  writeFileSync(csvPath, csv + '\n');
  chmodSync(csvPath, 0o644);
  console.log(`${ROWS} rows, ${villages.length} villages; workbook ${(xlsx.length / 1e6).toFixed(1)} MB, CSV ${(csv.length / 1e6).toFixed(1)} MB`);

  const results: { read: number; checkWrite: number; copy: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    await db.sql.exec(TABLE('bench_reservoir') + TABLE('bench_reservoir_copy'));
    // COPY first in odd runs, second in even ones: neither always gets the warm cache.
    const copy = async () => {
      const t = performance.now();
      await db.sql.exec(`COPY bench_reservoir_copy (county_id, id, org_unit_id, name, kind, capacity, flood_limit_level, dangerous, emptied, updated_at) FROM '${csvPath}' WITH (FORMAT csv, NULL '')`);
      return performance.now() - t;
    };
    const importRows = async () => {
      const t0 = performance.now();
      const sheet = await readSheet(xlsx, registerSheet(register));
      const t1 = performance.now();
      if (!sheet.ok) throw new Error(`read refused: ${sheet.errors[0]?.message}`);
      await db.prisma.$transaction(async (tx) => {
        const existing = await existingByIdentity(tx, register, { countyId, path: root.path });
        const checked = await checkRegisterRows(register, sheet.rows, { units: directory, people: new PersonDirectory([]), root, refuseAt: () => null, existing });
        if (checked.errors.length) throw new Error(`unexpected row errors: ${checked.errors[0]!.message}`);
        await writeRegisterRows(tx, register, countyId, checked.drafts);
      }, { timeout: 600_000, maxWait: 10_000 });
      return { read: t1 - t0, checkWrite: performance.now() - t1 };
    };
    let copyMs: number;
    let imported: { read: number; checkWrite: number };
    if (run % 2) {
      copyMs = await copy();
      imported = await importRows();
    } else {
      imported = await importRows();
      copyMs = await copy();
    }
    const [a] = await db.sql.query<{ n: string }>('SELECT count(*) AS n FROM bench_reservoir');
    const [b] = await db.sql.query<{ n: string }>('SELECT count(*) AS n FROM bench_reservoir_copy');
    if (Number(a!.n) !== ROWS || Number(b!.n) !== ROWS) throw new Error(`row counts differ: import ${a!.n}, COPY ${b!.n}`);
    results.push({ ...imported, copy: copyMs });
    console.log(`run ${run + 1}: read ${(imported.read / 1000).toFixed(2)} s, check+write ${(imported.checkWrite / 1000).toFixed(2)} s, COPY ${(copyMs / 1000).toFixed(2)} s; ` +
      `ratio whole import ${((imported.read + imported.checkWrite) / copyMs).toFixed(1)}×, check+write ${(imported.checkWrite / copyMs).toFixed(1)}×`);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const whole = median(results.map((r) => (r.read + r.checkWrite) / r.copy));
  const dbPart = median(results.map((r) => r.checkWrite / r.copy));
  console.log(`median ratio to COPY: whole import ${whole.toFixed(1)}×, check+write ${dbPart.toFixed(1)}× (goal ≤ 2×)`);
  await db.close?.();
}

await main();
