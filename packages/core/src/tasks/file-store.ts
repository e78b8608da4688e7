import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where evidence files live. Local disk by default; an S3-compatible store can implement it. */
export interface FileStore {
  put(countyId: string, bytes: Buffer): Promise<string>;
  get(countyId: string, sha256: string): Promise<Buffer>;
}

/** Content-addressed files under <dir>/<county>/<aa>/<sha256>: the same photo is stored once. */
export function localFileStore(dir: string): FileStore {
  const pathOf = (countyId: string, sha: string) => join(dir, countyId, sha.slice(0, 2), sha);
  return {
    async put(countyId, bytes) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      await mkdir(join(dir, countyId, sha.slice(0, 2)), { recursive: true });
      await writeFile(pathOf(countyId, sha), bytes);
      return sha;
    },
    get: (countyId, sha) => readFile(pathOf(countyId, sha)),
  };
}
