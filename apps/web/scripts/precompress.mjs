// After `vite build`: writes a .br (brotli, quality 11) and a .gz (gzip -9) beside every text asset
// of dist/ over 1 KB, once, at build time — the server sends them as they are (@fastify/static
// preCompressed), so no request pays for compressing a file. node:zlib only: no dependency.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;
let files = 0, raw = 0, br = 0, gz = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (compressible.test(name) && statSync(path).size > 1024) compress(path);
  }
}

function compress(path) {
  const body = readFileSync(path);
  const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const g = gzipSync(body, { level: 9 });
  writeFileSync(`${path}.br`, b);
  writeFileSync(`${path}.gz`, g);
  files++; raw += body.length; br += b.length; gz += g.length;
}

walk(dist);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`precompressed ${files} files: ${kb(raw)} → ${kb(gz)} gzip, ${kb(br)} brotli`);
