// @ts-check
import { defineConfig } from 'vitest/config';

/**
 * Shared vitest preset. Timeouts are generous because the first PGlite database of a worker can
 * take several seconds on a loaded 2-core machine; tests assert behaviour, never timing.
 */
export const vitestPreset = defineConfig({
  test: {
    // A seeded demo county in beforeAll took over 60 s once, with eight engineers' tests on the
    // same 2 cores; a limit is there to end a hung test, not to judge speed.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
