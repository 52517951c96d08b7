// Types of the modules the build generates from the raw letters (see data/build/vite-plugin.ts).

declare module 'virtual:naslag/corpus' {
  import type { Corpus } from '@core/corpus/model';

  const corpus: Corpus;
  export default corpus;
}

declare module 'virtual:naslag/search-index' {
  import type { SerializedSearchIndex } from '@core/search/index';

  const index: SerializedSearchIndex;
  export default index;
}
