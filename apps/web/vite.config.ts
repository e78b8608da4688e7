import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs as a separate process; in production the server serves dist/ and
// /trpc on one port, so the app always calls a relative /trpc.
const apiPort = process.env.VITE_API_PORT ?? '3100';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/trpc': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
  preview: {
    proxy: { '/trpc': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
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
