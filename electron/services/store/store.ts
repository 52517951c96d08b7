// The store that never loses a note. It opens naslag.json under a lock,
// recovers from a damaged file without overwriting it, and applies changes
// through a serial, coalescing write queue: a change is visible to readers
// only after it is durably on disk, and a failed write leaves memory exactly
// as the disk is, so nothing claims to be saved that is not.
import { join } from 'node:path';
import { Low } from 'lowdb';
import { ServiceError } from '@core/contract/dispatch';
import type { StoreProblem, StoreStatus } from '@core/contract/api';
import { BACKUP_INTERVAL_MS, rotateBackup } from './backups';
import { errorCode, nodeStoreFs } from './fs';
import type { StoreFs } from './fs';
import { openJournal } from './journal';
import type { StoreJournal } from './journal';
import { acquireStoreLock } from './lock';
import type { LockOptions, StoreLock } from './lock';
import { describeWriteError, storeMessages } from './messages';
import { recoverStore } from './recovery';
import { defaultStoreData, serializeStore } from './schema';
import type { StoreData } from './schema';
import { DurableStoreFile, STORE_FILE } from './store-file';

export interface StoreOptions {
  dataDir: string;
  fs?: StoreFs;
  now?: () => number;
  /** Who holds the lock, as the user would say it. */
  holder?: string;
  platform?: NodeJS.Platform;
  lock?: Pick<LockOptions, 'hostname' | 'pid' | 'isProcessAlive'>;
  /**
   * 'recover' (the app): a damaged file is moved aside and the last good backup loaded.
   * 'refuse' (the naslag command): opening fails with a StoreDamagedError and nothing changes.
   */
  onDamage?: 'recover' | 'refuse';
  /** Save each change as a record appended to a journal beside the file (journal.ts), not a rewrite of it. */
  journal?: boolean;
}

export type Mutation = (data: Readonly<StoreData>) => StoreData;

export interface NaslagStore {
  readonly file: string;
  /** What is durably on disk. Never mutate it: change it through `update`. */
  read(): Readonly<StoreData>;
  status(): StoreStatus;
  /** Applies the change and resolves once it is on disk; rejects with a ServiceError otherwise. */
  update(mutation: Mutation): Promise<Readonly<StoreData>>;
  /** Waits for pending writes, then releases the lock. */
  close(): Promise<void>;
}

interface PendingChange {
  mutation: Mutation;
  resolve(data: Readonly<StoreData>): void;
  reject(error: unknown): void;
}

export async function openStore(options: StoreOptions): Promise<NaslagStore> {
  const fs = options.fs ?? nodeStoreFs;
  const now = options.now ?? Date.now;
  const { dataDir } = options;
  const adapter = new DurableStoreFile(join(dataDir, STORE_FILE), fs, options.platform);
  const db = new Low<StoreData>(adapter, defaultStoreData());

  let lock: StoreLock | null = null;
  let cannotWrite: string | null = null;
  try {
    await fs.mkdir(dataDir);
    lock = await acquireStoreLock(dataDir, {
      fs,
      holder: options.holder ?? 'Naslag',
      now,
      ...options.lock,
    });
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EROFS' && code !== 'EACCES' && code !== 'EPERM') throw error;
    // A read-only folder can still be read; every change then fails with this reason.
    cannotWrite = storeMessages.writeFailed(describeWriteError(code));
  }

  let recovered;
  try {
    recovered = await recoverStore({
      db,
      adapter,
      fs,
      dataDir,
      now,
      canWrite: cannotWrite === null,
      refuseDamage: options.onDamage === 'refuse',
    });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const openProblems: StoreProblem[] = [...recovered.problems];
  if (cannotWrite) openProblems.push({ kind: 'write-failed', message: cannotWrite });
  const readOnlyReason = cannotWrite ?? recovered.readOnlyReason;

  let journal: StoreJournal | null = null;
  if (options.journal) {
    try {
      const opened = await openJournal({
        fs,
        dataDir,
        now,
        ...(options.platform ? { platform: options.platform } : {}),
        writeBase: (data) => adapter.write(data),
        base: db.data,
        canWrite: readOnlyReason === null,
      });
      journal = opened.journal;
      db.data = opened.data;
      openProblems.push(...opened.problems);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  let writeProblem: StoreProblem | null = null;
  let lastBackupAt = recovered.backedUpAt ?? now();
  let pending: PendingChange[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  async function writeBatch(batch: PendingChange[]): Promise<void> {
    let next: StoreData = db.data;
    const applied: PendingChange[] = [];
    for (const change of batch) {
      try {
        next = change.mutation(next);
        applied.push(change);
      } catch (error) {
        change.reject(error);
      }
    }
    if (applied.length === 0) return;
    try {
      if (lock) await lock.verify();
      if (now() - lastBackupAt >= BACKUP_INTERVAL_MS) {
        // A backup is a convenience: failing to make one must not block the save itself.
        await rotateBackup(fs, dataDir, serializeStore(db.data), now()).catch(() => null);
        lastBackupAt = now();
      }
      await (journal ? journal.save(db.data, next) : adapter.write(next));
    } catch (error) {
      const failure =
        error instanceof ServiceError
          ? error
          : new ServiceError(
              'store-write-failed',
              storeMessages.writeFailed(describeWriteError(errorCode(error))),
            );
      writeProblem = { kind: 'write-failed', message: failure.message };
      for (const change of applied) change.reject(failure);
      return;
    }
    db.data = next;
    writeProblem = null;
    for (const change of applied) change.resolve(next);
  }

  function drain(): Promise<void> {
    if (!writing) {
      writing = (async () => {
        while (pending.length > 0) {
          const batch = pending;
          pending = [];
          await writeBatch(batch);
        }
        writing = null;
      })();
    }
    return writing;
  }

  return {
    file: adapter.file,
    read: () => db.data,
    status: () => ({
      file: adapter.file,
      problems: writeProblem ? [...openProblems, writeProblem] : [...openProblems],
    }),
    update(mutation) {
      if (closed)
        return Promise.reject(new ServiceError('store-write-failed', storeMessages.closed()));
      if (readOnlyReason)
        return Promise.reject(new ServiceError('store-write-failed', readOnlyReason));
      return new Promise((resolve, reject) => {
        pending.push({ mutation, resolve, reject });
        void drain();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await drain();
      await journal?.close(db.data);
      await lock?.release();
    },
  };
}
