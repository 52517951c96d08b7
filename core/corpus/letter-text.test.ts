import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { letterText, pageOfOffset, paragraphOffsets } from './letter-text';

const corpus = loadLetters();

describe('letterText and paragraphOffsets', () => {
  it('place every paragraph at its offsets in the letter text', () => {
    for (const letter of corpus.letters) {
      const text = letterText(letter);
      const offsets = paragraphOffsets(letter);
      expect(offsets).toHaveLength(letter.paragraphs.length);
      letter.paragraphs.forEach((paragraph, i) => {
        const offset = offsets[i];
        expect(offset?.paragraphId).toBe(paragraph.id);
        expect(text.slice(offset?.start, offset?.end)).toBe(paragraph.text);
      });
      expect(offsets.at(-1)?.end).toBe(text.length);
    }
  });

  it('separate paragraphs by a blank line', () => {
    const letter = { paragraphs: [{ text: 'Een.' }, { text: 'Twee.' }] } as Parameters<
      typeof letterText
    >[0];
    expect(letterText(letter)).toBe('Een.\n\nTwee.');
    expect(paragraphOffsets(letter).map((o) => [o.start, o.end])).toEqual([
      [0, 4],
      [6, 11],
    ]);
  });
});

describe('pageOfOffset', () => {
  const paragraph = { page: 5, pageBreaks: [{ page: 6, offset: 10 }] };

  it('gives the page the paragraph starts on before its page break', () => {
    expect(pageOfOffset(paragraph, 0)).toBe(5);
    expect(pageOfOffset(paragraph, 9)).toBe(5);
  });

  it('gives the next page from the break on', () => {
    expect(pageOfOffset(paragraph, 10)).toBe(6);
    expect(pageOfOffset(paragraph, 50)).toBe(6);
  });

  it('finds the page of a phrase in a real paragraph that crosses pages', () => {
    const nr90 = corpus.letters.find((l) => l.nr === 90);
    const vgt = nr90?.paragraphs.find((p) => p.text.includes('Virtual Global Taskforce'));
    if (!vgt) throw new Error('paragraph missing');
    expect(pageOfOffset(vgt, vgt.text.indexOf('Virtual Global Taskforce'))).toBe(5);
    expect(pageOfOffset(vgt, vgt.text.indexOf('op 18 april 2013'))).toBe(6);
  });
});
