// For tests of the notes feature: the notes channels over an in-memory list,
// validated like the real ones, with a switch to make the next calls fail or
// wait, so a test can watch what the user sees while a save is pending or lost.
import { NoteSchema } from '@core/annotations/model';
import type { Note } from '@core/annotations/model';
import type { ArgsOf, Channel, ImportReport, ResultOf } from '@core/contract/api';
import { ApiError } from '../../app/api-client';
import type { Invoke } from './notes-store';

export interface FakeNotesApi {
  invoke: Invoke;
  notes: Note[];
  calls: { channel: Channel; args: unknown }[];
  /** Every following call fails with this store message, until set back to null. */
  failWith: string | null;
  /** What 'notes:import' answers. */
  importReport: ImportReport;
  /** Holds every following call until release() is called. */
  hold(): void;
  release(): void;
}

export function fakeNotesApi(
  initial: Note[] = [],
  now = () => '2024-05-01T10:00:00.000Z',
): FakeNotesApi {
  let held: (() => void)[] | null = null;
  const api: FakeNotesApi = {
    notes: [...initial],
    calls: [],
    failWith: null,
    importReport: { added: 0, updated: 0, unchanged: 0, skipped: [] },
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      waiting.forEach((resume) => resume());
    },
    invoke: (async <C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> => {
      api.calls.push({ channel, args });
      if (held) await new Promise<void>((resume) => held!.push(resume));
      if (api.failWith) throw new ApiError({ code: 'store-write-failed', message: api.failWith });
      return handle(api, channel, args, now) as ResultOf<C>;
    }) as Invoke,
  };
  return api;
}

function handle(api: FakeNotesApi, channel: Channel, args: unknown, now: () => string): unknown {
  switch (channel) {
    case 'notes:list':
      return [...api.notes];
    case 'notes:save': {
      const note = NoteSchema.parse(args);
      const existing = api.notes.find((n) => n.id === note.id);
      const saved = { ...note, created: existing?.created ?? note.created, modified: now() };
      api.notes = existing
        ? api.notes.map((n) => (n.id === note.id ? saved : n))
        : [...api.notes, saved];
      return saved;
    }
    case 'notes:delete': {
      const { id } = args as { id: string };
      const deleted = api.notes.find((n) => n.id === id) ?? null;
      api.notes = api.notes.filter((n) => n.id !== id);
      return { deleted };
    }
    case 'notes:import':
      return api.importReport;
    default:
      throw new ApiError({ code: 'not-supported', message: `${channel} zit niet in deze test.` });
  }
}
