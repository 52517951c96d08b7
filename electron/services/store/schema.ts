// The shape of naslag.json, the one file that holds a user's notes, settings
// and reading positions. Notes are validated strictly: a note that does not
// parse means the file is not what this version wrote, and it is kept aside
// rather than half-read. Settings and reading positions are conveniences: a
// bad value there falls back to its default instead. (The window's size and
// place are the Electron shell's own, in a file of their own.)
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { NoteSchema } from '@core/annotations/model';
import {
  DEFAULT_SETTINGS,
  NoteDraftSchema,
  ReadingPositionSchema,
  SettingsSchema,
} from '@core/contract/api';
import type { Settings } from '@core/contract/api';

export const CURRENT_SCHEMA_VERSION = 1;

/** Each setting falls back on its own, so one odd value does not reset the others. */
const TolerantSettingsSchema = z.object({
  theme: SettingsSchema.shape.theme.catch(DEFAULT_SETTINGS.theme),
  fontScale: SettingsSchema.shape.fontScale.catch(DEFAULT_SETTINGS.fontScale),
  recentSearches: SettingsSchema.shape.recentSearches.catch(DEFAULT_SETTINGS.recentSearches),
  syncScroll: SettingsSchema.shape.syncScroll.catch(DEFAULT_SETTINGS.syncScroll),
  compareSplit: SettingsSchema.shape.compareSplit.catch(DEFAULT_SETTINGS.compareSplit),
  briefIntro: SettingsSchema.shape.briefIntro.catch(undefined),
}) satisfies z.ZodType<Settings>;

function uniqueIds(notes: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const [index, note] of notes.entries()) {
    if (seen.has(note.id)) ctx.addIssue({ code: 'custom', path: [index] });
    seen.add(note.id);
  }
}

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  notes: z.array(NoteSchema).superRefine(uniqueIds),
  settings: TolerantSettingsSchema.catch({ ...DEFAULT_SETTINGS }),
  readingPositions: z.record(z.string(), ReadingPositionSchema).catch({}),
  /** Unsaved notes: worth keeping, but a bad one must not cost the saved notes. */
  drafts: z.array(NoteDraftSchema).catch([]),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

export function defaultStoreData(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    notes: [],
    settings: { ...DEFAULT_SETTINGS, recentSearches: [] },
    readingPositions: {},
    drafts: [],
  };
}

/**
 * The shape the notes were checked against when a file's checksum was made (the first
 * characters of a hash of StoreDataSchema as JSON Schema; schema.test.ts fails until it is
 * updated with the shape). A file written against another shape fails its checksum and is
 * validated in full.
 */
export const SHAPE_FINGERPRINT = '5fc1f9d8bf842ad3';

const CHECKSUM_LINE = /,\n {2}"checksum": "([0-9a-f]{64})"\n\}\n$/;

function checksumOf(body: Buffer | string): string {
  return createHash('sha256').update(`${SHAPE_FINGERPRINT}\n`).update(body).digest('hex');
}

/**
 * The bytes the store writes: one note per line, so the file stays readable and
 * a damaged line is easy to find by hand. Indenting every note instead (JSON.stringify
 * with a spacer) measured five times slower for 10,000 notes, and that cost is paid on every save.
 * The last field is a checksum of everything before it: the store validated these notes
 * before it saved them, so reading them back needs no second check of each (isOwnWriting).
 */
export function serializeStore(data: StoreData): string {
  const { notes, ...rest } = data;
  const fields = Object.entries(rest)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const noteLines = notes.map((note) => `    ${JSON.stringify(note)}`).join(',\n');
  fields.push(notes.length === 0 ? '  "notes": []' : `  "notes": [\n${noteLines}\n  ]`);
  const body = `{\n${fields.join(',\n')}`;
  return `${body},\n  "checksum": "${checksumOf(body)}"\n}\n`;
}

/**
 * Whether these bytes are exactly what serializeStore wrote, against this version's shape.
 * Anything else (another program's file, a hand edit, a damaged byte, an older file) is not.
 */
export function isOwnWriting(bytes: Buffer): boolean {
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 90));
  const match = CHECKSUM_LINE.exec(tail);
  if (!match) return false;
  const bodyEnd = bytes.length - (tail.length - match.index);
  return checksumOf(bytes.subarray(0, bodyEnd)) === match[1];
}

/**
 * The shape check for a file the store wrote itself (isOwnWriting): the file as a whole and
 * every note an object with an id of its own, as StoreDataSchema checks, without re-checking
 * each note's fields.
 */
export const OwnStoreDataSchema = StoreDataSchema.extend({
  notes: z
    .array(z.custom<z.infer<typeof NoteSchema>>((note) => isObjectWithId(note)))
    .superRefine(uniqueIds),
});

/** Parsed JSON: only an object can have an id (a list, a text or a number has none). */
function isObjectWithId(value: unknown): boolean {
  return typeof (value as { id?: unknown } | null)?.id === 'string';
}
