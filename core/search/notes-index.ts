// The user's notes as a small secondary index beside the bundled one. Notes change
// while the app runs, so they are kept by id and indexed again on the next search
// after a change: a few hundred notes index in well under a millisecond, which is
// simpler and safer than patching postings in place.
import type { Note } from '../annotations/model';
import type { SearchDoc } from './documents';
import type { SearchIndex } from './index';
import { buildIndexFromDocs, loadSearchIndex } from './index';

function noteText(note: Note): string {
  const tags = note.tags.map((tag) => `#${tag}`).join(' ');
  return [note.body, tags].filter((part) => part !== '').join('\n');
}

export class NotesIndex {
  private readonly notes = new Map<string, Note>();
  private index: SearchIndex | null = null;
  private readonly paragraphs = new Map<string, SearchDoc>();
  private readonly firstParagraph = new Map<string, SearchDoc>();

  /** `corpus` tells where each note's paragraph stands (letter number, section, page). */
  constructor(private readonly corpus: SearchIndex) {
    for (const doc of corpus.docs) {
      if (doc.kind !== 'paragraph') continue;
      this.paragraphs.set(`${doc.letterId}#${doc.paragraphId}`, doc);
      if (!this.firstParagraph.has(doc.letterId)) this.firstParagraph.set(doc.letterId, doc);
    }
  }

  get size(): number {
    return this.notes.size;
  }

  /** Replaces all notes (on start, or after an import). */
  setAll(notes: readonly Note[]): void {
    this.notes.clear();
    for (const note of notes) this.notes.set(note.id, note);
    this.index = null;
  }

  /** Adds a note or replaces the one with the same id. */
  upsert(note: Note): void {
    this.notes.set(note.id, note);
    this.index = null;
  }

  remove(noteId: string): void {
    if (this.notes.delete(noteId)) this.index = null;
  }

  /** The index of the current notes, rebuilt only after a change. */
  current(): SearchIndex {
    if (!this.index) {
      const docs = [...this.notes.values()].flatMap((note) => this.toDoc(note));
      this.index = loadSearchIndex(
        buildIndexFromDocs(docs, this.corpus.letters, this.corpus.sections),
      );
    }
    return this.index;
  }

  private toDoc(note: Note): SearchDoc[] {
    const text = noteText(note);
    if (text.trim() === '') return [];
    // A note whose paragraph is gone from a corrected corpus stays findable; it then
    // opens the start of its letter, where the reader reports it as unanchored. A note
    // on a letter the corpus does not have finds no paragraph at all.
    const paragraph =
      this.paragraphs.get(`${note.letterId}#${note.paragraphId}`) ??
      this.firstParagraph.get(note.letterId);
    if (!paragraph) return [];
    return [
      {
        kind: 'note',
        letterId: note.letterId,
        nr: paragraph.nr,
        paragraphId: note.paragraphId,
        sectionId: paragraph.sectionId,
        page: paragraph.page,
        text,
        noteId: note.id,
      },
    ];
  }
}
