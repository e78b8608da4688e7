// `duban <command>`: serve | migrate | seed | create-admin | verify-audit.
import { parseArgs } from 'node:util';
import { createAdmin, printAuditVerification } from './commands/admin.ts';
import { seedDemo } from './commands/seed-demo.ts';
import { serve } from './commands/serve.ts';
import { configFromEnv } from './config.ts';
import { createLogger } from './logger.ts';
import { openServices } from './runtime.ts';

const usage = `usage: duban <command>
  serve                      start the server (PORT, DATABASE_URL, DUBAN_DATA_DIR)
  migrate                    apply pending database migrations
  seed                       seed the demo county (only into an empty database)
  create-admin --county 名称 --username u --password p --name 姓名 [--phone 13800000000]
                             create a county's first administrator
  verify-audit               check every county's audit hash chain; exit 1 on tampering
`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const config = configFromEnv();
  if (command === 'serve' || command === undefined) return void (await serve(config));
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const services = await openServices(config, log);
  const db = services.database;
  try {
    switch (command) {
      case 'migrate':
        process.stdout.write('migrations are up to date\n');
        return;
      case 'seed': {
        if ((await db.prisma.orgUnit.count()) > 0) throw new Error('the database is not empty: the demo county is only seeded into an empty database');
        const seeded = await seedDemo(db, services);
        process.stdout.write(`seeded ${seeded.county.name}: ${seeded.counts.townships} townships, ${seeded.counts.people} people\n`);
        for (const l of seeded.logins) process.stdout.write(`  ${l.username} / ${l.password}  ${l.roleName}\n`);
        return;
      }
      case 'create-admin': {
        const { values } = parseArgs({ args: rest, options: { county: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, phone: { type: 'string' } } });
        if (!values.county || !values.username || !values.password || !values.name) throw new Error('create-admin needs --county, --username, --password and --name');
        const r = await createAdmin(db, { county: values.county, username: values.username, password: values.password, name: values.name, phone: values.phone });
        process.stdout.write(`created administrator ${values.username} for ${r.countyName}\n`);
        return;
      }
      case 'verify-audit':
        if (!(await printAuditVerification(db))) process.exitCode = 1;
        return;
      default:
        process.stderr.write(usage);
        process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`duban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
