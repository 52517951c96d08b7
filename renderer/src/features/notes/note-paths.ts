// Links to notes: the passage in the reader with the note outlined, and the
// notes list and debate brief routes.
import { letterPath } from '../../app/paths';
import { NOTE_PARAM } from './letter-notes-context';

export const notesPath = (): string => '/notities';
export const briefPath = (): string => '/notities/brief';

/** The reader at the note's paragraph, with the note outlined. */
export function notePath(letterId: string, paragraphId: string, noteId: string): string {
  return `${letterPath(letterId, paragraphId)}?${new URLSearchParams({ [NOTE_PARAM]: noteId }).toString()}`;
}
