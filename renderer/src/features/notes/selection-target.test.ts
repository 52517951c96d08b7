import corpus from 'virtual:naslag/corpus';
import { describe, expect, it } from 'vitest';
import { anchorNote } from '@core/annotations/anchor';
import { letterText } from '@core/corpus/letter-text';
import { selectionNoteTarget } from './selection-target';

const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81')!;
const text = (id: string) => nr81.paragraphs.find((p) => p.id === id)!.text;

describe('selectionNoteTarget', () => {
  it('records the quote with 32 characters of context and its position in the letter’s text', () => {
    const paragraph = text('encryptie-2');
    const at = paragraph.indexOf('afrondende fase');
    const result = selectionNoteTarget(
      nr81,
      { paragraphId: 'encryptie-2', offset: at },
      { paragraphId: 'encryptie-2', offset: at + 'afrondende fase'.length },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { quote, position, paragraphId } = result.target;
    expect(paragraphId).toBe('encryptie-2');
    expect(quote?.exact).toBe('afrondende fase');
    expect(quote?.prefix).toHaveLength(32);
    expect(letterText(nr81).slice(position!.start, position!.end)).toBe('afrondende fase');
    const note = {
      id: 'n',
      letterId: nr81.id,
      ...result.target,
      color: 'yellow' as const,
      body: '',
      tags: [],
      created: '2024-04-01T09:00:00.000Z',
      modified: '2024-04-01T09:00:00.000Z',
    };
    expect(anchorNote(note, nr81).status).toBe('anchored');
  });

  it('leaves out the white space a drag catches at either end', () => {
    const paragraph = text('encryptie-2');
    const at = paragraph.indexOf(' afrondende fase. ');
    const result = selectionNoteTarget(
      nr81,
      { paragraphId: 'encryptie-2', offset: at },
      { paragraphId: 'encryptie-2', offset: at + ' afrondende fase. '.length },
    );
    expect(result.ok && result.target.quote?.exact).toBe('afrondende fase.');
  });

  it('takes a drag past the end of a paragraph as its end, and belongs to the paragraph where the words begin', () => {
    const last = text('encryptie-1');
    const result = selectionNoteTarget(
      nr81,
      { paragraphId: 'encryptie-1', offset: last.length },
      { paragraphId: 'encryptie-2', offset: Number.MAX_SAFE_INTEGER },
    );
    expect(result.ok && result.target.paragraphId).toBe('encryptie-2');
    expect(result.ok && result.target.quote?.exact).toBe(text('encryptie-2'));
  });

  it('refuses a selection of only white space', () => {
    const paragraph = text('encryptie-2');
    const at = paragraph.indexOf(' ');
    expect(
      selectionNoteTarget(
        nr81,
        { paragraphId: 'encryptie-2', offset: at },
        { paragraphId: 'encryptie-2', offset: at + 1 },
      ),
    ).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a selection longer than a note may quote', () => {
    const first = nr81.paragraphs[0]!;
    const last = nr81.paragraphs.at(-1)!;
    expect(
      selectionNoteTarget(
        nr81,
        { paragraphId: first.id, offset: 0 },
        { paragraphId: last.id, offset: last.text.length },
      ),
    ).toEqual({ ok: false, reason: 'too-long' });
  });
});
