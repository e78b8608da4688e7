import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { localFileStore, loggingSmsProvider, LoginThrottle, sessionPolicyFromEnv } from '@duban/core';
import { seedSmallCounty, TEST_PASSWORD } from '@duban/api/testing';
import type { Database } from '@duban/db';
import { createTestDatabase } from '@duban/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

// Bytes on the wire (issue 13): API responses over the threshold are compressed, built assets are
// sent as their precompressed files, and hashed assets are cached as immutable.
describe('compression and caching', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let countyId: string;
  const web = mkdtempSync(join(tmpdir(), 'duban-web-'));
  const script = `console.log(${JSON.stringify('督办'.repeat(2000))});`;
  beforeAll(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(web, 'assets/index-B3xk9LQa.js'), script);
    writeFileSync(join(web, 'assets/index-B3xk9LQa.js.br'), brotliCompressSync(script));
    writeFileSync(join(web, 'assets/index-B3xk9LQa.js.gz'), gzipSync(script));
    database = await createTestDatabase();
    countyId = (await seedSmallCounty(database, '甲县', 'a-', '111111')).county.id;
    const log = createLogger('silent');
    const services = { database, sessionPolicy: sessionPolicyFromEnv({}), loginThrottle: new LoginThrottle(), log, files: localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-'))), sms: loggingSmsProvider(() => undefined), dataKey: randomBytes(32) };
    app = await buildApp(services, { ...configFromEnv({}), webDist: web }, log);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('compresses an API response above 1 KB with brotli or gzip, and leaves small ones alone', async () => {
    const login = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username: 'a-admin', password: TEST_PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const url = `/trpc/orgUnit.subtree?input=${encodeURIComponent(JSON.stringify({ rootId: countyId }))}`;
    const plain = await app.inject({ url, headers: { cookie } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await app.inject({ url, headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.payload);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gz = await app.inject({ url, headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.payload);

    const small = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('sends a built asset as its precompressed file, cached as immutable; the shell is revalidated', async () => {
    const br = await app.inject({ url: '/assets/index-B3xk9LQa.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gz = await app.inject({ url: '/assets/index-B3xk9LQa.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const shell = await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(shell.headers['cache-control']).toBe('no-cache');
    const route = await app.inject({ url: '/tasks/dashboard' });
    expect(route.headers['cache-control']).toBe('no-cache');
  });
});
