// Where each note stands in the letters as bundled now: anchored in place,
// moved (found again after a correction), or orphaned (not found, kept and
// listed apart). For a placed note it also gives the passage as it reads now,
// its pages and the pinpoint citation; for the reader, the ranges to mark in
// each paragraph.
import { anchorNotes } from '@core/annotations/anchor';
import type { Anchor } from '@core/annotations/anchor';
import type { HighlightColor, Note } from '@core/annotations/model';
import { formatCitation } from '@core/corpus/citation';
import { letterText, pageOfOffset, paragraphOffsets } from '@core/corpus/letter-text';
import type { Corpus, Letter } from '@core/corpus/model';
import type { NoteEntry, NoteState } from './notes-store';

interface PlacedBase {
  entry: NoteEntry;
  note: Note;
}

export interface PlacedNote extends PlacedBase {
  letter: Letter;
  anchor: Extract<Anchor, { start: number }>;
  /** The passage as the letter reads now. */
  text: string;
  page: number;
  pageEnd: number;
  citation: string;
  /** The number of the paragraph it is in (where it starts). */
  paragraphN: number;
  sectionTitle: string | undefined;
  /** Sorts by letter, then place in the letter. */
  order: number;
}

export interface OrphanNote extends PlacedBase {
  letter: Letter | undefined;
  anchor: Extract<Anchor, { status: 'orphaned' }>;
  /** The quote as saved, or a whole paragraph's saved opening words. */
  storedQuote: string | null;
  /** The letter's citation, when the letter is still bundled. */
  citation: string | null;
}

export interface NotePlacement {
  placed: PlacedNote[];
  orphans: OrphanNote[];
}

export function placeNotes(entries: readonly NoteEntry[], corpus: Corpus): NotePlacement {
  const notes = entries.map((entry) => entry.note);
  const anchors = anchorNotes(notes, corpus);
  const letters = new Map(corpus.letters.map((letter, index) => [letter.id, { letter, index }]));
  const placed: PlacedNote[] = [];
  const orphans: OrphanNote[] = [];
  for (const entry of entries) {
    const { note } = entry;
    const anchor = anchors.get(note.id)!;
    const found = letters.get(note.letterId);
    if (!found || anchor.status === 'orphaned') {
      orphans.push({
        entry,
        note,
        letter: found?.letter,
        anchor: { status: 'orphaned', paragraphId: note.paragraphId, start: null, end: null },
        storedQuote: note.quote?.exact ?? note.paragraphStart ?? null,
        citation: found ? formatCitation(found.letter) : null,
      });
      continue;
    }
    placed.push(placedNote(entry, found.letter, found.index, anchor));
  }
  placed.sort((a, b) => a.order - b.order);
  return { placed, orphans };
}

function placedNote(
  entry: NoteEntry,
  letter: Letter,
  letterIndex: number,
  anchor: PlacedNote['anchor'],
): PlacedNote {
  const offsets = paragraphOffsets(letter);
  const pageAt = (offset: number) => {
    const span = offsets.find((p) => offset < p.end) ?? offsets.at(-1)!;
    const paragraph = letter.paragraphs.find((p) => p.id === span.paragraphId)!;
    return pageOfOffset(paragraph, Math.max(0, offset - span.start));
  };
  const page = pageAt(anchor.start);
  const pageEnd = pageAt(anchor.end - 1);
  const paragraph = letter.paragraphs.find((p) => p.id === anchor.paragraphId);
  return {
    entry,
    note: entry.note,
    letter,
    anchor,
    text: letterText(letter).slice(anchor.start, anchor.end),
    page,
    pageEnd,
    citation: formatCitation(letter, page, pageEnd),
    paragraphN: paragraph?.n ?? 0,
    sectionTitle: letter.sections.find((s) => s.id === paragraph?.sectionId)?.title,
    order: letterIndex * 1e9 + anchor.start + (entry.note.quote ? 0.5 : 0),
  };
}

/** A note's stretch of one paragraph, in that paragraph's own offsets. */
export interface NoteRange {
  noteId: string;
  start: number;
  end: number;
  color: HighlightColor;
  state: NoteState;
  hasBody: boolean;
  /** The note's passage ends in this paragraph: its marker goes here. */
  endsHere: boolean;
}

/** The ranges to mark in each paragraph of a letter; whole-paragraph notes are not marked in the text. */
export function rangesByParagraph(
  placed: readonly PlacedNote[],
  letter: Letter,
): Map<string, NoteRange[]> {
  const ranges = new Map<string, NoteRange[]>();
  const offsets = paragraphOffsets(letter);
  for (const { note, entry, anchor } of placed) {
    if (note.letterId !== letter.id || !note.quote) continue;
    for (const paragraph of offsets) {
      const start = Math.max(anchor.start, paragraph.start);
      const end = Math.min(anchor.end, paragraph.end);
      if (end <= start) continue;
      const list = ranges.get(paragraph.paragraphId) ?? [];
      list.push({
        noteId: note.id,
        start: start - paragraph.start,
        end: end - paragraph.start,
        color: note.color,
        state: entry.state,
        hasBody: note.body.trim() !== '',
        endsHere: anchor.end <= paragraph.end,
      });
      ranges.set(paragraph.paragraphId, list);
    }
  }
  return ranges;
}

/** The notes on a whole paragraph, by paragraph id. */
export function paragraphNotes(
  placed: readonly PlacedNote[],
  letter: Letter,
): Map<string, PlacedNote[]> {
  const byParagraph = new Map<string, PlacedNote[]>();
  for (const item of placed) {
    if (item.note.letterId !== letter.id || item.note.quote) continue;
    byParagraph.set(item.anchor.paragraphId, [
      ...(byParagraph.get(item.anchor.paragraphId) ?? []),
      item,
    ]);
  }
  return byParagraph;
}
