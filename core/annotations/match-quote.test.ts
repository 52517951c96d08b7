import bundled from 'virtual:naslag/corpus';
import { describe, expect, it } from 'vitest';
import { letterText } from '../corpus/letter-text';
import { MAX_ERRORS, MAX_ERROR_RATE, matchQuote } from './match-quote';

describe('matchQuote', () => {
  it('finds nothing for an empty quote', () => {
    expect(matchQuote('de plicht', '')).toBeNull();
  });

  it('weighs every copy of a repeated quote, and takes the one whose context fits', () => {
    const text = 'Eerst de plicht nu. Dan de plicht later. Tot slot de plicht weer.';
    const third = text.lastIndexOf('plicht');
    expect(matchQuote(text, 'plicht', { prefix: 'slot de ', suffix: ' weer' })).toMatchObject({
      start: third,
      end: third + 'plicht'.length,
      errors: 0,
      score: 1,
    });
  });

  it('breaks a tie of context by the place the quote was last seen, else takes the first', () => {
    const text = 'de plicht. de plicht. de plicht.';
    const copies = [...text.matchAll(/plicht/g)].map((match) => match.index);
    expect(matchQuote(text, 'plicht')?.start).toBe(copies[0]);
    expect(matchQuote(text, 'plicht', { hint: copies[2]! - 2 })?.start).toBe(copies[2]);
    expect(matchQuote(text, 'plicht', { hint: copies[1]! + 1 })?.start).toBe(copies[1]);
  });

  it('prefers the approximate match with the fewest differences', () => {
    // A quote of 20 characters may differ in 4; the second copy differs in one, the first in two.
    const quote = 'ontsleutelplicht nu!';
    const text = `Eerst ontsleuteIplichT nu!, dan ontsleutelpIicht nu!`;
    const match = matchQuote(text, quote);
    expect(match).toMatchObject({ start: text.indexOf('ontsleutelpIicht'), errors: 1 });
  });

  it('scores 1 only for an exact quote in its own context and place, and less for each flaw', () => {
    const text = 'Dan de plicht later, want de plicht telt.';
    const at = text.indexOf('plicht');
    const perfect = matchQuote(text, 'plicht', { prefix: 'Dan de ', suffix: ' later', hint: at });
    expect(perfect).toMatchObject({ start: at, score: 1 });
    const elsewhere = matchQuote(text, 'plicht', { prefix: 'Dan de ', suffix: ' later', hint: 30 });
    expect(elsewhere?.start).toBe(at);
    expect(elsewhere!.score).toBeLessThan(1);
    expect(elsewhere!.score).toBeGreaterThan(0.95);
    const otherContext = matchQuote(text, 'plicht', { prefix: 'Nu de ', suffix: ' vroeger' });
    expect(otherContext!.score).toBeLessThan(elsewhere!.score);
    expect(otherContext!.score).toBeGreaterThan(0);
    const misspelt = matchQuote('Dan de pliGht later.', 'de plicht');
    expect(misspelt).toMatchObject({ errors: 1 });
    expect(misspelt!.score).toBeLessThan(1);
    expect(misspelt!.score).toBeGreaterThan(0.9);
  });
});

describe('how far a quote may differ and still be found', () => {
  it(`lets a quote differ in one character per ${1 / MAX_ERROR_RATE}, and no more`, () => {
    const text = 'Het kabinet wil de ontsleutelplicht invoeren.';
    // Ten characters may differ in two; the text has "ontsleutel" with one or two changed.
    expect(matchQuote(text, 'ontsXeutel')).toMatchObject({
      start: text.indexOf('ontsleutel'),
      errors: 1,
    });
    expect(matchQuote(text, 'ontsXeuXel')).toMatchObject({
      start: text.indexOf('ontsleutel'),
      errors: 2,
    });
    expect(matchQuote(text, 'oXtsXeuXel')).toBeNull();
    // Four characters must match exactly: 4 × 0.2 rounds down to no differences.
    expect(matchQuote(text, 'wiX ')).toBeNull();
  });

  it(`stops at ${MAX_ERRORS} differences however long the quote, so a rewritten section is not found`, () => {
    const letter = bundled.letters.find((l) => l.id === 'kst-31015-90')!;
    const original = letterText(letter).slice(0, 2000);
    // Every sixth character changed: 333 differences, within 20% of 2000 but over the cap.
    const rewritten = [...original].map((c, i) => (i % 6 === 5 ? '§' : c)).join('');
    expect(matchQuote(original, rewritten)).toBeNull();
    const lightly = [...original].map((c, i) => (i % 10 === 9 ? '§' : c)).join('');
    expect(matchQuote(original, lightly)).toMatchObject({ start: 0, errors: 200 });
  });
});
