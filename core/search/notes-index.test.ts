import { describe, expect, it } from 'vitest';
import type { Note } from '../annotations/model';
import { loadLetters } from '../../data/build/load-letters';
import { buildSearchIndex, loadSearchIndex } from './index';
import { NotesIndex } from './notes-index';
import { search } from './search';

const corpus = loadLetters();
// Built in each test, so a test covers the indexing it relies on.
const lettersIndex = () => loadSearchIndex(buildSearchIndex(corpus));

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
    const index = lettersIndex();
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
    const index = lettersIndex();
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
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Check de coördinatie', { tags: ['kamervragen'] })]);
    const [hit] = search(index, 'kamervragn cooerdinatie in:notities', { notes });
    expect(hit?.highlights.map(([s, e]) => hit.text.slice(s, e))).toEqual([
      'coördinatie',
      'kamervragen',
    ]);
  });

  it('keeps notes out of a search that is not for them', () => {
    const index = lettersIndex();
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

describe('NotesIndex placement', () => {
  it('keeps a note whose paragraph is gone findable, opening the start of its letter', () => {
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Zedenrecherche navragen', { paragraphId: 'verdwenen-9' })]);
    const [found] = search(index, 'zedenrecherche in:notities', { notes });
    expect(found).toMatchObject({
      noteId: 'n1',
      nr: 90,
      paragraphId: 'verdwenen-9',
      sectionId: 'opening',
      page: 1,
    });
  });

  it('shows a note with its tags on a line of their own', () => {
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Check', { tags: ['kamervragen', 'memo'] })]);
    const [found] = search(index, 'memo in:notities', { notes });
    expect(found?.text).toBe('Check\n#kamervragen #memo');
  });

  it('finds a note by its tags alone', () => {
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', '', { tags: ['kamervragen'] })]);
    const [found] = search(index, 'kamervragen in:notities', { notes });
    expect(found?.text).toBe('#kamervragen');
  });

  it('leaves out empty notes and notes on a letter it does not have', () => {
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([
      note('n1', '  \n '),
      note('n2', 'Zedenrecherche', { letterId: 'kst-31015-99' }),
      note('n3', 'Zedenrecherche bellen'),
    ]);
    expect(notes.size).toBe(3);
    expect(notes.current().docs.map((doc) => doc.noteId)).toEqual(['n3']);
  });

  it('replaces all notes on setAll, as after an import', () => {
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Schiphol')]);
    expect(search(index, 'schiphol in:notities', { notes })).toHaveLength(1);
    notes.setAll([note('n2', 'Zoetermeer')]);
    expect(search(index, 'schiphol in:notities', { notes })).toEqual([]);
    expect(search(index, 'zoetermeer in:notities', { notes }).map((r) => r.noteId)).toEqual(['n2']);
    notes.remove('n9');
    expect(notes.size).toBe(1);
  });
});

describe('NotesIndex beside the letters', () => {
  it('still rejoins a word typed apart when notes are searched too', () => {
    const index = lettersIndex();
    const notes = new NotesIndex(index);
    notes.setAll([note('n1', 'Iets over Schiphol')]);
    const [first] = search(index, 'ontsleutel plicht', { notes });
    expect(first?.text).toContain('ontsleutelplicht');
  });
});
