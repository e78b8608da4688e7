import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  webDist: string;
  /** Mark cookies Secure (set when served over HTTPS, directly or behind a proxy). */
  secureCookies: boolean;
  logLevel: string;
  /** DUBAN_TRUST_PROXY=1: behind a reverse proxy, take the protocol and address from X-Forwarded-* (Secure cookies, HSTS, throttling per address). */
  trustProxy: boolean;
  /** DUBAN_DATA_KEY: the data-protection key; unset, one is generated into the data dir. */
  dataKey?: string;
  /** DUBAN_AUDIT_KEY: keys the audit chain and signs its checkpoints; unset, generated into the data dir. */
  auditKey?: string;
  /** Seconds between audit checkpoints (DUBAN_AUDIT_CHECKPOINT_SECONDS). */
  auditCheckpointSeconds: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DUBAN_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    webDist: resolve(env.DUBAN_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url))),
    secureCookies: env.DUBAN_SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.DUBAN_TRUST_PROXY === '1',
    dataKey: env.DUBAN_DATA_KEY || undefined,
    auditKey: env.DUBAN_AUDIT_KEY || undefined,
    auditCheckpointSeconds: Number(env.DUBAN_AUDIT_CHECKPOINT_SECONDS ?? 60),
  };
}
