import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@core': fileURLToPath(new URL('./core', import.meta.url)) } },
  test: {
    include: ['{core,data,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
