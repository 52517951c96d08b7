// The virtual modules the corpus plugin serves to the app's bundles, each built
// from the corpus at build time. Another build-time product of the corpus (a
// search index, say) is added here as one more entry.
import type { Corpus } from '../../core/corpus/model';
import { buildSearchIndex } from '../../core/search/index';

export interface VirtualModule {
  /** The import specifier, e.g. "virtual:naslag/corpus". */
  id: `virtual:naslag/${string}`;
  /** The module's JavaScript source. */
  source(corpus: Corpus): string;
}

// JSON.parse of a string literal is parsed faster than the same object literal.
const jsonModule = (value: unknown): string =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export const corpusModule: VirtualModule = {
  id: 'virtual:naslag/corpus',
  source: (corpus) => jsonModule(corpus),
};

/** The search index, built ahead of time so the app only loads it (core/search/index.ts). */
export const searchIndexModule: VirtualModule = {
  id: 'virtual:naslag/search-index',
  source: (corpus) => jsonModule(buildSearchIndex(corpus)),
};

export const bundledModules: readonly VirtualModule[] = [corpusModule, searchIndexModule];
