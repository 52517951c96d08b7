import { describe, expect, it } from 'vitest';
import { letterText } from '../corpus/letter-text';
import { loadLetters } from '../../data/build/load-letters';
import { anchorNote } from './anchor';
import { earlyLetter } from './fixtures/nr81-excerpt';
import {
  PARAGRAPH_START_LENGTH,
  QUOTE_CONTEXT_LENGTH,
  paragraphTarget,
  selectionTarget,
} from './target';

describe('selectionTarget', () => {
  it('records the quote, its context and its position in the letter text', () => {
    const target = selectionTarget(
      earlyLetter,
      { paragraphId: 'encryptie-1', offset: 3 },
      { paragraphId: 'encryptie-1', offset: 8 },
    );
    const text = letterText(earlyLetter);
    expect(target?.quote?.exact).toBe('mijn ');
    expect(target?.paragraphId).toBe('encryptie-1');
    expect(text.slice(target!.position!.start, target!.position!.end)).toBe('mijn ');
    expect(target?.quote?.prefix).toHaveLength(QUOTE_CONTEXT_LENGTH);
    expect(target?.quote?.prefix.endsWith('\n\nIn ')).toBe(true);
    expect(target?.quote?.suffix.startsWith('brief van 27 januari')).toBe(true);
  });

  it('spans paragraphs, with the blank line between them in the quote', () => {
    const target = selectionTarget(
      earlyLetter,
      { paragraphId: 'encryptie-2', offset: 468 },
      { paragraphId: 'encryptie-3', offset: 5 },
    );
    expect(target?.quote?.exact).toMatch(/^omkleed\. Zo zal/);
    const across = selectionTarget(
      earlyLetter,
      { paragraphId: 'encryptie-1', offset: 317 },
      { paragraphId: 'encryptie-2', offset: 9 },
    );
    expect(across?.quote?.exact).toBe('(ontsleutelplicht).\n\nInmiddels');
  });

  it('refuses empty, reversed or impossible selections', () => {
    const at = (paragraphId: string, offset: number) => ({ paragraphId, offset });
    expect(selectionTarget(earlyLetter, at('encryptie-1', 5), at('encryptie-1', 5))).toBeNull();
    expect(selectionTarget(earlyLetter, at('encryptie-2', 5), at('encryptie-1', 5))).toBeNull();
    expect(selectionTarget(earlyLetter, at('bestaat-niet', 0), at('encryptie-1', 5))).toBeNull();
    expect(
      selectionTarget(earlyLetter, at('encryptie-1', 0), at('encryptie-1', 10_000)),
    ).toBeNull();
    expect(selectionTarget(earlyLetter, at('encryptie-1', -1), at('encryptie-1', 5))).toBeNull();
  });

  it('selects up to a paragraph’s last character, and from the letter’s first', () => {
    const at = (paragraphId: string, offset: number) => ({ paragraphId, offset });
    const sentence = earlyLetter.paragraphs[3]!.text;
    const whole = selectionTarget(
      earlyLetter,
      at('encryptie-1', 0),
      at('encryptie-1', sentence.length),
    );
    expect(whole?.quote?.exact).toBe(sentence);
    expect(whole?.quote?.suffix).toMatch(/^\n\nInmiddels/);
    const first = selectionTarget(earlyLetter, at('opening-1', 0), at('opening-1', 4));
    expect(first?.quote).toMatchObject({
      exact: earlyLetter.paragraphs[0]!.text.slice(0, 4),
      prefix: '',
    });
  });
});

describe('paragraphTarget', () => {
  it("keeps the paragraph's opening words so the note can follow a renumbering", () => {
    const target = paragraphTarget(earlyLetter, 'encryptie-3');
    expect(target).toEqual({
      paragraphId: 'encryptie-3',
      quote: null,
      position: null,
      paragraphStart: earlyLetter.paragraphs[5]!.text.slice(0, PARAGRAPH_START_LENGTH),
    });
    expect(paragraphTarget(earlyLetter, 'bestaat-niet')).toBeNull();
  });
});

describe('targets on the bundled letters', () => {
  it('anchor back onto themselves in every paragraph of both letters', () => {
    for (const letter of loadLetters().letters) {
      for (const paragraph of letter.paragraphs) {
        const from = Math.floor(paragraph.text.length / 3);
        const to = Math.max(from + 1, Math.floor((2 * paragraph.text.length) / 3));
        const target = selectionTarget(
          letter,
          { paragraphId: paragraph.id, offset: from },
          { paragraphId: paragraph.id, offset: to },
        )!;
        const base = {
          id: 'n',
          letterId: letter.id,
          color: 'yellow' as const,
          body: '',
          tags: [],
          created: '2024-03-01T09:00:00Z',
          modified: '2024-03-01T09:00:00Z',
        };
        expect(anchorNote({ ...base, ...target }, letter)).toEqual({
          status: 'anchored',
          paragraphId: paragraph.id,
          start: target.position!.start,
          end: target.position!.end,
        });
        expect(
          anchorNote({ ...base, ...paragraphTarget(letter, paragraph.id)! }, letter).status,
        ).toBe('anchored');
      }
    }
  });
});
