import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

/**
 * Fastify requires its JSON-schema compilers (ajv, fast-json-stringify) when the instance is
 * created: the largest single piece of the server's start-up (~0.9 s of 11 under load, issue 13
 * item 7). No route here declares a body, query, params or response schema (tRPC validates with
 * zod), so they are loaded only if one ever does — the same compilers, created on first use.
 */
const fastifyRequire = createRequire(createRequire(import.meta.url).resolve('fastify'));

type Factory = (...args: unknown[]) => unknown;
function lazy(name: string): Factory {
  let selector: Factory | undefined;
  return (...args) => (selector ??= (fastifyRequire(name) as () => Factory)())(...args);
}

export const lazySchemaController = {
  compilersFactory: { buildValidator: lazy('@fastify/ajv-compiler'), buildSerializer: lazy('@fastify/fast-json-stringify-compiler') },
} as unknown as NonNullable<FastifyServerOptions['schemaController']>;
