import type { DemoLogin } from '@duban/core';
import { seedDemo } from './seed-demo.ts';
import { registerDutyOverdueJob, registerEscalationJob, registerWarningEscalationJob, startEventDelivery, startScheduler } from '@duban/api';
import { startCheckpointer, type Checkpointer } from '@duban/core';
import { buildApp } from '../app.ts';
import type { ServerConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { checkpointFile, openServices } from '../runtime.ts';

/**
 * Starts the server. On the embedded database a demo county is seeded on first start, so a fresh
 * clone shows a working product; a PostgreSQL deployment starts empty (see `duban create-admin`).
 */
export async function serve(config: ServerConfig) {
  const log = createLogger(config.logLevel);
  const services = await openServices(config, log);
  let logins: DemoLogin[] = [];
  if (services.database.kind === 'pglite' && (await services.database.prisma.orgUnit.count({ where: { level: 'county' } })) === 0) {
    log.info('empty embedded database: seeding the demo county');
    const seeded = await seedDemo(services.database, services);
    // PGlite runs no autovacuum, so its tables never get planner statistics on their own: without
    // them the request-context statement read a person through the wrong index (all ~1,000 of the
    // county's people). Once after the seed, ~1–2 s.
    await services.database.sql.exec('ANALYZE');
    logins = seeded.logins;
    if (seeded.pluginTownships.length) log.info({ townships: seeded.pluginTownships }, 'demo: modules enabled for these townships');
  } else if (services.database.kind === 'pglite') {
    logins = await existingDemoLogins(services.database);
  }
  const app = await buildApp(services, config, log);

  let closing = false;
  let scheduler: ReturnType<typeof startScheduler> | null = null;
  let events: ReturnType<typeof startEventDelivery> | null = null;
  let checkpointer: Checkpointer | null = null;
  // Repeated denials are written as one row per actor, procedure and minute (F13): when it ends.
  const denialSweep = setInterval(() => void services.denials?.sweep(), 15_000).unref();
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    // Stop taking requests, let in-flight ones finish, then close the database.
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    scheduler?.stop();
    events?.stop();
    await app.close();
    clearInterval(denialSweep);
    await services.denials?.sweep(true);
    await checkpointer?.stop();
    await services.database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  // Scheduled jobs (core and plugins) run in process; with several processes on one PostgreSQL
  // each job still runs once per period (see jobs/scheduler.ts).
  registerEscalationJob();
  registerWarningEscalationJob();
  registerDutyOverdueJob();
  scheduler = process.env.DUBAN_SCHEDULER === 'off' ? null : startScheduler(services.database.prisma, { sms: services.sms, files: services.files, log });
  // After-commit event subscribers (notifications, SMS …) hear events from the outbox.
  events = process.env.DUBAN_SCHEDULER === 'off' ? null : startEventDelivery(services.database.prisma, { sms: services.sms, files: services.files, log });
  // Signed audit checkpoints outside the database: at start, every interval, and at shutdown.
  checkpointer = startCheckpointer({ prisma: services.database.prisma, file: checkpointFile(config), intervalMs: config.auditCheckpointSeconds * 1000, log });
  const port = new URL(address).port;
  const url = `http://localhost:${port}`;
  const lines = [
    '',
    `  督办 Duban is running at ${url}`,
    `  database: ${services.database.kind === 'pglite' ? `embedded (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (logins.length) {
    lines.push('', '  Demo logins (演示账号):');
    for (const l of logins) lines.push(`    ${l.username.padEnd(10)} ${l.password}   ${l.roleName} · ${l.person} · ${l.unit}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
  return { app, url, services };
}

async function existingDemoLogins(database: import('@duban/db').Database): Promise<DemoLogin[]> {
  const { DEMO_PASSWORD } = await import('@duban/core');
  const users = await database.prisma.user.findMany({
    where: { username: { in: ['admin', 'duchashi', 'shuili', 'xiangzhen', 'xiangzhen2', 'cunganbu', 'ducha', 'kaohe'] } },
    include: { person: true, assignments: { include: { role: true, captureUnit: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return users.map((u) => ({
    username: u.username, password: DEMO_PASSWORD, role: u.assignments[0]?.role.key ?? '', roleName: u.assignments[0]?.role.name ?? '',
    person: u.person.name, unit: u.assignments[0]?.captureUnit.name ?? '',
  }));
}
