// For the store's tests: a fresh data folder per test, every store opened on it closed
// afterwards, and a clock the test moves by hand.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openStore } from './store';
import type { NaslagStore, StoreOptions } from './store';

/** Each test starts its clock at the same moment, so none depends on another having run. */
const START = Date.parse('2024-03-01T09:00:00.000Z');

export interface StoreFolder {
  /** The data folder (a test may point it somewhere else inside it). */
  dir: string;
  /** naslag.json in it. */
  file: string;
  clock: number;
  open(options?: Partial<StoreOptions>): Promise<NaslagStore>;
}

export function useStoreFolder(prefix: string, defaults: Partial<StoreOptions> = {}): StoreFolder {
  let root = '';
  const opened: NaslagStore[] = [];
  const folder: StoreFolder = {
    dir: '',
    file: '',
    clock: START,
    async open(options = {}) {
      const store = await openStore({
        dataDir: folder.dir,
        now: () => folder.clock,
        ...defaults,
        ...options,
      });
      opened.push(store);
      return store;
    },
  };
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), prefix));
    Object.assign(folder, { dir: root, file: join(root, 'naslag.json'), clock: START });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
    await rm(root, { recursive: true, force: true });
  });
  return folder;
}
