// Reading and writing naslag.json itself. Reading classifies what was found
// (missing, unreadable, corrupt, from a newer version, good) so the store can
// decide what to keep; writing goes through the durable writer. The lowdb
// Adapter is ours because lowdb's own file adapter neither fsyncs nor
// tolerates a second writer (and its preset silently uses memory under tests).
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write';
import { errorCode } from './fs';
import type { StoreFs } from './fs';
import { migrateToCurrent } from './migrations';
import {
  CURRENT_SCHEMA_VERSION,
  isOwnWriting,
  OwnStoreDataSchema,
  serializeStore,
  StoreDataSchema,
} from './schema';
import type { StoreData } from './schema';

export const STORE_FILE = 'naslag.json';

export type StoreFileContent =
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'newer'; version: number; data: StoreData | null }
  | { kind: 'good'; data: StoreData; text: string; migratedFrom: number | null };

/** Classifies the bytes of a store file (or of a backup). */
export function parseStoreText(
  bytes: Buffer,
): Exclude<StoreFileContent, { kind: 'missing' | 'unreadable' }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'corrupt', reason: 'het is geen leesbare tekst' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      kind: 'corrupt',
      reason: bytes.length === 0 ? 'het bestand is leeg' : 'het is geen geldige JSON',
    };
  }
  const migrated = migrateToCurrent(parsed);
  if (migrated.kind === 'invalid') return { kind: 'corrupt', reason: migrated.reason };
  if (migrated.kind === 'newer') {
    // Shown read-only when its notes still fit this version's shape; never written.
    const lenient = StoreDataSchema.safeParse({
      ...migrated.data,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    return {
      kind: 'newer',
      version: migrated.version,
      data: lenient.success ? lenient.data : null,
    };
  }
  // Notes this store validated and sealed with a checksum need no second check each;
  // any other file (older, foreign, altered) is validated note by note. (A seal is made
  // against this version's shape, so a sealed file is never an older one.)
  const schema = isOwnWriting(bytes) ? OwnStoreDataSchema : StoreDataSchema;
  const result = schema.safeParse(migrated.data);
  if (!result.success) {
    // The data is an object (migrateToCurrent checked), so every issue lies at some field.
    const where = result.error.issues[0]!.path.join('.');
    return { kind: 'corrupt', reason: `onverwachte inhoud bij ${where}` };
  }
  return {
    kind: 'good',
    data: result.data,
    text,
    migratedFrom: migrated.kind === 'migrated' ? migrated.fromVersion : null,
  };
}

export async function readStoreFile(fs: StoreFs, file: string): Promise<StoreFileContent> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', code: code ?? 'onbekend' };
  }
  return parseStoreText(bytes);
}

/** Thrown by the adapter's read when the file is anything but good or missing. */
export class StoreFileProblem extends Error {
  constructor(readonly content: Exclude<StoreFileContent, { kind: 'good' | 'missing' }>) {
    super(`store file is ${content.kind}`);
    this.name = 'StoreFileProblem';
  }
}

export class DurableStoreFile implements Adapter<StoreData> {
  /** What the last read found, for the store to report (a migration, the original text). */
  lastRead: StoreFileContent | null = null;

  constructor(
    readonly file: string,
    private readonly fs: StoreFs,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async read(): Promise<StoreData | null> {
    const content = await readStoreFile(this.fs, this.file);
    this.lastRead = content;
    if (content.kind === 'missing') return null;
    if (content.kind === 'good') return content.data;
    throw new StoreFileProblem(content);
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurably(this.fs, this.file, serializeStore(data), this.platform);
  }
}
