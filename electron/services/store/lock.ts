// Makes sure only one program writes a data folder at a time: the app, or the
// naslag command, never both. The lock is a file created with O_EXCL holding
// the owner's pid, host and a random token. A lock whose process is gone (same
// host) is taken over at once, so a restart after a crash or a kill is not
// refused, and so is an empty lock, whose record was never written; a lock
// whose heartbeat stopped (another host, or a reused pid) is taken over after
// STALE_MS. proper-lockfile was not used because it only
// knows the heartbeat, which would refuse every restart for seconds after a kill.
import { randomBytes } from 'node:crypto';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import { ServiceError } from '@core/contract/dispatch';
import { errorCode } from './fs';
import type { StoreFileHandle, StoreFs } from './fs';
import { storeMessages } from './messages';

export const LOCK_FILE = 'naslag.lock';
/** How long a lock may go without a heartbeat before another program may take it. */
export const STALE_MS = 30_000;
const HEARTBEAT_MS = STALE_MS / 3;

interface LockRecord {
  pid: number;
  hostname: string;
  token: string;
  holder: string;
  /** Unknown in a lock that another program wrote without it. */
  since: string | null;
}

export interface StoreLock {
  /** Throws when another program has taken the lock since; checked before every write. */
  verify(): Promise<void>;
  release(): Promise<void>;
}

export interface LockOptions {
  fs: StoreFs;
  /** Who holds the lock, in the user's words: "Naslag" or "de naslag-opdracht". */
  holder: string;
  now?: () => number;
  hostname?: string;
  pid?: number;
  isProcessAlive?: (pid: number) => boolean;
}

export class StoreLockedError extends ServiceError {
  constructor(message: string) {
    super('failed', message);
    this.name = 'StoreLockedError';
  }
}

export async function acquireStoreLock(dataDir: string, options: LockOptions): Promise<StoreLock> {
  const { fs, holder } = options;
  const now = options.now ?? Date.now;
  const file = join(dataDir, LOCK_FILE);
  const record: LockRecord = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    token: randomBytes(12).toString('hex'),
    holder,
    since: new Date(now()).toISOString(),
  };
  const isAlive = options.isProcessAlive ?? isProcessAlive;

  // Two attempts: the second only after a stale lock was cleared away.
  for (let attempt = 0; attempt < 2; attempt++) {
    let handle;
    try {
      handle = await fs.open(file, 'wx');
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    if (handle) {
      await writeRecord(fs, file, handle, record);
      // Another program may have judged our lock stale in the instant it was still empty.
      const written = await readLock(fs, file);
      if (written === 'gone' || written.record?.token !== record.token)
        throw new StoreLockedError(
          storeMessages.locked(describeHolder(written === 'gone' ? null : written.record)),
        );
      return heldLock(fs, file, record.token);
    }
    const existing = await readLock(fs, file);
    if (existing === 'gone') continue;
    const stale =
      // An empty lock is one whose record was never written (a full disk, or a crash right
      // after creating it): no running program holds it.
      existing.raw === '' ||
      existing.mtimeMs < now() - STALE_MS ||
      (existing.record !== null &&
        existing.record.hostname === record.hostname &&
        !isAlive(existing.record.pid));
    if (!stale) throw new StoreLockedError(storeMessages.locked(describeHolder(existing.record)));
    // Only clear the lock we judged stale: if it changed meanwhile, someone else just took it.
    const again = await readLock(fs, file);
    if (again !== 'gone' && again.raw !== existing.raw) {
      throw new StoreLockedError(storeMessages.locked(describeHolder(again.record)));
    }
    await fs.unlink(file).catch(() => undefined);
  }
  throw new StoreLockedError(storeMessages.locked('een ander programma'));
}

/** Writes the new lock's record; when that fails (a full disk), the lock is removed again. */
async function writeRecord(
  fs: StoreFs,
  file: string,
  handle: StoreFileHandle,
  record: LockRecord,
): Promise<void> {
  try {
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.unlink(file).catch(() => undefined);
    throw error;
  }
}

function heldLock(fs: StoreFs, file: string, token: string): StoreLock {
  const heartbeat = setInterval(() => {
    fs.utimes(file, new Date()).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    async verify() {
      const current = await readLock(fs, file);
      if (current === 'gone' || current.record?.token !== token) {
        throw new ServiceError('store-write-failed', storeMessages.lockLost());
      }
    },
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const current = await readLock(fs, file);
      if (current !== 'gone' && current.record?.token === token)
        await fs.unlink(file).catch(() => undefined);
    },
  };
}

async function readLock(
  fs: StoreFs,
  file: string,
): Promise<{ raw: string; record: LockRecord | null; mtimeMs: number } | 'gone'> {
  try {
    const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
    const raw = bytes.toString('utf8');
    return { raw, record: parseLockRecord(raw), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
}

function parseLockRecord(raw: string): LockRecord | null {
  try {
    // JSON null fails this destructuring, and any other non-object the checks below: unreadable.
    const { pid, hostname, token, holder, since } = JSON.parse(raw) as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof hostname !== 'string' || typeof token !== 'string')
      return null;
    return {
      pid,
      hostname,
      token,
      holder: typeof holder === 'string' ? holder : 'Naslag',
      since: typeof since === 'string' ? since : null,
    };
  } catch {
    return null;
  }
}

function describeHolder(record: LockRecord | null): string {
  if (!record) return 'een ander programma';
  const since = record.since === null ? '' : `, sinds ${record.since}`;
  return `${record.holder} (proces ${record.pid} op ${record.hostname}${since})`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}
