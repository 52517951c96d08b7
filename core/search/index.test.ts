import { describe, expect, it } from 'vitest';
import type { SearchDoc, SearchLetter, SearchSection } from './documents';
import { buildIndexFromDocs, loadSearchIndex } from './index';

const LETTERS: SearchLetter[] = [
  { id: 'kst-31015-81', nr: 81, date: '2012-10-02', title: 'Voortgang', aliases: [] },
];
const SECTIONS: SearchSection[] = [
  { letterId: 'kst-31015-81', id: 'encryptie', title: 'Encryptie' },
];

function doc(kind: SearchDoc['kind'], n: number, text: string, sectionId = 'encryptie'): SearchDoc {
  return {
    kind,
    letterId: 'kst-31015-81',
    nr: 81,
    paragraphId: `p-${n}`,
    sectionId,
    page: 1,
    text,
  };
}

const DOCS: SearchDoc[] = [
  doc('section', 0, 'Encryptie'),
  doc('paragraph', 1, 'De start van de pilot en de start van het onderzoek.'),
  doc('paragraph', 2, 'Over encryptie: het OM-onderzoek.'),
  doc('paragraph', 3, 'Een andere alinea over de pilot.', 'elders'),
  doc('table', 4, '2012 · 1 113'),
];

const build = () =>
  loadSearchIndex(JSON.parse(JSON.stringify(buildIndexFromDocs(DOCS, LETTERS, SECTIONS))));

function postingsOf(term: string) {
  const index = build();
  const id = index.vocabulary.id(term);
  if (id === undefined) throw new Error(`${term} is not indexed`);
  const list = index.postings(id);
  return {
    docs: [...list.docs],
    tfs: [...list.tfs],
    positions: [...list.docs].map((_, k) => [
      ...list.positions.subarray(list.posStart[k], list.posStart[k + 1]),
    ]),
    df: index.documentFrequency(id),
  };
}

describe('the search index', () => {
  it('records which documents hold a word, how often and at which word positions', () => {
    expect(postingsOf('start')).toEqual({ docs: [1], tfs: [2], positions: [[1, 7]], df: 1 });
    expect(postingsOf('pilot')).toEqual({
      docs: [1, 3],
      tfs: [1, 1],
      positions: [[4], [5]],
      df: 2,
    });
    expect(postingsOf('encryptie')).toEqual({
      docs: [0, 2],
      tfs: [1, 1],
      positions: [[0], [1]],
      df: 2,
    });
  });

  it('indexes a compound whole and in parts, and a spaced number whole and in groups', () => {
    expect(postingsOf('omonderzoek').positions).toEqual([[3]]);
    expect(postingsOf('onderzoek')).toMatchObject({ docs: [1, 2], positions: [[10], [4]] });
    expect(postingsOf('1113').positions).toEqual([[1]]);
    expect(postingsOf('113').positions).toEqual([[2]]);
  });

  it('leaves stop words out of the vocabulary and out of the lengths', () => {
    const index = build();
    expect(index.vocabulary.id('de')).toBeUndefined();
    expect(index.vocabulary.id('van')).toBeUndefined();
    // "om" of OM-onderzoek is a stop word; the joined word is not counted again.
    expect([...index.lengths]).toEqual([1, 4, 2, 3, 3]);
    expect(index.averageLength).toEqual({ section: 1, paragraph: 3, table: 3, note: 1 });
  });

  it('knows the heading of each section and the paragraphs under it', () => {
    const index = build();
    expect(index.sectionDoc).toEqual(new Map([['kst-31015-81#encryptie', 0]]));
    expect(index.sectionMembers).toEqual(new Map([[0, [1, 2]]]));
  });

  it('keeps the documents, letters and sections to show with the results', () => {
    const index = build();
    expect(index.docs).toEqual(DOCS);
    expect(index.letters).toEqual(LETTERS);
    expect(index.sections).toEqual(SECTIONS);
  });

  it('gives a heading of stop words alone a length to divide by', () => {
    const index = loadSearchIndex(buildIndexFromDocs([doc('section', 0, 'Over')], LETTERS, []));
    expect(index.averageLength.section).toBe(1);
  });

  it('refuses an index of another format or version, saying to rebuild the app', () => {
    const serialized = buildIndexFromDocs(DOCS, LETTERS, SECTIONS);
    expect(() => loadSearchIndex({ ...serialized, version: 2 as 1 })).toThrow(
      'De zoekindex heeft een onbekende vorm; bouw de app opnieuw.',
    );
    expect(() =>
      loadSearchIndex({ ...serialized, format: 'iets-anders' as 'naslag-search-index' }),
    ).toThrow(/bouw de app opnieuw/);
  });
});
