// Three builds: the main process (a thin shell over the services), the preload
// (the contract, nothing more) and the renderer (a plain React app).
import { fileURLToPath } from 'node:url';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import firaSans from '@capsizecss/metrics/firaSans';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { corpusPlugin } from './data/build/vite-plugin';
import { unusedCustomProperties } from './renderer/build/unused-custom-properties';

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

/**
 * Text never waits for the web fonts (fontsource declares font-display: swap) and
 * barely moves when they arrive: the two faces every view opens with are preloaded
 * beside the script, and until they are in, the text is set in a local font scaled
 * to their metrics (capsize's figures; Liberation and Tinos/Arimo share Times New
 * Roman's and Arial's metrics, so Linux gets the same fit).
 */
const FONT_FALLBACKS_ID = 'virtual:naslag/font-fallbacks.css';
const PRELOADED_FONTS = [
  /^source-serif-4-latin-400-normal-.*\.woff2$/,
  /^fira-sans-latin-400-normal-.*\.woff2$/,
];
const FALLBACK_LOCALS: Record<string, string[]> = {
  'Times New Roman': ['Liberation Serif', 'Tinos'],
  Arial: ['Liberation Sans', 'Arimo'],
};

function fontFallbacksCss(): string {
  const stacks = [
    { metrics: [sourceSerif4, timesNewRoman], local: 'Times New Roman' },
    { metrics: [firaSans, arial], local: 'Arial' },
  ];
  return stacks
    .flatMap(({ metrics, local }) =>
      createFontStack(metrics, { fontFaceFormat: 'styleObject' }).fontFaces.map(
        ({ '@font-face': face }) => {
          const src = [
            face.src,
            ...(FALLBACK_LOCALS[local] ?? []).map((name) => `local('${name}')`),
          ];
          const rules = Object.entries({ ...face, src: src.join(', ') }).map(
            ([property, value]) =>
              `${property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`,
          );
          return `@font-face { ${rules.join(' ')} }`;
        },
      ),
    )
    .join('\n');
}

const webFonts: Plugin = {
  name: 'naslag-web-fonts',
  resolveId: (id) => (id === FONT_FALLBACKS_ID ? `\0${id}` : undefined),
  load: (id) => (id === `\0${FONT_FALLBACKS_ID}` ? fontFallbacksCss() : undefined),
  transformIndexHtml: {
    order: 'post',
    handler: (_html, context) =>
      Object.values(context.bundle ?? {})
        .filter((file) =>
          PRELOADED_FONTS.some((pattern) => pattern.test(file.fileName.split('/').pop() ?? '')),
        )
        .map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
            href: `./${file.fileName}`,
          },
          injectTo: 'head' as const,
        })),
  },
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
