// 考核 roll-up on PostgreSQL: the production set-based roll-up (core's rollUpAssessment: item
// scores → components → weighted total → grade → veto reasons → rank in peer group → change from
// the previous period, written to assessment_result) against a hand-written SQL baseline that
// computes the same totals, grades and ranks, in the same run, on the same data.
//
// - growth: one plan whose townships grow 1,000 → … → 38,800 (national scale: × 100 manual items
//   × 3 assessors ≈ 11.6 M item scores), both timed at each size;
// - county: a 31-township plan (9,300 item scores), many runs.
//
//   DUBAN_BENCH_PG_URL=postgresql://… pnpm --filter @duban/bench assessments
//   Sizes: BENCH_SIZES=1000,5000,10000,20000,38800  BENCH_INDICATORS=100  BENCH_ASSESSORS=3
//          BENCH_RUNS=3 (per size)  BENCH_COUNTY_RUNS=21  BENCH_WORK_MEM=512MB
//   (without DUBAN_BENCH_PG_URL, a throwaway server is started with scripts/test-postgres.sh)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROLLUP_SQL, rollupParams, rollUpAssessment } from '@duban/core';
import { fromPostgres, type Database } from '@duban/db';
import pg from 'pg';
import { BASELINE_TABLE, baselineSql } from './baseline.ts';
import { addUnitsSql, benchConfig, createPlanSql, planIds, publishPreviousSql, type BenchPlan } from './data.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000,20000,38800').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const MANUAL = Number(process.env.BENCH_INDICATORS ?? 100);
const ASSESSORS = Number(process.env.BENCH_ASSESSORS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COUNTY_RUNS = Number(process.env.BENCH_COUNTY_RUNS ?? 21);
const WORK_MEM = process.env.BENCH_WORK_MEM ?? '512MB';

const baseUrl = process.env.DUBAN_BENCH_PG_URL ?? execFileSync('bash', [fileURLToPath(new URL('../../scripts/test-postgres.sh', import.meta.url)), 'start'], { encoding: 'utf8' }).trim();
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS duban_bench_assessments WITH (FORCE)');
await admin.query('CREATE DATABASE duban_bench_assessments');
// Both paths get the same memory for sorts and hashes (the default 4 MB spills at this scale).
await admin.query(`ALTER DATABASE duban_bench_assessments SET work_mem = '${WORK_MEM}'`);
// JIT off for both paths (the roll-up turns it off itself; see core rollup.ts): same settings, same footing.
await admin.query('ALTER DATABASE duban_bench_assessments SET jit = off');
const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
await admin.end();
const url = new URL(baseUrl);
url.pathname = '/duban_bench_assessments';
const db: Database = fromPostgres(url.toString());
await db.migrate();
await db.sql.exec(BASELINE_TABLE);
console.log(`PostgreSQL ${version}; work_mem ${WORK_MEM}; jit off; ${MANUAL} manual items (+ deduction, 2 formulas, bonus) × ${ASSESSORS} assessors`);

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (fn: () => Promise<unknown>) => {
  const s = performance.now();
  await fn();
  return performance.now() - s;
};

const config = benchConfig(MANUAL);
const production = (p: BenchPlan) =>
  db.prisma.$transaction(
    (tx) => rollUpAssessment(tx, { countyId: p.county, id: p.plan, periodStart: new Date('2026-01-01'), periodEnd: new Date('2027-01-01'), previousPlanId: p.prevPlan }, { id: p.version, config }, new Date()),
    { timeout: 3_600_000, maxWait: 60_000 },
  );
/** The same statements on a plain pg connection: the engine's cost without the ORM's transaction handling. */
const raw = new pg.Client({ connectionString: url.toString() });
await raw.connect();
const statementOnly = async (p: BenchPlan) => {
  await raw.query('BEGIN');
  await raw.query('SET LOCAL jit = off');
  await raw.query('DELETE FROM assessment_result WHERE county_id = $1 AND version_id = $2', [p.county, p.version]);
  await raw.query(ROLLUP_SQL, [p.county, p.version, p.plan, new Date(), ...rollupParams(config)]);
  await raw.query('COMMIT');
};
const baseline = async (p: BenchPlan) => {
  await db.sql.exec('TRUNCATE bench_baseline');
  await db.sql.exec(baselineSql(p, MANUAL));
};

/** Same answers first: totals, grades and ranks of every unit must agree. */
async function check(p: BenchPlan, units: number) {
  const rows = await db.sql.query<{ n: string; diff: string }>(
    `SELECT count(*) AS n, count(*) FILTER (WHERE r.total IS DISTINCT FROM b.total OR r.grade IS DISTINCT FROM b.grade OR r.rank IS DISTINCT FROM b.rank) AS diff
       FROM assessment_result r JOIN bench_baseline b ON b.org_unit_id = r.org_unit_id WHERE r.county_id = $1 AND r.version_id = $2`,
    [p.county, p.version],
  );
  const { n, diff } = rows[0]!;
  if (Number(n) !== units || Number(diff) !== 0) throw new Error(`production and baseline disagree: ${n} rows compared (want ${units}), ${diff} differ`);
}

async function measure(p: BenchPlan, units: number, runs: number) {
  await baseline(p); // warm up both
  await production(p);
  await check(p, units);
  const base: number[] = [];
  const prod: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Alternate the order so neither path always runs on a warmer cache.
    if (r % 2 === 0) {
      base.push(await time(() => baseline(p)));
      prod.push(await time(() => production(p)));
    } else {
      prod.push(await time(() => production(p)));
      base.push(await time(() => baseline(p)));
    }
  }
  return { base: median(base), prod: median(prod) };
}

// ---- one county: 31 townships ------------------------------------------------------------------
const county = planIds('county31', ASSESSORS);
await db.sql.exec(createPlanSql(county, MANUAL));
await db.sql.exec(addUnitsSql(county, 1, 31, MANUAL));
await db.sql.exec(publishPreviousSql(county) + 'ANALYZE;');
const c = await measure(county, 31, COUNTY_RUNS);
const stmt: number[] = [];
for (let r = 0; r < COUNTY_RUNS; r++) stmt.push(await time(() => statementOnly(county)));
console.log(`\none county (31 townships, ${31 * MANUAL * ASSESSORS} item scores, median of ${COUNTY_RUNS}):`);
console.log(`  baseline ${c.base.toFixed(1)} ms   roll-up ${c.prod.toFixed(1)} ms   ratio ${(c.prod / c.base).toFixed(2)}`);
console.log(`  (the roll-up's statements on a plain pg connection, without Prisma's transaction handling: ${median(stmt).toFixed(1)} ms, ratio ${(median(stmt) / c.base).toFixed(2)})`);

// ---- growth to national scale --------------------------------------------------------------------
const nation = planIds('nation', ASSESSORS);
await db.sql.exec(createPlanSql(nation, MANUAL));
console.log(`\ngrowth (median of ${RUNS} per size; seeding not timed):`);
console.log('  townships   item scores   seed s   baseline s   roll-up s   ratio   roll-up µs/township');
let have = 0;
const series: { n: number; base: number; prod: number }[] = [];
for (const n of SIZES) {
  const s = performance.now();
  await db.sql.exec(addUnitsSql(nation, have + 1, n, MANUAL));
  await db.sql.exec(publishPreviousSql(nation));
  // Separate statements: a multi-statement string runs as one transaction, and VACUUM refuses that.
  await db.sql.exec('VACUUM ANALYZE assessment_score');
  await db.sql.exec('ANALYZE');
  const seeded = performance.now() - s;
  have = n;
  const scores = Number((await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM assessment_score WHERE county_id = 'nation'`))[0]!.n);
  const m = await measure(nation, n, RUNS);
  series.push({ n, ...m });
  console.log(
    `  ${String(n).padStart(9)}   ${String(scores).padStart(11)}   ${seconds(seeded).padStart(6)}   ${seconds(m.base).padStart(10)}   ${seconds(m.prod).padStart(9)}   ${(m.prod / m.base).toFixed(2).padStart(5)}   ${((m.prod * 1000) / n).toFixed(1).padStart(8)}`,
  );
}
if (series.length > 1) {
  const first = series[0]!;
  const last = series.at(-1)!;
  const size = last.n / first.n;
  console.log(`\n${first.n} → ${last.n} townships (× ${size.toFixed(1)}): roll-up time × ${(last.prod / first.prod).toFixed(1)}, baseline × ${(last.base / first.base).toFixed(1)} (linear would be × ${size.toFixed(1)})`);
}
await raw.end();
await db.close();
