import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localFileStore, loggingSmsProvider, LoginThrottle, sessionPolicyFromEnv } from '@duban/core';
import { createTestDatabase } from '@duban/db/testing';
import { seedSmallCounty, TEST_PASSWORD } from '@duban/api/testing';
import type { Database } from '@duban/db';
import { BODY_LIMIT_MB, buildApp, CONTENT_SECURITY_POLICY, MAX_BATCH_SIZE } from '../src/app.ts';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

// The HTTP layer: cookies, CSRF, status codes for bad input — through Fastify's inject, with the
// real router and a real database.
describe('HTTP API', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let countyId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    countyId = (await seedSmallCounty(database, '甲县', 'a-', '111111')).county.id;
    const log = createLogger('silent');
    app = await buildApp({ database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(), log, files: localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-'))), sms: loggingSmsProvider(() => undefined), dataKey: randomBytes(32) }, { ...configFromEnv({}), webDist: '/nonexistent' }, log);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const login = async () => {
    const res = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username: 'a-admin', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c]));
    return { cookies, header: `duban_session=${cookies.duban_session!.value}; duban_csrf=${cookies.duban_csrf!.value}`, csrf: cookies.duban_csrf!.value };
  };

  it('refuses a tRPC batch of more than MAX_BATCH_SIZE calls (F8) and serves one of that size', async () => {
    const batch = (n: number) => app.inject(`/trpc/${Array.from({ length: n }, () => 'auth.me').join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`);
    expect((await batch(MAX_BATCH_SIZE)).statusCode).toBe(200);
    expect((await batch(MAX_BATCH_SIZE + 1)).statusCode).toBe(400);
  });

  it('sends a Content Security Policy, and HSTS only over HTTPS (F16)', async () => {
    const plain = await app.inject('/healthz');
    expect(plain.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/); // no inline or eval scripts
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    // Without DUBAN_TRUST_PROXY a forwarded protocol is not believed.
    expect((await app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeUndefined();
    const log = createLogger('silent');
    const proxied = await buildApp({ database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(), log, files: localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-'))), sms: loggingSmsProvider(() => undefined), dataKey: randomBytes(32) }, { ...configFromEnv({ DUBAN_TRUST_PROXY: '1' }), webDist: '/nonexistent' }, log);
    try {
      expect((await proxied.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBe('max-age=31536000');
      expect((await proxied.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'http' } })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('answers /healthz', async () => {
    const res = await app.inject('/healthz');
    expect(res.json()).toEqual({ status: 'ok', database: database.kind });
  });

  it('sets an httpOnly SameSite session cookie and a readable CSRF cookie at login', async () => {
    const { cookies } = await login();
    expect(cookies.duban_session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies.duban_csrf!.httpOnly).toBeFalsy();
  });

  it('refuses a cookie-authenticated mutation without the CSRF header', async () => {
    const { header, csrf } = await login();
    const payload = { parentId: countyId, name: '测试局', level: 'department' };
    const without = await app.inject({ method: 'POST', url: '/trpc/orgUnit.create', headers: { cookie: header }, payload });
    expect(without.statusCode).toBe(403);
    const withToken = await app.inject({ method: 'POST', url: '/trpc/orgUnit.create', headers: { cookie: header, 'x-csrf-token': csrf }, payload });
    expect(withToken.statusCode).toBe(200);
  });

  it('answers 401 without a session, 400 with zod messages, 404 for unknown ids', async () => {
    expect((await app.inject(`/trpc/orgUnit.get?input=${encodeURIComponent(JSON.stringify({ id: countyId }))}`)).statusCode).toBe(401);
    const { header, csrf } = await login();
    const bad = await app.inject({ method: 'POST', url: '/trpc/orgUnit.create', headers: { cookie: header, 'x-csrf-token': csrf }, payload: { parentId: countyId, name: '', level: 'planet' } });
    expect(bad.statusCode).toBe(400);
    const issues = bad.json().error.data.zodIssues as { path: string[]; message: string }[];
    expect(issues.map((i) => i.path[0]).sort()).toEqual(['level', 'name']);
    expect(issues.find((i) => i.path[0] === 'name')!.message).toMatch(/[\u4e00-\u9fa5]/); // zh-CN message
    const missing = await app.inject({ url: `/trpc/orgUnit.get?input=${encodeURIComponent(JSON.stringify({ id: '00000000-0000-0000-0000-000000000000' }))}`, headers: { cookie: header } });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses oversized bodies', async () => {
    const { header, csrf } = await login();
    const huge = await app.inject({ method: 'POST', url: '/trpc/orgUnit.create', headers: { cookie: header, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: JSON.stringify({ parentId: countyId, name: 'x'.repeat(17 * 1024 * 1024), level: 'department' }) });
    expect(huge.statusCode).toBe(413);
    // In the shape of a tRPC error, so the web client shows its translation (F8), not Fastify's English text.
    expect(huge.json().error).toMatchObject({ data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, key: 'errors.request.tooLarge', params: { megabytes: BODY_LIMIT_MB } } });
    expect(huge.json().error.message).toMatch(/请求内容过大/);
  });
});
