import { describe, expect, it } from 'vitest';
import type { Expansion } from './expand';
import { expandWord, maxEdits, reconcileWords } from './expand';
import type { QueryWord } from './query';
import { Vocabulary } from './vocabulary';

const vocabulary = (...terms: string[]) => new Vocabulary([...new Set(terms)].sort());
const word = (term: string, prefix = false): QueryWord => ({ text: term, term, prefix });
const kinds = (expansions: Expansion[]) =>
  expansions.map((expansion) => `${expansion.term}:${expansion.match}`);
const terms = (words: QueryWord[]) => words.map((w) => (w.prefix ? `${w.term}*` : w.term));

describe('maxEdits', () => {
  it('tolerates no typo in a short word, one in a middling word and two in a long one', () => {
    expect([3, 4, 5, 8, 9, 18].map(maxEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('expandWord', () => {
  const letters = vocabulary(
    'start',
    'startaanvraagformulier',
    'startpunt',
    'starters',
    'herstart',
    'staat',
    'strat',
    'kinderporno',
    'kinderpornografie',
    'porno',
    'pers',
    'persbericht',
    'zaken',
    '1113',
    '11130',
  );

  it('puts the word as typed first, then completions, then compounds that hold it', () => {
    const expansions = expandWord(letters, word('start'));
    expect(expansions[0]).toMatchObject({ term: 'start', weight: 1, match: 'exact' });
    expect(kinds(expansions)).toEqual([
      'start:exact',
      'starters:prefix',
      'startpunt:prefix',
      'herstart:infix',
      'startaanvraagformulier:prefix',
    ]);
    const weights = expansions.map((expansion) => expansion.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(weights[1]).toBeLessThan(1);
    expect(weights[3]).toBeLessThan(weights[2] as number);
    expect(weights[4]).toBeLessThan(weights[3] as number);
  });

  it('completes a word of four letters, but finds it inside compounds only from five', () => {
    expect(kinds(expandWord(letters, word('pers')))).toEqual(['pers:exact', 'persbericht:prefix']);
    expect(kinds(expandWord(letters, word('star')))).toEqual([
      'start:prefix',
      'starters:prefix',
      'startpunt:prefix',
      'startaanvraagformulier:prefix',
    ]);
    expect(kinds(expandWord(letters, word('sta')))).toEqual([]);
    expect(kinds(expandWord(letters, word('porno')))).toEqual([
      'porno:exact',
      'kinderporno:infix',
      'kinderpornografie:infix',
    ]);
  });

  it('guesses at a typo only for a word the letters do not contain', () => {
    expect(kinds(expandWord(letters, word('strat')))).toEqual(['strat:exact']);
    const guesses = expandWord(vocabulary('start', 'zaken'), word('strat'));
    expect(kinds(guesses)).toEqual(['start:fuzzy']);
    expect(guesses[0]?.weight).toBeGreaterThan(0.3);
    expect(guesses[0]?.weight).toBeLessThan(0.85);
    expect(expandWord(letters, word('zakn'))).toEqual([]);
  });

  it('ranks the typo with fewer wrong letters first', () => {
    const guesses = expandWord(vocabulary('encryptie', 'decryptie'), word('encriptie'));
    expect(kinds(guesses)).toEqual(['encryptie:fuzzy', 'decryptie:fuzzy']);
  });

  it('matches a number only exactly', () => {
    expect(kinds(expandWord(letters, word('1113')))).toEqual(['1113:exact']);
    expect(kinds(expandWord(letters, word('1114')))).toEqual([]);
  });

  it('drops far-fetched guesses: a short word inside a very long compound', () => {
    const long = vocabulary('zaken', 'strafzakenadministratiesysteemonderdelen');
    expect(kinds(expandWord(long, word('zaken')))).toEqual(['zaken:exact']);
  });

  it('takes every completion of word* as a full match, the commonest first when there are many', () => {
    expect(expandWord(letters, word('start', true))).toEqual([
      { termId: letters.id('start'), term: 'start', weight: 1, match: 'exact' },
      {
        termId: letters.id('startaanvraagformulier'),
        term: 'startaanvraagformulier',
        weight: 1,
        match: 'prefix',
      },
      { termId: letters.id('starters'), term: 'starters', weight: 1, match: 'prefix' },
      { termId: letters.id('startpunt'), term: 'startpunt', weight: 1, match: 'prefix' },
    ]);
    const many = vocabulary(...Array.from({ length: 150 }, (_, i) => `verbeter${1000 + i}`));
    const common = many.id('verbeter1149') as number;
    const picked = expandWord(many, word('verbeter', true), (id) => (id === common ? 9 : 1));
    expect(picked).toHaveLength(100);
    expect(picked.map((expansion) => expansion.term)).toContain('verbeter1149');
    expect(expandWord(many, word('verbeter', true))).toHaveLength(100);
  });

  it('keeps the typed word beside its best guesses when it has hundreds of completions', () => {
    const many = vocabulary(
      'verbeter',
      ...Array.from({ length: 150 }, (_, i) => `verbeter${1000 + i}`),
    );
    const expansions = expandWord(many, word('verbeter'));
    expect(expansions[0]).toMatchObject({ term: 'verbeter', match: 'exact' });
    expect(expansions.slice(1).every((expansion) => expansion.match === 'prefix')).toBe(true);
    const guesses = expandWord(vocabulary(...many.terms.slice(1)), word('verbeter'));
    expect(expansions.length - 1).toBe(guesses.length);
    // Guesses that weigh the same come in a fixed order, so results do not jump around.
    expect(guesses.map((expansion) => expansion.term)).toEqual(
      guesses.map((expansion) => expansion.term).sort(),
    );
  });
});

describe('reconcileWords', () => {
  const letters = vocabulary(
    'ontsleutelplicht',
    'ontsleutelen',
    'kinderporno',
    'servers',
    'opsporing',
    'dienst',
    'publiek',
    'private',
    'omorganisatie',
    'politie',
    '1113',
  );
  const hyphenated = (term: string, parts: string[], prefix = false): QueryWord => ({
    text: term,
    term,
    prefix,
    parts,
  });

  it('joins two typed words the letters write as one', () => {
    expect(terms(reconcileWords([letters], [word('ontsleutel'), word('plicht')]))).toEqual([
      'ontsleutelplicht',
    ]);
    expect(terms(reconcileWords([letters], [word('ontsleutel'), word('plicht', true)]))).toEqual([
      'ontsleutelplicht*',
    ]);
    const [joined] = reconcileWords([letters], [word('ontsleutel'), word('plicht')]);
    expect(joined?.text).toBe('ontsleutel plicht');
    // Joined by completion: "ontsleutel" + "e" would not be a word, "ontsleutelen" is.
    expect(terms(reconcileWords([letters], [word('ontsleutel'), word('e')]))).toEqual([
      'ontsleutele',
    ]);
  });

  it('leaves two known words apart, and a prefix or a number unjoined', () => {
    expect(terms(reconcileWords([letters], [word('kinderporno'), word('servers')]))).toEqual([
      'kinderporno',
      'servers',
    ]);
    expect(terms(reconcileWords([letters], [word('ontsleutel', true), word('plicht')]))).toEqual([
      'ontsleutel*',
      'plicht',
    ]);
    expect(terms(reconcileWords([letters], [word('11'), word('13')]))).toEqual(['11', '13']);
  });

  it('splits an unknown compound into the two known words it is made of', () => {
    expect(terms(reconcileWords([letters], [word('kinderpornoservers')]))).toEqual([
      'kinderporno',
      'servers',
    ]);
    // With the linking s of Dutch compounds.
    expect(terms(reconcileWords([letters], [word('opsporingsdienst')]))).toEqual([
      'opsporing',
      'dienst',
    ]);
    expect(terms(reconcileWords([letters], [word('politiedienst')]))).toEqual([
      'politie',
      'dienst',
    ]);
  });

  it('splits where both parts are longest, a tail of three letters included', () => {
    const parts = vocabulary(
      'kinder',
      'pornoservers',
      'kinderporno',
      'servers',
      'kinderpornoserv',
      'ers',
      'politie',
      'fte',
    );
    expect(terms(reconcileWords([parts], [word('kinderpornoservers')]))).toEqual([
      'kinderporno',
      'servers',
    ]);
    expect(terms(reconcileWords([parts], [word('politiefte')]))).toEqual(['politie', 'fte']);
  });

  it('prefers correcting a typo to splitting, and never splits a prefix or a number', () => {
    const parts = vocabulary('kinderporno', 'servers', 'kinderpornoserves', '250', '000');
    expect(terms(reconcileWords([parts], [word('kinderpornoservers')]))).toEqual([
      'kinderpornoservers',
    ]);
    expect(terms(reconcileWords([letters], [word('kinderpornoservers', true)]))).toEqual([
      'kinderpornoservers*',
    ]);
    expect(terms(reconcileWords([parts], [word('250000')]))).toEqual(['250000']);
  });

  it('keeps two known words apart even where the letters also write them as one', () => {
    const both = vocabulary('politie', 'dienst', 'politiedienst');
    expect(terms(reconcileWords([both], [word('politie'), word('dienst')]))).toEqual([
      'politie',
      'dienst',
    ]);
  });

  it('does not split a word it knows, can complete or can correct, nor into stop words', () => {
    expect(terms(reconcileWords([letters], [word('ontsleutel')]))).toEqual(['ontsleutel']);
    expect(terms(reconcileWords([letters], [word('kinderpornoserver')]))).toEqual([
      'kinderpornoserver',
    ]);
    expect(terms(reconcileWords([letters], [word('politiedeze')]))).toEqual(['politiedeze']);
    expect(terms(reconcileWords([letters], [word('xyzpolitie')]))).toEqual(['xyzpolitie']);
  });

  it('takes a hyphenated word whole when the letters know it, else its parts', () => {
    expect(
      terms(reconcileWords([letters], [hyphenated('omorganisatie', ['om', 'organisatie'])])),
    ).toEqual(['omorganisatie']);
    expect(
      terms(reconcileWords([letters], [hyphenated('publiekprivate', ['publiek', 'private'])])),
    ).toEqual(['publiek', 'private']);
    expect(
      terms(reconcileWords([letters], [hyphenated('politieenheden', ['politie', 'en', 'heden'])])),
    ).toEqual(['politie', 'heden']);
    expect(
      terms(reconcileWords([letters], [hyphenated('publiekp', ['publiek', 'p'], true)])),
    ).toEqual(['publiekp*']);
    expect(
      terms(reconcileWords([letters], [hyphenated('ontsleutelp', ['ontsleutel', 'p'])])),
    ).toEqual(['ontsleutelp']);
  });

  it('knows the words of every vocabulary it is given (letters and notes)', () => {
    const notes = vocabulary('plicht');
    expect(terms(reconcileWords([letters, notes], [word('ontsleutel'), word('plicht')]))).toEqual([
      'ontsleutelplicht',
    ]);
    expect(
      terms(reconcileWords([vocabulary('zaken'), letters], [word('kinderpornoservers')])),
    ).toEqual(['kinderporno', 'servers']);
    // Completed in the letters only: still joined.
    expect(terms(reconcileWords([notes, letters], [word('ontsleutel'), word('e')]))).toEqual([
      'ontsleutele',
    ]);
  });
});
