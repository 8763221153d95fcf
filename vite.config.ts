import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app's build. Tests use vitest.config.ts (unit) and vitest.e2e.config.ts (browser),
// so build-only plugins such as the PWA plugin stay out of the test runs.
export default defineConfig({
  plugins: [react()],
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', strictPort: true },
  // The manifest lets scripts/check-bundle-budget.mjs see exactly what the first load fetches.
  build: { target: 'es2022', sourcemap: false, manifest: true },
});
