import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { appRouter, createContext, pushDeviceReadings, type AppRouter, type Services } from '@duban/api';
import { retryAfterSeconds } from '@duban/core';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './cookies.ts';
import type { ServerConfig } from './config.ts';
import { registerCompression, registerWebApp } from './compression.ts';
import { lazySchemaController } from './schema-compilers.ts';
import { leanTrpcPlugin } from './trpc-transport.ts';

/** One port serves the API (/trpc), health (/healthz) and the built web app (everything else). */
/**
 * Request limits of the tRPC endpoint (issue 12, F8): one HTTP request carried 50 logins or 200
 * queries. The web client splits its batches at the same size (apps/web/src/api/trpc.ts, maxItems).
 * The body limit is Fastify's bodyLimit below (uploads are base64 inside the JSON body).
 */
export const MAX_BATCH_SIZE = 20;
const trpcRequestLimits = { maxBatchSize: MAX_BATCH_SIZE } as const;
/**
 * The largest request body (F8). An org-tree workbook or evidence travels base64 in a tRPC body,
 * so this is above the schemas' own caps (a 10 MB workbook is 14 MB of base64); a larger body is
 * refused with 413 before it is parsed.
 */
export const BODY_LIMIT_MB = 16;

/** A 413 in the shape of a tRPC error, so the web client shows its translated key (errors.request.tooLarge). */
const bodyTooLarge = {
  error: {
    message: `请求内容过大（上限 ${BODY_LIMIT_MB} MB） / Request body too large (limit ${BODY_LIMIT_MB} MB)`,
    code: -32600,
    data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, key: 'errors.request.tooLarge', params: { megabytes: BODY_LIMIT_MB } },
  },
};

/**
 * Content Security Policy (F16). Everything is served from this origin and nothing is fetched from
 * elsewhere (the app works offline). Styles need 'unsafe-inline': antd injects its CSS-in-JS at run
 * time and index.html has an inline boot style; scripts do not. Images: evidence and signatures
 * are shown from data: and blob: URLs. The service worker and manifest come from 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface BuildAppOptions {
  trpcTransport?: 'lean' | 'stock';
}

export async function buildApp(services: Services, config: ServerConfig, logger: FastifyBaseLogger, options: BuildAppOptions = {}) {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_MB * 1024 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 5000 },
    schemaController: lazySchemaController,
  });
  // Before the plugins register, so the tRPC routes inherit it.
  app.setErrorHandler(async (error: { code?: string }, _req, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(bodyTooLarge);
    throw error; // Fastify's own handler answers everything else
  });
  await app.register(fastifyCookie);
  await registerCompression(app);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    // Only over HTTPS (directly or, with trustProxy, behind a proxy): over plain HTTP a browser
    // ignores it, and a deployment reached by http://<ip> must not be pinned to HTTPS by accident.
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
  });

  app.get('/healthz', async () => {
    await services.database.sql.query('SELECT 1');
    return { status: 'ok', database: services.database.kind };
  });

  // 监测设备 push readings with their station's key (packages/api/src/devices/readings-push.ts).
  app.post('/api/readings', { bodyLimit: 1024 * 1024 }, async (req, reply) => {
    const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
    const { status, body } = await pushDeviceReadings(services.database.prisma, { authorization: header('authorization'), idempotencyKey: header('idempotency-key'), body: req.body });
    return reply.code(status).send(body);
  });

  const trpcOptions = {
    ...trpcRequestLimits,
    router: appRouter,
    createContext: ({ req, res }) =>
      createContext(services, {
        sessionToken: req.cookies[SESSION_COOKIE],
        csrfHeader: typeof req.headers['x-csrf-token'] === 'string' ? req.headers['x-csrf-token'] : undefined,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        // Secure whenever the request came over HTTPS (F16), or always when configured.
        setSessionCookie: (token, csrf, maxAge) => setSessionCookies(res, config.secureCookies || req.protocol === 'https', token, csrf, maxAge),
        clearSessionCookie: () => clearSessionCookies(res),
      }),
    // A throttled or locked login says when to try again (F8).
    responseMeta({ errors }) {
      const seconds = errors.map((e) => retryAfterSeconds(e.cause)).find((s) => s !== undefined);
      return seconds === undefined ? {} : { headers: { 'retry-after': String(seconds) } };
    },
    onError({ path, error }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ path, err: error }, 'procedure failed');
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];
  // The lean transport answers plain JSON calls itself and hands the rest to tRPC's adapter
  // (trpc-transport.ts); `stock` is tRPC's adapter alone, kept for the test comparing the two.
  if (options.trpcTransport === 'stock') await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
  else await app.register(leanTrpcPlugin, { prefix: '/trpc', trpcOptions });

  if (existsSync(join(config.webDist, 'index.html'))) {
    await registerWebApp(app, config.webDist);
    // Client-side routes (e.g. /org-units/…) get the app shell; unknown API paths stay 404.
    app.setNotFoundHandler((req, reply) => {
      if (req.method !== 'GET' || req.url.startsWith('/trpc') || req.url.startsWith('/healthz')) {
        return reply.code(404).send({ error: 'Not Found' });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/html; charset=utf-8').send('<p>Duban API is running. The web app is not built: run <code>pnpm --filter @duban/web build</code>.</p>'),
    );
  }
  return app;
}
