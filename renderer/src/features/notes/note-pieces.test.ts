import { describe, expect, it } from 'vitest';
import { notePieces } from './note-pieces';
import type { NoteRange } from './placed-notes';

function range(noteId: string, start: number, end: number, endsHere = true): NoteRange {
  return { noteId, start, end, color: 'yellow', state: 'saved', hasBody: false, endsHere };
}

const describePieces = (pieces: ReturnType<typeof notePieces>) =>
  pieces.map((piece) => ({
    text: piece.text,
    notes: piece.notes.map((note) => note.noteId),
    ending: piece.ending.map((note) => note.noteId),
  }));

describe('notePieces', () => {
  it('leaves text without notes whole', () => {
    expect(describePieces(notePieces('Inmiddels zit dit onderzoek', 0, []))).toEqual([
      { text: 'Inmiddels zit dit onderzoek', notes: [], ending: [] },
    ]);
  });

  it('cuts out one highlight and puts its marker right after it', () => {
    expect(
      describePieces(notePieces('Inmiddels zit dit onderzoek', 0, [range('a', 10, 17)])),
    ).toEqual([
      { text: 'Inmiddels ', notes: [], ending: [] },
      { text: 'zit dit', notes: ['a'], ending: ['a'] },
      { text: ' onderzoek', notes: [], ending: [] },
    ]);
  });

  it('splits overlapping highlights so each piece knows every note on it', () => {
    //           0123456789012345678901234567
    const text = 'Inmiddels zit dit onderzoek';
    const pieces = notePieces(text, 0, [range('a', 0, 13), range('b', 10, 27)]);
    expect(describePieces(pieces)).toEqual([
      { text: 'Inmiddels ', notes: ['a'], ending: [] },
      { text: 'zit', notes: ['a', 'b'], ending: ['a'] },
      { text: ' dit onderzoek', notes: ['b'], ending: ['b'] },
    ]);
  });

  it('draws a highlight inside a larger one on top', () => {
    const pieces = notePieces('Inmiddels zit dit onderzoek', 0, [
      range('inner', 14, 17),
      range('outer', 0, 27),
    ]);
    expect(pieces.find((piece) => piece.text === 'dit')?.notes.map((note) => note.noteId)).toEqual([
      'outer',
      'inner',
    ]);
  });

  it('works on a run that starts further into the paragraph (after a footnote marker)', () => {
    expect(describePieces(notePieces('zit dit', 10, [range('a', 5, 14)]))).toEqual([
      { text: 'zit ', notes: ['a'], ending: ['a'] },
      { text: 'dit', notes: [], ending: [] },
    ]);
  });

  it('puts no marker where a passage continues into the next paragraph', () => {
    expect(describePieces(notePieces('einde', 0, [range('a', 0, 5, false)]))).toEqual([
      { text: 'einde', notes: ['a'], ending: [] },
    ]);
  });
});
