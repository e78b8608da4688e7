/** Where an import is: reading the file, checking its rows, or writing them. */
export type ImportPhase = 'read' | 'check' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export type ProgressSink = (progress: ImportProgress) => void;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `fn` over the items, reporting every `every` items and once at the end, and lets the event
 * loop run at each report so progress streamed to the browser leaves the server while the work goes on.
 */
export async function forEachWithProgress<T>(items: readonly T[], phase: ImportPhase, sink: ProgressSink | undefined, fn: (item: T, index: number) => void, every = 250): Promise<void> {
  sink?.({ phase, done: 0, total: items.length });
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if ((i + 1) % every === 0 && i + 1 < items.length) {
      sink?.({ phase, done: i + 1, total: items.length });
      await yieldToEventLoop();
    }
  }
  sink?.({ phase, done: items.length, total: items.length });
}

/** Splits rows into batches for set-based inserts (one statement per batch, never one per row). */
export function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
