import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreControl } from '../services/store/fault-control';
import { nodeStoreFs } from '../services/store/fs';
import { chooseStoreFs } from './store-fs';

const control = () => (globalThis as { naslagStoreControl?: StoreControl }).naslagStoreControl;

describe('the store’s file system', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'naslag-store-fs-'));
  });
  afterEach(() => {
    delete (globalThis as { naslagStoreControl?: StoreControl }).naslagStoreControl;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    { case: 'a packaged app, even when asked', isPackaged: true, env: { NASLAG_E2E: '1' } },
    { case: 'a checkout started as usual', isPackaged: false, env: {} },
    { case: 'a checkout given another value', isPackaged: false, env: { NASLAG_E2E: 'true' } },
  ])('is the disk itself, with no test control, for $case', async ({ isPackaged, env }) => {
    await expect(chooseStoreFs({ isPackaged, env, dataDir })).resolves.toBe(nodeStoreFs);
    expect(control()).toBeUndefined();
  });

  it('for the end-to-end suite on a checkout, is one the suite can make fail', async () => {
    const fs = await chooseStoreFs({ isPackaged: false, env: { NASLAG_E2E: '1' }, dataDir });
    expect(fs).not.toBe(nodeStoreFs);
    const store = path.join(dataDir, 'naslag.json.tmp');
    control()!.fail({ op: 'open', code: 'EROFS' });
    await expect(fs.open(store, 'wx')).rejects.toMatchObject({ code: 'EROFS' });
    control()!.heal();
    await (await fs.open(store, 'wx')).close();
  });
});
