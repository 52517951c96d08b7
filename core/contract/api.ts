// The API between the renderer and the main-process services, defined once.
// The preload, the main process's IPC registration, the end-to-end bridge and
// the renderer's client are all derived from this table, so they cannot drift.
// Every argument is validated against its schema where it enters the services.
import { z } from 'zod';
import { NoteIdSchema, NoteSchema } from '../annotations/model';
import type { Note } from '../annotations/model';
import type { Channel } from './channels';
import { DEFAULT_SETTINGS, FONT_SCALE_RANGE } from './settings';

export { CHANNELS, isChannel } from './channels';
export type { Channel } from './channels';

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const SettingsSchema = z.object({
  theme: ThemeSchema,
  /** Reading text size as a factor of the default. */
  fontScale: z.number().min(FONT_SCALE_RANGE.min).max(FONT_SCALE_RANGE.max),
  /** Most recent first. */
  recentSearches: z.array(z.string().max(200)).max(10),
  /** Compare view: scroll the other pane along by theme. */
  syncScroll: z.boolean(),
  /** Compare view: the left pane's share of the width. */
  compareSplit: z.number().min(0.2).max(0.8),
  /** The debate brief's introduction, as the user last wrote it. */
  briefIntro: z.string().max(5_000).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export { DEFAULT_SETTINGS, FONT_SCALE_RANGE };

export const ReadingPositionSchema = z.object({
  letterId: z.string().regex(/^kst-\d+-\d+$/),
  paragraphId: z.string().min(1).max(200),
});
export type ReadingPosition = z.infer<typeof ReadingPositionSchema>;

/**
 * A note being written that has not been saved yet: kept while the user types
 * and when they choose to keep it, so the words survive closing the editor and
 * a restart. `key` names what the note is on (see the renderer's draft keys).
 */
export const NoteDraftSchema = z.strictObject({
  key: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[A-Za-z0-9._:/|-]+$/),
  note: NoteSchema.strict(),
  saved: z.iso.datetime({ offset: true }),
});
export type NoteDraft = z.infer<typeof NoteDraftSchema>;

/** Something the user must be told about the store, in Dutch. */
export const StoreProblemSchema = z.object({
  kind: z.enum(['quarantined', 'restored-from-backup', 'write-failed', 'newer-version']),
  message: z.string(),
  /** The file kept aside, when there is one. */
  file: z.string().optional(),
});
export type StoreProblem = z.infer<typeof StoreProblemSchema>;

export interface StoreStatus {
  /** Where the store file lives. */
  file: string;
  problems: StoreProblem[];
}

export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  /** What this shell can do beyond the common API. */
  capabilities: { printToPdf: boolean };
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  skipped: { index: number; id?: string; reason: string }[];
}

const NoArgs = z.object({}).strict();

/** A channel's entry: the result type is given, the argument schema inferred. */
function channel<R>() {
  return <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });
}

/** Every channel: its argument schema and (as a type) its result. */
export const api = {
  'app:info': channel<AppInfo>()(NoArgs),
  'store:status': channel<StoreStatus>()(NoArgs),
  'settings:get': channel<Settings>()(NoArgs),
  'settings:update': channel<Settings>()(SettingsSchema.partial().strict()),
  'reading:get': channel<ReadingPosition | null>()(
    z.object({ letterId: z.string().regex(/^kst-\d+-\d+$/) }).strict(),
  ),
  'reading:set': channel<ReadingPosition>()(ReadingPositionSchema.strict()),
  'notes:list': channel<Note[]>()(NoArgs),
  /** Insert or replace a note; resolves only once it is durably on disk. */
  'notes:save': channel<Note>()(NoteSchema.strict()),
  'notes:delete': channel<{ deleted: Note | null }>()(z.object({ id: NoteIdSchema }).strict()),
  /** Unsaved notes, most recent first. */
  'drafts:list': channel<NoteDraft[]>()(NoArgs),
  /** Keeps (or replaces) the draft with this key; the note need not be complete. */
  'drafts:save': channel<NoteDraft>()(NoteDraftSchema.omit({ saved: true }).strict()),
  'drafts:delete': channel<{ deleted: boolean }>()(
    z.object({ key: NoteDraftSchema.shape.key }).strict(),
  ),
  /** Import W3C Web Annotation JSON (one annotation or an array); merges by id. */
  'notes:import': channel<ImportReport>()(
    z
      .object({ text: z.string().max(10 * 1024 * 1024, 'Het bestand is groter dan 10 MB.') })
      .strict(),
  ),
  /** Export all notes, or the given ones, as Web Annotation JSON or a Markdown brief. */
  'notes:export': channel<{ text: string }>()(
    z
      .object({
        format: z.enum(['json', 'md']),
        ids: z.array(NoteIdSchema).optional(),
        /** How the Markdown brief groups its notes. */
        groupBy: z.enum(['letter', 'theme', 'tag']).optional(),
      })
      .strict(),
  ),
  /** Save the sender's page as PDF (Electron only; see AppInfo.capabilities). */
  'brief:printToPdf': channel<{ saved: boolean; file?: string }>()(
    z.object({ suggestedName: z.string().min(1).max(200) }).strict(),
  ),
  /** Open an https link in the system browser after the user confirms. */
  'external:open': channel<{ opened: boolean }>()(
    z.object({ url: z.url({ protocol: /^https$/ }) }).strict(),
  ),
} as const satisfies Record<Channel, { args: z.ZodType; result: unknown }>;

/** Fails to compile when the table and the list of channel names differ. */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _channelsMatchTable: SameKeys<keyof typeof api, Channel> = true;
void _channelsMatchTable;

export type Api = typeof api;
export type ArgsOf<C extends Channel> = z.input<Api[C]['args']>;
export type ResultOf<C extends Channel> = Api[C]['result'];

/** The implementation of every channel, as the services provide it. */
export type ApiHandlers = {
  [C in Channel]: (args: z.output<Api[C]['args']>) => Promise<ResultOf<C>>;
};

/** What crosses the boundary: errors travel as values so both shells report them alike. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
export interface ApiErrorPayload {
  code:
    | 'invalid-arguments'
    | 'unknown-channel'
    | 'forbidden'
    | 'store-write-failed'
    | 'not-supported'
    | 'failed';
  /** In Dutch, for the user: what went wrong, what is kept, what to do. */
  message: string;
}

/** The only thing the preload exposes, and what the e2e bridge injects. */
export interface NaslagBridge {
  invoke(channel: Channel, args: unknown): Promise<Outcome<unknown>>;
}
