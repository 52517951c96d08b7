import { describe, expect, it } from 'vitest';
import { letterText } from '../corpus/letter-text';
import { anchorNote, currentPlace } from './anchor';
import { correctedLetter, earlyLetter } from './fixtures/nr81-excerpt';
import type { Note } from './model';
import { paragraphTarget, selectionTarget } from './target';
import { ANNOTATION_CONTEXT, noteIdFromIri, noteIri, toWebAnnotation } from './web-annotation';

const base = {
  letterId: 'kst-31015-81',
  color: 'green' as const,
  created: '2024-03-01T09:00:00.000Z',
  modified: '2024-03-02T10:30:00.000Z',
};

const quoteNote: Note = {
  ...base,
  id: 'c0ffee',
  ...selectionTarget(
    earlyLetter,
    { paragraphId: 'encryptie-1', offset: 3 },
    { paragraphId: 'encryptie-1', offset: 33 },
  )!,
  body: 'Vergelijk met **nr. 90**.',
  tags: ['encryptie', 'toezegging'],
};

describe('toWebAnnotation', () => {
  it('writes a W3C annotation on the letter’s official identifier with quote, position and paragraph selectors', () => {
    const annotation = toWebAnnotation(quoteNote, earlyLetter);
    expect(annotation).toEqual({
      '@context': ANNOTATION_CONTEXT,
      id: 'urn:naslag:note:c0ffee',
      type: 'Annotation',
      motivation: 'commenting',
      created: base.created,
      modified: base.modified,
      body: [
        {
          type: 'TextualBody',
          value: 'Vergelijk met **nr. 90**.',
          format: 'text/markdown',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'encryptie', purpose: 'tagging' },
        { type: 'TextualBody', value: 'toezegging', purpose: 'tagging' },
      ],
      target: {
        source: 'https://zoek.officielebekendmakingen.nl/kst-31015-81',
        selector: [
          { type: 'TextQuoteSelector', ...quoteNote.quote },
          { type: 'TextPositionSelector', ...quoteNote.position },
          {
            type: 'FragmentSelector',
            conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
            value: 'encryptie-1',
            refinedBy: { type: 'TextQuoteSelector', ...quoteNote.quote },
          },
        ],
      },
      'naslag:color': 'green',
    });
    expect(quoteNote.quote?.exact).toBe('mijn brief van 27 januari 2012');
  });

  it('writes a highlight without a note as a body-less "highlighting" annotation', () => {
    const annotation = toWebAnnotation({ ...quoteNote, body: '', tags: [] }, earlyLetter);
    expect(annotation.motivation).toBe('highlighting');
    expect(annotation).not.toHaveProperty('body');
  });

  it('points a whole-paragraph note at the paragraph, keeping its opening words', () => {
    const note: Note = {
      ...base,
      id: 'alinea',
      body: 'x',
      tags: [],
      ...paragraphTarget(earlyLetter, 'encryptie-3')!,
    };
    const annotation = toWebAnnotation(note, earlyLetter);
    expect(annotation.target.selector).toEqual([
      {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
        value: 'encryptie-3',
      },
    ]);
    expect(annotation['naslag:paragraphStart']).toMatch(/^In de komende maanden wordt bekeken/);
  });
});

describe('export of a note where it stands now', () => {
  it('gives a quote stored without context 32 characters either side, its position and its paragraph', () => {
    const bare: Note = {
      ...quoteNote,
      quote: { exact: 'ontsleutelplicht', prefix: '', suffix: '' },
      position: null,
    };
    const anchor = anchorNote(bare, earlyLetter);
    const exported = toWebAnnotation(bare, earlyLetter, currentPlace(anchor, earlyLetter)!);
    const text = letterText(earlyLetter);
    const start = text.indexOf('ontsleutelplicht');
    const quote = {
      type: 'TextQuoteSelector',
      exact: 'ontsleutelplicht',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 16, start + 48),
    };
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(exported.target.selector).toEqual([
      quote,
      { type: 'TextPositionSelector', start, end: start + 16 },
      {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
        value: 'encryptie-1',
        refinedBy: quote,
      },
    ]);
  });

  it('gives a whole-paragraph note the paragraph as its quote, so other tools can place it', () => {
    const note: Note = {
      ...base,
      id: 'alinea',
      body: '',
      tags: [],
      ...paragraphTarget(earlyLetter, 'encryptie-3')!,
    };
    const place = currentPlace(anchorNote(note, earlyLetter), earlyLetter)!;
    const exported = toWebAnnotation(note, earlyLetter, place);
    const paragraph = earlyLetter.paragraphs.find((p) => p.id === 'encryptie-3')!;
    expect(exported.target.selector[0]).toMatchObject({ exact: paragraph.text });
    expect(letterText(earlyLetter).slice(place.position.start, place.position.end)).toBe(
      paragraph.text,
    );
  });
});

describe('export of a note the corrected letter moved', () => {
  it('names the paragraph and position the passage has now, not those it was made on', () => {
    const made: Note = {
      ...quoteNote,
      ...selectionTarget(
        earlyLetter,
        { paragraphId: 'encryptie-3', offset: 0 },
        { paragraphId: 'encryptie-3', offset: 35 },
      )!,
    };
    const now = currentPlace(anchorNote(made, correctedLetter), correctedLetter)!;
    expect(now.paragraphId).toBe('encryptie-4');
    const selectors = toWebAnnotation(made, correctedLetter, now).target.selector;
    expect(selectors).toContainEqual({ type: 'TextPositionSelector', ...now.position });
    expect(selectors).toContainEqual(
      expect.objectContaining({ type: 'FragmentSelector', value: 'encryptie-4' }),
    );
    expect(now.position).not.toEqual(made.position);
  });
});

describe('note ids as IRIs', () => {
  it('prefixes plain ids and leaves IRIs alone, both ways', () => {
    expect(noteIri('abc-1')).toBe('urn:naslag:note:abc-1');
    expect(noteIdFromIri('urn:naslag:note:abc-1')).toBe('abc-1');
    expect(noteIri('urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(
      'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    );
    expect(noteIdFromIri('https://hypothes.is/a/xyz')).toBe('https://hypothes.is/a/xyz');
  });
});
