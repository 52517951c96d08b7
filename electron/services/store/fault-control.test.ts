import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeControl } from './fault-control';
import type { StoreControl } from './fault-control';
import { nodeStoreFs } from './fs';
import { JOURNAL_FILE, readDurableStore } from './journal';
import { LOCK_FILE } from './lock';
import { STORE_FILE } from './store-file';
import { openStore } from './store';
import type { NaslagStore } from './store';
import { addNote, note } from './notes.testing';

let dir: string;
let store: NaslagStore | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-control-'));
});
afterEach(async () => {
  await store?.close().catch(() => undefined);
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

const durableIds = async () => (await readDurableStore(nodeStoreFs, dir)).notes.map((n) => n.id);

async function open(control: StoreControl, journal: boolean): Promise<NaslagStore> {
  store = await openStore({ dataDir: dir, now: () => 0, fs: control.fs, journal });
  return store;
}

describe.each([
  { journal: true, durableFile: JOURNAL_FILE },
  { journal: false, durableFile: STORE_FILE },
])('with journal: $journal', ({ journal, durableFile }) => {
  it('dies right after the chosen durable write, with that write on disk', async () => {
    // What the durable file held at each moment the process would have died.
    const deaths: string[] = [];
    const control = storeControl(dir, {
      die: () => deaths.push(readFileSync(join(dir, durableFile), 'utf8')),
    });
    const opened = await open(control, journal);
    await opened.update(addNote(note('before')));
    expect(deaths).toEqual([]);

    control.killAfterDurableWrites(3);
    await opened.update(addNote(note('first')));
    await opened.update(addNote(note('second')));
    expect(deaths).toEqual([]);
    await opened.update(addNote(note('third')));
    expect(deaths).toHaveLength(1);
    expect(deaths[0]).toContain('"third"');
    expect(await durableIds()).toEqual(['before', 'first', 'second', 'third']);
  });
});

it('fails only the store’s own files, until healed', async () => {
  const control = storeControl(dir, { die: () => expect.fail('nothing asked it to die') });
  const opened = await open(control, true);
  await opened.update(addNote(note('kept')));

  control.fail({ op: 'writeFile', code: 'ENOSPC', partial: true });
  await expect(opened.update(addNote(note('lost')))).rejects.toThrow();
  expect(await durableIds()).toEqual(['kept']);
  control.fail({ op: 'open', code: 'EACCES' });
  await expect(control.fs.open(join(dir, `${STORE_FILE}.tmp`), 'wx')).rejects.toMatchObject({
    code: 'EACCES',
  });
  // Other files in the data folder, such as the lock, are written as usual.
  const other = await control.fs.open(join(dir, `${LOCK_FILE}.other`), 'wx');
  await other.close();

  control.heal();
  await opened.update(addNote(note('after')));
  expect(await durableIds()).toEqual(['kept', 'after']);
});
