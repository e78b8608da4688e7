// Prisma CLI config. Only `prisma generate` is used from the CLI: migrations run through the
// wasm schema engine (src/migrate), because the native engine cannot be downloaded offline.
// Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops the CLI from trying.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({
  // The composed schema (core + plugin models), written by tooling/plugin-registry.
  schema: 'prisma/generated',
});
