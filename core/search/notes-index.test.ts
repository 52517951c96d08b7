import { describe, expect, it } from 'vitest';
import type { Note } from '../annotations/model';
import { loadLetters } from '../../data/build/load-letters';
import { buildSearchIndex, loadSearchIndex } from './index';
import { NotesIndex } from './notes-index';
import { search } from './search';

const index = loadSearchIndex(buildSearchIndex(loadLetters()));

function note(id: string, body: string, extra: Partial<Note> = {}): Note {
  return {
    id,
    letterId: 'kst-31015-90',
    paragraphId: 'fresno-1',
    quote: null,
    position: null,
    color: 'yellow',
    body,
    tags: [],
    created: '2026-01-05T10:00:00+01:00',
    modified: '2026-01-05T10:00:00+01:00',
    ...extra,
  };
}

describe('NotesIndex', () => {
  it('finds notes beside the letters, placed at their paragraph', () => {
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Navragen bij de zedenrecherche: hoeveel slachtoffers nu?')]);
    const results = search(index, 'zedenrecherche', { notes });
    const found = results.find((result) => result.kind === 'note');
    expect(found).toMatchObject({
      noteId: 'n1',
      nr: 90,
      sectionId: 'fresno',
      paragraphId: 'fresno-1',
      page: 3,
    });
  });

  it('follows additions, edits and removals by note id', () => {
    const notes = new NotesIndex(index);
    notes.upsert(note('n1', 'Vragen over Schiphol'));
    notes.upsert(note('n2', 'Memo voor de staatssecretaris'));
    expect(search(index, 'staatssecretaris in:notities', { notes }).map((r) => r.noteId)).toEqual([
      'n2',
    ]);
    notes.upsert(note('n2', 'Memo voor de directeur'));
    expect(search(index, 'staatssecretaris in:notities', { notes })).toEqual([]);
    expect(search(index, 'directeur in:notities', { notes }).map((r) => r.noteId)).toEqual(['n2']);
    notes.remove('n2');
    expect(search(index, 'directeur in:notities', { notes })).toEqual([]);
    expect(notes.size).toBe(1);
  });

  it('searches tags, forgives typos and marks the note text', () => {
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Check de coördinatie', { tags: ['kamervragen'] })]);
    const [hit] = search(index, 'kamervragn cooerdinatie in:notities', { notes });
    expect(hit?.highlights.map(([s, e]) => hit.text.slice(s, e))).toEqual([
      'coördinatie',
      'kamervragen',
    ]);
  });

  it('keeps notes out of a search that is not for them', () => {
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Leaseweb opvolgen')]);
    expect(search(index, 'Leaseweb in:tekst', { notes }).some((r) => r.kind === 'note')).toBe(
      false,
    );
    expect(search(index, 'Leaseweb', { notes, limit: 50 }).some((r) => r.kind === 'note')).toBe(
      true,
    );
  });
});
