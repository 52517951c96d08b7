// Rotating copies of the last good store file, so a file that is damaged later
// (a disk fault, a hand edit, a bug) can be replaced by a recent good version.
// A copy is made when a session starts and at most once per BACKUP_INTERVAL_MS
// during a session, and only of content that was just read or written and
// validated; the newest BACKUP_COUNT copies are kept.
import { join } from 'node:path';
import { writeFileDurably } from './durable-write';
import { errorCode } from './fs';
import type { StoreFs } from './fs';

export const BACKUP_DIR = 'backups';
export const BACKUP_COUNT = 5;
/** Frequent restarts should not push every older good version out. */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

const BACKUP_NAME = /^naslag-(\d{8}T\d{9}Z)\.json$/;

export interface Backup {
  file: string;
  /** When the copy was made, from its name (file times are not trusted across copies). */
  takenAt: number;
}

export async function listBackups(fs: StoreFs, dataDir: string): Promise<Backup[]> {
  let names: string[];
  try {
    names = await fs.readdir(join(dataDir, BACKUP_DIR));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => ({ file: join(dataDir, BACKUP_DIR, name), takenAt: stampTime(name) }));
}

/** Copies `text` into a new backup when the newest is older than the interval; prunes old ones. */
export async function rotateBackup(
  fs: StoreFs,
  dataDir: string,
  text: string,
  now: number,
  options: { force?: boolean } = {},
): Promise<string | null> {
  const existing = await listBackups(fs, dataDir);
  const newest = existing[0];
  if (
    !options.force &&
    newest &&
    now - newest.takenAt < BACKUP_INTERVAL_MS &&
    newest.takenAt <= now
  )
    return null;
  await fs.mkdir(join(dataDir, BACKUP_DIR));
  // Names sort by time; a second copy in the same millisecond takes the next one.
  let stamp = now;
  while (existing.some((backup) => backup.takenAt === stamp)) stamp++;
  const file = join(
    dataDir,
    BACKUP_DIR,
    `naslag-${new Date(stamp).toISOString().replace(/[-:.]/g, '')}.json`,
  );
  await writeFileDurably(fs, file, text);
  const all = await listBackups(fs, dataDir);
  for (const old of all.slice(BACKUP_COUNT)) await fs.unlink(old.file).catch(() => undefined);
  return file;
}

/** The time in a name BACKUP_NAME matched: naslag-<stamp>.json. */
function stampTime(name: string): number {
  const stamp = name.slice('naslag-'.length, -'.json'.length);
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  return Date.parse(iso);
}
