import { describe, expect, it } from 'vitest';
import { letterText } from '../corpus/letter-text';
import { correctedLetter, earlyLetter } from './fixtures/nr81-excerpt';
import { MAX_IMPORT_ITEMS, mergeImportedNotes, parseNotesImport, sameNote } from './import';
import { anchorNote } from './anchor';
import { PARAGRAPH_START_LENGTH } from './target';
import { toWebAnnotation } from './web-annotation';

import {
  ENCRYPTION_3_START,
  NOW,
  note,
  notes,
  exportJson,
  parsed,
  annotation,
  skipReason,
} from './import.testing';

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
