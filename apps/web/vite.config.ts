import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fromRepo = (p: string) => fileURLToPath(new URL(p, new URL('../../', import.meta.url)));

// Built from the repo root: `npx vite build --config apps/web/vite.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@campus/contracts': fromRepo('libs/contracts/src/index.ts'),
      '@campus/web-ui': fromRepo('libs/web/ui/src/index.ts'),
    },
  },
  build: {
    outDir: `${repo}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    // The CSP forbids inline scripts; keep every asset a file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // English is bundled on purpose (the fallback) while other languages load on demand through
      // the same dynamic import: the warning about that is expected.
      checks: { ineffectiveDynamicImport: false },
      // Libraries change less often than the app: their own chunk stays cached across releases.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    strictPort: true,
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3001', changeOrigin: false },
    },
  },
});
