import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { corpusPlugin } from './data/build/vite-plugin';

export default defineConfig({
  // The corpus plugin lets renderer tests import the bundled corpus as the app does.
  plugins: [react(), corpusPlugin()],
  resolve: { alias: { '@core': fileURLToPath(new URL('./core', import.meta.url)) } },
  test: {
    include: ['{core,data,electron,renderer,e2e}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
