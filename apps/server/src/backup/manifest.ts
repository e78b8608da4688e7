/** manifest.json at the root of a backup: what it holds and which keys it needs. */
export interface BackupManifest {
  format: 'duban-backup/1';
  createdAt: string;
  database: 'pglite' | 'postgresql';
  /** Fingerprints of the data-protection and audit keys (never the keys): restore checks them. */
  keys: { data: string; audit: string };
  /** contentHash() of the database and evidence files at the moment of the backup. */
  contentHash: string;
  tables: number;
  rows: number;
  files: number;
}

export const MANIFEST = 'manifest.json';
export const PGLITE_DUMP = 'database.pglite.tar.gz';
export const PG_DUMP = 'database.pgdump';
export const EVIDENCE_DIR = 'evidence';
export const CHECKPOINTS = 'audit-checkpoints.jsonl';
