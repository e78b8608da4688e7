import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real server (fresh embedded database, demo county seeded) and the
// built web app in Debian's Chromium; nothing is downloaded.
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/duban-e2e-${process.pid}`;

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '/tmp/duban-e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node ../apps/server/bin/duban.mjs serve`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 240_000,
    // E2E_REUSE=1 runs against a server you started yourself (same port).
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), HOST: '127.0.0.1', DUBAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  },
});
