// The store's journal: each saved change is one record appended to
// naslag.journal beside naslag.json and flushed to the disk, so saving one note
// among 10,000 writes a few hundred bytes instead of the whole file. On open
// the journal is replayed onto naslag.json and folded into it (compaction);
// likewise on close, and when it grows large.
//
// A record is framed as `<bytes> <crc32> <json>\n`. A kill in the middle of an
// append leaves a short or mismatching last record: it was never confirmed, so
// it is dropped. Damage before the last record is set aside byte for byte (the
// records before it still count) and reported, like a damaged naslag.json.
//
// Compaction writes naslag.json durably and only then removes the journal. A
// crash between the two replays the old journal onto the new file, which
// changes nothing: every record sets values (a note by id, a setting), so
// applying it again to a state that already holds it leaves that state as is.
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import type { StoreProblem } from '@core/contract/api';
import { NoteSchema } from '@core/annotations/model';
import type { Note } from '@core/annotations/model';
import { syncFolder } from './durable-write';
import { errorCode } from './fs';
import type { StoreFileHandle, StoreFs } from './fs';
import { storeMessages } from './messages';
import { StoreDamagedError } from './recovery';
import { defaultStoreData, StoreDataSchema } from './schema';
import { readStoreFile, STORE_FILE } from './store-file';
import type { StoreData } from './schema';

export const JOURNAL_FILE = 'naslag.journal';
/** The journal's first line: what it is, and the version of its format. */
export const JOURNAL_HEADER = 'naslag-journal 1\n';
/** Past this size the next save folds the journal into naslag.json. */
export const COMPACT_AFTER_BYTES = 1024 * 1024;

const NotesChangeSchema = z.union([
  z.object({ upsert: z.array(NoteSchema), remove: z.array(z.string()) }).strict(),
  z.object({ all: z.array(NoteSchema) }).strict(),
]);
const JournalRecordSchema = z
  .object({
    set: StoreDataSchema.omit({ notes: true }).partial().strict().optional(),
    notes: NotesChangeSchema.optional(),
  })
  .strict();
export type JournalRecord = z.infer<typeof JournalRecordSchema>;

type Rest = Omit<StoreData, 'notes'>;

/** Puts changed and new notes in place by id and drops removed ones; new notes go last. */
function applyNotes(notes: readonly Note[], change: NonNullable<JournalRecord['notes']>): Note[] {
  if ('all' in change) return [...change.all];
  const removed = new Set(change.remove);
  const changed = new Map(change.upsert.map((note) => [note.id, note]));
  const result: Note[] = [];
  for (const note of notes) {
    if (removed.has(note.id)) continue;
    result.push(changed.get(note.id) ?? note);
    changed.delete(note.id);
  }
  return [...result, ...changed.values()];
}

export function applyRecord(data: StoreData, record: JournalRecord): StoreData {
  return {
    ...data,
    ...(record.set as Partial<Rest>),
    notes: record.notes ? applyNotes(data.notes, record.notes) : data.notes,
  };
}

/**
 * The record that turns `before` into `after`, or null when nothing changed. Notes
 * are recorded by id when replaying that reproduces `after` exactly (the usual
 * case: notes added at the end, changed or removed in place), else all of them.
 */
export function diffStore(before: StoreData, after: StoreData): JournalRecord | null {
  const record: JournalRecord = {};
  const set: Partial<Rest> = {};
  for (const key of Object.keys(after) as (keyof StoreData)[]) {
    if (key !== 'notes' && after[key] !== before[key])
      (set as Record<string, unknown>)[key] = after[key];
  }
  if (Object.keys(set).length > 0) record.set = set as JournalRecord['set'];
  if (after.notes !== before.notes) {
    const old = new Map(before.notes.map((note) => [note.id, note]));
    const kept = new Set(after.notes.map((note) => note.id));
    const change = {
      upsert: after.notes.filter((note) => old.get(note.id) !== note),
      remove: before.notes.filter((note) => !kept.has(note.id)).map((note) => note.id),
    };
    const replayed = applyNotes(before.notes, change);
    const exact =
      replayed.length === after.notes.length &&
      replayed.every((note, i) => note.id === after.notes[i]!.id);
    if (!exact) record.notes = { all: [...after.notes] };
    else if (change.upsert.length > 0 || change.remove.length > 0) record.notes = change;
  }
  return record.set || record.notes ? record : null;
}

export function encodeRecord(record: JournalRecord): string {
  const json = JSON.stringify(record);
  const bytes = Buffer.from(json, 'utf8');
  return `${bytes.length} ${crc32(bytes).toString(16).padStart(8, '0')} ${json}\n`;
}

export interface DecodedJournal {
  records: JournalRecord[];
  /** 'torn': the last record is incomplete or damaged (an append cut short); 'damaged': something before it is. */
  damage: 'none' | 'torn' | 'damaged';
}

/** "<bytes> <crc32> ": at most 9 + 1 + 8 + 1 characters. */
const FRAME = /^(\d{1,9}) ([0-9a-f]{8}) /;
const FRAME_MAX = 19;

export function decodeJournal(bytes: Buffer): DecodedJournal {
  const records: JournalRecord[] = [];
  const header = Buffer.from(JOURNAL_HEADER, 'utf8');
  if (!bytes.subarray(0, header.length).equals(header)) {
    // A header cut short is a journal that never got its first record.
    return {
      records,
      damage: header.subarray(0, bytes.length).equals(bytes) ? 'torn' : 'damaged',
    };
  }
  let at = header.length;
  while (at < bytes.length) {
    const record = readRecord(bytes, at);
    if (!record) {
      const end = bytes.indexOf(0x0a, at);
      const last = end === -1 || end === bytes.length - 1;
      return { records, damage: last ? 'torn' : 'damaged' };
    }
    records.push(record.value);
    at = record.next;
  }
  return { records, damage: 'none' };
}

function readRecord(bytes: Buffer, at: number): { value: JournalRecord; next: number } | null {
  const frame = FRAME.exec(bytes.toString('latin1', at, at + FRAME_MAX));
  if (!frame) return null;
  const start = at + frame[0].length;
  const end = start + Number(frame[1]);
  if (end >= bytes.length || bytes[end] !== 0x0a) return null;
  const payload = bytes.subarray(start, end);
  if (crc32(payload) !== Number.parseInt(frame[2]!, 16)) return null;
  try {
    const parsed = JournalRecordSchema.safeParse(JSON.parse(payload.toString('utf8')));
    return parsed.success ? { value: parsed.data, next: end + 1 } : null;
  } catch {
    return null;
  }
}

export interface JournalOptions {
  fs: StoreFs;
  dataDir: string;
  now: () => number;
  platform?: NodeJS.Platform;
  /** Writes naslag.json durably (the store file's own writer). */
  writeBase(data: StoreData): Promise<void>;
}

export interface OpenedJournal {
  journal: StoreJournal;
  data: StoreData;
  problems: StoreProblem[];
}

/**
 * Replays the journal onto what naslag.json (or its recovery) gave, and folds it in
 * when the store may be written. A read-only store replays in memory only.
 */
export async function openJournal(
  options: JournalOptions & { base: StoreData; canWrite: boolean },
): Promise<OpenedJournal> {
  const journal = new StoreJournal(options);
  const replay = await replayJournalFile(options.fs, journal.file, options.base);
  const problems: StoreProblem[] = [];
  if (replay.found && options.canWrite) {
    if (replay.damage === 'damaged') {
      const aside = await setAside(options.fs, journal.file, options.now());
      problems.push({
        kind: 'quarantined',
        message: storeMessages.journalDamaged(aside),
        file: aside,
      });
    }
    // Not folded in now means folded in with the first save, before anything is appended.
    await journal.compact(replay.data).catch(() => undefined);
  } else if (!(await exists(options.fs, join(options.dataDir, STORE_FILE)))) {
    // Without naslag.json a journal has nothing to stand on (and recovery would look
    // for a backup instead): the first save writes the file.
    journal.foldInOnNextSave();
  }
  return { journal, data: replay.data, problems };
}

async function replayJournalFile(
  fs: StoreFs,
  file: string,
  base: StoreData,
): Promise<{ found: boolean; data: StoreData; damage: DecodedJournal['damage'] }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { found: false, data: base, damage: 'none' };
    throw error;
  }
  const decoded = decodeJournal(bytes);
  return {
    found: true,
    data: decoded.records.reduce(applyRecord, base),
    damage: decoded.damage,
  };
}

async function exists(fs: StoreFs, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * For the naslag command, which changes nothing in a damaged store (the app sets a damaged
 * journal aside): throws a StoreDamagedError before anything is opened for writing.
 */
export async function refuseDamagedJournal(fs: StoreFs, dataDir: string): Promise<void> {
  const file = join(dataDir, JOURNAL_FILE);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (decodeJournal(bytes).damage === 'damaged')
    throw new StoreDamagedError(storeMessages.damagedRefused(file, 'het logboek is beschadigd'));
}

/** What is durably on disk: naslag.json with the journal replayed onto it. */
export async function readDurableStore(fs: StoreFs, dataDir: string): Promise<StoreData> {
  const content = await readStoreFile(fs, join(dataDir, STORE_FILE));
  if (content.kind !== 'good' && content.kind !== 'missing')
    throw new Error(`${STORE_FILE} is ${content.kind}`);
  const base = content.kind === 'good' ? content.data : defaultStoreData();
  return (await replayJournalFile(fs, join(dataDir, JOURNAL_FILE), base)).data;
}

/** Moves the damaged journal aside under a new name; a rename keeps every byte as it was. */
async function setAside(fs: StoreFs, file: string, now: number): Promise<string> {
  const stamp = new Date(now).toISOString().replace(/[-:.]/g, '');
  const aside = join(dirname(file), `naslag.journal.corrupt-${stamp}`);
  await fs.rename(file, aside);
  return aside;
}

export class StoreJournal {
  readonly file: string;
  private handle: StoreFileHandle | null = null;
  private bytes = 0;
  /** Set when the file may hold a record cut short: nothing may be appended after it. */
  private mustCompact = false;

  constructor(private readonly options: JournalOptions) {
    this.file = join(options.dataDir, JOURNAL_FILE);
  }

  /** Makes the change from `before` to `after` durable: one appended record, or a compaction. */
  async save(before: StoreData, after: StoreData): Promise<void> {
    if (this.mustCompact || this.bytes >= COMPACT_AFTER_BYTES) return this.compact(after);
    const record = diffStore(before, after);
    if (!record) return;
    const text = encodeRecord(record);
    try {
      if (!this.handle) {
        this.mustCompact = true;
        this.handle = await this.options.fs.open(this.file, 'wx');
        await this.handle.writeFile(JOURNAL_HEADER + text);
        await this.handle.sync();
        // The new file's name must survive a power cut too.
        if ((this.options.platform ?? process.platform) !== 'win32')
          await syncFolder(this.options.fs, this.options.dataDir);
        this.bytes = Buffer.byteLength(JOURNAL_HEADER + text);
      } else {
        this.mustCompact = true;
        await this.handle.writeFile(text);
        await this.handle.sync();
        this.bytes += Buffer.byteLength(text);
      }
      this.mustCompact = false;
    } catch (error) {
      // What reached the file is unknown: the next save rewrites naslag.json instead.
      await this.closeHandle();
      throw error;
    }
  }

  foldInOnNextSave(): void {
    this.mustCompact = true;
  }

  /** Writes naslag.json with everything, then removes the journal. */
  async compact(data: StoreData): Promise<void> {
    await this.closeHandle();
    this.mustCompact = true;
    await this.options.writeBase(data);
    try {
      await this.options.fs.unlink(this.file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    this.bytes = 0;
    this.mustCompact = false;
  }

  /** Folds the journal in if it holds anything; a failure leaves it to be replayed next time. */
  async close(data: StoreData): Promise<void> {
    if (this.handle || this.mustCompact) await this.compact(data).catch(() => undefined);
    await this.closeHandle();
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}
