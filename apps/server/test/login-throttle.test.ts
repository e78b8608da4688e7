import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore, loggingSmsProvider, LoginThrottle, loginThrottlePolicyFromEnv, sessionPolicyFromEnv } from '@duban/core';
import { createTestDatabase } from '@duban/db/testing';
import { seedSmallCounty, TEST_PASSWORD } from '@duban/api/testing';
import type { Database } from '@duban/db';
import { buildApp } from '../src/app.ts';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

// Issue 12, F8: 10 connections made 488 failed logins in 10 s (argon2 each) and 50 logins fit in
// one batch; only the per-account lockout limited anything. Through the real server (inject).
describe('login throttling per address and per account (F8)', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const policy = loginThrottlePolicyFromEnv({});
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedSmallCounty(database, '甲县', 'a-', '111111');
    const log = createLogger('silent');
    const services = { database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(policy), log, files: localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-'))), sms: loggingSmsProvider(() => undefined), dataKey: randomBytes(32) };
    app = await buildApp(services, { ...configFromEnv({}), webDist: '/nonexistent' }, log);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const attempt = (username: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/trpc/auth.login', remoteAddress, payload: { username, password } });

  it('refuses an address after its window of attempts with a translated 429 and Retry-After, before checking the password', async () => {
    const address = '10.0.0.1';
    // Names that do not exist: no lockout applies, yet each one costs a dummy argon2 check.
    for (let i = 0; i < policy.perAddress; i++) expect((await attempt(`nobody${i}`, 'wrong-pass1', address)).statusCode).toBe(401);
    const refused = await attempt('a-admin', TEST_PASSWORD, address); // even the right password
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(policy.windowMs / 1000);
    expect(refused.json().error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', key: 'errors.login.throttled', params: { seconds: Number(refused.headers['retry-after']) } });
    expect(refused.cookies.find((c) => c.name === 'duban_session')).toBeUndefined();
    // Another address is not affected.
    expect((await attempt('a-admin', TEST_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  }, 60_000);

  it('refuses an account tried from many addresses after its window, and a burst in one batch is bounded', async () => {
    const name = 'ghost-account';
    const batch = Array.from({ length: 20 }, () => ({ username: name, password: 'wrong-pass1' }));
    const res = await app.inject({
      method: 'POST', url: `/trpc/${batch.map(() => 'auth.login').join(',')}?batch=1`, remoteAddress: '10.0.1.1',
      payload: Object.fromEntries(batch.map((b, i) => [String(i), b])),
    });
    const codes = (res.json() as { error: { data: { httpStatus: number } } }[]).map((r) => r.error.data.httpStatus);
    expect(codes.filter((c) => c === 401)).toHaveLength(policy.perAccount);
    expect(codes.filter((c) => c === 429)).toHaveLength(20 - policy.perAccount);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(name, 'wrong-pass1', '10.0.1.2')).statusCode).toBe(429); // a fresh address too
  }, 60_000);

  it('does not count successful logins', async () => {
    for (let i = 0; i < policy.perAddress + 2; i++) expect((await attempt('a-admin', TEST_PASSWORD, '10.0.2.1')).statusCode).toBe(200);
  }, 60_000);
});
