// Builds the server into apps/server/dist once, so production starts from JavaScript without tsx
// (issue 13, item 7): the server and every workspace package it loads (@duban/*, the plugins through
// the generated registry) bundled into dist/cli.mjs by esbuild; node_modules stay external and are
// loaded by Node from where pnpm put them. Plain JavaScript: it runs before anything is compiled.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const serverDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(serverDir, 'dist');
export const manifestFile = join(distDir, 'build.json');
const repoRoot = resolve(serverDir, '../..');

/** Worker threads get their own entry; the file that starts one finds it next to the bundle. */
const workerEntries = {
  'excel-worker': join(repoRoot, 'packages/core/src/excel/excel-worker.mjs'),
};
const workerByPath = new Map(Object.entries(workerEntries).map(([name, path]) => [path, name]));

const toPosix = (p) => p.split(sep).join('/');
/** A path as the bundle imports it: relative to dist/, so the checkout may move after the build. */
const fromDist = (path) => {
  const rel = toPosix(relative(distDir, path));
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/**
 * Bare imports that resolve into node_modules stay external, but as the path esbuild resolved:
 * under pnpm a workspace package's dependencies are in its own node_modules, which Node would not
 * search from apps/server/dist.
 */
const externalDependencies = {
  name: 'external-dependencies',
  setup(b) {
    // The Excel worker's fallback for hosts without tsx (`./excel-job.ts?with-tsx`): never taken
    // once the job is bundled into the worker, so it is left as it is.
    b.onResolve({ filter: /\?/ }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.inner || args.path.startsWith('node:')) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { inner: true } });
      if (r.errors.length > 0) return { errors: r.errors };
      if (r.external) return { path: args.path, external: true }; // Node's built-ins
      if (!r.path.split(sep).includes('node_modules')) return r; // a workspace package: bundled
      return { path: fromDist(r.path), external: true };
    });
  },
};

/**
 * exceljs (≈400 CommonJS modules with jszip, unzipper, archiver …) and pdfkit (fonts, unicode
 * tables inflated at load) are only needed when a workbook or a 公文 PDF is made, yet the core
 * imports them at the top of a dozen files: loading them at start cost ~⅓ of the start-up and tens
 * of MB. In the bundle each default export is a stand-in that requires the library's CommonJS
 * build on first use (synchronously), so the sources stay as they are. Only default imports are
 * used (`import ExcelJS from 'exceljs'`, `import PDFDocument from 'pdfkit'`).
 */
// exifr (a photo's EXIF, read on evidence upload) and yauzl (the zip-bomb check of an uploaded
// workbook) likewise: ~20 MB and ~0.8 s of module loading at start, measured one by one.
const lazyCommonJs = ['exceljs', 'pdfkit', 'exifr', 'yauzl'];
const lazyDependencies = {
  name: 'lazy-dependencies',
  setup(b) {
    const filter = new RegExp(`^(${lazyCommonJs.join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData?.inner) return undefined;
      const r = await b.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, importer: args.importer, pluginData: { inner: true } });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: fromDist(r.path), namespace: 'lazy-cjs' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({
      loader: 'js',
      contents: `import { createRequire } from 'node:module';
let loaded;
const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}));
export default new Proxy(function lazy() {}, {
  get: (_t, key) => Reflect.get(load(), key),
  has: (_t, key) => Reflect.has(load(), key),
  construct: (_t, args) => Reflect.construct(load(), args),
  apply: (_t, self, args) => Reflect.apply(load(), self, args),
});
`,
    }));
  },
};

/**
 * `import.meta.url` keeps meaning the source file's own URL (migrations, the web app's dist and
 * the Prisma client are found relative to it), except where it locates a worker, which is built
 * next to the bundle.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, async (args) => {
      if (args.path.split(sep).includes('node_modules')) return undefined;
      const { readFile } = await import('node:fs/promises');
      let text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      text = text.replace(/new URL\((['"])([^'"]+)\1,\s*import\.meta\.url\)/g, (whole, _q, target) => {
        const worker = workerByPath.get(resolve(dirname(args.path), target));
        return worker ? `new URL('./${worker}.mjs', import.meta.url)` : whole;
      });
      text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist(args.path))}, import.meta.url).href`);
      return { contents: text, loader: args.path.endsWith('.ts') || args.path.endsWith('.mts') ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** Builds dist/ (written beside and renamed into place, so a concurrent start never reads half a file). */
export async function buildServer() {
  const started = Date.now();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { cli: join(serverDir, 'src/cli.ts'), ...workerEntries },
    outdir: distDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Error classes and procedures are told apart by name in places; bundling must not rename them.
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [lazyDependencies, externalDependencies, sourceUrls],
  });
  mkdirSync(distDir, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  for (const f of result.outputFiles) writeFileSync(f.path + suffix, f.contents);
  for (const f of result.outputFiles) renameSync(f.path + suffix, f.path);
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules'));
  writeFileSync(manifestFile + suffix, JSON.stringify({ builtAt: started, inputs }));
  renameSync(manifestFile + suffix, manifestFile);
  return { ms: Date.now() - started, inputs: inputs.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await buildServer();
  process.stdout.write(`built apps/server/dist from ${r.inputs} source files in ${r.ms} ms\n`);
}
