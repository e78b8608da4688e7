// Drives Prisma's schema engine compiled to wasm, with a PGlite driver adapter, so that migrations
// can be *created* offline (the native engine cannot be downloaded here; see STACK.md). Only the
// developer command `pnpm --filter @duban/db migrate:new` uses it; applying migrations at start
// is done by runner.ts with plain SQL.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

// Node has WebAssembly at run time; its types live in lib "dom", which this package does not load.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number }>;
};

export interface SchemaFile {
  path: string;
  content: string;
}

/** Boots the wasm engine on an in-memory PGlite and returns it with a way to capture its output. */
export async function openSchemaEngine(schemaFiles: SchemaFile[]) {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  // The package's exports map hides the .wasm file; it sits next to the JS glue.
  const bytes = await readFile(join(dirname(gluePath), 'schema_engine_bg.wasm'));
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Record<string, unknown> & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
    SchemaEngine: { new: (options: unknown, log: (msg: string) => void, adapter: object) => Promise<Engine> };
  };
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  const pglite = new PGlite();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const output: string[] = [];
  const engine = await glue.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    (message: string) => {
      // The engine prints the diff script through its log callback as JSON-RPC notifications.
      output.push(message);
    },
    adapter,
  );
  return { engine, output, close: () => pglite.close() };
}
