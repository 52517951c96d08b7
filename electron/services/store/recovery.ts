// What the store does when it opens: load naslag.json, or, when that file is
// damaged, move it aside byte for byte and fall back on the newest good
// backup. A damaged or unreadable file is never written over; a file from a
// newer version is opened read-only. Every such event becomes a StoreProblem
// the user is told about.
import { dirname, join } from 'node:path';
import type { Low } from 'lowdb';
import type { StoreProblem } from '@core/contract/api';
import { ServiceError } from '@core/contract/dispatch';
import { BACKUP_DIR, listBackups, rotateBackup } from './backups';
import { TEMP_SUFFIX } from './durable-write';
import type { StoreFs } from './fs';
import { storeMessages } from './messages';
import type { StoreData } from './schema';
import { parseStoreText, StoreFileProblem } from './store-file';
import type { DurableStoreFile, StoreFileContent } from './store-file';

export interface Recovery {
  problems: StoreProblem[];
  /** Set when the store must not be written this session, with the reason for the user. */
  readOnlyReason: string | null;
}

interface RecoveryInput {
  db: Low<StoreData>;
  adapter: DurableStoreFile;
  fs: StoreFs;
  dataDir: string;
  now: () => number;
  canWrite: boolean;
  /** Refuse to open a damaged store instead of repairing it (for the naslag command, which changes nothing then). */
  refuseDamage: boolean;
}

/** The store is damaged and the caller asked not to repair it. */
export class StoreDamagedError extends ServiceError {
  constructor(message: string) {
    super('failed', message);
    this.name = 'StoreDamagedError';
  }
}

export async function recoverStore(input: RecoveryInput): Promise<Recovery> {
  const { db, adapter, fs, dataDir, now, canWrite } = input;
  if (canWrite) {
    await removeLeftoverTempFiles(fs, dirname(adapter.file));
    await removeLeftoverTempFiles(fs, join(dataDir, BACKUP_DIR));
  }
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof StoreFileProblem)) throw error;
  }
  const content = adapter.lastRead;
  const recovery: Recovery = { problems: [], readOnlyReason: null };
  if (input.refuseDamage) await refuseIfDamaged(content, fs, dataDir, adapter.file);

  switch (content?.kind) {
    case 'good': {
      if (!canWrite) break;
      // Before a migration rewrites the file, its original form is kept as a backup.
      await rotateBackup(fs, dataDir, content.text, now(), {
        force: content.migratedFrom !== null,
      }).catch(() => null);
      break;
    }
    case 'missing': {
      const backup = await newestGoodBackup(fs, dataDir);
      if (!backup) break;
      db.data = backup.data;
      recovery.problems.push({
        kind: 'restored-from-backup',
        message: storeMessages.restoredFromBackup(backup.file),
        file: backup.file,
      });
      if (canWrite) await adapter.write(backup.data).catch(() => undefined);
      break;
    }
    case 'corrupt': {
      const quarantine = canWrite ? await quarantineFile(fs, adapter.file, now()) : null;
      const backup = await newestGoodBackup(fs, dataDir);
      if (backup) db.data = backup.data;
      if (!quarantine) {
        recovery.readOnlyReason = storeMessages.readOnly();
        recovery.problems.push({
          kind: 'write-failed',
          message: storeMessages.unreadable(adapter.file, content.reason),
        });
        break;
      }
      recovery.problems.push({
        kind: 'quarantined',
        message:
          storeMessages.quarantined(quarantine, content.reason) +
          (backup ? '' : ` ${storeMessages.startedEmpty()}`),
        file: quarantine,
      });
      if (backup) {
        recovery.problems.push({
          kind: 'restored-from-backup',
          message: storeMessages.restoredFromBackup(backup.file),
          file: backup.file,
        });
        await adapter.write(backup.data).catch(() => undefined);
      }
      break;
    }
    case 'unreadable': {
      const backup = await newestGoodBackup(fs, dataDir);
      if (backup) db.data = backup.data;
      recovery.readOnlyReason = storeMessages.readOnly();
      recovery.problems.push({
        kind: 'write-failed',
        message: storeMessages.unreadable(adapter.file, content.code),
      });
      break;
    }
    case 'newer': {
      if (content.data) db.data = content.data;
      recovery.readOnlyReason = storeMessages.newerVersion(content.version);
      recovery.problems.push({
        kind: 'newer-version',
        message: storeMessages.newerVersion(content.version),
      });
      break;
    }
  }
  return recovery;
}

async function refuseIfDamaged(
  content: StoreFileContent | null,
  fs: StoreFs,
  dataDir: string,
  file: string,
) {
  switch (content?.kind) {
    case 'corrupt':
      throw new StoreDamagedError(storeMessages.damagedRefused(file, content.reason));
    case 'unreadable':
      throw new StoreDamagedError(storeMessages.damagedRefused(file, content.code));
    case 'newer':
      throw new StoreDamagedError(storeMessages.newerVersion(content.version));
    case 'missing': {
      const backup = await newestGoodBackup(fs, dataDir);
      if (backup) throw new StoreDamagedError(storeMessages.missingRefused(file, backup.file));
    }
  }
}

/** Moves the file aside under a new name; a rename keeps every byte as it was. */
async function quarantineFile(fs: StoreFs, file: string, now: number): Promise<string | null> {
  const stamp = new Date(now).toISOString().replace(/[-:.]/g, '');
  const target = join(dirname(file), `naslag.corrupt-${stamp}.json`);
  try {
    await fs.stat(target);
    return quarantineFile(fs, file, now + 1);
  } catch {
    // The name is free.
  }
  try {
    await fs.rename(file, target);
    return target;
  } catch {
    return null;
  }
}

async function newestGoodBackup(
  fs: StoreFs,
  dataDir: string,
): Promise<{ file: string; data: StoreData } | null> {
  for (const backup of await listBackups(fs, dataDir).catch(() => [])) {
    const bytes = await fs.readFile(backup.file).catch(() => null);
    if (!bytes) continue;
    const content = parseStoreText(bytes);
    if (content.kind === 'good') return { file: backup.file, data: content.data };
  }
  return null;
}

/** A crash between writing and renaming leaves a temp file; it never held the only copy. */
async function removeLeftoverTempFiles(fs: StoreFs, folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => []);
  for (const name of names) {
    if (name.startsWith('naslag') && name.endsWith(TEMP_SUFFIX)) {
      await fs.unlink(join(folder, name)).catch(() => undefined);
    }
  }
}
