import { describe, expect, it } from 'vitest';
import corpus from 'virtual:naslag/corpus';
import {
  firstScreenBlocks,
  letterOutline,
  pageKey,
  pageStarts,
  targetParagraph,
} from './letter-outline';

const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81');
const nr90 = corpus.letters.find((letter) => letter.id === 'kst-31015-90');
if (!nr81 || !nr90) throw new Error('the corpus lacks nr. 81 or nr. 90');

describe('letterOutline', () => {
  it('nests level-2 sections in their main section and keeps every paragraph once', () => {
    const outline = letterOutline(nr81);
    const main = outline.find(
      (node) => node.section.id === 'landelijke-inrichting-aanpak-kinderpornografie',
    );
    expect(main?.children.map((node) => node.section.id)).toContain('werkvoorraad');
    const ids: string[] = [];
    const visit = (node: (typeof outline)[number]) => {
      for (const block of node.blocks) if (block.kind === 'paragraph') ids.push(block.paragraph.id);
      node.children.forEach(visit);
    };
    outline.forEach(visit);
    expect(ids).toEqual(nr81.paragraphs.map((paragraph) => paragraph.id));
  });

  it('places each table right after the paragraph it follows', () => {
    const werkvoorraad = letterOutline(nr81)
      .flatMap((node) => node.children)
      .find((node) => node.section.id === 'werkvoorraad');
    expect(werkvoorraad?.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'table',
      'paragraph',
    ]);
  });
});

describe('firstScreenBlocks', () => {
  const blockCount = (outline: ReturnType<typeof letterOutline>): number =>
    outline.reduce((sum, node) => sum + node.blocks.length + blockCount(node.children), 0);

  it('draws a laptop screen of a letter first, not the whole letter', () => {
    for (const letter of [nr81, nr90]) {
      const outline = letterOutline(letter);
      const first = firstScreenBlocks(outline, 768);
      expect(first).toBeGreaterThan(1);
      expect(first).toBeLessThan(blockCount(outline) / 2);
    }
  });

  it('draws more for a taller window, and every block for one taller than the letter', () => {
    const outline = letterOutline(nr81);
    const counts = [500, 700, 768, 1080, 1440, 2160].map((height) =>
      firstScreenBlocks(outline, height),
    );
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeLessThan(counts[counts.length - 1]!);
    expect(firstScreenBlocks(outline, 100_000)).toBe(blockCount(outline));
  });
});

describe('pageStarts', () => {
  it('marks every printed page of a letter exactly once', () => {
    for (const letter of [nr81, nr90]) {
      const starts = pageStarts(letterOutline(letter));
      const inParagraphs = letter.paragraphs.flatMap((p) =>
        p.pageBreaks.filter((b) => b.offset > 0).map((b) => b.page),
      );
      const pages = [...starts.values(), ...inParagraphs].sort((a, b) => a - b);
      expect(pages).toEqual(Array.from({ length: letter.pageCount }, (_, index) => index + 1));
    }
  });

  it('puts a page marker on the heading when the page begins with a heading', () => {
    // In nr. 81 page 2 begins with the heading "Uitbreiding politiecapaciteit".
    const starts = pageStarts(letterOutline(nr81));
    expect(starts.get(pageKey.heading('uitbreiding-politiecapaciteit'))).toBe(2);
    expect(starts.get(pageKey.paragraph('uitbreiding-politiecapaciteit-1'))).toBeUndefined();
  });

  it('marks the first page at the start of the letter', () => {
    expect(pageStarts(letterOutline(nr81)).get(pageKey.paragraph('opening-1'))).toBe(1);
  });
});

describe('targetParagraph', () => {
  const none = new Map();
  it('is the paragraph a deep link names', () => {
    expect(targetParagraph(nr81, 'encryptie-2', none)).toBe('encryptie-2');
  });
  it('is the first paragraph of a section, also of a main section without text of its own', () => {
    expect(targetParagraph(nr81, 'encryptie', none)).toBe('encryptie-1');
    expect(targetParagraph(nr90, 'kindersekstoerisme', none)).toBe('kindersekstoerisme-1');
  });
  it('is the first highlighted paragraph when there is no deep link', () => {
    const highlights = new Map([['pilot-leaseweb-2', [{ start: 0, end: 3 }]]]);
    expect(targetParagraph(nr81, undefined, highlights)).toBe('pilot-leaseweb-2');
    expect(targetParagraph(nr81, undefined, none)).toBeUndefined();
  });
});
