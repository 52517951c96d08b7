// Brings a store file written by an older version up to the current shape, one
// version at a time. Each step is a pure function of the parsed JSON, so a
// step can be tested on a fixture of the old shape. A file from a newer
// version is never migrated "down": the caller opens it read-only.
import { CURRENT_SCHEMA_VERSION } from './schema';

type JsonObject = Record<string, unknown>;

export interface Migration {
  /** Why the shape changed, for whoever reads the table later. */
  reason: string;
  up(data: JsonObject): JsonObject;
}

/** MIGRATIONS[n] turns a version-n file into a version-(n+1) file. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: {
    reason:
      'Version 0 is the unversioned layout: no schemaVersion, notes that could lack tags and a colour, ' +
      'and no readingPositions. Version 1 makes every field explicit so the file can be validated.',
    // Only called on a file of version 0's shape (hasVersion0Shape): notes is a list of objects.
    up(data) {
      const notes = data.notes as JsonObject[];
      return {
        ...data,
        schemaVersion: 1,
        notes: notes.map((note) => ({ color: 'yellow', tags: [], ...note })),
        readingPositions: isObject(data.readingPositions) ? data.readingPositions : {},
      };
    },
  },
};

export type MigrationOutcome =
  | { kind: 'current'; data: JsonObject }
  | { kind: 'migrated'; data: JsonObject; fromVersion: number }
  | { kind: 'newer'; version: number; data: JsonObject }
  | { kind: 'invalid'; reason: string };

/**
 * Whether an unversioned file has the layout version 0 wrote: a list of notes, perhaps
 * settings and reading positions, nothing else. Anything else without a version (`{}`, notes
 * as an object, another program's JSON) is not an old store but a damaged one, and must be
 * set aside rather than "migrated" to an empty list.
 */
export function hasVersion0Shape(data: JsonObject): boolean {
  const { notes, settings, readingPositions, ...other } = data;
  return (
    Array.isArray(notes) &&
    notes.every(isObject) &&
    (settings === undefined || isObject(settings)) &&
    (readingPositions === undefined || isObject(readingPositions)) &&
    Object.keys(other).length === 0
  );
}

export function versionOf(data: JsonObject): number | null {
  if (!('schemaVersion' in data)) return hasVersion0Shape(data) ? 0 : null;
  const version = data.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

export function migrateToCurrent(
  parsed: unknown,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  if (!isObject(parsed)) return { kind: 'invalid', reason: 'het bestand bevat geen JSON-object' };
  const fromVersion = versionOf(parsed);
  if (fromVersion === null)
    return {
      kind: 'invalid',
      reason:
        'schemaVersion' in parsed
          ? 'het versienummer (schemaVersion) is ongeldig'
          : 'het heeft geen versienummer en niet de vorm van een notitiebestand',
    };
  if (fromVersion > current) return { kind: 'newer', version: fromVersion, data: parsed };
  let data = parsed;
  for (let version = fromVersion; version < current; version++) {
    const step = table[version];
    if (!step) return { kind: 'invalid', reason: `geen omzetting bekend van versie ${version}` };
    data = step.up(data);
  }
  return fromVersion === current
    ? { kind: 'current', data }
    : { kind: 'migrated', data, fromVersion };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
