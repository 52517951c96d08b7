// What the reader's paragraphs need to know about the notes on their letter,
// given by LetterNotes: the ranges to mark, the notes on whole paragraphs, and
// the actions that open the note editor. Outside a LetterNotes (a letter shown
// without notes) the context is null and paragraphs render as they are.
import { createContext, useContext } from 'react';
import type { Letter } from '@core/corpus/model';
import type { NoteRange, PlacedNote } from './placed-notes';

export interface LetterNotesValue {
  letter: Letter;
  ranges: Map<string, NoteRange[]>;
  paragraphNotes: Map<string, PlacedNote[]>;
  placedById: Map<string, PlacedNote>;
  /** The note a deep link pointed at ("?notitie="), shown outlined. */
  targetNoteId: string | null;
  editNote(noteId: string): void;
  newParagraphNote(paragraphId: string): void;
  hover(noteId: string | null): void;
}

export const LetterNotesContext = createContext<LetterNotesValue | null>(null);

/** The note under the pointer, apart from the rest so hovering re-renders only the markers. */
export const HoveredNoteContext = createContext<string | null>(null);

export function useLetterNotes(): LetterNotesValue | null {
  return useContext(LetterNotesContext);
}

export const NOTE_PARAM = 'notitie';
