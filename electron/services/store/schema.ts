// The shape of naslag.json, the one file that holds a user's notes, settings
// and reading positions. Notes are validated strictly: a note that does not
// parse means the file is not what this version wrote, and it is kept aside
// rather than half-read. Settings and reading positions are conveniences: a
// bad value there falls back to its default instead. (The window's size and
// place are the Electron shell's own, in a file of their own.)
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

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  notes: z.array(NoteSchema).superRefine((notes, ctx) => {
    const seen = new Set<string>();
    for (const [index, note] of notes.entries()) {
      if (seen.has(note.id))
        ctx.addIssue({ code: 'custom', message: `dubbele notitie-id ${note.id}`, path: [index] });
      seen.add(note.id);
    }
  }),
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
 * The bytes the store writes: one note per line, so the file stays readable and
 * a damaged line is easy to find by hand. Indenting every note instead (JSON.stringify
 * with a spacer) measured five times slower for 10,000 notes, and that cost is paid on every save.
 */
export function serializeStore(data: StoreData): string {
  const { notes, ...rest } = data;
  const fields = Object.entries(rest)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const noteLines = notes.map((note) => `    ${JSON.stringify(note)}`).join(',\n');
  fields.push(notes.length === 0 ? '  "notes": []' : `  "notes": [\n${noteLines}\n  ]`);
  return `{\n${fields.join(',\n')}\n}\n`;
}
