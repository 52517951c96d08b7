// The renderer's copy of the user's notes, and the only way the interface
// changes them. A note counts as saved only once 'notes:save' has resolved: until
// then it is shown as being saved, and when saving fails it stays here as an
// unsaved draft with the store's own message, so the user can try again and no
// text is lost. Saves of one note go out one after another, so an older version
// can never overwrite a newer one. A deleted note is kept aside for undo.
import type { Note } from '@core/annotations/model';
import type { ArgsOf, Channel, ImportReport, ResultOf } from '@core/contract/api';
import { ApiError } from '../../app/api-client';

export type Invoke = <C extends Channel>(channel: C, args: ArgsOf<C>) => Promise<ResultOf<C>>;

export type NoteState = 'saved' | 'saving' | 'failed' | 'deleting';

export interface NoteEntry {
  /** What the user sees: the draft while it is unsaved, else the saved note. */
  note: Note;
  /** The version the store last confirmed; null for a note never saved. */
  saved: Note | null;
  state: NoteState;
  /** Why the last save failed, in Dutch, as the store said it. */
  error: string | null;
}

export type LoadState =
  { state: 'idle' | 'loading' | 'loaded' } | { state: 'failed'; error: string };

export interface NotesSnapshot {
  load: LoadState;
  /** In the order they were made. */
  entries: readonly NoteEntry[];
  /** Deleted in this session, newest first: what "Ongedaan maken" can bring back. */
  deleted: readonly Note[];
}

export type ChangeResult = { ok: true; note: Note } | { ok: false; message: string };

/** Turns any failure into the user's words; a transport error gets a Dutch explanation. */
export type DescribeError = (error: unknown) => string;

export class NotesStore {
  private snapshot: NotesSnapshot = { load: { state: 'idle' }, entries: [], deleted: [] };
  private readonly listeners = new Set<() => void>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly invoke: Invoke,
    /** The user's words for any failure of a call. */
    readonly describe: DescribeError,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): NotesSnapshot => this.snapshot;

  /** Loads the notes from the store the first time it is asked; later calls share that load. */
  load(): Promise<void> {
    this.loading ??= this.fetchList();
    return this.loading;
  }

  /** Loads again after a failed load, or after an import changed the store. */
  reload(): Promise<void> {
    this.loading = this.fetchList();
    return this.loading;
  }

  entry(id: string): NoteEntry | undefined {
    return this.snapshot.entries.find((entry) => entry.note.id === id);
  }

  /** Saves a new or changed note; resolves when the store has it, or with the reason it has not. */
  save(note: Note): Promise<ChangeResult> {
    const before = this.entry(note.id);
    this.put({ note, saved: before?.saved ?? null, state: 'saving', error: null });
    return this.enqueue(note.id, async () => {
      try {
        const saved = await this.invoke('notes:save', note);
        const current = this.entry(note.id);
        // A newer draft on its way keeps its own state.
        if (current && (current.note !== note || current.state === 'deleting'))
          this.put({ ...current, saved });
        else this.put({ note: saved, saved, state: 'saved', error: null });
        return { ok: true, note: saved };
      } catch (error) {
        const message = this.describe(error);
        const current = this.entry(note.id);
        if (current?.note === note && current.state === 'saving')
          this.put({ ...current, state: 'failed', error: message });
        return { ok: false, message };
      }
    });
  }

  /** Tries an unsaved draft again. */
  retry(id: string): Promise<ChangeResult> {
    const entry = this.entry(id);
    if (!entry) return Promise.resolve({ ok: false, message: '' });
    return this.save(entry.note);
  }

  /** Gives up an unsaved draft: back to the saved version, or gone when there is none. */
  discard(id: string): void {
    const entry = this.entry(id);
    if (!entry || entry.state !== 'failed') return;
    if (entry.saved)
      this.put({ note: entry.saved, saved: entry.saved, state: 'saved', error: null });
    else this.drop(id);
  }

  /** Deletes a note; it stays available for undo. */
  remove(id: string): Promise<ChangeResult> {
    const entry = this.entry(id);
    if (!entry) return Promise.resolve({ ok: false, message: '' });
    if (!entry.saved && entry.state === 'failed') {
      // Never reached the store: nothing to delete there.
      this.drop(id);
      this.keepDeleted(entry.note);
      return Promise.resolve({ ok: true, note: entry.note });
    }
    this.put({ ...entry, state: 'deleting' });
    return this.enqueue(id, async () => {
      try {
        const { deleted } = await this.invoke('notes:delete', { id });
        const removed = deleted ?? entry.note;
        this.drop(id);
        this.keepDeleted(removed);
        return { ok: true, note: removed };
      } catch (error) {
        const message = this.describe(error);
        const current = this.entry(id);
        if (current?.state === 'deleting') {
          const saved = current.saved !== null && current.saved === current.note;
          this.put({
            ...current,
            state: saved ? 'saved' : 'failed',
            error: saved ? null : message,
          });
        }
        return { ok: false, message };
      }
    });
  }

  /** Brings a deleted note back by saving it again. */
  undoDelete(id: string): Promise<ChangeResult> {
    const note = this.snapshot.deleted.find((deleted) => deleted.id === id);
    if (!note) return Promise.resolve({ ok: false, message: '' });
    this.forgetDeleted(id);
    return this.save(note);
  }

  /** The undo offer for a deleted note has lapsed. */
  forgetDeleted(id: string): void {
    this.update({ deleted: this.snapshot.deleted.filter((note) => note.id !== id) });
  }

  /** Reads a Web Annotation file through the store, then shows what it holds now. */
  async importText(text: string): Promise<ImportReport> {
    const report = await this.invoke('notes:import', { text });
    if (report.added > 0 || report.updated > 0) await this.reload();
    return report;
  }

  /** All notes, or the given ones, as the store exports them: Web Annotation JSON or the Markdown brief. */
  async exportText(format: 'json' | 'md', ids?: string[]): Promise<string> {
    const { text } = await this.invoke('notes:export', ids ? { format, ids } : { format });
    return text;
  }

  private async fetchList(): Promise<void> {
    if (this.snapshot.load.state !== 'loaded') this.update({ load: { state: 'loading' } });
    try {
      const notes = await this.invoke('notes:list', {});
      this.merge(notes);
      this.update({ load: { state: 'loaded' } });
    } catch (error) {
      this.update({ load: { state: 'failed', error: this.describe(error) } });
    }
  }

  /** Takes the store's list, keeping every draft that is not saved yet. */
  private merge(notes: readonly Note[]): void {
    const pending = new Map(
      this.snapshot.entries
        .filter((entry) => entry.state !== 'saved')
        .map((entry) => [entry.note.id, entry]),
    );
    const entries: NoteEntry[] = notes.map((saved) => {
      const draft = pending.get(saved.id);
      pending.delete(saved.id);
      return draft ? { ...draft, saved } : { note: saved, saved, state: 'saved', error: null };
    });
    this.update({ entries: [...entries, ...pending.values()] });
  }

  private enqueue<T>(id: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(run, run);
    this.queues.set(id, next);
    void next.finally(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    });
    return next;
  }

  private put(entry: NoteEntry): void {
    const entries = [...this.snapshot.entries];
    const at = entries.findIndex((existing) => existing.note.id === entry.note.id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
    this.update({ entries });
  }

  private drop(id: string): void {
    this.update({ entries: this.snapshot.entries.filter((entry) => entry.note.id !== id) });
  }

  private keepDeleted(note: Note): void {
    this.update({
      deleted: [note, ...this.snapshot.deleted.filter((deleted) => deleted.id !== note.id)],
    });
  }

  private update(patch: Partial<NotesSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The notes the store has confirmed, as search and export see them. */
export function savedNotes(snapshot: NotesSnapshot): Note[] {
  return snapshot.entries.flatMap((entry) => (entry.saved ? [entry.saved] : []));
}

/** The store's message when it gave one; otherwise why the call could not be made. */
export function describeWith(unreachable: (reason: string) => string): DescribeError {
  return (error) => {
    if (error instanceof ApiError) return error.message;
    return unreachable(error instanceof Error ? error.message : String(error));
  };
}
