// The services every shell shares: the note store over a data folder and the
// corpus it was given. The Electron main process passes the bundled corpus;
// the naslag command and the end-to-end harness pass loadBundledCorpus().
import type { Corpus } from '@core/corpus/model';
import type { StoreFs } from './store/fs';
import { openStore } from './store/store';
import type { NaslagStore, StoreOptions } from './store/store';

export { createApiHandlers } from './api';
export type { ServiceHandlers } from './api';

export interface ServicesOptions {
  dataDir: string;
  corpus: Corpus;
  /** The clock, in milliseconds since 1970; injected so tests control time. */
  now?: () => number;
  /** File operations; injected so tests can make the disk fail. */
  fs?: StoreFs;
  /** Who holds the data folder, as a second program would be told: "Naslag" or "de naslag-opdracht". */
  holder?: string;
  lock?: StoreOptions['lock'];
  /** What to do with a damaged store: repair it (the app) or refuse to open it (the naslag command). */
  onDamage?: StoreOptions['onDamage'];
}

export interface Services {
  corpus: Corpus;
  store: NaslagStore;
  now: () => number;
  /** Waits for pending writes and releases the data folder. */
  close(): Promise<void>;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? Date.now;
  const store = await openStore({
    dataDir: options.dataDir,
    now,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.holder ? { holder: options.holder } : {}),
    ...(options.lock ? { lock: options.lock } : {}),
    ...(options.onDamage ? { onDamage: options.onDamage } : {}),
    // A save appends a small record instead of rewriting every note (journal.ts).
    journal: true,
  });
  return { corpus: options.corpus, store, now, close: () => store.close() };
}
