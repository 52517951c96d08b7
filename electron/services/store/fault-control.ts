// Test support: the store's file system as the end-to-end suite drives it, in
// either shell. The store's own files can be made to fail, and the process can
// die right after a chosen durable write, so each run tests the same moment.
import { join } from 'node:path';
import { faultyFs } from './fault-injection';
import type { Fault } from './fault-injection';
import { nodeStoreFs } from './fs';
import type { StoreFs } from './fs';
import { JOURNAL_FILE } from './journal';
import { STORE_FILE } from './store-file';

/** A fault as a test process can send it: it always applies to the store's own files. */
export type StoreFault = Omit<Fault, 'when'>;

export interface StoreControl {
  /** The file system to open the store on. */
  fs: StoreFs;
  /** Makes the operation fail on naslag.json (and its temporary files) and the journal, until heal(). */
  fail(fault: StoreFault): void;
  heal(): void;
  /** Dies right after the `writes`-th durable write from now on. */
  killAfterDurableWrites(writes: number): void;
}

/**
 * A durable write is the rename that puts a new naslag.json in place or the
 * flush of a record appended to the journal. `die` ends the process without a
 * chance to flush anything, as a crash or a power cut would.
 */
export function storeControl(
  dataDir: string,
  { die = () => process.kill(process.pid, 'SIGKILL') }: { die?: () => void } = {},
): StoreControl {
  const storeFile = join(dataDir, STORE_FILE);
  const journalFile = join(dataDir, JOURNAL_FILE);
  // The lock, backups and reads elsewhere go on as usual.
  const isStoreFile = (path: string) => path.startsWith(storeFile) || path === journalFile;

  let writesLeft: number | null = null;
  function countDurableWrite(): void {
    if (writesLeft === null) return;
    writesLeft -= 1;
    if (writesLeft <= 0) die();
  }
  const countingFs: StoreFs = {
    ...nodeStoreFs,
    async rename(from, to) {
      await nodeStoreFs.rename(from, to);
      if (to === storeFile) countDurableWrite();
    },
    async open(path, flags) {
      const handle = await nodeStoreFs.open(path, flags);
      if (path !== journalFile) return handle;
      return {
        ...handle,
        async sync() {
          await handle.sync();
          countDurableWrite();
        },
      };
    },
  };
  const faults = faultyFs(countingFs);

  return {
    fs: faults.fs,
    fail: (fault) => faults.fail({ ...fault, when: isStoreFile }),
    heal: () => faults.heal(),
    killAfterDurableWrites(writes) {
      writesLeft = writes;
    },
  };
}
