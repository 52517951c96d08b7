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
import { openJournal, refuseDamagedJournal } from './journal';
import type { StoreJournal } from './journal';
import { acquireStoreLock } from './lock';
import type { LockOptions, StoreLock } from './lock';
import { describeWriteError, storeMessages } from './messages';
import { recoverStore } from './recovery';
import { defaultStoreData, serializeStore } from './schema';
import type { StoreData } from './schema';
import { DurableStoreFile, readStoreFile, STORE_FILE } from './store-file';

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

/** Errors that leave a folder readable but not writable: its store opens read-only. */
const UNWRITABLE_FOLDER = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

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
  /** Why the folder cannot be locked for writing, in the user's words, while that lasts. */
  let cannotLock: string | null = null;
  async function takeLock(): Promise<StoreLock | null> {
    try {
      await fs.mkdir(dataDir);
      lock = await acquireStoreLock(dataDir, {
        fs,
        holder: options.holder ?? 'Naslag',
        now,
        ...options.lock,
      });
      cannotLock = null;
    } catch (error) {
      const code = errorCode(error);
      if (!code || !UNWRITABLE_FOLDER.has(code)) throw error;
      // A full disk or a read-only folder can still be read. Every save tries the lock again,
      // so the first save after space or rights return simply works.
      cannotLock = describeWriteError(code);
    }
    return lock;
  }
  const openingLock = await takeLock();
  const openedWritable = openingLock !== null;

  let recovered;
  try {
    if (options.journal && options.onDamage === 'refuse') await refuseDamagedJournal(fs, dataDir);
    recovered = await recoverStore({
      db,
      adapter,
      fs,
      dataDir,
      now,
      canWrite: openedWritable,
      refuseDamage: options.onDamage === 'refuse',
    });
  } catch (error) {
    await openingLock?.release();
    throw error;
  }
  const openProblems: StoreProblem[] = [...recovered.problems];
  // A store that recovery could not make safe stays read-only, even once the folder is writable.
  const readOnlyReason = recovered.readOnlyReason;

  let journal: StoreJournal | null = null;
  /**
   * Replays the journal onto `base` and, holding the lock, folds it in (journal.ts). Without
   * the lock (a full disk, a read-only folder) it replays in memory only and writes nothing.
   */
  async function replayJournal(base: StoreData, canWrite: boolean): Promise<void> {
    const opened = await openJournal({
      fs,
      dataDir,
      now,
      ...(options.platform ? { platform: options.platform } : {}),
      writeBase: (data) => adapter.write(data),
      base,
      canWrite,
    });
    journal = opened.journal;
    db.data = opened.data;
    openProblems.push(...opened.problems);
  }
  if (options.journal) {
    try {
      await replayJournal(db.data, openedWritable && readOnlyReason === null);
    } catch (error) {
      await openingLock?.release();
      throw error;
    }
  }

  let writeProblem: StoreProblem | null = null;
  // Opening made the session's first backup when one was due.
  let lastBackupAt = now();
  let pending: PendingChange[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  /**
   * Takes the lock a store opened without (a full disk, a read-only folder) and reloads the
   * file, since another program may have saved it meanwhile: changes then apply to that.
   */
  async function regainLock(): Promise<StoreLock> {
    const held = await takeLock();
    if (!held)
      throw new ServiceError('store-write-failed', storeMessages.writeFailed(cannotLock ?? ''));
    const content = await readStoreFile(fs, adapter.file);
    if (content.kind === 'good') {
      if (content.migratedFrom !== null)
        await rotateBackup(fs, dataDir, content.text, now(), { force: true }).catch(() => null);
      db.data = content.data;
    } else if (content.kind !== 'missing') {
      lock = null;
      await held.release();
      throw new ServiceError('store-write-failed', storeMessages.readOnly());
    }
    // The journal beside the file holds saves the file does not: replay it, and now fold it in.
    if (journal) await replayJournal(db.data, true);
    return held;
  }

  function asWriteFailure(error: unknown): ServiceError {
    return error instanceof ServiceError
      ? error
      : new ServiceError(
          'store-write-failed',
          storeMessages.writeFailed(describeWriteError(errorCode(error))),
        );
  }

  async function writeBatch(batch: PendingChange[]): Promise<void> {
    let held = lock;
    if (!held) {
      try {
        held = await regainLock();
      } catch (error) {
        const failure = asWriteFailure(error);
        writeProblem = { kind: 'write-failed', message: failure.message };
        for (const change of batch) change.reject(failure);
        return;
      }
    }
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
      await held.verify();
      if (now() - lastBackupAt >= BACKUP_INTERVAL_MS) {
        // A backup is a convenience: failing to make one must not block the save itself.
        await rotateBackup(fs, dataDir, serializeStore(db.data), now()).catch(() => null);
        lastBackupAt = now();
      }
      await (journal ? journal.save(db.data, next) : adapter.write(next));
    } catch (error) {
      const failure = asWriteFailure(error);
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
      problems: [
        ...openProblems,
        ...(cannotLock && !writeProblem
          ? [{ kind: 'write-failed' as const, message: storeMessages.openedReadOnly(cannotLock) }]
          : []),
        ...(writeProblem ? [writeProblem] : []),
      ],
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
      // Folding the journal in writes naslag.json: only for the holder of the lock.
      if (lock) await journal?.close(db.data);
      await lock?.release();
    },
  };
}
