import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * API responses over 1 KB are compressed on the fly: brotli at quality 4 (quality 11, the default,
 * costs ~50× the CPU for a few % fewer bytes — fine once at build time, not per request), else gzip.
 * The org tree and lists shrink ~8×.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}

const HASHED = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;

/**
 * The built web app: files under assets/ carry a content hash in their name, so they are cached
 * for a year as immutable; everything else (index.html, sw.js, the manifest) is revalidated on
 * every load so a new release is seen. Each file is sent as the .br/.gz written at build time
 * (apps/web/scripts/precompress.mjs) when the browser accepts it.
 */
export async function registerWebApp(app: FastifyInstance, root: string) {
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, path) {
      res.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
