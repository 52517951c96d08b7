import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { findLetter, normaliseReference } from './find-letter';

const corpus = loadLetters();
const idOf = (reference: string) => findLetter(corpus, reference)?.id;

describe('findLetter', () => {
  it('finds a letter by its id', () => {
    expect(idOf('kst-31015-81')).toBe('kst-31015-81');
    expect(idOf('KST-31015-90')).toBe('kst-31015-90');
  });

  it('finds a letter by its number, with or without the dossier', () => {
    expect(idOf('81')).toBe('kst-31015-81');
    expect(idOf('nr. 90')).toBe('kst-31015-90');
    expect(idOf('31 015, nr. 90')).toBe('kst-31015-90');
    expect(idOf('31015 nr 81')).toBe('kst-31015-81');
    expect(idOf('12 345, nr. 81')).toBeUndefined();
  });

  it('finds the letter of 6 May 2013 under the name people use for it', () => {
    expect(idOf('april 2013')).toBe('kst-31015-90');
    expect(idOf('Aprilbrief')).toBe('kst-31015-90');
    expect(idOf('  APRIL   2013 ')).toBe('kst-31015-90');
    expect(idOf('6 mei 2013')).toBe('kst-31015-90');
    expect(idOf('2013-05-06')).toBe('kst-31015-90');
  });

  it('finds a letter by its date as printed', () => {
    expect(idOf('2 oktober 2012')).toBe('kst-31015-81');
  });

  it('ignores accents and case', () => {
    const withAccent = {
      letters: corpus.letters.map((l) => ({
        ...l,
        aliases: [...l.aliases, 'brief over coördinatie'],
      })),
    };
    expect(findLetter(withAccent, 'Brief over Coordinatie')?.id).toBe('kst-31015-81');
  });

  it('finds nothing for an unknown reference', () => {
    expect(idOf('95')).toBeUndefined();
    expect(idOf('maart 2014')).toBeUndefined();
    expect(idOf('')).toBeUndefined();
  });
});

describe('normaliseReference', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normaliseReference(' Nr. 90 — Coördinatie ')).toBe('nr 90 coordinatie');
  });
});
