// 预警 fan-out (issue 15): a county-level warning to ~2,000 recipients (26 townships of the real
// tree shape: their villages and groups, two people with phones per village) — recipients, an
// in-app notice and queued SMS each, the outbox row, in one transaction — and its board served,
// against a bare INSERT … SELECT of the same recipient rows from org_unit in the same run. Read the
// ratios; the bound below is what the run must stay under (it exits 1 above it).
//
//   DUBAN_BENCH_PG_URL=postgresql://… pnpm --filter @duban/bench warnings-fanout
//   BENCH_RUNS=9 BENCH_TOWNSHIPS=26 BENCH_BOUND=40
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { issueWarning, warningBoard } from '@duban/core';
import { fromPostgres } from '@duban/db';
import { realisticOrgTreeSql } from '@duban/db/testing';
import pg from 'pg';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TOWNSHIPS = Number(process.env.BENCH_TOWNSHIPS ?? 26);
const BOUND = Number(process.env.BENCH_BOUND ?? 40);
const baseUrl = process.env.DUBAN_BENCH_PG_URL ?? execFileSync('bash', [fileURLToPath(new URL('../scripts/test-postgres.sh', import.meta.url)), 'start'], { encoding: 'utf8' }).trim();

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS duban_bench_warnings WITH (FORCE)');
  await admin.query('CREATE DATABASE duban_bench_warnings');
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = '/duban_bench_warnings';
  const db = fromPostgres(url.toString());
  await db.migrate();
  return db;
}

const db = await freshDatabase();
await db.sql.exec(`
  ${realisticOrgTreeSql(1)}
  INSERT INTO person (county_id, id, name, phone, org_unit_id, updated_at)
    SELECT u.county_id, u.id || 'p' || k, '村干部' || k, '139' || lpad((row_number() OVER ())::text, 8, '0'), u.id, now()
      FROM org_unit u, generate_series(1, 2) k WHERE u.level = 'village';
  ANALYZE;`);
const county = { id: 'c1', path: '/c1/', level: 'county' };
const areas = Array.from({ length: TOWNSHIPS }, (_, i) => ({ id: `c1t${i + 1}`, path: `/c1/c1t${i + 1}/`, level: 'township' }));
const areaFilter = areas.map((a) => `u.path LIKE '${a.path}%'`).join(' OR ');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fanout: number[] = [];
const board: number[] = [];
const bare: number[] = [];
let recipients = 0;
for (let run = 0; run < RUNS; run++) {
  // Alternate which goes first, so neither always meets a warm cache.
  const order = run % 2 === 0 ? ['duban', 'bare'] : ['bare', 'duban'];
  for (const which of order) {
    if (which === 'duban') {
      const t0 = performance.now();
      const issued = await db.prisma.$transaction(
        (tx) => issueWarning(tx, {
          countyId: 'c1', issuingUnit: county, areaUnits: areas, people: [], level: 'red', title: '强降雨红色预警', text: '未来 3 小时有特大暴雨，请立即转移危险区群众',
          validUntil: new Date(Date.now() + 86_400_000), ackMinutes: 15, issuedBy: { userId: null, name: 'bench' }, now: new Date(),
        }),
        { timeout: 120_000 },
      );
      fanout.push(performance.now() - t0);
      recipients = issued.recipients;
      const t1 = performance.now();
      const b = await db.prisma.$transaction((tx) => warningBoard(tx, 'c1', issued.id, new Date()));
      board.push(performance.now() - t1);
      if (b.total !== recipients) throw new Error(`board counts ${b.total}, issued ${recipients}`);
    } else {
      const t0 = performance.now();
      await db.sql.exec(`
        INSERT INTO warning (county_id, id, level, title, text, issuing_unit_id, valid_from, valid_until, ack_minutes)
          VALUES ('c1', 'bare${run}', 'red', 't', 't', 'c1', now(), now() + interval '1 day', 15);
        INSERT INTO warning_recipient (county_id, id, warning_id, tier, org_unit_id, target, sent_at, due_at)
          SELECT u.county_id, 'bare${run}-' || u.id, 'bare${run}', u.level::text, u.id, u.id, now(), now() + interval '15 minutes'
            FROM org_unit u WHERE u.county_id = 'c1' AND u.level IN ('township', 'village', 'group') AND (${areaFilter});`);
      bare.push(performance.now() - t0);
    }
  }
}
const [bareRows] = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM warning_recipient WHERE warning_id = 'bare0'`);
if (Number(bareRows!.n) !== recipients) throw new Error(`baseline wrote ${bareRows!.n} rows, the warning ${recipients}`);
const f = median(fanout);
const b = median(board);
const x = median(bare);
console.log(`recipients ${recipients}, runs ${RUNS}`);
console.log(`fan-out (recipients + notices + queued SMS + outbox): median ${f.toFixed(1)} ms`);
console.log(`board served: median ${b.toFixed(1)} ms`);
console.log(`bare INSERT … SELECT of the recipient rows: median ${x.toFixed(1)} ms`);
console.log(`ratio fan-out / bare: ${(f / x).toFixed(1)}×; (fan-out + board) / bare: ${((f + b) / x).toFixed(1)}× (bound ${BOUND}×)`);
await db.close();
process.exit((f + b) / x > BOUND ? 1 : 0);
