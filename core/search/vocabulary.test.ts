import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { buildSearchIndex, loadSearchIndex } from './index';
import { Vocabulary } from './vocabulary';

const corpus = loadLetters();
const lettersVocabulary = () => loadSearchIndex(buildSearchIndex(corpus)).vocabulary;
const small = new Vocabulary(['encryptie', 'staat', 'start', 'startpunt', 'starters', 'zaken']);

const named = (vocabulary: Vocabulary, ids: readonly number[]) =>
  ids.map((id) => vocabulary.terms[id]);
const fuzzyTerms = (vocabulary: Vocabulary, term: string, edits: number) =>
  Object.fromEntries(
    vocabulary.fuzzy(term, edits).map((match) => [vocabulary.terms[match.id], match.errors]),
  );

describe('Vocabulary lookups', () => {
  it('knows each term by its id, and nothing else', () => {
    expect(small.size).toBe(6);
    expect(small.id('start')).toBe(2);
    expect(small.terms[small.id('zaken') as number]).toBe('zaken');
    expect(small.id('stat')).toBeUndefined();
  });

  it('completes a prefix with every term that starts with it, in order, up to a limit', () => {
    expect(named(small, small.withPrefix('start'))).toEqual(['start', 'startpunt', 'starters']);
    expect(named(small, small.withPrefix('sta'))).toEqual([
      'staat',
      'start',
      'startpunt',
      'starters',
    ]);
    expect(named(small, small.withPrefix('start', 2))).toEqual(['start', 'startpunt']);
    expect(small.withPrefix('stop')).toEqual([]);
    expect(small.withPrefix('zz')).toEqual([]);
    expect(named(small, small.withPrefix('a'))).toEqual([]);
    expect(named(small, small.withPrefix('zaken'))).toEqual(['zaken']);
    expect(named(small, small.withPrefix('encryptie'))).toEqual(['encryptie']);
  });

  it('finds the compounds of the letters that hold a word after their first letter', () => {
    const letters = lettersVocabulary();
    const found = named(letters, letters.containing('toerisme'));
    expect(found).toContain('kindersekstoerisme');
    expect(found).not.toContain('toerisme');
    expect(named(letters, letters.containing('porno'))).toContain('kinderpornografie');
    expect(letters.containing('qqq')).toEqual([]);
    expect(letters.containing('sekstoerismx')).toEqual([]);
  });

  it('finds only terms that hold the whole fragment after their first letter, not all that share a piece of it', () => {
    const words = new Vocabulary(['fotografie', 'grafiek', 'kinderpornografie', 'pornografisch']);
    expect(named(words, words.containing('grafie'))).toEqual(['fotografie', 'kinderpornografie']);
  });
});

describe('Vocabulary.fuzzy', () => {
  it('finds the words of the letters within the typing errors allowed', () => {
    const letters = lettersVocabulary();
    expect(fuzzyTerms(letters, 'encriptie', 1)).toMatchObject({ encryptie: 1 });
    expect(fuzzyTerms(letters, 'kindersekstourisme', 2)).toMatchObject({
      kindersekstoerisme: 1,
    });
    expect(fuzzyTerms(letters, 'libidoremende', 1)).toMatchObject({ libidoremmende: 1 });
  });

  it('counts two swapped neighbouring letters as one error', () => {
    const letters = lettersVocabulary();
    expect(fuzzyTerms(small, 'strat', 1)).toMatchObject({ start: 1 });
    expect(fuzzyTerms(new Vocabulary(['start']), 'strat', 1)).toEqual({ start: 1 });
    expect(fuzzyTerms(letters, 'kindersekstoersime', 2)).toMatchObject({
      kindersekstoerisme: 1,
    });
  });

  it('reports a word it holds, double letters and all, as no error at all', () => {
    const letters = lettersVocabulary();
    expect(fuzzyTerms(letters, 'kwartaal', 1)).toMatchObject({ kwartaal: 0 });
    expect(fuzzyTerms(small, 'staat', 1)).toMatchObject({ staat: 0 });
  });

  it('allows no more errors than asked', () => {
    const letters = lettersVocabulary();
    expect(fuzzyTerms(letters, 'encryptie', 0)).toEqual({});
    expect(fuzzyTerms(letters, 'enkriptie', 1)).not.toHaveProperty('encryptie');
    expect(fuzzyTerms(letters, 'enkriptie', 2)).toMatchObject({ encryptie: 2 });
    expect(fuzzyTerms(small, 'xyzxyz', 2)).toEqual({});
  });

  it('finds the word meant even among hundreds of lookalikes', () => {
    const lookalikes = Array.from({ length: 250 }, (_, i) => {
      const a = String.fromCharCode(97 + (i % 15));
      const b = String.fromCharCode(97 + Math.floor(i / 15));
      return `enc${a}${b}xtie`;
    });
    const vocabulary = new Vocabulary([...lookalikes, 'encryptie'].sort());
    expect(fuzzyTerms(vocabulary, 'encriptie', 2)).toMatchObject({ encryptie: 1 });
  });

  it('gives the same answer when asked again, as search-as-you-type does', () => {
    const letters = lettersVocabulary();
    const first = fuzzyTerms(letters, 'encriptie', 1);
    expect(fuzzyTerms(letters, 'encriptie', 1)).toEqual(first);
    expect(fuzzyTerms(letters, 'encriptie', 2)).toMatchObject(first);
  });
});
