import { describe, expect, it } from 'vitest';
import { findHighlights } from './highlight';

describe('findHighlights', () => {
  it('finds every occurrence regardless of case', () => {
    const text = 'Encryptie en encryptie';
    expect(findHighlights(text, 'ENCRYPTIE')).toEqual([
      { start: 0, end: 9 },
      { start: 13, end: 22 },
    ]);
  });

  it('ignores accents but highlights the real, accented word', () => {
    const text = 'afgerond en geëvalueerd.';
    const [range] = findHighlights(text, 'geevalueerd');
    expect(range && text.slice(range.start, range.end)).toBe('geëvalueerd');
  });

  it('matches across a line break or double space in the text', () => {
    const text = 'De minister van Veiligheid en Justitie,\nI. W. Opstelten';
    const [range] = findHighlights(text, 'Justitie, I. W.');
    expect(range && text.slice(range.start, range.end)).toBe('Justitie,\nI. W.');
  });

  it('finds nothing for an empty or absent text', () => {
    expect(findHighlights('Encryptie', '  ')).toEqual([]);
    expect(findHighlights('Encryptie', 'decryptiebevel')).toEqual([]);
  });
});
