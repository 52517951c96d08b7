// Types of the modules the build generates from the raw letters (see data/build/vite-plugin.ts),
// which the main process bundles like the renderer: a packaged app has no raw letters on disk.

declare module 'virtual:naslag/corpus' {
  import type { Corpus } from '@core/corpus/model';

  const corpus: Corpus;
  export default corpus;
}
