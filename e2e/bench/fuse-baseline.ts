// The baseline the search engine is measured against: plain fuse.js over whole
// paragraphs, configured as fairly as it allows (accents ignored, a match anywhere
// in the paragraph counts). It scans every paragraph on every query.
import Fuse from 'fuse.js';
import type { Corpus } from '@core/corpus/model';

export interface BaselineParagraph {
  letterId: string;
  paragraphId: string;
  text: string;
}

export function corpusParagraphs(corpus: Corpus): BaselineParagraph[] {
  return corpus.letters.flatMap((letter) =>
    letter.paragraphs.map((paragraph) => ({
      letterId: letter.id,
      paragraphId: paragraph.id,
      text: paragraph.text,
    })),
  );
}

export interface FuseBaseline {
  search(query: string, limit: number): BaselineParagraph[];
  /** fuse.js's own index, as it would be serialised to ship it prebuilt. */
  index(): unknown;
}

export function createFuseBaseline(paragraphs: readonly BaselineParagraph[]): FuseBaseline {
  const fuse = new Fuse(paragraphs, {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.4,
  });
  return {
    search: (query, limit) => fuse.search(query, { limit }).map((result) => result.item),
    index: () => fuse.getIndex().toJSON(),
  };
}
