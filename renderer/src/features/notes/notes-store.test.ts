import { describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { fakeNotesApi } from './notes-api.testing';
import { describeWith, NotesStore, savedNotes } from './notes-store';

const unreachable = (reason: string) => `Opslag onbereikbaar (${reason}).`;

function note(id: string, body = ''): Note {
  return {
    id,
    letterId: 'kst-31015-81',
    paragraphId: 'encryptie-2',
    quote: {
      exact: 'afrondende fase',
      prefix: 'Inmiddels zit dit onderzoek in de ',
      suffix: '. Uit',
    },
    position: { start: 100, end: 115 },
    color: 'yellow',
    body,
    tags: [],
    created: '2024-04-01T09:00:00.000Z',
    modified: '2024-04-01T09:00:00.000Z',
  };
}

function storeWith(notes: Note[] = []) {
  const api = fakeNotesApi(notes);
  const store = new NotesStore(api.invoke, describeWith(unreachable));
  return { api, store };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('NotesStore', () => {
  it('loads the list once, however often it is asked', async () => {
    const { api, store } = storeWith([note('a')]);
    await Promise.all([store.load(), store.load()]);
    await store.load();
    expect(api.calls.filter((call) => call.channel === 'notes:list')).toHaveLength(1);
    expect(store.getSnapshot().entries.map((entry) => entry.state)).toEqual(['saved']);
  });

  it('reports a failed load with the store’s message and loads again on request', async () => {
    const { api, store } = storeWith([note('a')]);
    api.failWith = 'Het notitiebestand kan niet worden geopend.';
    await store.load();
    expect(store.getSnapshot().load).toEqual({
      state: 'failed',
      error: 'Het notitiebestand kan niet worden geopend.',
    });
    api.failWith = null;
    await store.reload();
    expect(store.getSnapshot().load.state).toBe('loaded');
    expect(store.getSnapshot().entries).toHaveLength(1);
  });

  it('shows a note as being saved until the store confirms it, and only then as saved', async () => {
    const { api, store } = storeWith();
    api.hold();
    const saving = store.save(note('a', 'Vraag stellen'));
    expect(store.entry('a')).toMatchObject({ state: 'saving', saved: null });
    api.release();
    expect(await saving).toMatchObject({ ok: true });
    expect(store.entry('a')).toMatchObject({ state: 'saved', error: null });
    expect(store.entry('a')?.saved?.modified).toBe('2024-05-01T10:00:00.000Z');
  });

  it('keeps a note whose save failed as an unsaved draft, with the store’s message, and saves it on retry', async () => {
    const { api, store } = storeWith();
    api.failWith = 'Opslaan is mislukt: de schijf is vol.';
    const result = await store.save(note('a', 'Mijn vraag'));
    expect(result).toEqual({ ok: false, message: 'Opslaan is mislukt: de schijf is vol.' });
    expect(store.entry('a')).toMatchObject({
      state: 'failed',
      saved: null,
      error: 'Opslaan is mislukt: de schijf is vol.',
    });
    expect(store.entry('a')?.note.body).toBe('Mijn vraag');
    expect(savedNotes(store.getSnapshot())).toEqual([]);

    api.failWith = null;
    expect(await store.retry('a')).toMatchObject({ ok: true });
    expect(store.entry('a')?.state).toBe('saved');
    expect(api.notes.map((n) => n.body)).toEqual(['Mijn vraag']);
  });

  it('explains in Dutch when the store could not be reached at all', async () => {
    const store = new NotesStore(async () => {
      throw new TypeError('Failed to fetch');
    }, describeWith(unreachable));
    expect(await store.save(note('a'))).toEqual({
      ok: false,
      message: 'Opslag onbereikbaar (Failed to fetch).',
    });
  });

  it('keeps the saved version when an edit fails, and goes back to it when the edit is discarded', async () => {
    const { api, store } = storeWith([note('a', 'oud')]);
    await store.load();
    api.failWith = 'Opslaan is mislukt.';
    await store.save({ ...note('a'), body: 'nieuw' });
    expect(store.entry('a')).toMatchObject({ state: 'failed' });
    expect(store.entry('a')?.note.body).toBe('nieuw');
    expect(store.entry('a')?.saved?.body).toBe('oud');
    store.discard('a');
    expect(store.entry('a')).toMatchObject({ state: 'saved' });
    expect(store.entry('a')?.note.body).toBe('oud');
  });

  it('sends the saves of one note in order, so the last edit is the one kept', async () => {
    const { api, store } = storeWith();
    api.hold();
    const first = store.save(note('a', 'eerste'));
    const second = store.save(note('a', 'tweede'));
    await tick();
    // The second waits for the first to be answered.
    expect(api.calls.filter((call) => call.channel === 'notes:save')).toHaveLength(1);
    api.release();
    await first;
    api.release();
    await second;
    expect(api.notes.map((n) => n.body)).toEqual(['tweede']);
    expect(store.entry('a')).toMatchObject({ state: 'saved' });
    expect(store.entry('a')?.note.body).toBe('tweede');
  });

  it('never shows an older text as saved while a newer edit is on its way, and shows that edit’s failure', async () => {
    const { api, store } = storeWith();
    api.hold();
    const first = store.save(note('a', 'eerste'));
    const second = store.save(note('a', 'tweede'));
    await tick();
    api.release();
    // The newer edit's call is held in turn, so the older reply lands while it is in flight.
    api.hold();
    expect(await first).toMatchObject({ ok: true });
    expect(store.entry('a')).toMatchObject({ state: 'saving', error: null });
    expect(store.entry('a')?.note.body).toBe('tweede');
    expect(store.entry('a')?.saved?.body).toBe('eerste');

    api.failWith = 'Opslaan is mislukt: de schijf is vol.';
    api.release();
    expect(await second).toMatchObject({ ok: false });
    expect(store.entry('a')).toMatchObject({
      state: 'failed',
      error: 'Opslaan is mislukt: de schijf is vol.',
    });
    expect(store.entry('a')?.note.body).toBe('tweede');
    expect(store.entry('a')?.saved?.body).toBe('eerste');
  });

  it('deletes a note and brings it back on undo by saving it again', async () => {
    const { api, store } = storeWith([note('a', 'bewaren')]);
    await store.load();
    expect(await store.remove('a')).toMatchObject({ ok: true });
    expect(store.getSnapshot().entries).toEqual([]);
    expect(store.getSnapshot().deleted.map((n) => n.id)).toEqual(['a']);
    expect(api.notes).toEqual([]);

    expect(await store.undoDelete('a')).toMatchObject({ ok: true });
    expect(store.getSnapshot().deleted).toEqual([]);
    expect(api.notes.map((n) => n.body)).toEqual(['bewaren']);
    expect(store.entry('a')?.state).toBe('saved');
  });

  it('keeps a note whose delete failed, and says why', async () => {
    const { api, store } = storeWith([note('a')]);
    await store.load();
    api.failWith = 'Naslag werkt alleen-lezen.';
    expect(await store.remove('a')).toEqual({ ok: false, message: 'Naslag werkt alleen-lezen.' });
    expect(store.entry('a')?.state).toBe('saved');
    expect(store.getSnapshot().deleted).toEqual([]);
  });

  it('keeps unsaved drafts when the list is loaded again after an import', async () => {
    const { api, store } = storeWith([note('a')]);
    await store.load();
    api.failWith = 'mislukt';
    await store.save(note('b', 'nog niet opgeslagen'));
    api.failWith = null;
    api.notes.push(note('c'));
    await store.reload();
    expect(store.getSnapshot().entries.map((entry) => [entry.note.id, entry.state])).toEqual([
      ['a', 'saved'],
      ['c', 'saved'],
      ['b', 'failed'],
    ]);
  });
});
