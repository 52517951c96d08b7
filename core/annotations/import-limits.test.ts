// What an import refuses: hostile, broken, oversized or too deeply nested input, each with a clear reason.
import { describe, expect, it, vi } from 'vitest';
import { earlyLetter } from './fixtures/nr81-excerpt';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_IMPORT_ITEMS, parseNotesImport } from './import';
import { NoteSchema } from './model';
import { toWebAnnotation } from './web-annotation';

import { corpus, NOW, notes, parsed, annotation, skipReason } from './import.testing';

describe('hostile and broken input', () => {
  it('skips an item with a __proto__ or constructor key and pollutes nothing', () => {
    const text = `[${JSON.stringify(annotation()).replace('{', '{"__proto__":{"polluted":true},')}]`;
    const result = parsed(text);
    expect(result.skipped[0]?.reason).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = annotation();
    nested.body = [{ type: 'TextualBody', value: 'x', constructor: { prototype: {} } }];
    expect(skipReason(nested)).toContain('constructor');
  });

  it('refuses a file over 10 MB as a whole, without parsing it', () => {
    const huge = `[${' '.repeat(50 * 1024 * 1024)}]`;
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseNotesImport(huge, corpus, NOW);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('groter dan 10 MB') });
    expect(parse).not.toHaveBeenCalled();
    const multibyte = `["${'€'.repeat(4 * 1024 * 1024)}"]`;
    expect(parseNotesImport(multibyte, corpus, NOW).ok).toBe(false);
  });

  it(`refuses more than ${MAX_IMPORT_ITEMS} annotations as a whole`, () => {
    const result = parseNotesImport(
      JSON.stringify(Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => ({}))),
      corpus,
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/bevat 10001 annotaties; .* hoogstens 10000 /),
    });
  });

  it('refuses text that is not JSON or not annotations as a whole', () => {
    for (const text of ['{ kapot', ''])
      expect(parseNotesImport(text, corpus, NOW)).toEqual({
        ok: false,
        message: expect.stringContaining('geen geldige JSON'),
      });
    for (const text of ['"een tekst"', '42', 'null'])
      expect(parseNotesImport(text, corpus, NOW)).toEqual({
        ok: false,
        message: expect.stringContaining('geen annotatie of lijst van annotaties'),
      });
  });

  it('skips each malformed annotation with a reason in Dutch', () => {
    const cases: [string, (value: ReturnType<typeof annotation>) => unknown, RegExp][] = [
      ['no id', (v) => ({ ...v, id: undefined }), /"id" ontbreekt/],
      ['an id with spaces', (v) => ({ ...v, id: 'een id met spaties' }), /geen bruikbare id/],
      ['an empty id', (v) => ({ ...v, id: '' }), /^"id" is leeg of te klein$/],
      [
        'an id that is a number',
        (v) => ({ ...v, id: 7 }),
        /^"id" ontbreekt of heeft het verkeerde type \(verwacht: tekst\)$/,
      ],
      ['not an annotation', (v) => ({ ...v, type: 'Bookmark' }), /^"type" is ongeldig$/],
      [
        'a list of types without "Annotation"',
        (v) => ({ ...v, type: ['Bookmark', 'Note'] }),
        /^"type" is ongeldig$/,
      ],
      [
        'a quote selector without its quote',
        (v) => ({ ...v, target: { ...v.target, selector: [{ type: 'TextQuoteSelector' }] } }),
        /^"target.selector.0.type" is ongeldig$/,
      ],
      [
        'a text body without its text',
        (v) => ({ ...v, body: [{ type: 'TextualBody', purpose: 'commenting' }] }),
        /^"body.0.type" is ongeldig$/,
      ],
      [
        'a letter named at great length',
        (v) => ({
          ...v,
          target: { ...v.target, source: `https://example.org/${'x'.repeat(500)}` },
        }),
        new RegExp(`niet kent \\(https://example.org/${'x'.repeat(100)}\\)$`),
      ],
      ['no target', (v) => ({ ...v, target: undefined }), /"target"/],
      [
        'an unknown letter',
        (v) => ({ ...v, target: { ...v.target, source: 'https://example.org/brief' } }),
        /brief die Naslag niet kent/,
      ],
      ['two targets', (v) => ({ ...v, target: [v.target, v.target] }), /meer dan één doel/],
      [
        'a position that is text',
        (v) => ({
          ...v,
          target: {
            ...v.target,
            selector: [{ type: 'TextPositionSelector', start: 'nul', end: 4 }],
          },
        }),
        /"target.selector.0/,
      ],
      [
        'a quote over 10,000 characters',
        (v) => ({
          ...v,
          target: {
            ...v.target,
            selector: [{ type: 'TextQuoteSelector', exact: 'a'.repeat(10_001) }],
          },
        }),
        /ongeldig|te lang/,
      ],
      [
        'a body over 20,000 characters',
        (v) => ({ ...v, bodyValue: 'x'.repeat(20_001) }),
        /^"bodyValue" is te lang of te groot \(hoogstens 20000\)$/,
      ],
      [
        'a tag over 60 characters',
        (v) => ({
          ...v,
          body: [{ type: 'TextualBody', purpose: 'tagging', value: 'x'.repeat(61) }],
        }),
        /"tags.0" is te lang/,
      ],
      [
        'more than 30 tags',
        (v) => ({
          ...v,
          body: Array.from({ length: 31 }, (_, i) => ({
            type: 'TextualBody',
            purpose: 'tagging',
            value: `t${i}`,
          })),
        }),
        /"tags" is te lang/,
      ],
      [
        'an impossible date',
        (v) => ({ ...v, created: '2024-13-45' }),
        /"created" heeft een ongeldige vorm/,
      ],
      [
        'an unknown colour',
        (v) => ({ ...v, 'naslag:color': 'rood' }),
        /"naslag:color" heeft een waarde die Naslag niet kent/,
      ],
      [
        'no place in the letter',
        (v) => ({ ...v, target: { source: v.target.source } }),
        /niet bij welke passage/,
      ],
      [
        'a deeply nested body',
        (v) => ({ ...v, extra: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) }),
        /te diep genest/,
      ],
    ];
    for (const [name, breakIt, reason] of cases) {
      expect(skipReason(breakIt(annotation())), name).toMatch(reason);
    }
    expect(skipReason(['geen object'])).toBe(
      'de annotatie ontbreekt of heeft het verkeerde type (verwacht: object)',
    );
  });

  it(`reads an annotation nested ${MAX_IMPORT_DEPTH} levels deep, and skips one nested deeper`, () => {
    // The annotation itself is level 0; its extension value holds the nested lists.
    const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(
      parsed(JSON.stringify({ ...annotation(), extra: nested(MAX_IMPORT_DEPTH) })).candidates,
    ).toHaveLength(1);
    expect(skipReason({ ...annotation(), extra: nested(MAX_IMPORT_DEPTH + 1) })).toMatch(
      /te diep genest/,
    );
  });

  it('takes the good annotations of a file in which some are broken', () => {
    const text = JSON.stringify([
      annotation(),
      { id: 'x' },
      'geen object',
      toWebAnnotation(notes[2]!, earlyLetter),
    ]);
    const result = parsed(text);
    expect(result.candidates.map((c) => c.index)).toEqual([0, 3]);
    expect(result.skipped.map((s) => s.index)).toEqual([1, 2]);
  });
});

describe('notes in the store are validated strictly, nested objects too', () => {
  it('refuses a quote or position with keys a note does not have', () => {
    const good = notes[0]!;
    expect(NoteSchema.strict().safeParse(good).success).toBe(true);
    expect(
      NoteSchema.strict().safeParse({ ...good, quote: { ...good.quote, html: '<b>' } }).success,
    ).toBe(false);
    expect(
      NoteSchema.strict().safeParse({ ...good, position: { ...good.position, page: 3 } }).success,
    ).toBe(false);
  });
});

describe('the size limit, in bytes as the file is stored', () => {
  const encoder = new TextEncoder();
  /** A JSON file of exactly `bytes` bytes, filled with `character`. */
  const fileOf = (bytes: number, character: string) => {
    const size = encoder.encode(character).length;
    const count = Math.floor((bytes - 4) / size);
    return `["${character.repeat(count)}${'a'.repeat(bytes - 4 - count * size)}"]`;
  };

  it.each([
    ['ASCII', 'a'],
    ['the last one-byte character', '\u007f'],
    ['the first two-byte character', '\u0080'],
    ['the last two-byte character', '\u07ff'],
    ['the first three-byte character', '\u0800'],
    ['the last three-byte character', '\uffff'],
    ['the first four-byte character', '\u{10000}'],
    ['the last four-byte character', '\u{10ffff}'],
  ])('reads a file of exactly 10 MB of %s and refuses one byte more', (_name, character) => {
    const limit = fileOf(MAX_IMPORT_BYTES, character);
    expect(encoder.encode(limit).length).toBe(MAX_IMPORT_BYTES);
    expect(parseNotesImport(limit, corpus, NOW).ok).toBe(true);
    expect(parseNotesImport(`${limit} `, corpus, NOW)).toEqual({
      ok: false,
      message: expect.stringContaining('groter dan 10 MB'),
    });
  });
});
