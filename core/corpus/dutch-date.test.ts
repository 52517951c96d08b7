import { describe, expect, it } from 'vitest';
import { formatDutchDate, parseDutchDate } from './dutch-date';

describe('Dutch dates', () => {
  it('writes an ISO date the way the letters do', () => {
    expect(formatDutchDate('2012-10-02')).toBe('2 oktober 2012');
    expect(formatDutchDate('2013-05-06')).toBe('6 mei 2013');
  });

  it('reads a printed date', () => {
    expect(parseDutchDate('2 oktober 2012')).toBe('2012-10-02');
    expect(parseDutchDate('18 april 2013')).toBe('2013-04-18');
    expect(parseDutchDate('2 octobre 2012')).toBeNull();
    expect(parseDutchDate('Den Haag')).toBeNull();
  });

  it('rejects what is not an ISO date', () => {
    expect(() => formatDutchDate('2012-13-01')).toThrow();
  });
});
