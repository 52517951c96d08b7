import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import type { SearchDoc, SearchLetter, SearchSection } from './documents';
import { buildIndexFromDocs, buildSearchIndex, loadSearchIndex } from './index';
import { groupResults, queryProblems, search } from './search';
import type { SearchResult } from './search';
import { parseQuery } from './query';

const LETTERS: SearchLetter[] = [
  { id: 'kst-31015-81', nr: 81, date: '2012-10-02', title: 'Voortgang', aliases: ['oktober 2012'] },
  { id: 'kst-31015-90', nr: 90, date: '2013-05-06', title: 'Voortgang', aliases: ['april 2013'] },
];
const SECTIONS: SearchSection[] = [
  { letterId: 'kst-31015-81', id: 'pilot', title: 'Pilot' },
  { letterId: 'kst-31015-90', id: 'databases', title: 'Databases' },
  {
    letterId: 'kst-31015-90',
    id: 'internationaal',
    title: 'Internationaal',
    parentId: 'databases',
  },
];

function paragraph(n: number, text: string, extra: Partial<SearchDoc> = {}): SearchDoc {
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

const in90 = { letterId: 'kst-31015-90', nr: 90, sectionId: 'databases' };

function indexOf(docs: SearchDoc[]) {
  return loadSearchIndex(buildIndexFromDocs(docs, LETTERS, SECTIONS));
}

const ids = (results: SearchResult[]) => results.map((result) => result.paragraphId);
const marked = (result: SearchResult | undefined) =>
  result ? result.highlights.map(([start, end]) => result.text.slice(start, end)) : [];

describe('ranking', () => {
  it('takes a word the letters contain as meant, before its completions', () => {
    const index = indexOf([
      paragraph(1, 'De staat van de zaken.'),
      paragraph(2, 'De start van het project.'),
      paragraph(3, 'Vliegende starters en een startpunt.'),
    ]);
    expect(ids(search(index, 'start'))).toEqual(['p-2', 'p-3']);
  });

  it('puts the closer typo match first', () => {
    const index = indexOf([paragraph(1, 'Over de decryptie.'), paragraph(2, 'Over de encryptie.')]);
    expect(ids(search(index, 'encriptie'))[0]).toBe('p-2');
  });

  it('finds a word with a typing error, a swapped letter or a missing accent', () => {
    const index = indexOf([
      paragraph(1, 'Ook kindersekstoerisme wordt aangepakt.'),
      paragraph(2, 'Er is geïnvesteerd.'),
    ]);
    expect(ids(search(index, 'kindersekstourisme'))).toEqual(['p-1']);
    expect(ids(search(index, 'kindersekstoersime'))).toEqual(['p-1']);
    expect(ids(search(index, 'geinvesteerd'))).toEqual(['p-2']);
  });

  it('puts a paragraph with all the words before one with some, however often', () => {
    const index = indexOf([
      paragraph(1, 'De politie, de politie en nogmaals de politie.'),
      paragraph(2, 'Extra capaciteit bij de politie.'),
    ]);
    expect(ids(search(index, 'politie capaciteit'))).toEqual(['p-2', 'p-1']);
  });

  it('prefers words standing together', () => {
    const index = indexOf([
      paragraph(1, 'Een meldknop voor wie het online ziet, en meer dan dat, zoals een lange zin.'),
      paragraph(
        2,
        'Er is een online meldknop voor iedereen, en meer dan dat, zoals een lange zin.',
      ),
    ]);
    expect(ids(search(index, 'online meldknop'))).toEqual(['p-2', 'p-1']);
  });

  it('completes a word and finds it inside a compound', () => {
    const index = indexOf([
      paragraph(1, 'Over deze verander- en verbetertrajecten.'),
      paragraph(2, 'De aanpak van kindersekstoerisme.'),
    ]);
    expect(ids(search(index, 'verbeter'))).toEqual(['p-1']);
    expect(ids(search(index, 'sekstoerisme'))).toEqual(['p-2']);
  });

  it('rejoins a word typed apart and splits a compound typed together', () => {
    const index = indexOf([
      paragraph(1, 'Medewerking aan het ontsleutelen (ontsleutelplicht).'),
      paragraph(2, 'Kinderporno op Nederlandse servers.'),
    ]);
    expect(ids(search(index, 'ontsleutel plicht'))).toEqual(['p-1']);
    expect(ids(search(index, 'kinderpornoservers'))).toEqual(['p-2']);
  });

  it('matches numbers however their thousands are written, and only exactly', () => {
    const index = indexOf([
      paragraph(1, 'Het waren 1 113 zaken.'),
      paragraph(2, 'Een bedrag van 250.000 euro.'),
      paragraph(3, 'Het waren 1 114 zaken.'),
    ]);
    for (const query of ['1113', '1 113', '1.113'])
      expect(ids(search(index, query))).toEqual(['p-1']);
    expect(ids(search(index, '250000'))).toEqual(['p-2']);
    expect(ids(search(index, '250 000 euro'))).toEqual(['p-2']);
  });

  it('requires an exact phrase word for word', () => {
    const index = indexOf([
      paragraph(1, 'De meldknop is online te vinden.'),
      paragraph(2, 'Er is een online meldknop.'),
    ]);
    expect(ids(search(index, '"online meldknop"'))).toEqual(['p-2']);
    expect(ids(search(index, '"meldknop online"'))).toEqual([]);
  });

  it('leaves out excluded words', () => {
    const index = indexOf([
      paragraph(1, 'De pilot Leaseweb is afgerond.'),
      paragraph(2, 'Een vervolg op de pilot.'),
    ]);
    expect(ids(search(index, 'pilot -leaseweb'))).toEqual(['p-2']);
    expect(ids(search(index, 'pilot -"pilot leaseweb"'))).toEqual(['p-2']);
  });

  it('filters by letter (number or name), section, kind and page', () => {
    const index = indexOf([
      paragraph(1, 'Encryptie en ontsleutelplicht.', { page: 4 }),
      paragraph(2, 'Encryptie en het decryptiebevel.', { ...in90, page: 6 }),
      paragraph(3, 'Encryptie internationaal.', { ...in90, sectionId: 'internationaal', page: 7 }),
      { ...paragraph(4, 'Encryptie'), kind: 'section' },
    ]);
    expect(ids(search(index, 'encryptie brief:90'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie brief:april'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie brief:81'))).toEqual(['p-4', 'p-1']);
    expect(ids(search(index, 'encryptie sectie:databases'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie sectie:internationaal'))).toEqual(['p-3']);
    expect(ids(search(index, 'encryptie in:koppen'))).toEqual(['p-4']);
    expect(ids(search(index, 'encryptie pagina:6'))).toEqual(['p-2']);
    expect(ids(search(index, 'encryptie', { letterId: 'kst-31015-81' }))).toEqual(['p-4', 'p-1']);
  });

  it('favours the letter a query names ("april 2013 …") without requiring its words', () => {
    const index = indexOf([paragraph(1, 'Over encryptie.'), paragraph(2, 'Over encryptie.', in90)]);
    expect(ids(search(index, 'april 2013 encryptie'))).toEqual(['p-2', 'p-1']);
    expect(ids(search(index, 'oktober 2012 encryptie'))).toEqual(['p-1', 'p-2']);
  });

  it('says which filters it cannot resolve', () => {
    const index = indexOf([paragraph(1, 'Tekst.')]);
    expect(queryProblems(index, parseQuery('brief:77 tekst'))[0]).toMatch(/brief:81 of 90/);
    expect(queryProblems(index, parseQuery('sectie:onbekend tekst'))[0]).toMatch(/sectie/);
    expect(queryProblems(index, parseQuery('brief:april tekst'))).toEqual([]);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    const index = indexOf([
      paragraph(1, 'Politie.'),
      paragraph(2, 'Politie.'),
      paragraph(3, 'Politie.'),
    ]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'politie', { limit: 2 })).toHaveLength(2);
  });
});

describe('highlights', () => {
  it('point at the accented original', () => {
    const index = indexOf([paragraph(1, 'Er is veel geïnvesteerd in de coördinatie.')]);
    expect(marked(search(index, 'geinvesteerd cooerdinatie')[0])).toEqual([
      'geïnvesteerd',
      'coördinatie',
    ]);
  });

  it('cover a number with its thousands space, and a whole phrase', () => {
    const index = indexOf([
      paragraph(1, 'Dat waren 1 113 zaken en mutaties; een online meldknop.'),
    ]);
    expect(marked(search(index, '1113')[0])).toEqual(['1 113']);
    expect(marked(search(index, '"online meldknop"')[0])).toEqual(['online meldknop']);
  });

  it('mark the part of a hyphenated compound that matched', () => {
    const index = indexOf([paragraph(1, 'De nieuwe OM-organisatie is operationeel.')]);
    expect(marked(search(index, 'organisatie')[0])).toEqual(['organisatie']);
    expect(marked(search(index, 'OM-organisatie')[0])).toEqual(['OM-organisatie']);
  });
});

describe('on the bundled letters', () => {
  const corpus = loadLetters();
  // Built in each test, so a test covers the indexing it relies on.
  const lettersIndex = () => loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(corpus))));

  it('survives a JSON round trip and finds paragraphs, headings and table cells', () => {
    const index = lettersIndex();
    const kinds = new Set(index.docs.map((doc) => doc.kind));
    expect(kinds).toEqual(new Set(['paragraph', 'section', 'table']));
    expect(search(index, 'Leaseweb')[0]).toMatchObject({
      nr: 81,
      kind: 'section',
      paragraphId: 'pilot-leaseweb-1',
    });
    const cell = search(index, '1 065 in:tabellen')[0];
    expect(cell).toMatchObject({ kind: 'table', nr: 81 });
    expect(marked(cell)).toEqual(['1 065']);
  });

  it('gives each result what a citation needs', () => {
    const index = lettersIndex();
    const [first] = search(index, 'ontsleutelplicht');
    expect(first).toMatchObject({
      letterId: 'kst-31015-81',
      nr: 81,
      sectionId: 'encryptie',
      page: 4,
    });
    expect(first?.text).toContain('(ontsleutelplicht)');
    expect(marked(first)).toContain('ontsleutelplicht');
  });

  it('groups results by letter and section in the order of their best result', () => {
    const index = lettersIndex();
    const results = search(index, 'encryptie', { limit: 10 });
    const groups = groupResults(results, index.sections);
    expect(groups.map((group) => group.nr).sort()).toEqual([81, 90]);
    const encryptie = groups[0]?.sections.find((section) => section.sectionId === 'encryptie');
    expect(encryptie?.title).toBe('Encryptie');
    expect(groups.flatMap((g) => g.sections.flatMap((s) => s.results))).toHaveLength(
      results.length,
    );
  });
});
