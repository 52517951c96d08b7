// Cuts a run of a paragraph's text into the pieces the reader marks: each piece
// lies wholly inside or outside every note's range, so overlapping highlights
// become a sequence of pieces each covered by one or more notes. Where a note's
// passage ends, its marker follows the piece.
import type { NoteRange } from './placed-notes';

export interface NotePiece {
  /** Offset in the paragraph's text. */
  start: number;
  text: string;
  /** The notes covering this piece, the one drawn on top last. */
  notes: NoteRange[];
  /** Notes whose passage ends right after this piece. */
  ending: NoteRange[];
}

/** Later-starting and then shorter ranges are drawn on top, so a small highlight inside a large one stays visible. */
function onTopLast(a: NoteRange, b: NoteRange): number {
  return a.start - b.start || b.end - a.end || a.noteId.localeCompare(b.noteId);
}

export function notePieces(
  text: string,
  offset: number,
  ranges: readonly NoteRange[],
): NotePiece[] {
  const end = offset + text.length;
  const inside = ranges.filter((range) => range.start < end && range.end > offset);
  const cuts = new Set([offset, end]);
  for (const range of inside) {
    if (range.start > offset) cuts.add(range.start);
    if (range.end < end) cuts.add(range.end);
  }
  const positions = [...cuts].sort((a, b) => a - b);
  const pieces: NotePiece[] = [];
  for (let index = 0; index + 1 < positions.length; index++) {
    const from = positions[index]!;
    const to = positions[index + 1]!;
    const covering = inside
      .filter((range) => range.start <= from && range.end >= to)
      .sort(onTopLast);
    pieces.push({
      start: from,
      text: text.slice(from - offset, to - offset),
      notes: covering,
      ending: covering.filter((range) => range.endsHere && range.end === to),
    });
  }
  return pieces;
}
