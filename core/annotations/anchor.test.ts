import { describe, expect, it } from 'vitest';
import { letterText, paragraphOffsets } from '../corpus/letter-text';
import type { Letter } from '../corpus/model';
import { anchorNote, anchorNotes, currentPlace, paragraphAt } from './anchor';
import type { Anchor } from './anchor';
import { correctedLetter, earlyLetter } from './fixtures/nr81-excerpt';
import type { Note } from './model';
import { paragraphTarget, selectionTarget } from './target';

/** A note on the `occurrence`-th appearance of `exact` in a paragraph, as the reader would make it. */
function quoteNote(
  id: string,
  letter: Letter,
  paragraphId: string,
  exact: string,
  occurrence = 0,
): Note {
  const text = letter.paragraphs.find((p) => p.id === paragraphId)!.text;
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(exact, offset + 1);
  if (offset < 0) throw new Error(`fixture: "${exact}" not in ${paragraphId}`);
  const target = selectionTarget(
    letter,
    { paragraphId, offset },
    { paragraphId, offset: offset + exact.length },
  )!;
  return note(id, letter, target);
}

function paragraphNote(id: string, letter: Letter, paragraphId: string): Note {
  return note(id, letter, paragraphTarget(letter, paragraphId)!);
}

function note(
  id: string,
  letter: Letter,
  target: Pick<Note, 'paragraphId' | 'quote' | 'position'>,
): Note {
  return {
    id,
    letterId: letter.id,
    ...target,
    color: 'yellow',
    body: '',
    tags: [],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
  };
}

const notes = {
  repeatedWord: quoteNote('herhaald', earlyLetter, 'encryptie-2', 'ontsleutelplicht'),
  acrossSplit: quoteNote(
    'over-splitsing',
    earlyLetter,
    'encryptie-2',
    'met voldoende waarborgen is omkleed. Zo zal naarmate de dwang',
  ),
  correctedWord: quoteNote(
    'verbeterd-woord',
    earlyLetter,
    'encryptie-2',
    'Inmiddels zit dit onderzoek in de afrondende fase.',
  ),
  afterSplit: quoteNote(
    'na-splitsing',
    earlyLetter,
    'encryptie-3',
    'met een positieve grondhouding',
  ),
  guillemets: quoteNote(
    'aanhalingstekens',
    earlyLetter,
    'virtuele-kinderpornografie-3',
    '«realistisch gehalte»',
  ),
  wholeRenumbered: paragraphNote('hele-alinea-hernummerd', earlyLetter, 'encryptie-3'),
  wholeUnchanged: paragraphNote('hele-alinea', earlyLetter, 'opening-2'),
};

/** What a reader would see highlighted. */
function highlighted(letter: Letter, anchor: Anchor): string | null {
  return anchor.start === null ? null : letterText(letter).slice(anchor.start, anchor.end);
}

describe('anchorNote on the letter the notes were made on', () => {
  it('anchors every note where it was made', () => {
    for (const n of Object.values(notes)) {
      const anchor = anchorNote(n, earlyLetter);
      expect(anchor.status, n.id).toBe('anchored');
      expect(anchor.paragraphId, n.id).toBe(n.paragraphId);
      if (n.position)
        expect([anchor.start, anchor.end]).toEqual([n.position.start, n.position.end]);
    }
  });

  it('uses the stored position first: it picks the second of two identical words', () => {
    const second = quoteNote('tweede', earlyLetter, 'encryptie-3', 'ontsleutelplicht');
    const anchor = anchorNote(second, earlyLetter);
    expect(anchor).toMatchObject({
      status: 'anchored',
      paragraphId: 'encryptie-3',
      start: second.position!.start,
    });
  });

  it('falls back on context, not on the first occurrence, when the position is wrong', () => {
    const second = quoteNote('tweede', earlyLetter, 'encryptie-3', 'ontsleutelplicht');
    const shifted = { ...second, position: { start: 5, end: 21 } };
    expect(anchorNote(shifted, earlyLetter)).toMatchObject({
      status: 'moved',
      paragraphId: 'encryptie-3',
      start: second.position!.start,
    });
  });
});

describe('a note’s stored position is trusted only with the words around it', () => {
  // The same word three times: the copies differ only before, only after, or both.
  const text = 'Eerst de plicht nu. Dan de plicht nu. Dan de plicht later.';
  const letter: Letter = {
    ...earlyLetter,
    paragraphs: [{ ...earlyLetter.paragraphs[1]!, text, pageBreaks: [] }],
  };
  const copies = [...text.matchAll(/plicht/g)].map((match) => match.index);
  const onCopy = (made: number, storedAt: number): Note => {
    const start = copies[made]!;
    const end = start + 'plicht'.length;
    return note('herhaald', letter, {
      paragraphId: letter.paragraphs[0]!.id,
      quote: {
        exact: 'plicht',
        prefix: text.slice(start - 8, start),
        suffix: text.slice(end, end + 6),
      },
      position: { start: copies[storedAt]!, end: copies[storedAt]! + 'plicht'.length },
    });
  };

  it.each([
    ['the words before differ', 1, 0],
    ['the words after differ', 1, 2],
    ['both differ', 2, 0],
  ])(
    'lands on the copy it was made on when its position points at another (%s)',
    (_, made, stored) => {
      const anchor = anchorNote(onCopy(made, stored), letter);
      expect(anchor).toMatchObject({ status: 'moved', start: copies[made] });
    },
  );

  it('reports the note as anchored only when position and context agree', () => {
    for (const made of [0, 1, 2])
      expect(anchorNote(onCopy(made, made), letter)).toMatchObject({
        status: 'anchored',
        start: copies[made],
      });
  });
});

describe('anchorNote on a corrected corpus (regression baseline)', () => {
  // Literal offsets: if a change to anchoring moves a note, this fails and says which.
  const expected: Record<
    string,
    { status: Anchor['status']; paragraphId: string; start: number; end: number; text: string }
  > = {
    herhaald: {
      status: 'moved',
      paragraphId: 'encryptie-2',
      start: 1460,
      end: 1476,
      text: 'ontsleutelplicht',
    },
    'over-splitsing': {
      status: 'moved',
      paragraphId: 'encryptie-2',
      start: 1727,
      end: 1789,
      text: 'met voldoende waarborgen is omkleed.\n\nZo zal naarmate de dwang',
    },
    'verbeterd-woord': {
      status: 'moved',
      paragraphId: 'encryptie-2',
      start: 1288,
      end: 1337,
      text: 'Inmiddels is dit onderzoek in de afrondende fase.',
    },
    'na-splitsing': {
      status: 'moved',
      paragraphId: 'encryptie-4',
      start: 2279,
      end: 2309,
      text: 'met een positieve grondhouding',
    },
    aanhalingstekens: {
      status: 'moved',
      paragraphId: 'virtuele-kinderpornografie-3',
      start: 473,
      end: 494,
      text: '«realistisch gehalte»',
    },
    'hele-alinea-hernummerd': {
      status: 'moved',
      paragraphId: 'encryptie-4',
      start: 2031,
      end: 2632,
      text: earlyLetter.paragraphs[5]!.text,
    },
    'hele-alinea': {
      status: 'anchored',
      paragraphId: 'opening-2',
      start: 26,
      end: 230,
      text: correctedLetter.paragraphs[1]!.text,
    },
  };

  for (const n of Object.values(notes)) {
    it(`keeps note "${n.id}" on its passage`, () => {
      const anchor = anchorNote(n, correctedLetter);
      const want = expected[n.id]!;
      expect({ ...anchor, text: highlighted(correctedLetter, anchor) }).toEqual(want);
    });
  }
});

describe('orphans', () => {
  it('reports a note whose passage is gone, and keeps it', () => {
    const gone = {
      ...notes.guillemets,
      id: 'weg',
      quote: { exact: 'Deze zin staat niet in de brief.', prefix: '', suffix: '' },
    };
    const anchors = anchorNotes([gone, notes.afterSplit], {
      version: 1,
      letters: [correctedLetter],
    });
    expect(anchors.get('weg')).toEqual({
      status: 'orphaned',
      paragraphId: gone.paragraphId,
      start: null,
      end: null,
    });
    expect(anchors.get('na-splitsing')?.status).toBe('moved');
  });

  it('does not anchor a short quote on a look-alike: short quotes must match exactly', () => {
    const short = {
      ...notes.guillemets,
      quote: { exact: 'OMX', prefix: '', suffix: '' },
      position: null,
    };
    expect(anchorNote(short, correctedLetter).status).toBe('orphaned');
  });

  it('makes notes on a letter outside the corpus orphans', () => {
    const elsewhere = { ...notes.guillemets, letterId: 'kst-31015-99' };
    expect(
      anchorNotes([elsewhere], { version: 1, letters: [correctedLetter] }).get(elsewhere.id)
        ?.status,
    ).toBe('orphaned');
  });

  it('places a whole-paragraph note saved without its opening words by its paragraph id', () => {
    const { paragraphStart: _, ...withoutOpening } = notes.wholeUnchanged;
    expect(anchorNote(withoutOpening, correctedLetter)).toMatchObject({
      status: 'anchored',
      paragraphId: 'opening-2',
    });
  });

  it('shows a whole-paragraph note on its paragraph, flagged as changed, when its opening is gone', () => {
    const rewritten = { ...notes.wholeUnchanged, paragraphStart: 'Een opening die nergens staat' };
    expect(anchorNote(rewritten, correctedLetter)).toMatchObject({
      status: 'moved',
      paragraphId: 'opening-2',
    });
  });

  it('follows a paragraph’s opening to the start of a paragraph, not to the same words mid-text', () => {
    const opening = 'Deze maatregel moet';
    const letter: Letter = {
      ...earlyLetter,
      paragraphs: [
        { ...earlyLetter.paragraphs[1]!, id: 'eerste', text: `Zo gaat het. ${opening} ook hier.` },
        { ...earlyLetter.paragraphs[2]!, id: 'tweede', text: `${opening} namelijk bezien worden.` },
      ],
    };
    const renamed = { ...notes.wholeUnchanged, paragraphId: 'weg-1', paragraphStart: opening };
    expect(anchorNote(renamed, letter)).toMatchObject({ status: 'moved', paragraphId: 'tweede' });
  });

  it('follows a paragraph’s opening to the nearest paragraph that begins with it, when several do', () => {
    const opening = 'Deze maatregel moet worden bezien.';
    const texts = ['Inleiding.', opening, 'Iets anders.', 'Hier stond de alinea.', opening];
    const letter: Letter = {
      ...earlyLetter,
      paragraphs: texts.map((text, i) => ({ ...earlyLetter.paragraphs[1]!, id: `p-${i}`, text })),
    };
    const onThird = { ...notes.wholeUnchanged, paragraphId: 'p-3', paragraphStart: opening };
    expect(anchorNote(onThird, letter)).toMatchObject({ status: 'moved', paragraphId: 'p-4' });
  });

  it('keeps a whole-paragraph note whose paragraph and opening are both gone as an orphan', () => {
    const vanished = {
      ...notes.wholeUnchanged,
      paragraphId: 'weggevallen-1',
      paragraphStart: 'Een alinea die er niet meer is',
    };
    expect(anchorNote(vanished, correctedLetter).status).toBe('orphaned');
  });
});

/** The letter with one paragraph's id or text changed, as a corrected corpus might have it. */
function revised(paragraphId: string, change: { id?: string; text?: (text: string) => string }) {
  return {
    ...earlyLetter,
    paragraphs: earlyLetter.paragraphs.map((p) =>
      p.id === paragraphId
        ? { ...p, id: change.id ?? p.id, text: change.text?.(p.text) ?? p.text }
        : p,
    ),
  };
}

describe('anchoring after small corrections', () => {
  it('gives an offset on the blank line between two paragraphs to the paragraph after it', () => {
    const offsets = paragraphOffsets(earlyLetter);
    const [first, second] = offsets;
    expect(paragraphAt(offsets, first!.end - 1)).toBe(first);
    expect(paragraphAt(offsets, first!.end)).toBe(second);
    expect(paragraphAt(offsets, second!.start)).toBe(second);
  });

  it('does not place a note on another letter, even where the same words stand', () => {
    const otherLetter = { ...earlyLetter, id: 'kst-31015-90' };
    expect(anchorNote(notes.guillemets, otherLetter).status).toBe('orphaned');
  });

  it('flags a note as changed when a word of its passage was corrected, though it starts where it did', () => {
    const letter = revised('encryptie-2', { text: (t) => t.replace('zit dit', 'is dit') });
    const made = notes.correctedWord.position!;
    const anchor = anchorNote(notes.correctedWord, letter);
    expect(anchor).toMatchObject({
      status: 'moved',
      paragraphId: 'encryptie-2',
      start: made.start,
    });
    expect(highlighted(letter, anchor)).toBe('Inmiddels is dit onderzoek in de afrondende fase.');
  });

  it('moves a note to the paragraph its words are in now when only the paragraph was renumbered', () => {
    const letter = revised('encryptie-3', { id: 'encryptie-4' });
    const made = notes.afterSplit.position!;
    expect(anchorNote(notes.afterSplit, letter)).toEqual({
      status: 'moved',
      paragraphId: 'encryptie-4',
      start: made.start,
      end: made.end,
    });
  });

  it('keeps a note on its own copy of a phrase repeated word for word, when text before it shifts', () => {
    const text = 'Zie de plicht. '.repeat(7).trim();
    const letter: Letter = {
      ...earlyLetter,
      paragraphs: [{ ...earlyLetter.paragraphs[1]!, text, pageBreaks: [] }],
    };
    const fourth = quoteNote('vierde', letter, letter.paragraphs[0]!.id, 'plicht', 3);
    const corrected: Letter = {
      ...letter,
      paragraphs: [{ ...letter.paragraphs[0]!, text: `Ook ${text}` }],
    };
    expect(anchorNote(fourth, corrected)).toMatchObject({
      status: 'moved',
      start: fourth.position!.start + 'Ook '.length,
    });
  });

  it('keeps a whole-paragraph note on its paragraph when a word of its opening is corrected', () => {
    const letter = revised('encryptie-3', {
      text: (t) => t.replace('komende maanden', 'komende weken'),
    });
    const paragraph = paragraphOffsets(letter).find((p) => p.paragraphId === 'encryptie-3')!;
    expect(anchorNote(notes.wholeRenumbered, letter)).toEqual({
      status: 'anchored',
      paragraphId: 'encryptie-3',
      start: paragraph.start,
      end: paragraph.end,
    });
  });

  it('gives an orphan no place in the letter to export', () => {
    const gone = {
      ...notes.guillemets,
      quote: { exact: 'Nergens te vinden.', prefix: '', suffix: '' },
    };
    expect(currentPlace(anchorNote(gone, earlyLetter), earlyLetter)).toBeNull();
  });
});
