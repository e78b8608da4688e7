import { defineConfig, mergeConfig } from 'vitest/config';
import { vitestPreset as preset } from '@duban/vitest-config';

// Unit tests of browser-side logic (the offline queue runs on fake-indexeddb in Node); kept apart
// from vite.config.ts so the build's plugins (PWA) are not loaded for tests.
export default mergeConfig(preset, defineConfig({ test: { include: ['src/**/*.test.ts'] } }));
