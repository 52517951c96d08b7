// Three builds: the main process (a thin shell over the services), the preload
// (the contract, nothing more) and the renderer (a plain React app).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { corpusPlugin } from './data/build/vite-plugin';
import { unusedCustomProperties } from './renderer/build/unused-custom-properties';
import { webFonts } from './renderer/build/web-fonts';

const alias = { '@core': fileURLToPath(new URL('./core', import.meta.url)) };

// renderer/index.html carries the strict policy the built app ships with. The dev server
// injects its styles and React's refresh preamble inline, so only there are they allowed.
const devServerCsp: Plugin = {
  name: 'naslag-dev-server-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  main: {
    resolve: { alias },
    plugins: [corpusPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: 'electron/main/index.ts' } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle what it needs.
      externalizeDeps: false,
      rollupOptions: { input: { index: 'electron/preload/index.ts' }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    // Relative asset paths: the same build loads from app://naslag/ and from the test server.
    base: './',
    resolve: {
      alias: [
        { find: '@core', replacement: alias['@core'] },
        // zod, configured jitless before any schema is built (renderer/src/zod-jitless.ts).
        {
          find: /^zod$/,
          replacement: fileURLToPath(new URL('./renderer/src/zod-jitless.ts', import.meta.url)),
        },
      ],
    },
    plugins: [react(), corpusPlugin(), devServerCsp, webFonts, unusedCustomProperties()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, it parses and runs in a fraction of the time.
      minify: true,
      // The first screen's chunk is about 500 kB minified; what it may weigh is the
      // startup spec's budget on its gzipped size, not this generic warning.
      chunkSizeWarningLimit: 700,
      rollupOptions: {
        input: { index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) },
        // Everything the first screen imports statically in one chunk: left to itself the
        // bundler splits off each module a lazy view shares with it, and a cold open then
        // waits on eight scripts instead of one.
        output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
      },
    },
  },
});
