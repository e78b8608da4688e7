import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precachedAssets, readManifest } from './scripts/precache.mjs';

// In development the API runs as a separate process; in production the server serves dist/ and
// /trpc on one port, so the app always calls a relative /trpc.
const apiPort = process.env.VITE_API_PORT ?? '3100';

export default defineConfig({
  plugins: [
    react(),
    // Offline capture (issue 5): a service worker precaches the shell and every lazy page chunk,
    // so checklist and survey pages open without a network after one online visit. API calls
    // are never cached: submissions go through the IndexedDB queue (src/offline), not the worker.
    VitePWA({
      strategies: 'generateSW',
      // A new version waits for the user (src/offline/register-sw.ts): no reload mid-survey.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['pwa-icon.svg'],
      manifest: {
        name: '督办 · 重点工作督查督办平台',
        short_name: '督办',
        description: '重点工作督查督办:交办、督查、入户调查、整改、考核',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f3f5f9',
        theme_color: '#b71c1c',
        icons: [{ src: '/pwa-icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        // The chart chunk is the largest; keep room for it to grow rather than silently dropping it.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Of the hashed chunks, only the shell and the offline pages (scripts/precache.mjs); the
        // rest load from the network when first opened. The build manifest is on disk by now
        // (the service worker is generated in closeBundle).
        manifestTransforms: [
          (entries) => {
            const keep = precachedAssets(readManifest(fileURLToPath(new URL('./dist', import.meta.url))));
            return { manifest: entries.filter((e) => !e.url.startsWith('assets/') || keep.has(e.url)), warnings: [] };
          },
        ],
        // Client-side routes get the precached shell; the API and health check never do.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/trpc/, /^\/healthz/],
        // Old precaches go when a new worker activates, so a rebuilt app is never mixed with old files.
        cleanupOutdatedCaches: true,
        // No runtimeCaching: anything not precached (every /trpc call) goes straight to the network.
        runtimeCaching: [],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/trpc': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
  preview: {
    proxy: { '/trpc': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: the chunk graph scripts/check-budget.mjs measures.
    manifest: true,
    // antd arrives with the pages (lazy); a warning above 600 kB means something eager grew.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every screen needs, in one long-cached chunk with a readable name.
          groups: [{ name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/ }],
        },
      },
    },
  },
});
