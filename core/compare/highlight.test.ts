import { describe, expect, it } from 'vitest';
import { marksFor, marksForKeys, sharedNumbers, sharedTerms, splitByMarks } from './highlight';
import { stem } from './stem';

const left =
  'In de periode tot 1 oktober 2012 bedroeg de werkvoorraad 1 113 zaken; de verdachten werden aangeleverd.';
const right = 'De werkvoorraad van 1113 zaken is gedaald; er is een verdachte aangeleverd in 2012.';

describe('sharedTerms', () => {
  it('matches words by stem and reports how each text writes them', () => {
    const terms = sharedTerms(left, right);
    const suspect = terms.find((t) => t.key === 'verdacht');
    expect(suspect).toMatchObject({ leftForm: 'verdachten', rightForm: 'verdachte' });
    expect(terms.map((t) => t.key)).toEqual(
      expect.arrayContaining([stem('werkvoorraad'), stem('zaken'), 'aangeleverd']),
    );
    expect(terms.map((t) => t.key)).not.toContain('de');
  });

  it('ranks by rarity and drops the commonest terms when told how rare they are', () => {
    const idf = (term: string) => (term === stem('werkvoorraad') ? 3 : 1);
    const terms = sharedTerms(left, right, { idf, minIdf: 2 });
    expect(terms.map((t) => t.leftForm)).toEqual(['werkvoorraad']);
    expect(sharedTerms(left, right, { idf, limit: 1 }).map((t) => t.leftForm)).toEqual([
      'werkvoorraad',
    ]);
  });
});

describe('sharedNumbers', () => {
  it('matches a number written with a thousands space to the same number without it', () => {
    const numbers = sharedNumbers(left, right);
    expect(numbers.map((n) => [n.key, n.leftForm, n.rightForm])).toEqual([
      ['1113', '1 113', '1113'],
      ['2012', '2012', '2012'],
    ]);
  });

  it('leaves out numbers inside names', () => {
    expect(sharedNumbers('het project In-4-mation in 2013', 'In-4-mation sinds 2013')).toHaveLength(
      1,
    );
  });

  it('leaves out the day of a date', () => {
    expect(
      sharedNumbers('brief van 27 januari 2012', 'brief van 27 november 2012').map((n) => n.key),
    ).toEqual(['2012']);
  });

  it('does not match different numbers', () => {
    expect(sharedNumbers('507 verdachten', '511 verdachten')).toEqual([]);
  });
});

describe('marksFor and splitByMarks', () => {
  it('cuts a text into plain and marked pieces that join back to the text', () => {
    const marks = marksFor('right', sharedTerms(left, right), sharedNumbers(left, right));
    const pieces = splitByMarks(right, marks);
    expect(pieces.map((p) => p.text).join('')).toBe(right);
    expect(pieces.filter((p) => p.mark?.kind === 'number').map((p) => p.text)).toEqual([
      '1113',
      '2012',
    ]);
    expect(pieces.filter((p) => p.mark?.kind === 'term').map((p) => p.text)).toContain(
      'werkvoorraad',
    );
  });
});

describe('marksForKeys', () => {
  it('marks the words and numbers of one paragraph that a whole theme shares', () => {
    const marks = marksForKeys(left, new Set([stem('verdachten')]), new Set(['1113']));
    expect(marks.map((m) => [left.slice(m.start, m.end), m.kind])).toEqual([
      ['1 113', 'number'],
      ['verdachten', 'term'],
    ]);
  });
});
