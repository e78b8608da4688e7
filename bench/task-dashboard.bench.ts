// Dashboard aggregation (办结率, 按期办结率, overdue … per township) on PostgreSQL for a
// province-sized data set: 100 counties × 15 townships = 1,500 townships × 200 items = 300,000
// tasks. Compares the production path (core's taskRates, which rolls subtrees up by path) with a
// hand-written SQL baseline that groups the task table directly by responsible township, in the
// same run, and prints the ratio. Timings are noisy on shared machines: read the ratio.
//
//   DUBAN_BENCH_PG_URL=postgresql://… pnpm --filter @duban/bench tasks-dashboard
//   (without it, a throwaway server is started with scripts/test-postgres.sh)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { taskRates } from '@duban/core';
import { fromPostgres } from '@duban/db';
import pg from 'pg';

const COUNTIES = 100;
const TOWNSHIPS = 15;
const ITEMS = 200;
const RUNS = 15;

const baseUrl = process.env.DUBAN_BENCH_PG_URL ?? execFileSync('bash', [fileURLToPath(new URL('../scripts/test-postgres.sh', import.meta.url)), 'start'], { encoding: 'utf8' }).trim();
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS duban_bench WITH (FORCE)');
await admin.query('CREATE DATABASE duban_bench');
await admin.end();
const url = new URL(baseUrl);
url.pathname = '/duban_bench';
const db = fromPostgres(url.toString());
await db.migrate();

console.log(`seeding ${COUNTIES} counties × ${TOWNSHIPS} townships × ${ITEMS} items …`);
const t0 = performance.now();
await db.sql.exec(`
  INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at)
    SELECT 'c' || c, 'c' || c, 'county', '县' || c, '/c' || c || '/', 0, now() FROM generate_series(1, ${COUNTIES}) c;
  INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at)
    SELECT 'c' || c, 'c' || c || 't' || t, 'township', '乡镇' || t, 'c' || c, '/c' || c || '/c' || c || 't' || t || '/', 1, now()
      FROM generate_series(1, ${COUNTIES}) c, generate_series(1, ${TOWNSHIPS}) t;
  INSERT INTO task (county_id, id, serial, kind, title, supervising_unit_id, responsible_unit_id, deadline, status, met, satisfaction, closed_at, created_at, updated_at)
    SELECT 'c' || c, 'c' || c || 't' || t || 'i' || i, 'S' || c || '-' || t || '-' || i,
           (ARRAY['rectification','npc_proposal','complaint'])[1 + i % 3]::"TaskKind", '事项', 'c' || c, 'c' || c || 't' || t,
           timestamptz '2026-06-01' + (i % 60) * interval '1 day',
           (ARRAY['handed_over','rectifying','submitted','closed','notified'])[1 + i % 5]::"TaskStatus",
           i % 3 <> 0 AND i % 2 = 0, CASE WHEN i % 3 <> 0 THEN (ARRAY['satisfied','basically_satisfied','dissatisfied'])[1 + i % 3] END,
           CASE WHEN i % 5 >= 3 THEN timestamptz '2026-05-20' + (i % 30) * interval '1 day' END,
           timestamptz '2026-03-01' + (i % 90) * interval '1 day', now()
      FROM generate_series(1, ${COUNTIES}) c, generate_series(1, ${TOWNSHIPS}) t, generate_series(1, ${ITEMS}) i;
  ANALYZE;`);
console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const period = { start: new Date('2026-01-01'), end: new Date('2027-01-01') };
const now = new Date('2026-07-01');
const counties = Array.from({ length: COUNTIES }, (_, i) => `c${i + 1}`);
const townshipsOf = (c: string) => Array.from({ length: TOWNSHIPS }, (_, t) => `${c}t${t + 1}`);

const production = (c: string) => taskRates(db.prisma, c, [c, ...townshipsOf(c)], period, now);
const baseline = (c: string) =>
  db.sql.query(
    `SELECT responsible_unit_id, count(*) AS total,
            count(*) FILTER (WHERE status IN ('closed','notified')) AS closed,
            count(*) FILTER (WHERE status IN ('closed','notified') AND closed_at <= deadline) AS on_time,
            count(*) FILTER (WHERE status NOT IN ('closed','notified') AND deadline < $2) AS overdue,
            count(*) FILTER (WHERE met) AS met,
            count(*) FILTER (WHERE satisfaction IN ('satisfied','basically_satisfied')) AS satisfied
       FROM task WHERE county_id = $1 AND created_at >= $3 AND created_at < $4
      GROUP BY responsible_unit_id`,
    [c, now, period.start, period.end],
  );

async function measure(label: string, fn: (c: string) => Promise<unknown>) {
  for (const c of counties.slice(0, 5)) await fn(c); // warm up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c = counties[(r * 7) % COUNTIES]!;
    const s = performance.now();
    await fn(c);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(34)} median ${median.toFixed(2)} ms  (min ${times[0]!.toFixed(2)}, max ${times.at(-1)!.toFixed(2)})`);
  return median;
}

// Same answers first: the benchmark compares equal work.
const a = await production('c1');
const b = (await baseline('c1')) as { responsible_unit_id: string; total: string }[];
const sumBaseline = b.reduce((s, r) => s + Number(r.total), 0);
if (a.get('c1')!.total !== sumBaseline) throw new Error(`totals differ: ${a.get('c1')!.total} vs ${sumBaseline}`);

const base = await measure('baseline (hand-written SQL)', baseline);
const prod = await measure('taskRates (county + 15 townships)', production);
console.log(`ratio taskRates / baseline: ${(prod / base).toFixed(2)}  (one county's dashboard of ${TOWNSHIPS * ITEMS} items; ${COUNTIES * TOWNSHIPS * ITEMS} items in the database)`);
await db.close();
