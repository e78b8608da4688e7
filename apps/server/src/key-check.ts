import { keyFingerprint } from '@duban/core';
import type { PrismaClient } from '@duban/db';
import { AUDIT_KEY, DATA_KEY, findKey, generateKey, type KeySpec } from './data-key.ts';

export class KeyMismatchError extends Error {}

export interface ServerKeys {
  dataKey: Buffer;
  auditKey: Buffer;
}

export type KeyConfig = { dataDir: string; keys?: Partial<Record<KeySpec['env'], string>> };

/**
 * The data-protection and audit keys, checked against the fingerprints the database recorded when
 * it first met them. A database restored without its keys (or a server given another server's)
 * refuses to start with a message saying which key is wrong, rather than starting and answering
 * every encrypted read with a 500 or writing an audit chain nobody can verify. A key is generated
 * only for a database that never had one.
 */
export async function loadServerKeys(prisma: PrismaClient, config: KeyConfig, log: { warn: (o: object, msg: string) => void }): Promise<ServerKeys> {
  const keys = await Promise.all([DATA_KEY, AUDIT_KEY].map((spec) => checkedKey(prisma, spec, config, log)));
  return { dataKey: keys[0]!, auditKey: keys[1]! };
}

async function checkedKey(prisma: PrismaClient, spec: KeySpec, config: KeyConfig, log: { warn: (o: object, msg: string) => void }): Promise<Buffer> {
  const stored = await prisma.instanceKey.findUnique({ where: { name: spec.name } });
  let found = await findKey(spec, config);
  if (stored && !found) {
    throw new KeyMismatchError(
      `此数据库使用的${label(spec)}不在本机：请设置 ${spec.env} 或恢复 ${config.dataDir}/${spec.file}（指纹 ${stored.fingerprint}）。\n` +
        `This database was written with a ${spec.name} key that is not here: set ${spec.env} or restore ${config.dataDir}/${spec.file} (fingerprint ${stored.fingerprint}). Refusing to start.`,
    );
  }
  if (!found) {
    found = await generateKey(spec, config.dataDir);
    if (found.generated) log.warn({ file: found.where }, `generated a new ${spec.name} key; keep it with your backups (or set ${spec.env})`);
  }
  const fingerprint = keyFingerprint(found.key);
  if (!stored) {
    await prisma.instanceKey.createMany({ data: [{ name: spec.name, fingerprint }], skipDuplicates: true });
    // Two servers starting together on one PostgreSQL: the first one's key is the database's.
    const now = await prisma.instanceKey.findUniqueOrThrow({ where: { name: spec.name } });
    if (now.fingerprint === fingerprint) return found.key;
    return mismatch(spec, found.where, now.fingerprint, fingerprint);
  }
  if (stored.fingerprint !== fingerprint) return mismatch(spec, found.where, stored.fingerprint, fingerprint);
  return found.key;
}

function mismatch(spec: KeySpec, where: string, expected: string, actual: string): never {
  throw new KeyMismatchError(
    `${label(spec)}与数据库不匹配（${where}）：数据库记录的指纹 ${expected}，本机密钥的指纹 ${actual}。请使用与此数据库配套的密钥。\n` +
      `The ${spec.name} key (${where}) does not match this database: the database records fingerprint ${expected}, this key has ${actual}. ` +
      `Use the key that belongs to this database (servers sharing a PostgreSQL must share ${spec.env}). Refusing to start.`,
  );
}

const label = (spec: KeySpec) => (spec.name === 'data' ? '数据保护密钥' : '审计密钥');
