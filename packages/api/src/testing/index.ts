// Test helpers for API tests (and, later, the plugin test kit): a migrated database, the services
// a request needs, and typed callers signed in as a given user — through the real login, session
// and CSRF path, not a mocked context.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoCounty, localFileStore, login, LoginThrottle, recordingSmsProvider, seedCounty, sessionPolicyFromEnv, type DemoCounty, type RecordedSms } from '@duban/core';
import type { Database, MigrationFileSet } from '@duban/db';
import type { AnyRouter } from '@trpc/server';
import { createTestDatabase, type TestDatabase } from '@duban/db/testing';
import { syncInstalledModuleRoles } from '../plugins/module-roles.ts';
import { createContext } from '../create-context.ts';
import type { Services } from '../context.ts';
import { appRouter } from '../root.ts';
import { createCallerFactory } from '../trpc.ts';

const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
export type Caller<R extends AnyRouter = typeof appRouter> = ReturnType<R['createCaller']>;

export interface TestApi<R extends AnyRouter = typeof appRouter> {
  database: TestDatabase;
  services: Services;
  /** Messages the SMS gateway was asked to send (the only mocked boundary). */
  sentSms: RecordedSms[];
  /** A caller with no session. */
  anonymous(): Promise<Caller<R>>;
  /** A caller signed in through the real login; `csrf: false` omits the CSRF header. */
  as(username: string, options?: { password?: string; csrf?: boolean }): Promise<Caller<R>>;
  /**
   * An account an administrator opened with `initialPassword`: signs in, replaces the password with
   * TEST_PASSWORD as the forced change requires (F15), and returns a caller signed in afresh.
   */
  firstLogin(username: string, initialPassword: string): Promise<Caller<R>>;
  close(): Promise<void>;
}

export interface TestApiOptions<R extends AnyRouter> {
  /** The router to call (default: the app router); the plugin test kit mounts one plugin. */
  router?: R;
  /** Extra migrations (e.g. a plugin that is not in the registry). */
  extraMigrations?: MigrationFileSet[];
  /** Sees every SQL statement (see statement-counter.ts). */
  onStatement?: (sql: string) => void;
}

export async function createTestApi<R extends AnyRouter = typeof appRouter>(options: TestApiOptions<R> = {}): Promise<TestApi<R>> {
  const factory = createCallerFactory((options.router ?? appRouter) as AnyRouter);
  const createCaller = (ctx: Awaited<ReturnType<typeof createContext>>) => factory(ctx) as Caller<R>;
  const database = await createTestDatabase({ extra: options.extraMigrations, onStatement: options.onStatement });
  const files = localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-')));
  const sms = recordingSmsProvider();
  const services: Services = { database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(), log: silentLog, files, sms, dataKey: randomBytes(32) };
  const as: TestApi<R>['as'] = async (username, options = {}) => {
    const result = await database.prisma.$transaction((tx) =>
      login(tx, services.sessionPolicy, { username, password: options.password ?? TEST_PASSWORD }),
    );
    if (!result.ok) throw result.error;
    return createCaller(
      await createContext(services, { sessionToken: result.token, csrfHeader: options.csrf === false ? undefined : result.session.csrfToken }),
    );
  };
  return {
    database,
    services,
    sentSms: sms.sent,
    anonymous: async () => createCaller(await createContext(services, {})),
    as,
    async firstLogin(username, initialPassword) {
      const first = (await as(username, { password: initialPassword })) as unknown as Caller<typeof appRouter>;
      await first.auth.changePassword({ currentPassword: initialPassword, newPassword: TEST_PASSWORD });
      return as(username);
    },
    close: () => database.close(),
  };
}

export const TEST_PASSWORD = 'Test1234pass';

/** A small county shaped like the demo one: 2 districts, 3 townships, 2 villages each. */
export function smallCounty(name: string, codePrefix: string): DemoCounty {
  const full = buildDemoCounty(codePrefix.length);
  const recode = (code: string) => codePrefix + code.slice(codePrefix.length);
  return {
    province: full.province,
    city: full.city,
    county: { ...full.county, name, code: recode(full.county.code), people: full.county.people.slice(0, 2) },
    districts: full.districts.slice(0, 2).map((d, i) => ({
      ...d,
      townships: d.townships.slice(0, i === 0 ? 2 : 1).map((t) => ({
        ...t,
        code: recode(t.code),
        villages: t.villages.slice(0, 2).map((v) => ({ ...v, code: recode(v.code), groups: v.groups.slice(0, 2) })),
      })),
    })),
    departments: full.departments,
  };
}

/** Seeds a small county whose logins are `${prefix}admin`, `${prefix}xiangzhen` … */
export async function seedSmallCounty(database: Database, name: string, prefix: string, codePrefix: string) {
  const seeded = await seedCounty(database.prisma, smallCounty(name, codePrefix), { password: TEST_PASSWORD, usernamePrefix: prefix });
  // As the demo seed does: the installed modules' roles, for their departments' module administrators.
  await database.prisma.$transaction((tx) => syncInstalledModuleRoles(tx, 'cli.seed'));
  return seeded;
}
export * from './sample-input.ts';
export * from './router-procedures.ts';
export * from './fixtures.ts';
export * from './matrix/statements.ts';
export { buildMatrixWorld, type MatrixWorld } from './matrix/world.ts';
export { runProcedure, type ProcedureReport } from './matrix/run.ts';
// Registers the household-survey entity fixtures (imported for that effect).
import './survey-fixtures.ts';
// … and the complaints' (投诉).
import './complaint-fixtures.ts';
