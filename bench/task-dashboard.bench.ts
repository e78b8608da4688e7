// 督办看板 aggregation (taskRates: 办结率, 按期办结率, overdue, 见面率, 满意率 for a county and its
// 31 townships, each counting its whole subtree) on PostgreSQL, on the real tree shape: every county
// has 31 townships → 10–11 villages each (≈ 320) → 6–7 groups each (≈ 2,000), and its tasks sit at
// every level. Sizes: one county, and a national-scale variant (default 1,000 counties ≈ 2.4 M units).
// Compared in the same run with a hand-written GROUP BY computing the same figures (tasks joined to
// their unit, grouped by the township on the path) and with the statement taskRates used before
// (driven from the units, subtree by `left(path)`), and checked equal first. Read the ratio.
//
//   DUBAN_BENCH_PG_URL=postgresql://… pnpm --filter @duban/bench tasks-dashboard
//   BENCH_COUNTIES=1,1000 BENCH_ITEMS=3000 (tasks per county) BENCH_RUNS=31 BENCH_REUSE=1
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { taskRates } from '@duban/core';
import { fromPostgres } from '@duban/db';
import { realisticOrgTreeSql } from '@duban/db/testing';
import pg from 'pg';

const SIZES = (process.env.BENCH_COUNTIES ?? '1,1000').split(',').map(Number);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 31);

const baseUrl = process.env.DUBAN_BENCH_PG_URL ?? execFileSync('bash', [fileURLToPath(new URL('../scripts/test-postgres.sh', import.meta.url)), 'start'], { encoding: 'utf8' }).trim();

const period = { start: new Date('2026-01-01'), end: new Date('2027-01-01') };
const now = new Date('2026-07-01');

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS duban_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE duban_bench');
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = '/duban_bench';
  const db = fromPostgres(url.toString());
  await db.migrate();
  return db;
}

async function seed(db: Awaited<ReturnType<typeof freshDatabase>>, counties: number) {
  const t0 = performance.now();
  await db.sql.exec(`
    ${realisticOrgTreeSql(counties)}
    INSERT INTO task (county_id, id, serial, kind, title, supervising_unit_id, responsible_unit_id, deadline, status, met, satisfaction, closed_at, created_at, updated_at)
      SELECT u.county_id, u.id || 'i' || i, 'S' || u.id || '-' || i,
             (ARRAY['rectification','npc_proposal','complaint'])[1 + i % 3]::"TaskKind", '事项', u.county_id, u.id,
             timestamptz '2026-06-01' + (i % 60) * interval '1 day',
             (ARRAY['handed_over','rectifying','submitted','closed','notified'])[1 + (i + u.r) % 5]::"TaskStatus",
             i % 3 <> 0 AND i % 2 = 0, CASE WHEN i % 3 <> 0 THEN (ARRAY['satisfied','basically_satisfied','dissatisfied'])[1 + (i + u.r) % 3] END,
             CASE WHEN (i + u.r) % 5 >= 3 THEN timestamptz '2026-05-20' + (i % 30) * interval '1 day' END,
             timestamptz '2026-03-01' + ((i + u.r) % 90) * interval '1 day', now()
        FROM (SELECT county_id, id, row_number() OVER (PARTITION BY county_id ORDER BY md5(id)) AS r FROM org_unit WHERE level <> 'county') u,
             generate_series(1, ${Math.ceil(ITEMS / 1500)}) i
       WHERE u.r <= 1500 AND (i - 1) * 1500 + u.r <= ${ITEMS};
    ANALYZE;`);
  const [units] = await db.sql.query<{ n: string }>('SELECT count(*) AS n FROM org_unit');
  const [tasks] = await db.sql.query<{ n: string }>('SELECT count(*) AS n FROM task');
  console.log(`seeded ${counties} counties: ${units!.n} units, ${tasks!.n} tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const townshipsOf = (c: string) => Array.from({ length: 31 }, (_, t) => `${c}t${t + 1}`);
type Db = Awaited<ReturnType<typeof freshDatabase>>;

const production = (db: Db) => (c: string) => taskRates(db.prisma, c, [c, ...townshipsOf(c)], period, now);

// Hand-written: the county's tasks joined to their unit, grouped by the township on the path; the
// county's own row is the sum of the groups (ROLLUP).
const baseline = (db: Db) => (c: string) =>
  db.sql.query<{ township: string | null; total: string; closed: string; on_time: string; overdue: string }>(
    `SELECT split_part(d.path, '/', 3) AS township, count(*) AS total,
            count(*) FILTER (WHERE t.status IN ('closed','notified')) AS closed,
            count(*) FILTER (WHERE t.status IN ('closed','notified') AND t.closed_at <= t.deadline) AS on_time,
            count(*) FILTER (WHERE t.status NOT IN ('closed','notified') AND t.deadline < $2) AS overdue,
            count(*) FILTER (WHERE t.kind IN ('npc_proposal','cppcc_proposal','complaint')) AS proposals,
            count(*) FILTER (WHERE t.met) AS met,
            count(*) FILTER (WHERE t.satisfaction IS NOT NULL) AS rated,
            count(*) FILTER (WHERE t.satisfaction IN ('satisfied','basically_satisfied')) AS satisfied
       FROM task t JOIN org_unit d ON d.county_id = t.county_id AND d.id = t.responsible_unit_id
      WHERE t.county_id = $1 AND t.created_at >= $3 AND t.created_at < $4
      GROUP BY ROLLUP (split_part(d.path, '/', 3))`,
    [c, now, period.start, period.end],
  );

// The statement taskRates ran before issue 13 (units-driven, subtree by left(path)), for reference.
const previous = (db: Db) => (c: string) =>
  db.sql.query(
    `SELECT u.id, count(t.id) AS total,
            count(t.id) FILTER (WHERE t.status IN ('closed','notified')) AS closed,
            count(t.id) FILTER (WHERE t.status IN ('closed','notified') AND t.closed_at <= t.deadline) AS on_time,
            count(t.id) FILTER (WHERE t.status NOT IN ('closed','notified') AND t.deadline < $2) AS overdue,
            count(t.id) FILTER (WHERE t.kind IN ('npc_proposal','cppcc_proposal','complaint')) AS proposals,
            count(t.id) FILTER (WHERE t.met) AS met,
            count(t.id) FILTER (WHERE t.satisfaction IS NOT NULL) AS rated,
            count(t.id) FILTER (WHERE t.satisfaction IN ('satisfied','basically_satisfied')) AS satisfied
       FROM org_unit u
       JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
       LEFT JOIN task t ON t.county_id = d.county_id AND t.responsible_unit_id = d.id AND t.created_at >= $3 AND t.created_at < $4
      WHERE u.county_id = $1 AND u.id = ANY($5) GROUP BY u.id`,
    [c, now, period.start, period.end, [c, ...townshipsOf(c)]],
  );

// The three run in turn, round after round, so drift on a shared machine hits them alike.
async function measureAlternating(counties: number, fns: Record<string, (c: string) => Promise<unknown>>) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let w = 0; w < 3; w++) for (const fn of Object.values(fns)) await fn(`c${1 + (w % counties)}`); // warm up
  for (let r = 0; r < RUNS; r++) {
    const c = `c${1 + ((r * 7) % counties)}`;
    for (const [label, fn] of Object.entries(fns)) {
      const s = performance.now();
      await fn(c);
      times[label]!.push(performance.now() - s);
    }
  }
  const medians: Record<string, number> = {};
  for (const [label, xs] of Object.entries(times)) {
    const sorted = [...xs].sort((a, b) => a - b);
    medians[label] = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`  ${label.padEnd(44)} median ${medians[label]!.toFixed(2)} ms  (min ${sorted[0]!.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)})`);
  }
  return medians;
}

// BENCH_REUSE=1 keeps a database seeded by an earlier run at the same size (1,000 counties take
// minutes to seed).
async function reusable(counties: number) {
  if (process.env.BENCH_REUSE !== '1') return null;
  const url = new URL(baseUrl);
  url.pathname = '/duban_bench';
  const db = fromPostgres(url.toString());
  const found = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM org_unit WHERE level = 'county'`).catch(() => [{ n: '0' }]);
  if (Number(found[0]!.n) === counties) return db;
  await db.close();
  return null;
}

for (const counties of SIZES) {
  const kept = await reusable(counties);
  const db = kept ?? (await freshDatabase());
  try {
    if (kept) console.log(`reusing duban_bench with ${counties} counties`);
    else await seed(db, counties);
    // Same answers first: the benchmark compares equal work.
    const mine = await production(db)('c1');
    const hand = await baseline(db)('c1');
    for (const row of hand) {
      const unit = row.township || 'c1';
      const got = mine.get(unit);
      if (!got || got.total !== Number(row.total) || got.closed !== Number(row.closed) || got.closedOnTime !== Number(row.on_time) || got.overdue !== Number(row.overdue)) {
        throw new Error(`figures differ for ${unit}: ${JSON.stringify(got)} vs ${JSON.stringify(row)}`);
      }
    }
    const m = await measureAlternating(counties, {
      'hand-written GROUP BY (baseline)': baseline(db),
      'taskRates (county + 31 townships)': production(db),
      'previous taskRates statement (reference)': previous(db),
    });
    const base = m['hand-written GROUP BY (baseline)']!;
    const prod = m['taskRates (county + 31 townships)']!;
    const old = m['previous taskRates statement (reference)']!;
    console.log(`  ${counties} counties: taskRates / baseline ${(prod / base).toFixed(2)}; previous statement / baseline ${(old / base).toFixed(2)}\n`);
  } finally {
    await db.close();
  }
}
