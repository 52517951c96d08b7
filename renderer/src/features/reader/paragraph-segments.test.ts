import { describe, expect, it } from 'vitest';
import corpus from 'virtual:naslag/corpus';
import { paragraphSegments } from './paragraph-segments';
import type { Segment } from './paragraph-segments';

const textOf = (segments: Segment[]) =>
  segments.map((segment) => (segment.kind === 'text' ? segment.text : '')).join('');

describe('paragraphSegments', () => {
  it('places a page marker where a page begins inside the paragraph', () => {
    const paragraph = {
      text: 'Het past mijn departement dan ook.',
      pageBreaks: [{ page: 4, offset: 14 }],
    };
    expect(paragraphSegments(paragraph, [])).toEqual([
      { kind: 'text', start: 0, text: 'Het past mijn ', highlighted: false },
      { kind: 'page', page: 4 },
      { kind: 'text', start: 14, text: 'departement dan ook.', highlighted: false },
    ]);
  });

  it('leaves a page that begins with the paragraph to the paragraph itself', () => {
    const segments = paragraphSegments(
      { text: 'Ook in de toekomst.', pageBreaks: [{ page: 3, offset: 0 }] },
      [],
    );
    expect(segments.some((segment) => segment.kind === 'page')).toBe(false);
  });

  it('puts a footnote marker after its word, before a page marker at the same place', () => {
    const paragraph = { text: 'op 2 februari 2012. Verder', pageBreaks: [{ page: 2, offset: 18 }] };
    const segments = paragraphSegments(paragraph, [{ n: 1, page: 1, offset: 18 }]);
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'footnote', 'page', 'text']);
    expect(segments[0]).toMatchObject({ text: 'op 2 februari 2012' });
  });

  it('marks highlighted runs and keeps every run’s offset in the text', () => {
    const text = 'Encryptie is lastig; encryptie blijft.';
    const segments = paragraphSegments(
      { text, pageBreaks: [] },
      [],
      [
        { start: 0, end: 9 },
        { start: 21, end: 30 },
      ],
    );
    const highlighted = segments.filter((s) => s.kind === 'text' && s.highlighted);
    expect(highlighted.map((s) => (s.kind === 'text' ? s.text : ''))).toEqual([
      'Encryptie',
      'encryptie',
    ]);
    for (const segment of segments) {
      if (segment.kind === 'text')
        expect(text.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
    }
  });

  it('keeps every word of every real paragraph, with one marker per footnote and page break', () => {
    for (const letter of corpus.letters) {
      for (const paragraph of letter.paragraphs) {
        const footnotes = letter.footnotes.filter(
          (footnote) => footnote.paragraphId === paragraph.id,
        );
        const segments = paragraphSegments(paragraph, footnotes);
        expect(textOf(segments)).toBe(paragraph.text);
        expect(segments.filter((s) => s.kind === 'footnote')).toHaveLength(footnotes.length);
        expect(segments.filter((s) => s.kind === 'page')).toHaveLength(
          paragraph.pageBreaks.filter((pageBreak) => pageBreak.offset > 0).length,
        );
      }
    }
  });
});
