import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { appRouter, createContext, type AppRouter, type Services } from '@duban/api';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './cookies.ts';
import type { ServerConfig } from './config.ts';
import { registerCompression, registerWebApp } from './compression.ts';

/** One port serves the API (/trpc), health (/healthz) and the built web app (everything else). */
/**
 * Request limits of the tRPC endpoint (issue 12, F8): one HTTP request carried 50 logins or 200
 * queries. The web client splits its batches at the same size (apps/web/src/api/trpc.ts, maxItems).
 * The body limit is Fastify's bodyLimit below (uploads are base64 inside the JSON body).
 */
export const MAX_BATCH_SIZE = 20;
const trpcRequestLimits = { maxBatchSize: MAX_BATCH_SIZE } as const;

export async function buildApp(services: Services, config: ServerConfig, logger: FastifyBaseLogger) {
  const app = Fastify({
    loggerInstance: logger,
    // An org-tree workbook travels base64 in a tRPC body; 16 MB bounds it (the schema caps it lower).
    bodyLimit: 16 * 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
  });
  await app.register(fastifyCookie);
  await registerCompression(app);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  app.get('/healthz', async () => {
    await services.database.sql.query('SELECT 1');
    return { status: 'ok', database: services.database.kind };
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
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
      onError({ path, error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ path, err: error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

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
