import { describe, expect, it } from 'vitest';
import type { PageStartDecision } from './letter-source';
import { readPrintedLines } from './lines';

const context = (pageStarts: PageStartDecision[] = []) => ({
  pageStarts,
  dossier: '31 015',
  nr: 81,
  vergaderjaar: '2012–2013',
});

const pagesOf = (raw: string, pageStarts: PageStartDecision[] = []) =>
  readPrintedLines(raw, context(pageStarts)).lines.map((line) => [line.text, line.page]);

describe('readPrintedLines', () => {
  it('starts a new page at a line that begins with a space, and drops that space', () => {
    expect(pagesOf(' Den Haag \n\nEerste zin van het \n tweede blad. \n')).toEqual([
      ['Den Haag', 1],
      ['', 1],
      ['Eerste zin van het', 1],
      ['tweede blad.', 2],
    ]);
  });

  it('counts the pages', () => {
    expect(readPrintedLines(' a\n b\n c\n', context()).pageCount).toBe(3);
  });

  it('refuses to guess about a space-only line', () => {
    expect(() => pagesOf('tekst\n \nmeer tekst\n')).toThrow(/needs a page-start decision/);
  });

  it('follows the decision for a space-only line', () => {
    const raw = 'tekst\n \nOok in de toekomst\n \n\nGezien de\n';
    const decisions: PageStartDecision[] = [
      { kind: 'space-only', nextText: 'Ook in de toekomst', pageStart: true, reason: 'test' },
      { kind: 'space-only', nextText: 'Gezien', pageStart: false, reason: 'test' },
    ];
    expect(pagesOf(raw, decisions)).toEqual([
      ['tekst', 1],
      ['Ook in de toekomst', 2],
      ['', 2],
      ['Gezien de', 2],
    ]);
  });

  it('keeps a line with a leading space on its page when so decided', () => {
    const decisions: PageStartDecision[] = [
      { kind: 'line', text: '4e kwart.', pageStart: false, reason: 'test' },
    ];
    expect(pagesOf('beheersbaar.\n 4e kwart. 1 2\n', decisions)).toEqual([
      ['beheersbaar.', 1],
      ['4e kwart. 1 2', 1],
    ]);
  });

  it('ignores the space-only line that ends the extraction', () => {
    expect(pagesOf('I.W. Opstelten\n \n')).toEqual([['I.W. Opstelten', 1]]);
  });

  it('rejects a decision that matches no line, so stale decisions surface', () => {
    const decisions: PageStartDecision[] = [
      { kind: 'line', text: 'bestaat niet', pageStart: false, reason: 'test' },
    ];
    expect(() => pagesOf('tekst\n', decisions)).toThrow(/match no line/);
  });

  it('drops the running footer after checking it names this Kamerstuk and page', () => {
    const raw = 'blad een\n b twee\nTweede Kamer, vergaderjaar 2012–2013, 31 015, nr. 81 2\n';
    expect(pagesOf(raw)).toEqual([
      ['blad een', 1],
      ['b twee', 2],
    ]);
    expect(() =>
      pagesOf('blad een\nTweede Kamer, vergaderjaar 2012–2013, 31 015, nr. 81 2\n'),
    ).toThrow(/footer says page 2/);
    expect(() =>
      pagesOf('x\n y\nTweede Kamer, vergaderjaar 2012–2013, 31 015, nr. 90 2\n'),
    ).toThrow(/another Kamerstuk/);
  });
});
