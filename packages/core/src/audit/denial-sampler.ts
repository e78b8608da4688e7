// Denied requests are audited, but one actor hammering one procedure wrote a row per attempt (F13:
// 952 denials in 10 s became 998 audit rows), and every audited write in the county queued behind
// them on the audit head. The first denial of an actor at a procedure within a window is written as
// before, with its target and reason; the rest of that window are counted and written as one row
// when the window ends. Who tried what stays in the trail; the flood does not. In memory, per
// server process: a restart writes what it holds (sweep at shutdown) or, if killed, loses only the
// count of attempts already represented by their window's first row.

export interface DenialSamplerPolicy {
  windowMs: number;
  /** Bound on the windows held at once; the oldest is written out early beyond it. */
  maxKeys: number;
}

interface Window {
  start: number;
  suppressed: number;
  /** Writes the summary row of this window (the latest caller's context). */
  write: (suppressed: number, windowMs: number) => Promise<void>;
}

export class DenialSampler {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly policy: DenialSamplerPolicy = { windowMs: 60_000, maxKeys: 10_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * True when this denial is to be written now (the first of its actor and procedure in the
   * window); false when it was counted into the window's summary instead.
   */
  admit(key: string, write: Window['write']): boolean {
    const t = this.now();
    const open = this.windows.get(key);
    if (open && t - open.start < this.policy.windowMs) {
      open.suppressed++;
      open.write = write;
      return false;
    }
    if (open) this.close(key, open);
    this.windows.set(key, { start: t, suppressed: 0, write });
    if (this.windows.size > this.policy.maxKeys) {
      const [oldest, window] = this.windows.entries().next().value!;
      this.close(oldest, window);
    }
    return true;
  }

  /** Writes the summaries of the windows that have ended (all of them with `all`: at shutdown). */
  async sweep(all = false): Promise<void> {
    const t = this.now();
    const writes: Promise<void>[] = [];
    for (const [key, window] of this.windows) {
      if (all || t - window.start >= this.policy.windowMs) writes.push(this.close(key, window));
    }
    await Promise.all(writes);
  }

  private close(key: string, window: Window): Promise<void> {
    this.windows.delete(key);
    return window.suppressed > 0 ? window.write(window.suppressed, this.policy.windowMs).catch(() => undefined) : Promise.resolve();
  }
}
