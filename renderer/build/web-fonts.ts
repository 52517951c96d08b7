// The renderer's web fonts: which faces load first, and the local fonts that stand in until they do.
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import firaSans from '@capsizecss/metrics/firaSans';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import type { Plugin } from 'vite';

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

export const webFonts: Plugin = {
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
