// @ts-check
import { defineConfig } from 'vitest/config';

/**
 * Shared vitest preset. Timeouts are generous because the first PGlite database of a worker can
 * take several seconds on a loaded 2-core machine; tests assert behaviour, never timing.
 */
export const vitestPreset = defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
