import { describe, expect, it } from 'vitest';
import corpus from 'virtual:naslag/corpus';
import { filterLetters } from './filter-letters';

const { letters } = corpus;
const ids = (query: string) => filterLetters(letters, query).map((letter) => letter.id);

describe('filterLetters', () => {
  it('shows every letter for an empty filter', () => {
    expect(ids('')).toEqual(['kst-31015-81', 'kst-31015-90']);
    expect(ids('   ')).toHaveLength(2);
  });

  it('finds the April 2013 letter under that name, though its date is 6 May', () => {
    expect(ids('april 2013')).toEqual(['kst-31015-90']);
    expect(ids('aprilbrief')).toEqual(['kst-31015-90']);
  });

  it('finds a letter by number or identifier', () => {
    expect(ids('nr. 81')).toEqual(['kst-31015-81']);
    expect(ids('90')).toEqual(['kst-31015-90']);
    expect(ids('kst-31015-81')).toEqual(['kst-31015-81']);
  });

  it('finds a letter by its date in Dutch, also while it is being typed', () => {
    expect(ids('2 oktober 2012')).toEqual(['kst-31015-81']);
    expect(ids('okt')).toEqual(['kst-31015-81']);
  });

  it('needs every word to match, in any order, ignoring case and accents', () => {
    expect(ids('KINDERSEKSTOERISME voortgang')).toEqual(['kst-31015-90']);
    expect(ids('leaseweb encryptie')).toEqual(['kst-31015-81']);
    expect(ids('leaseweb fresno')).toEqual([]);
  });
});
