// Narrowing and ordering the notes list: by letter, label, colour and a text
// that may occur in the note, its labels or its passage (case and accents
// ignored, so "geevalueerd" finds "geëvalueerd"); by place in the letters or by
// the latest change.
import type { HighlightColor } from '@core/annotations/model';
import type { OrphanNote, PlacedNote } from './placed-notes';

export interface NotesFilter {
  text: string;
  letterId: string;
  tag: string;
  color: HighlightColor | '';
  sort: 'position' | 'modified';
}

export const NO_FILTER: NotesFilter = {
  text: '',
  letterId: '',
  tag: '',
  color: '',
  sort: 'position',
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ');
}

type Listed = PlacedNote | OrphanNote;

function matches(item: Listed, filter: NotesFilter, words: string[]): boolean {
  const { note } = item;
  if (filter.letterId && note.letterId !== filter.letterId) return false;
  if (filter.tag && !note.tags.includes(filter.tag)) return false;
  if (filter.color && note.color !== filter.color) return false;
  if (words.length === 0) return true;
  const passage = 'text' in item ? item.text : (item.storedQuote ?? '');
  const haystack = fold([note.body, note.tags.join(' '), passage].join(' '));
  return words.every((word) => haystack.includes(word));
}

export function filterNotes<T extends Listed>(items: readonly T[], filter: NotesFilter): T[] {
  const words = fold(filter.text).split(' ').filter(Boolean);
  const kept = items.filter((item) => matches(item, filter, words));
  if (filter.sort === 'modified') {
    // Newest first; ISO timestamps of one store compare as text.
    return kept.sort((a, b) => b.note.modified.localeCompare(a.note.modified));
  }
  return kept;
}

/** Every label in use, alphabetically as Dutch sorts. */
export function allTags(items: readonly Listed[]): string[] {
  return [...new Set(items.flatMap((item) => item.note.tags))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
}
