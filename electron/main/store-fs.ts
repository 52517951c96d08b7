// The file system the note store runs on: the disk itself, except when the end-to-end
// suite starts the app from a checkout with NASLAG_E2E=1. Then it is one the suite can
// make fail, or have the app die right after a chosen durable write, through
// globalThis.naslagStoreControl in this process. A packaged app never offers that.
import type { StoreFs } from '../services/store/fs';
import { nodeStoreFs } from '../services/store/fs';

export interface StoreFsChoice {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  dataDir: string;
}

export async function chooseStoreFs({ isPackaged, env, dataDir }: StoreFsChoice): Promise<StoreFs> {
  if (isPackaged || env.NASLAG_E2E !== '1') return nodeStoreFs;
  // Loaded here alone, so a normal start never runs the test support.
  const { storeControl } = await import('../services/store/fault-control');
  const control = storeControl(dataDir);
  Object.assign(globalThis, { naslagStoreControl: control });
  return control.fs;
}
