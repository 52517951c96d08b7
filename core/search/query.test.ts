import { describe, expect, it } from 'vitest';
import { SEARCH_OPERATORS, isEmptyQuery, parseQuery } from './query';

const termsOf = (input: string) => parseQuery(input).words.map((word) => word.term);

describe('parseQuery', () => {
  it('normalises free words and drops stop words', () => {
    expect(termsOf('Hoeveel slachtoffers in de zaak Fresno')).toEqual([
      'slachtoffers',
      'zaak',
      'fresno',
    ]);
    expect(termsOf('geïnvesteerd')).toEqual(['geinvesteerd']);
  });

  it('keeps a query made only of stop words', () => {
    expect(termsOf('wie is het')).toEqual(['wie', 'is', 'het']);
  });

  it('reads an exact phrase in straight or typographic quotes', () => {
    expect(parseQuery('"online meldknop" jongeren').phrases).toEqual([['online', 'meldknop']]);
    expect(parseQuery('“de lead heeft”').phrases).toEqual([['de', 'lead', 'heeft']]);
    expect(termsOf('"online meldknop" jongeren')).toEqual(['jongeren']);
  });

  it('reads exclusions of words and phrases', () => {
    const query = parseQuery('pilot -Leaseweb -"maatschappelijk verantwoord"');
    expect(query.excluded.map((word) => word.term)).toEqual(['leaseweb']);
    expect(query.excludedPhrases).toEqual([['maatschappelijk', 'verantwoord']]);
    expect(termsOf('pilot -Leaseweb')).toEqual(['pilot']);
  });

  it('keeps the hyphen of a compound as part of the word', () => {
    const [word] = parseQuery('publiek-private').words;
    expect(word).toMatchObject({ term: 'publiekprivate', parts: ['publiek', 'private'] });
  });

  it('reads word* as a prefix', () => {
    expect(parseQuery('verbeter* politie').words).toEqual([
      { text: 'verbeter', term: 'verbeter', prefix: true },
      { text: 'politie', term: 'politie', prefix: false },
    ]);
  });

  it('joins a number typed with a thousands space, keeping the parts', () => {
    expect(parseQuery('1 113 zaken').words[0]).toMatchObject({ term: '1113', parts: ['1', '113'] });
  });

  it('reads the filters', () => {
    expect(parseQuery('encryptie brief:81').filters).toEqual({ letter: '81' });
    expect(parseQuery('brief:April encryptie').filters).toEqual({ letter: 'april' });
    expect(parseQuery('sectie:"Online Meldknop" jongeren').filters).toEqual({
      section: 'online meldknop',
    });
    expect(parseQuery('in:notities meldknop').filters).toEqual({ kind: 'note' });
    expect(parseQuery('in:tabellen 1113').filters).toEqual({ kind: 'table' });
    expect(parseQuery('pagina:3 politie').filters).toEqual({ page: 3 });
    expect(termsOf('encryptie brief:81')).toEqual(['encryptie']);
  });

  it('explains a filter it does not understand, in Dutch', () => {
    expect(parseQuery('in:bijlagen').problems[0]).toMatch(/in:notities/);
    expect(parseQuery('pagina:drie').problems[0]).toMatch(/paginanummer/);
  });

  it('takes no page 0 or below, and says so instead of filtering', () => {
    for (const query of ['pagina:0 politie', 'p:-2 politie']) {
      const parsed = parseQuery(query);
      expect(parsed.filters).toEqual({});
      expect(parsed.problems).toEqual([expect.stringContaining('geen paginanummer')]);
    }
  });

  it('says what is missing after a filter with nothing after it', () => {
    const parsed = parseQuery('brief:"" encryptie');
    expect(parsed.filters).toEqual({});
    expect(parsed.problems).toEqual(['Na "brief:" ontbreekt wat u zoekt.']);
  });

  it('reads a kind filter with a stray mark after it, as typed in a hurry', () => {
    expect(parseQuery('in:koppen. encryptie').filters).toEqual({ kind: 'section' });
  });

  it('leaves unknown key:value text alone', () => {
    expect(parseQuery('https://example.org').filters).toEqual({});
  });

  it('tells an empty query apart', () => {
    expect(isEmptyQuery(parseQuery('  brief:81 '))).toBe(true);
    expect(isEmptyQuery(parseQuery('"online meldknop"'))).toBe(false);
  });
});

describe('SEARCH_OPERATORS', () => {
  it('documents every operator the parser knows, in Dutch', () => {
    const syntax = SEARCH_OPERATORS.map((operator) => operator.syntax).join(' ');
    for (const keyword of ['"', '-woord', 'woord*', 'brief:', 'sectie:', 'in:', 'pagina:']) {
      expect(syntax).toContain(keyword);
    }
    for (const operator of SEARCH_OPERATORS) expect(operator.help.length).toBeGreaterThan(10);
  });
});

describe('parseQuery details', () => {
  it('reads filter keys in any case, and p: as pagina:', () => {
    expect(parseQuery('Brief:81 PAGINA:3 encryptie').filters).toEqual({ letter: '81', page: 3 });
    expect(parseQuery('p:4 encryptie').filters).toEqual({ page: 4 });
    expect(parseQuery('sectie:  encryptie').filters).toEqual({});
  });

  it('reads every kind keyword of in:', () => {
    const kind = (value: string) => parseQuery(`in:${value} x`).filters.kind;
    expect(
      ['notitie', 'kop', 'kopjes', 'tabel', 'figuren', 'figuur', 'tekst', 'alinea', 'alineas'].map(
        kind,
      ),
    ).toEqual([
      'note',
      'section',
      'section',
      'table',
      'table',
      'table',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(kind("alinea's")).toBe('paragraph');
    expect(parseQuery('in:bijlagen x').problems).toEqual([
      '"in:bijlagen" ken ik niet; gebruik in:notities, in:koppen, in:tabellen of in:tekst.',
    ]);
  });

  it('takes a minus before a filter as text, not as an exclusion or a filter', () => {
    const query = parseQuery('encryptie -brief:81');
    expect(query.filters).toEqual({});
    expect(query.excluded).toEqual([]);
    expect(query.words.map((word) => word.term)).toEqual(['encryptie', 'brief', '81']);
  });

  it('skips an empty phrase and a lone minus', () => {
    const query = parseQuery('"" - encryptie -""');
    expect(query.phrases).toEqual([]);
    expect(query.excludedPhrases).toEqual([]);
    expect(query.excluded).toEqual([]);
    expect(query.words.map((word) => word.term)).toEqual(['encryptie']);
    expect(isEmptyQuery(parseQuery('""'))).toBe(true);
  });

  it('reads an excluded prefix and keeps a star apart from the word as no prefix', () => {
    expect(parseQuery('pilot -lease*').excluded).toEqual([
      { text: 'lease', term: 'lease', prefix: true },
    ]);
    expect(parseQuery('verbeter *').words).toEqual([
      { text: 'verbeter', term: 'verbeter', prefix: false },
    ]);
  });

  it('keeps each word of a hyphenated pair with its own parts', () => {
    expect(parseQuery('OM-organisatie publiek-private').words).toEqual([
      {
        text: 'OM-organisatie',
        term: 'omorganisatie',
        prefix: false,
        parts: ['om', 'organisatie'],
      },
      {
        text: 'publiek-private',
        term: 'publiekprivate',
        prefix: false,
        parts: ['publiek', 'private'],
      },
    ]);
  });

  it('keeps the words around a filter apart', () => {
    expect(termsOf('1 brief:81 113')).toEqual(['1', '113']);
  });
});
