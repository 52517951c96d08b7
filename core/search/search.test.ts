import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import type { SearchDoc } from './documents';
import { buildIndexFromDocs, buildSearchIndex, loadSearchIndex } from './index';
import { corpusLetters, corpusSections } from './documents';
import { groupResults, queryProblems, resolveSectionFilter, search } from './search';
import { parseQuery } from './query';

import { SECTIONS, paragraph, in90, indexOf, ids, marked } from './docs.testing';

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

  it('follow the query as it is typed, however often the same result was shown before', () => {
    const index = indexOf([paragraph(1, 'Een online meldknop en een online meldpunt.')]);
    expect(marked(search(index, 'meldknop')[0])).toEqual(['meldknop']);
    expect(marked(search(index, 'meldpunt')[0])).toEqual(['meldpunt']);
    expect(marked(search(index, '"online meldpunt"')[0])).toEqual(['online meldpunt']);
    expect(marked(search(index, 'meldknop')[0])).toEqual(['meldknop']);
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

describe('letter names and filters', () => {
  const twoLetters = () =>
    indexOf([
      paragraph(1, 'Over encryptie en de ontsleutelplicht.', { page: 4, pageEnd: 5 }),
      paragraph(2, 'Over encryptie en het decryptiebevel.', { ...in90, page: 6 }),
      paragraph(3, 'Encryptie internationaal.', { ...in90, sectionId: 'internationaal', page: 7 }),
    ]);

  it('reads brief: as a number, "nr. 90", an id, a year, a month or an alias word', () => {
    const index = twoLetters();
    for (const value of ['90', 'nr.90', 'nr90', 'kst-31015-90', '2013', 'mei', 'april']) {
      expect(ids(search(index, `encryptie brief:${value}`)), value).toEqual(['p-2', 'p-3']);
    }
    expect(ids(search(index, 'encryptie brief:"oktober 2012"'))).toEqual(['p-1']);
    expect(ids(search(index, 'encryptie brief:oktober'))).toEqual(['p-1']);
    expect(ids(search(index, 'encryptie brief:2012'))).toEqual(['p-1']);
    expect(ids(search(index, 'encryptie brief:77'))).toEqual([]);
  });

  it('finds a paragraph on every page it spans', () => {
    const index = twoLetters();
    expect(ids(search(index, 'encryptie pagina:4'))).toEqual(['p-1']);
    expect(ids(search(index, 'encryptie pagina:5'))).toEqual(['p-1']);
    expect(ids(search(index, 'encryptie pagina:3'))).toEqual([]);
    expect(ids(search(index, 'encryptie pagina:7'))).toEqual(['p-3']);
  });

  it('reads sectie: by the start of its id or a word of its title, sections under it included', () => {
    const index = twoLetters();
    expect(ids(search(index, 'encryptie sectie:data'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie sectie:Internationaal'))).toEqual(['p-3']);
    expect(ids(search(index, 'encryptie sectie:"pilot"'))).toEqual(['p-1']);
    expect(queryProblems(index, parseQuery('encryptie sectie:!!!'))).toEqual([
      'Een sectie "!!!" ken ik niet.',
    ]);
  });

  it('names the letters it knows when brief: names none, after the problems of the query itself', () => {
    const index = twoLetters();
    expect(queryProblems(index, parseQuery('pagina:nul brief:77 encryptie'))).toEqual([
      '"pagina:nul" is geen paginanummer; gebruik bijvoorbeeld pagina:3.',
      'Een brief "77" ken ik niet; gebruik brief:81 of 90.',
    ]);
    expect(queryProblems(index, parseQuery('brief:81 sectie:pilot encryptie'))).toEqual([]);
  });

  it('favours the letter named by month, number or "brief", and the longest name', () => {
    const index = indexOf([paragraph(1, 'Over encryptie.'), paragraph(2, 'Over encryptie.', in90)]);
    expect(ids(search(index, 'mei 2013 encryptie'))).toEqual(['p-2', 'p-1']);
    expect(ids(search(index, 'nr 90 encryptie'))).toEqual(['p-2', 'p-1']);
    expect(ids(search(index, 'brief 90 encryptie'))).toEqual(['p-2', 'p-1']);
    expect(ids(search(index, 'encryptie oktober 2012'))).toEqual(['p-1', 'p-2']);
    const hinted = search(index, 'april 2013 encryptie');
    expect(hinted[0]?.score).toBeGreaterThan(hinted[1]?.score as number);
    // Only the letter's name was typed: those words are searched for, nothing is favoured.
    const dates = indexOf([
      paragraph(1, 'Brief van april 2013.'),
      paragraph(2, 'Gesprek op 16 april 2013.', in90),
    ]);
    expect(ids(search(dates, '16 april 2013'))).toEqual(['p-2', 'p-1']);
  });

  it('leaves out documents holding an excluded word, a completion of it, or a phrase', () => {
    const index = indexOf([
      paragraph(1, 'De pilot Leaseweb is afgerond.'),
      paragraph(2, 'Een vervolg op de pilot.'),
      paragraph(3, 'De pilot bij Leasewebhosting.'),
    ]);
    expect(ids(search(index, 'pilot -leaseweb'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'pilot -lease*'))).toEqual(['p-2']);
    expect(ids(search(index, 'pilot -onbekend'))).toHaveLength(3);
    expect(ids(search(index, 'pilot -"vervolg op de"'))).not.toContain('p-2');
    expect(ids(search(index, 'pilot -"de pilot bij"'))).not.toContain('p-3');
  });
});

describe('letters and notes together', () => {
  it('merges both by score, keeps to the limit and skips the notes for other kinds', async () => {
    const { NotesIndex } = await import('./notes-index');
    const index = indexOf([
      paragraph(1, 'Fresno en nog veel meer over andere zaken en onderwerpen.'),
      paragraph(2, 'Fresno.'),
    ]);
    const notes = new NotesIndex(index);
    notes.setAll([
      {
        id: 'n1',
        letterId: 'kst-31015-81',
        paragraphId: 'p-1',
        quote: null,
        position: null,
        color: 'yellow',
        body: 'Fresno',
        tags: [],
        created: '2026-01-05T10:00:00+01:00',
        modified: '2026-01-05T10:00:00+01:00',
      },
    ]);
    const all = search(index, 'fresno', { notes });
    expect(all.map((r) => r.kind)).toContain('note');
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(search(index, 'fresno', { notes, limit: 1 })).toHaveLength(1);
    expect(search(index, 'fresno in:notities', { notes }).map((r) => r.noteId)).toEqual(['n1']);
    expect(search(index, 'fresno in:tekst', { notes }).map((r) => r.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
    notes.setAll([]);
    expect(search(index, 'fresno', { notes }).map((r) => r.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });

  it('shows at most 20 results unless asked for more', () => {
    const index = indexOf(Array.from({ length: 25 }, (_, i) => paragraph(i, 'Politie.')));
    expect(search(index, 'politie')).toHaveLength(20);
    expect(search(index, 'politie', { limit: 25 })).toHaveLength(25);
  });
});

describe('grouped results', () => {
  it('keeps a result of a section it does not know, under an empty title', () => {
    const index = indexOf([
      paragraph(1, 'Encryptie.', { sectionId: 'onbekend' }),
      paragraph(2, 'Encryptie.', in90),
      paragraph(3, 'Encryptie.'),
    ]);
    const results = search(index, 'encryptie');
    const groups = groupResults(results, SECTIONS);
    expect(groups.map((g) => [g.nr, g.sections.map((s) => [s.title, s.results.length])])).toEqual([
      [
        81,
        [
          ['', 1],
          ['Pilot', 1],
        ],
      ],
      [90, [['Databases', 1]]],
    ]);
  });
});

describe('a letter named in the query', () => {
  // The letters' own names: "2 oktober 2012", "brief van april 2013", "aprilbrief" …
  const named = (docs: SearchDoc[]) =>
    loadSearchIndex(buildIndexFromDocs(docs, corpusLetters(loadLetters()), SECTIONS));

  it('takes the name out of the words searched for, even its longest form', () => {
    const index = named([
      paragraph(1, 'Encryptie in 2013.', in90),
      paragraph(2, 'Over encryptie.', in90),
      paragraph(3, 'Over encryptie op 2 plaatsen.'),
      paragraph(4, 'Over encryptie.'),
      paragraph(5, 'In deze brief: encryptie.', in90),
    ]);
    expect(ids(search(index, 'april 2013 encryptie')).slice(0, 2)).toEqual(['p-2', 'p-1']);
    for (const query of ['2 oktober 2012 encryptie', 'oktober 2012 encryptie 2']) {
      expect(ids(search(index, query))[0], query).toBe('p-4');
    }
    expect(ids(search(index, 'brief van april 2013 encryptie')).slice(0, 3)).toEqual([
      'p-2',
      'p-1',
      'p-5',
    ]);
  });

  it('needs every word of the name: "april" alone favours nothing', () => {
    const index = indexOf([paragraph(1, 'Over encryptie.'), paragraph(2, 'Over encryptie.', in90)]);
    expect(ids(search(index, 'april encryptie'))).toEqual(['p-1', 'p-2']);
  });

  it('still favours the letter when a number is searched for beside a word', () => {
    const index = indexOf([
      paragraph(1, 'Er zijn 507 verdachten.'),
      paragraph(2, 'Er zijn 507 verdachten.', in90),
    ]);
    expect(ids(search(index, 'mei 2013 507 verdachten'))).toEqual(['p-2', 'p-1']);
  });
});

describe('search details', () => {
  it('takes a parsed query as well as the typed text', () => {
    const index = indexOf([paragraph(1, 'Over encryptie.'), paragraph(2, 'Iets anders.')]);
    expect(ids(search(index, parseQuery('encryptie')))).toEqual(['p-1']);
  });

  it('leaves out documents holding any of several excluded phrases', () => {
    const index = indexOf([
      paragraph(1, 'De pilot Leaseweb is afgerond.'),
      paragraph(2, 'Een vervolg op de pilot.'),
      paragraph(3, 'Nog een pilot.'),
    ]);
    expect(ids(search(index, 'pilot -"pilot leaseweb" -"vervolg op"'))).toEqual(['p-3']);
  });

  it('keeps the commonest completions of word* when there are very many', () => {
    const docs = Array.from({ length: 150 }, (_, i) => paragraph(i, `Het verbeter${1000 + i}.`));
    for (let i = 0; i < 5; i += 1) docs.push(paragraph(200 + i, 'Weer verbeter1149.'));
    const index = indexOf(docs);
    const found = ids(search(index, 'verbeter*', { limit: 200 }));
    expect(found).toContain('p-149');
    expect(found).toContain('p-200');
    expect(found).toHaveLength(100 + 5);
  });

  it('finds the sections a sectie: value names, by id start or title word', () => {
    const sections = corpusSections(loadLetters());
    const keys = (value: string) => [...resolveSectionFilter(sections, value)];
    expect(keys('stop-it')).toEqual(['kst-31015-90#stop-it-now']);
    expect(keys('meldknop')).toEqual(['kst-31015-90#online-meldknop']);
    expect(keys('cba')).toEqual(['kst-31015-90#criminaliteitsbeeldanalyse-cba-kindersekstoerisme']);
    expect(keys('encryptie')).toEqual(['kst-31015-81#encryptie', 'kst-31015-90#encryptie']);
  });

  it("groups results of one section together, under the title of that letter's section", () => {
    const index = indexOf([
      paragraph(1, 'Encryptie.', { sectionId: 'x' }),
      paragraph(2, 'Encryptie.', { ...in90, sectionId: 'x' }),
      paragraph(3, 'Encryptie.', { sectionId: 'x' }),
    ]);
    const groups = groupResults(search(index, 'encryptie'), [
      { letterId: 'kst-31015-81', id: 'x', title: 'Titel in 81' },
      { letterId: 'kst-31015-90', id: 'x', title: 'Titel in 90' },
    ]);
    expect(groups.map((g) => [g.nr, g.sections.map((s) => [s.title, ids(s.results)])])).toEqual([
      [81, [['Titel in 81', ['p-1', 'p-3']]]],
      [90, [['Titel in 90', ['p-2']]]],
    ]);
  });
});
