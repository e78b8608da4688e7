// Issue 13, item 4: the lean tRPC transport (src/trpc-transport.ts) must answer exactly as tRPC's
// own Fastify adapter did. Two apps on one database — the lean one and the stock adapter — are
// asked the same questions (plain and batched calls, every error path the transport decides:
// unknown path, wrong method, bad JSON, oversized batch and body, mixed types, CSRF, zod and domain
// errors, throttled logins with Retry-After, compressed answers, streamed and HEAD requests
// handed on) and must give the same status, body and headers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore, loggingSmsProvider, LoginThrottle, sessionPolicyFromEnv } from '@duban/core';
import { createTestDatabase } from '@duban/db/testing';
import { seedSmallCounty, TEST_PASSWORD } from '@duban/api/testing';
import type { Database } from '@duban/db';
import type { InjectOptions } from 'fastify';
import { buildApp } from '../src/app.ts';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

type App = Awaited<ReturnType<typeof buildApp>>;
type Inject = InjectOptions;

const COMPARED_HEADERS = ['content-type', 'vary', 'retry-after', 'content-encoding', 'x-content-type-options', 'content-security-policy', 'referrer-policy', 'x-frame-options'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** What a client can observe, with per-request values (error ids, tokens, times) blanked. */
async function observe(app: App, request: Inject) {
  const res = await app.inject(request);
  const headers = Object.fromEntries(COMPARED_HEADERS.map((h) => [h, h === 'retry-after' && res.headers[h] ? String(res.headers[h]).replace(/^\d+$/, '<seconds>') : res.headers[h]]));
  const cookies = res.cookies.map((c) => ({ ...c, value: c.value ? '…' : '', expires: c.expires ? '…' : undefined }));
  let body: unknown = res.rawPayload.length;
  if (!res.headers['content-encoding']) {
    const text = res.body
      .replace(UUID, '<uuid>')
      .replace(/"(createdAt|updatedAt|expiresAt|lastSeenAt|csrfToken)":"[^"]*"/g, '"$1":"…"')
      // A throttle's wait counts down between the two requests.
      .replace(/"seconds":\d+/g, '"seconds":0')
      .replace(/\d+ 秒/g, 'n 秒');
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: res.statusCode, headers, cookies, body };
}

describe('the lean tRPC transport answers as tRPC’s Fastify adapter', () => {
  let database: Database;
  let lean: App;
  let stock: App;
  let countyId: string;
  const log = createLogger('silent');
  const services = (database: Database) => ({
    database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(), log,
    files: localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-'))), sms: loggingSmsProvider(() => undefined), dataKey: randomBytes(32),
  });
  beforeAll(async () => {
    database = await createTestDatabase();
    countyId = (await seedSmallCounty(database, '甲县', 'a-', '111111')).county.id;
    const config = { ...configFromEnv({}), webDist: '/nonexistent' };
    // Each its own login throttle, so that the same sequence of failed logins throttles both alike.
    lean = await buildApp(services(database), config, log);
    stock = await buildApp(services(database), config, log, { trpcTransport: 'stock' });
  });
  afterAll(async () => {
    await lean?.close();
    await stock?.close();
    await database?.close();
  });

  const same = async (request: Inject) => {
    const [a, b] = [await observe(stock, request), await observe(lean, request)];
    expect(b, JSON.stringify(request).slice(0, 200)).toEqual(a);
    return b;
  };
  const json = (payload: unknown) => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
  const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
  const signIn = async (app: App) => {
    const res = await app.inject({ method: 'POST', url: '/trpc/auth.login', ...json({ username: 'a-admin', password: TEST_PASSWORD }) });
    const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
    return { cookie: `duban_session=${cookies.duban_session}; duban_csrf=${cookies.duban_csrf}`, csrf: cookies.duban_csrf! };
  };

  it('answers plain JSON calls itself (one body with a length) and hands streamed ones to tRPC', async () => {
    const plain = await lean.inject({ url: `/trpc/auth.me,auth.me?batch=1&input=${q({})}` });
    expect(plain.headers['content-length']).toBe(String(plain.rawPayload.length));
    expect(plain.headers['transfer-encoding']).toBeUndefined();
    expect((await stock.inject({ url: '/trpc/auth.me' })).headers['transfer-encoding']).toBe('chunked');
    const streamed = await lean.inject({ url: `/trpc/auth.me?batch=1&input=${q({})}`, headers: { 'trpc-accept': 'application/jsonl' } });
    expect(streamed.headers['transfer-encoding']).toBe('chunked');
  });

  it('answers plain and batched queries alike, signed out', async () => {
    expect((await same({ url: '/trpc/auth.me' })).status).toBe(200);
    await same({ url: `/trpc/auth.me?input=${q({})}` });
    await same({ url: `/trpc/auth.me?batch=1&input=${q({})}` });
    await same({ url: `/trpc/auth.me,auth.me?batch=1&input=${q({})}` });
    await same({ url: `/trpc/auth.me,auth.me?batch=1` });
    expect((await same({ url: `/trpc/orgUnit.get?input=${q({ id: countyId })}` })).status).toBe(401);
    expect((await same({ url: `/trpc/auth.me,orgUnit.get?batch=1&input=${q({ 1: { id: countyId } })}` })).status).toBe(207);
  });

  it('answers the transport’s own errors alike', async () => {
    expect((await same({ url: '/trpc/no.such' })).status).toBe(404);
    await same({ url: `/trpc/auth.me,no.such?batch=1` });
    expect((await same({ url: `/trpc/${Array.from({ length: 21 }, () => 'auth.me').join(',')}?batch=1&input=${q({})}` })).status).toBe(400);
    await same({ url: `/trpc/${Array.from({ length: 20 }, () => 'auth.me').join(',')}?batch=1&input=${q({})}` });
    expect((await same({ method: 'POST', url: '/trpc/auth.me', ...json({}) })).status).toBe(405);
    expect((await same({ url: '/trpc/auth.login' })).status).toBe(405);
    await same({ url: `/trpc/auth.me,auth.login?batch=1` });
    await same({ url: `/trpc/auth.me?input=%7Bnot-json` });
    await same({ url: `/trpc/auth.me,auth.me?batch=1&input=${q([1, 2])}` });
    await same({ method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    await same({ method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'application/json' }, payload: '' });
    await same({ method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'text/plain' }, payload: '{}' });
    await same({ method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'application/json; charset=utf-8' }, payload: '{}' });
    await same({ url: '/trpc/%E0%A4%A' });
    await same({ method: 'HEAD', url: '/trpc/auth.me' });
    await same({ method: 'PUT', url: '/trpc/auth.me', ...json({}) });
  });

  it('answers logins, zod and domain errors alike', async () => {
    await same({ method: 'POST', url: '/trpc/auth.login', ...json({ username: 1 }) });
    await same({ method: 'POST', url: '/trpc/auth.login', ...json({ username: 'a-admin', password: 'wrong-password-1' }) });
    const ok = await same({ method: 'POST', url: '/trpc/auth.login', ...json({ username: 'a-admin', password: TEST_PASSWORD }) });
    expect(ok.cookies.map((c) => c.name).sort()).toEqual(['duban_csrf', 'duban_session']);
    await same({ method: 'POST', url: '/trpc/auth.login?batch=1', ...json({ 0: { username: 'a-admin', password: 'wrong-password-2' } }) });
  });

  it('answers signed-in calls, CSRF and compression alike', async () => {
    const s = await signIn(stock);
    const l = await signIn(lean);
    const both = async (request: (session: { cookie: string; csrf: string }) => Inject) => {
      const [a, b] = [await observe(stock, request(s)), await observe(lean, request(l))];
      expect(b).toEqual(a);
      return b;
    };
    expect((await both(({ cookie }) => ({ url: '/trpc/auth.me', headers: { cookie } }))).status).toBe(200);
    await both(({ cookie }) => ({ url: `/trpc/auth.me,orgUnit.get?batch=1&input=${q({ 1: { id: countyId } })}`, headers: { cookie } }));
    await both(({ cookie }) => ({ url: `/trpc/orgUnit.get?input=${q({ id: '00000000-0000-0000-0000-000000000000' })}`, headers: { cookie } }));
    const payload = { parentId: countyId, name: '', level: 'planet' };
    expect((await both(({ cookie }) => ({ method: 'POST', url: '/trpc/orgUnit.create', headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify(payload) }))).status).toBe(403);
    expect((await both(({ cookie, csrf }) => ({ method: 'POST', url: '/trpc/orgUnit.create', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: JSON.stringify(payload) }))).status).toBe(400);
    const big = await both(({ cookie }) => ({ url: `/trpc/orgUnit.subtree?input=${q({ rootId: countyId })}`, headers: { cookie, 'accept-encoding': 'br, gzip' } }));
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    const huge = ({ cookie, csrf }: { cookie: string; csrf: string }) => ({ method: 'POST' as const, url: '/trpc/orgUnit.create', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: JSON.stringify({ parentId: countyId, name: 'x'.repeat(17 * 1024 * 1024), level: 'department' }) });
    expect((await both(huge)).status).toBe(413);
    // A streamed batch (the Excel imports' httpBatchStreamLink) is tRPC's adapter's in both.
    await both(({ cookie }) => ({ url: `/trpc/auth.me?batch=1&input=${q({})}`, headers: { cookie, 'trpc-accept': 'application/jsonl' } }));
  });

  it('throttles failed logins alike, with Retry-After', async () => {
    let throttled: Awaited<ReturnType<typeof same>> | undefined;
    for (let i = 0; i < 12 && !throttled; i++) {
      const r = await same({ method: 'POST', url: '/trpc/auth.login', ...json({ username: 'a-nobody', password: `wrong-${i}-password` }), remoteAddress: '10.1.2.3' });
      if (r.status === 429) throttled = r;
    }
    expect(throttled?.headers['retry-after']).toBe('<seconds>'); // a number of seconds in both

  });
});
