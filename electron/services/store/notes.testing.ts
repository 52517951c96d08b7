// Notes for the store's tests: one well-formed note by id, and a store holding notes.
import type { Note } from '@core/annotations/model';
import { defaultStoreData } from './schema';
import type { StoreData } from './schema';

export function note(id: string, body = 'Een notitie'): Note {
  return {
    id,
    letterId: 'kst-31015-81',
    paragraphId: 'opening-2',
    quote: { exact: 'voortgang', prefix: 'over de ', suffix: ' van de' },
    position: { start: 60, end: 69 },
    color: 'yellow',
    body,
    tags: ['encryptie'],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
  };
}

export const withNotes = (notes: Note[]): StoreData => ({ ...defaultStoreData(), notes });

/** A store change that adds one note. */
export const addNote =
  (n: Note) =>
  (data: Readonly<StoreData>): StoreData => ({ ...data, notes: [...data.notes, n] });

/** The ids of a store's notes, in order. */
export const ids = (data: Readonly<StoreData>) => data.notes.map((n) => n.id);
