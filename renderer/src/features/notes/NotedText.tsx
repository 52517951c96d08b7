// A run of a paragraph's text with the user's highlights in it: every piece
// covered by notes is a <mark> in the colour (and underline style) of the note
// on top, with a stronger outline where highlights overlap; a marker follows
// the end of each note's passage. The first run of a paragraph also carries the
// markers of notes on the whole paragraph. Without notes the text is returned
// as it is, so the paragraph renders exactly as before.
import type { ReactNode } from 'react';
import { useLetterNotes } from './letter-notes-context';
import { NoteMarker } from './NoteMarker';
import { notePieces } from './note-pieces';

export interface NotedTextProps {
  paragraphId: string;
  /** Offset of the text in the paragraph. */
  start: number;
  text: string;
  /** The paragraph's place in the Tab order (a roving tab index). */
  tabIndex: number;
}

export function NotedText({ paragraphId, start, text, tabIndex }: NotedTextProps) {
  const notes = useLetterNotes();
  if (!notes) return text;
  const ranges = notes.ranges.get(paragraphId) ?? [];
  const wholeParagraph = start === 0 ? (notes.paragraphNotes.get(paragraphId) ?? []) : [];
  if (ranges.length === 0 && wholeParagraph.length === 0) return text;

  const parts: ReactNode[] = wholeParagraph.map((placed) => (
    <NoteMarker key={`p-${placed.note.id}`} placed={placed} tabIndex={tabIndex} wholeParagraph />
  ));
  for (const piece of notePieces(text, start, ranges)) {
    const top = piece.notes.at(-1);
    if (!top) {
      parts.push(piece.text);
    } else {
      const classes = [
        'note-mark',
        `note-mark--${top.color}`,
        piece.notes.length > 1 ? 'note-mark--overlap' : '',
        top.state === 'saved' ? '' : 'note-mark--unsaved',
        piece.notes.some((note) => note.noteId === notes.targetNoteId) ? 'note-mark--target' : '',
      ];
      parts.push(
        <mark
          key={`m-${piece.start}`}
          className={classes.filter(Boolean).join(' ')}
          data-note-ids={piece.notes.map((note) => note.noteId).join(' ')}
          onMouseEnter={() => notes.hover(top.noteId)}
          onMouseLeave={() => notes.hover(null)}
        >
          {piece.text}
        </mark>,
      );
    }
    for (const ending of piece.ending) {
      const placed = notes.placedById.get(ending.noteId);
      if (placed)
        parts.push(<NoteMarker key={`n-${ending.noteId}`} placed={placed} tabIndex={tabIndex} />);
    }
  }
  return <>{parts}</>;
}
