import { describe, expect, it, vi } from 'vitest';
import { letterText } from '../corpus/letter-text';
import type { Corpus } from '../corpus/model';
import { correctedLetter, earlyLetter } from './fixtures/nr81-excerpt';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_DEPTH,
  MAX_IMPORT_ITEMS,
  mergeImportedNotes,
  parseNotesImport,
  sameNote,
} from './import';
import type { ParsedImport } from './import';
import { anchorNote } from './anchor';
import { NoteSchema } from './model';
import type { Note } from './model';
import { PARAGRAPH_START_LENGTH, paragraphTarget, selectionTarget } from './target';
import { toWebAnnotation } from './web-annotation';

const corpus: Corpus = { version: 1, letters: [earlyLetter] };
const ENCRYPTION_3_START = 'In de komende maanden wordt bekeken';
const NOW = '2024-05-01T12:00:00.000Z';
const at = (paragraphId: string, offset: number) => ({ paragraphId, offset });

function note(id: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    letterId: 'kst-31015-81',
    ...selectionTarget(earlyLetter, at('encryptie-2', 0), at('encryptie-2', 50))!,
    color: 'yellow',
    body: 'Een notitie',
    tags: [],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
    ...overrides,
  };
}

const notes: Note[] = [
  note('citaat', {
    tags: ['encryptie', 'nemo tenetur'],
    color: 'pink',
    body: 'Zie *ook* nr. 90.\n\n- punt één\n- punt twee',
  }),
  note('markering', {
    body: '',
    ...selectionTarget(earlyLetter, at('encryptie-1', 3), at('encryptie-1', 33))!,
  }),
  note('alinea', { body: 'Hele alinea', ...paragraphTarget(earlyLetter, 'encryptie-3')! }),
  note('gevaarlijk', {
    body: '<script>alert("x")</script> <img src=x onerror=alert(1)> # Kop\n> citaat',
  }),
  note('urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', { color: 'purple' }),
];

function exportJson(list: Note[]): string {
  return JSON.stringify(list.map((n) => toWebAnnotation(n, earlyLetter)));
}

function parsed(text: string): Extract<ParsedImport, { ok: true }> {
  const result = parseNotesImport(text, corpus, NOW);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A valid exported annotation as a plain object, to be broken in one place per test. */
function annotation(): Record<string, unknown> & {
  target: { source: string; selector: Record<string, unknown>[] };
} {
  return JSON.parse(JSON.stringify(toWebAnnotation(notes[0]!, earlyLetter)));
}

function skipReason(value: unknown): string {
  const result = parsed(JSON.stringify(value));
  expect(result.candidates).toEqual([]);
  expect(result.skipped).toHaveLength(1);
  return result.skipped[0]!.reason;
}

describe('export → import round trip', () => {
  it('gives back exactly the notes that were exported', () => {
    const result = parsed(exportJson(notes));
    expect(result.skipped).toEqual([]);
    const { notes: merged, report } = mergeImportedNotes([], result);
    expect(merged).toEqual(notes);
    expect(report).toEqual({ added: notes.length, updated: 0, unchanged: 0, skipped: [] });
  });

  it('changes nothing when the same export is imported again', () => {
    const { notes: merged, report } = mergeImportedNotes(notes, parsed(exportJson(notes)));
    expect(merged).toEqual(notes);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: notes.length });
  });

  it('keeps <script> and Markdown in a note as the plain text they were', () => {
    const [imported] = parsed(exportJson([notes[3]!])).candidates;
    expect(imported?.note.body).toBe(notes[3]!.body);
  });
});

describe('merging by id', () => {
  it('updates an older note, keeps a newer one and says why', () => {
    const older = note('a', { body: 'oud', modified: '2024-01-01T00:00:00.000Z' });
    const newer = note('b', { body: 'nieuw in Naslag', modified: '2024-09-01T00:00:00.000Z' });
    const incoming = [
      note('a', { body: 'ingelezen' }),
      note('b', { body: 'ingelezen' }),
      note('c'),
    ];
    const { notes: merged, report } = mergeImportedNotes(
      [older, newer],
      parsed(exportJson(incoming)),
    );
    expect(merged.map((n) => [n.id, n.body])).toEqual([
      ['a', 'ingelezen'],
      ['b', 'nieuw in Naslag'],
      ['c', 'Een notitie'],
    ]);
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(report.skipped).toEqual([
      {
        index: 1,
        id: 'b',
        reason: expect.stringContaining('nieuwer (gewijzigd 2024-09-01T00:00:00.000Z)'),
      },
    ]);
  });

  it('keeps the note in Naslag when an imported version differs but was changed at the same moment', () => {
    const stored = note('a', { body: 'in Naslag', modified: '2024-03-01T09:00:00.000Z' });
    // The same moment written another way: it is the time that counts, not the text.
    const incoming = note('a', { body: 'ingelezen', modified: '2024-03-01T10:00:00.000+01:00' });
    const { notes: merged, report } = mergeImportedNotes([stored], parsed(exportJson([incoming])));
    expect(merged).toEqual([stored]);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 0 });
    expect(report.skipped).toEqual([
      {
        index: 0,
        id: 'a',
        reason: expect.stringContaining('hetzelfde moment gewijzigd (2024-03-01T09:00:00.000Z)'),
      },
    ]);
  });

  it('takes an imported version one millisecond newer than the note in Naslag', () => {
    const stored = note('a', { body: 'in Naslag', modified: '2024-03-01T09:00:00.000Z' });
    const incoming = note('a', { body: 'ingelezen', modified: '2024-03-01T09:00:00.001Z' });
    const { notes: merged, report } = mergeImportedNotes([stored], parsed(exportJson([incoming])));
    expect(merged.map((n) => n.body)).toEqual(['ingelezen']);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0, skipped: [] });
  });

  it('counts a note as unchanged only when its passage, position and paragraph opening are the same too', () => {
    const stored = notes[0]!;
    expect(sameNote(stored, { ...stored })).toBe(true);
    expect(
      sameNote(stored, { ...stored, quote: { ...stored.quote!, exact: 'ander citaat' } }),
    ).toBe(false);
    expect(sameNote(stored, { ...stored, quote: null })).toBe(false);
    expect(sameNote(stored, { ...stored, position: { start: 0, end: 1 } })).toBe(false);
    expect(sameNote(stored, { ...stored, position: null })).toBe(false);
    const whole = notes[2]!;
    expect(sameNote(whole, { ...whole, paragraphStart: 'Andere opening' })).toBe(false);
    const { paragraphStart: _, ...withoutOpening } = whole;
    expect(sameNote(whole, withoutOpening)).toBe(false);
  });

  it('uses the first of two annotations with the same id', () => {
    const { notes: merged, report } = mergeImportedNotes(
      [],
      parsed(exportJson([note('x', { body: '1' }), note('x', { body: '2' })])),
    );
    expect(merged.map((n) => n.body)).toEqual(['1']);
    expect(report.skipped).toEqual([
      { index: 1, id: 'x', reason: expect.stringContaining('eerder') },
    ]);
  });
});

describe('annotations from other tools', () => {
  it('accepts a minimal annotation with only a quote, and finds its paragraph', () => {
    const result = parsed(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/AbC123',
        type: 'Annotation',
        bodyValue: 'Belangrijk',
        target: {
          source: 'https://zoek.officielebekendmakingen.nl/kst-31015-81',
          selector: { type: 'TextQuoteSelector', exact: 'nemo tenetur-beginsel' },
        },
      }),
    );
    const text = letterText(earlyLetter);
    const start = text.indexOf('nemo tenetur-beginsel');
    expect(result.candidates[0]?.note).toMatchObject({
      id: 'https://hypothes.is/a/AbC123',
      paragraphId: 'encryptie-2',
      quote: {
        exact: 'nemo tenetur-beginsel',
        prefix: text.slice(start - 32, start),
        suffix: text.slice(start + 21, start + 21 + 32),
      },
      position: { start, end: start + 21 },
      body: 'Belangrijk',
      color: 'yellow',
      created: NOW,
      modified: NOW,
    });
  });

  it('ignores selectors and bodies it does not use', () => {
    const value = annotation();
    value.target.selector.push({ type: 'CssSelector', value: '#p1' });
    value.body = [
      ...(value.body as unknown[]),
      { type: 'Image', id: 'https://example.org/plaatje.png' },
    ];
    expect(parsed(JSON.stringify(value)).candidates).toHaveLength(1);
  });

  it('takes the paragraph the quote is in now when the given paragraph id is unknown', () => {
    const value = annotation();
    value.target.selector = value.target.selector.map((s) =>
      s.type === 'FragmentSelector' ? { ...s, value: 'oude-id-2' } : s,
    );
    expect(parsed(JSON.stringify(value)).candidates[0]?.note.paragraphId).toBe('encryptie-2');
  });

  it('reads notes made on an older text of the letter against the corrected one', () => {
    const result = parseNotesImport(
      exportJson(notes),
      { version: 1, letters: [correctedLetter] },
      NOW,
    );
    expect(result.ok && result.candidates.map((c) => c.note.paragraphId)).toEqual([
      'encryptie-2',
      'encryptie-1',
      'encryptie-4',
      'encryptie-2',
      'encryptie-2',
    ]);
  });
});

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

describe('interop with other annotation tools', () => {
  const text = letterText(earlyLetter);
  const source = 'https://zoek.officielebekendmakingen.nl/kst-31015-81';
  const importOne = (value: unknown) => parsed(JSON.stringify(value)).candidates[0]?.note;

  it('anchors a quote refined from a paragraph fragment in that paragraph, not on its first occurrence', () => {
    expect(text.indexOf('ontsleutelplicht')).toBeLessThan(text.indexOf(ENCRYPTION_3_START));
    const note = importOne({
      id: 'https://example.org/a/1',
      type: 'Annotation',
      target: {
        source,
        selector: {
          type: 'FragmentSelector',
          value: 'encryptie-3',
          refinedBy: { type: 'TextQuoteSelector', exact: 'ontsleutelplicht' },
        },
      },
    });
    const start = text.indexOf('ontsleutelplicht', text.indexOf(ENCRYPTION_3_START));
    expect(note).toMatchObject({
      paragraphId: 'encryptie-3',
      position: { start, end: start + 'ontsleutelplicht'.length },
      quote: { exact: 'ontsleutelplicht', prefix: text.slice(start - 32, start) },
    });
    expect(note?.quote?.prefix).toMatch(/Wel zal een $/);
    expect(anchorNote(note!, earlyLetter)).toMatchObject({ status: 'anchored', start });
  });

  it('keeps an annotation whose passage is not in the letter as an orphan, and exports it unchanged', () => {
    const given = {
      id: 'https://example.org/a/2',
      type: 'Annotation',
      created: '2024-02-01T10:00:00.000Z',
      modified: '2024-02-02T10:00:00.000Z',
      bodyValue: 'Staat dit er nog?',
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Deze zin staat er niet in.',
            prefix: 'voor ',
            suffix: ' na',
          },
          { type: 'TextPositionSelector', start: 10, end: 36 },
        ],
      },
    };
    const note = importOne(given)!;
    expect(note).toMatchObject({
      paragraphId: '',
      quote: { exact: 'Deze zin staat er niet in.', prefix: 'voor ', suffix: ' na' },
      position: { start: 10, end: 36 },
    });
    expect(anchorNote(note, earlyLetter).status).toBe('orphaned');
    const exported = toWebAnnotation(note, earlyLetter);
    expect(exported.target.selector).toEqual(given.target.selector);
    expect(exported.created).toBe(given.created);
    expect(exported.modified).toBe(given.modified);
  });

  it('keeps an orphan that names a paragraph with its fragment, and a whole-paragraph orphan', () => {
    const quoted = importOne({
      id: 'q',
      type: 'Annotation',
      target: {
        source,
        selector: {
          type: 'FragmentSelector',
          value: 'verdwenen-1',
          refinedBy: { type: 'TextQuoteSelector', exact: 'niet meer in de brief' },
        },
      },
    })!;
    expect(quoted.paragraphId).toBe('verdwenen-1');
    expect(toWebAnnotation(quoted, earlyLetter).target.selector).toContainEqual(
      expect.objectContaining({ type: 'FragmentSelector', value: 'verdwenen-1' }),
    );
    const whole = importOne({
      id: 'p',
      type: 'Annotation',
      target: { source, selector: { type: 'FragmentSelector', value: 'verdwenen-2' } },
    })!;
    expect(whole).toMatchObject({ paragraphId: 'verdwenen-2', quote: null, position: null });
    expect(anchorNote(whole, earlyLetter).status).toBe('orphaned');
  });

  it('caps a modified or created date in the future at the time of import', () => {
    const note = importOne({
      ...annotation(),
      created: '2999-01-01T00:00:00.000Z',
      modified: '2999-01-02T00:00:00.000Z',
    })!;
    expect(note.created).toBe(NOW);
    expect(note.modified).toBe(NOW);
    // Only a future date is replaced: the very moment of import, written another way, stays as given.
    const atNow = '2024-05-01T14:00:00.000+02:00';
    expect(importOne({ ...annotation(), created: atNow, modified: atNow })).toMatchObject({
      created: atNow,
      modified: atNow,
    });
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

describe('what an import keeps of each annotation', () => {
  const text = letterText(earlyLetter);
  const source = 'https://zoek.officielebekendmakingen.nl/kst-31015-81';
  const importOne = (value: unknown) => parsed(JSON.stringify(value)).candidates[0]?.note;

  it(`reads a file of exactly ${MAX_IMPORT_ITEMS} annotations`, () => {
    const result = parsed(JSON.stringify(Array.from({ length: MAX_IMPORT_ITEMS }, () => ({}))));
    expect(result.skipped).toHaveLength(MAX_IMPORT_ITEMS);
  });

  it('names the id of a skipped annotation when it has a usable one', () => {
    const result = parsed(
      JSON.stringify([
        { ...annotation(), target: { source: 'https://example.org/brief' } },
        { ...annotation(), id: 'een id met spaties' },
      ]),
    );
    expect(result.skipped).toEqual([
      { index: 0, id: 'citaat', reason: expect.stringContaining('brief die Naslag niet kent') },
      { index: 1, reason: expect.stringContaining('geen bruikbare id') },
    ]);
  });

  it('accepts the letter named by its Naslag id as well as its official identifier', () => {
    const value = annotation();
    expect(importOne({ ...value, target: { ...value.target, source: earlyLetter.id } })).toEqual(
      notes[0],
    );
  });

  it('takes the one date given for both, or the time of import when there is none', () => {
    const { created: _c, modified: _m, ...undated } = annotation();
    expect(importOne({ ...undated, created: '2024-02-01T08:00:00.000Z' })).toMatchObject({
      created: '2024-02-01T08:00:00.000Z',
      modified: '2024-02-01T08:00:00.000Z',
    });
    expect(importOne({ ...undated, modified: '2024-02-03T08:00:00.000Z' })).toMatchObject({
      created: '2024-02-03T08:00:00.000Z',
      modified: '2024-02-03T08:00:00.000Z',
    });
    expect(importOne(undated)).toMatchObject({ created: NOW, modified: NOW });
  });

  it('joins every comment into the note, and keeps each label once, trimmed', () => {
    const note = importOne({
      ...annotation(),
      bodyValue: 'Eerste opmerking',
      body: [
        { type: 'TextualBody', value: 'Tweede opmerking', purpose: 'commenting' },
        { value: 'Derde, zonder type' },
        { type: 'TextualBody', value: ' encryptie ', purpose: 'tagging' },
        { type: 'TextualBody', value: 'encryptie', purpose: 'tagging' },
        { type: 'TextualBody', value: '  ', purpose: 'tagging' },
        { type: 'Image', id: 'https://example.org/plaatje.png' },
      ],
    });
    expect(note).toMatchObject({
      body: 'Eerste opmerking\n\nTweede opmerking\n\nDerde, zonder type',
      tags: ['encryptie'],
    });
  });

  it('takes the quote from the letter for an annotation with only a position, up to its last word', () => {
    const end = text.length;
    const start = text.lastIndexOf('Opstelten');
    const note = importOne({
      id: 'positie',
      type: 'Annotation',
      target: { source, selector: { type: 'TextPositionSelector', start, end } },
    });
    expect(note).toMatchObject({
      paragraphId: 'ondertekening-1',
      quote: { exact: text.slice(start), prefix: text.slice(start - 32, start), suffix: '' },
      position: { start, end },
    });
  });

  it('refuses a position that selects nothing, or lies past the end of the letter', () => {
    for (const [start, end] of [
      [40, 40],
      [40, 20],
      [text.length - 5, text.length + 1],
    ])
      expect(
        skipReason({
          id: 'positie',
          type: 'Annotation',
          target: { source, selector: { type: 'TextPositionSelector', start, end } },
        }),
      ).toMatch(/niet bij welke passage/);
  });

  it('makes a paragraph named by itself a whole-paragraph note with its opening words', () => {
    const note = importOne({
      id: 'alinea',
      type: 'Annotation',
      target: {
        source,
        selector: [
          { type: 'CssSelector', value: '#opening-2' },
          { type: 'FragmentSelector', value: 'encryptie-3' },
        ],
      },
    });
    expect(note).toMatchObject({
      paragraphId: 'encryptie-3',
      quote: null,
      position: null,
      paragraphStart: earlyLetter.paragraphs[5]!.text.slice(0, PARAGRAPH_START_LENGTH),
    });
  });

  it('does not take a selector of a kind Naslag does not use for a paragraph or a quote', () => {
    const note = importOne({
      ...annotation(),
      target: {
        source,
        selector: [
          { type: 'FragmentSelector', value: 'encryptie-3' },
          { type: 'CssSelector', value: '#opening-2', exact: 'Met deze brief', start: 0, end: 5 },
        ],
      },
    });
    expect(note).toMatchObject({ paragraphId: 'encryptie-3', quote: null, position: null });
  });

  it('keeps the nearest 200 characters of context of an orphan from a tool that keeps more', () => {
    const before = `${'v'.repeat(100)}${'w'.repeat(200)}`;
    const after = `${'x'.repeat(200)}${'y'.repeat(100)}`;
    const note = importOne({
      id: 'wees',
      type: 'Annotation',
      target: {
        source,
        selector: {
          type: 'TextQuoteSelector',
          exact: 'Deze zin staat er niet in.',
          prefix: before,
          suffix: after,
        },
      },
    });
    expect(note?.quote).toEqual({
      exact: 'Deze zin staat er niet in.',
      prefix: 'w'.repeat(200),
      suffix: 'x'.repeat(200),
    });
  });

  it('lists what was skipped in the order of the file, whether refused on reading or on merging', () => {
    const stored = note('b', { body: 'nieuw in Naslag', modified: '2024-09-01T00:00:00.000Z' });
    const result = parsed(
      JSON.stringify([
        toWebAnnotation(note('a'), earlyLetter),
        toWebAnnotation(note('b', { body: 'ouder' }), earlyLetter),
        { id: 'kapot' },
      ]),
    );
    const { report } = mergeImportedNotes([stored], result);
    expect(report.skipped.map((s) => s.index)).toEqual([1, 2]);
  });
});
