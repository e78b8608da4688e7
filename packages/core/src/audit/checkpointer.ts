import type { PrismaClient } from '@duban/db';
import { appendCheckpoints, takeCheckpoints, type AuditCheckpoint } from './checkpoints.ts';

export interface Checkpointer {
  /** Writes checkpoints for every head that moved since the last one. */
  now(): Promise<AuditCheckpoint[]>;
  stop(): Promise<void>;
}

/**
 * Takes a checkpoint at start, every `intervalMs` and at stop, of every county whose chain moved,
 * and writes it twice outside the database: to the checkpoint file and to the log. What is lost to
 * an undetected truncation is therefore bounded by the interval.
 */
export function startCheckpointer(options: {
  prisma: PrismaClient;
  file: string;
  intervalMs: number;
  log: { info: (o: object, msg: string) => void; error: (o: object, msg: string) => void };
}): Checkpointer {
  const written = new Map<string, number>();
  let running: Promise<AuditCheckpoint[]> = Promise.resolve([]);
  const once = async () => {
    const checkpoints = await takeCheckpoints(options.prisma, written);
    await appendCheckpoints(options.file, checkpoints);
    for (const c of checkpoints) {
      written.set(c.countyId, c.seq);
      options.log.info({ auditCheckpoint: c }, 'audit checkpoint');
    }
    return checkpoints;
  };
  // One at a time: a slow disk must not interleave two writers of the same file.
  const now = () => (running = running.then(once, once).catch((error: unknown) => {
    options.log.error({ err: error }, 'audit checkpoint failed');
    return [];
  }));
  void now();
  const timer = setInterval(() => void now(), options.intervalMs);
  timer.unref();
  return {
    now,
    async stop() {
      clearInterval(timer);
      await now();
    },
  };
}
