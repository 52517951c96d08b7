import { describe, expect, it } from 'vitest';
import { containsPhrase, highlightRanges, phraseRanges } from './highlight';
import { tokenize } from './normalize';

const marked = (text: string, ranges: readonly [number, number][]) =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it('marks every occurrence of a matched word, in reading order', () => {
    const text = 'De politie en nog eens de Politie.';
    const ranges = highlightRanges(text, new Map([['politie', 1]]), []);
    expect(marked(text, ranges)).toEqual(['politie', 'Politie']);
  });

  it('marks a whole phrase once, even where its words also matched on their own', () => {
    const text = 'Er is een online meldknop, online te vinden.';
    const ranges = highlightRanges(text, new Map([['online', 1]]), [['online', 'meldknop']]);
    expect(marked(text, ranges)).toEqual(['online meldknop', 'online']);
  });

  it('marks the whole compound when it matched as well as its parts, else only the part', () => {
    const text = 'Over de nieuwe OM-organisatie';
    expect(
      marked(
        text,
        highlightRanges(
          text,
          new Map([
            ['omorganisatie', 1],
            ['organisatie', 1],
          ]),
          [],
        ),
      ),
    ).toEqual(['OM-organisatie']);
    expect(
      marked(
        text,
        highlightRanges(
          text,
          new Map([
            ['omorganisatie', 0.6],
            ['organisatie', 1],
          ]),
          [],
        ),
      ),
    ).toEqual(['organisatie']);
  });

  it('marks a compound matched as a guess, whatever the words beside it matched', () => {
    const text = 'De nieuwe OM-organisatie is operationeel';
    const matched = new Map([
      ['nieuwe', 1],
      ['omorganisatie', 0.6],
      ['operationeel', 1],
    ]);
    expect(marked(text, highlightRanges(text, matched, []))).toEqual([
      'nieuwe',
      'OM-organisatie',
      'operationeel',
    ]);
  });

  it('marks nothing when nothing matched', () => {
    expect(highlightRanges('Over encryptie.', new Map(), [])).toEqual([]);
  });
});

describe('phrases', () => {
  it('finds a phrase word for word, stop words included, and not out of order', () => {
    const text = 'De minister van Veiligheid en Justitie; Veiligheid en Justitie.';
    const tokens = tokenize(text);
    expect(marked(text, phraseRanges(tokens, ['veiligheid', 'en', 'justitie']))).toEqual([
      'Veiligheid en Justitie',
      'Veiligheid en Justitie',
    ]);
    expect(phraseRanges(tokens, ['justitie', 'en', 'veiligheid'])).toEqual([]);
    expect(containsPhrase(text, ['minister', 'van'])).toBe(true);
    expect(containsPhrase(text, ['minister', 'voor'])).toBe(false);
  });

  it('finds a phrase at the very end of the text', () => {
    const text = 'Het decryptiebevel';
    expect(marked(text, phraseRanges(tokenize(text), ['het', 'decryptiebevel']))).toEqual([
      'Het decryptiebevel',
    ]);
    expect(containsPhrase(text, ['decryptiebevel', 'komt'])).toBe(false);
  });

  it('reads a hyphenated compound as its parts, not as the joined word', () => {
    const text = 'het nemo tenetur-beginsel';
    expect(marked(text, phraseRanges(tokenize(text), ['tenetur', 'beginsel']))).toEqual([
      'tenetur-beginsel',
    ]);
    expect(containsPhrase(text, ['nemo', 'teneturbeginsel'])).toBe(false);
  });
});
