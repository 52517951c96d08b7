import { describe, expect, it } from 'vitest';
import { parsePrintedNumber, splitCountRow } from './numbers';

describe('parsePrintedNumber', () => {
  it.each([
    ['802', 802],
    ['1 065', 1065],
    ['511 (+7,5%)', 511],
    ['11,3%', 11.3],
    ['N.v.t.', null],
    ['', null],
  ])('%s → %s', (cell, value) => {
    expect(parsePrintedNumber(cell)).toBe(value);
  });
});

describe('splitCountRow', () => {
  it('rejoins numbers written with a thousands space', () => {
    expect(splitCountRow('809 779 605 991 770 986 987 1 065 1 113 1 017 802', 11)).toEqual([
      '809',
      '779',
      '605',
      '991',
      '770',
      '986',
      '987',
      '1 065',
      '1 113',
      '1 017',
      '802',
    ]);
  });

  it('stops when the count of cells does not match the columns', () => {
    expect(() => splitCountRow('809 779 1 065', 4)).toThrow(/Expected 4 counts, read 3/);
    expect(() => splitCountRow('809 N.v.t.', 2)).toThrow(/Not a count/);
  });
});
