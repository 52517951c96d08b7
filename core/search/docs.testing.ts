// Small search documents for the search tests: two letters, their sections, and paragraphs made to order.
import type { SearchDoc, SearchLetter, SearchSection } from './documents';
import { buildIndexFromDocs, loadSearchIndex } from './index';
import type { SearchResult } from './search';

export const LETTERS: SearchLetter[] = [
  { id: 'kst-31015-81', nr: 81, date: '2012-10-02', title: 'Voortgang', aliases: ['oktober 2012'] },
  { id: 'kst-31015-90', nr: 90, date: '2013-05-06', title: 'Voortgang', aliases: ['april 2013'] },
];
export const SECTIONS: SearchSection[] = [
  { letterId: 'kst-31015-81', id: 'pilot', title: 'Pilot' },
  { letterId: 'kst-31015-90', id: 'databases', title: 'Databases' },
  {
    letterId: 'kst-31015-90',
    id: 'internationaal',
    title: 'Internationaal',
    parentId: 'databases',
  },
];

export function paragraph(n: number, text: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return {
    kind: 'paragraph',
    letterId: 'kst-31015-81',
    nr: 81,
    paragraphId: `p-${n}`,
    sectionId: 'pilot',
    page: 1,
    text,
    ...extra,
  };
}

export const in90 = { letterId: 'kst-31015-90', nr: 90, sectionId: 'databases' };

export function indexOf(docs: SearchDoc[]) {
  return loadSearchIndex(buildIndexFromDocs(docs, LETTERS, SECTIONS));
}

export const ids = (results: SearchResult[]) => results.map((result) => result.paragraphId);
export const marked = (result: SearchResult | undefined) =>
  result ? result.highlights.map(([start, end]) => result.text.slice(start, end)) : [];
