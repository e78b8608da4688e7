// `duban <command>`: serve | migrate | seed | create-admin | verify-audit | backup | restore | content-hash | secure-audit.
import { parseArgs } from 'node:util';
import { createAdmin, printAuditVerification } from './commands/admin.ts';
import { backup } from './backup/backup.ts';
import { contentHash } from './backup/content-hash.ts';
import { restore } from './backup/restore.ts';
import { secureAudit } from './commands/secure-audit.ts';
import { seedDemo } from './commands/seed-demo.ts';
import { serve } from './commands/serve.ts';
import { configFromEnv } from './config.ts';
import { createLogger } from './logger.ts';
import { filesDir, openServices } from './runtime.ts';

const usage = `usage: duban <command>
  serve                      start the server (PORT, DATABASE_URL, DUBAN_DATA_DIR)
  migrate                    apply pending database migrations
  seed                       seed the demo county (only into an empty database)
  create-admin --county 名称 --username u --password p --name 姓名 [--phone 13800000000]
                             create a county's first administrator
  verify-audit               check every county's audit chain against the signed checkpoints; exit 1 on tampering
  backup <file>              write the database, evidence files and audit checkpoints to one tar file
                             (PGlite: stop the server first; PostgreSQL: pg_dump, servers may run)
  restore <file>             restore a backup into an empty database, with the backup's keys
                             (DUBAN_DATA_KEY/DUBAN_AUDIT_KEY or the key files); checks its content hash
  content-hash               print the hash of every table's rows and the evidence files
  secure-audit --admin-url postgresql://…   (PostgreSQL) give the audit table to a separate owner
                             role so that the app's role (DATABASE_URL) cannot disable its trigger
`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const config = configFromEnv();
  if (command === 'serve' || command === undefined) return void (await serve(config));
  if (command === 'help' || command === '--help' || command === '-h') return void process.stdout.write(usage);
  if (command === 'secure-audit') return secureAuditCommand(rest, config);
  if (command === 'restore') return restoreCommand(rest, config);
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
        process.stdout.write(`created administrator ${values.username} for ${r.countyName}; they set their own password at first sign-in\n`);
        return;
      }
      case 'backup': {
        if (!rest[0]) throw new Error('usage: duban backup <file>');
        const m = await backup(db, config, rest[0]);
        process.stdout.write(`backup written to ${rest[0]}: ${m.database}, ${m.tables} tables, ${m.rows} rows, ${m.files} evidence files\n  content hash ${m.contentHash}\n  keys: data ${m.keys.data}, audit ${m.keys.audit} (fingerprints; keep the keys themselves apart from the backup)\n`);
        return;
      }
      case 'content-hash': {
        const h = await contentHash(db.prisma, filesDir(config));
        process.stdout.write(`${h.hash}\n`);
        return;
      }
      case 'verify-audit':
        if (!(await printAuditVerification(db, await services.auditCheckpoints!()))) process.exitCode = 1;
        return;
      default:
        process.stderr.write(usage);
        process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

async function secureAuditCommand(args: string[], config: ReturnType<typeof configFromEnv>) {
  const { values } = parseArgs({ args, options: { 'admin-url': { type: 'string' }, 'app-role': { type: 'string' } } });
  if (!config.databaseUrl) throw new Error('secure-audit is for PostgreSQL (DATABASE_URL); the embedded database has no roles (see README)');
  const adminUrl = values['admin-url'] ?? process.env.DUBAN_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('secure-audit needs --admin-url (a superuser, or a role that may create roles, on the same database)');
  const appRole = values['app-role'] ?? decodeURIComponent(new URL(config.databaseUrl).username);
  await secureAudit(adminUrl, appRole);
  process.stdout.write(`audit_log now belongs to duban_audit_owner; ${appRole} may only read and append to it\n`);
}

async function restoreCommand(args: string[], config: ReturnType<typeof configFromEnv>) {
  if (!args[0]) throw new Error('usage: duban restore <file>');
  const r = await restore(config, args[0]);
  process.stdout.write(`restored ${r.manifest.database} backup of ${r.manifest.createdAt}: ${r.manifest.rows} rows, ${r.manifest.files} evidence files\n`);
  process.stdout.write(r.matches ? `content hash ${r.contentHash} matches the backup\n` : `CONTENT HASH DIFFERS: backup ${r.manifest.contentHash}, restored ${r.contentHash}\n`);
  process.stdout.write(`verify-audit: ${r.audit.rows} row(s), ${r.audit.problems.length} problem(s)\n`);
  for (const p of r.audit.problems) process.stdout.write(`PROBLEM county=${p.countyId} seq=${p.seq} ${p.kind}: ${p.message}\n`);
  if (!r.matches || r.audit.problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`duban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
