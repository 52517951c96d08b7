// The journal on disk beside naslag.json: one appended record per save, replayed and
// folded in on open and close, and what a kill, a full disk or damage leaves. Its
// records' format is tested in journal-records.test.ts.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { ServiceError } from '@core/contract/dispatch';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';
import {
  decodeJournal,
  encodeRecord,
  JOURNAL_FILE,
  JOURNAL_HEADER,
  readDurableStore,
} from './journal';
import type { JournalRecord } from './journal';
import { LOCK_FILE } from './lock';
import { defaultStoreData, serializeStore } from './schema';
import { useStoreFolder } from './store-folder.testing';
import { addNote, ids, note, withNotes } from './notes.testing';

const folder = useStoreFolder('naslag-journal-', { journal: true });
const { open } = folder;
let journalFile: string;
beforeEach(() => {
  journalFile = join(folder.dir, JOURNAL_FILE);
});

/** Opens the folder as a new process would after this one was killed: its lock is stale. */
const openAfterKill = () => open({ lock: { isProcessAlive: () => false } });

async function files(): Promise<string[]> {
  return (await readdir(folder.dir))
    .filter((name) => name !== LOCK_FILE && name !== 'backups')
    .sort();
}

/** A store file with these notes, and a journal of these records beside it. */
async function seed(base: Note[], records: JournalRecord[]): Promise<void> {
  await writeFile(join(folder.dir, 'naslag.json'), serializeStore(withNotes(base)));
  await writeFile(journalFile, JOURNAL_HEADER + records.map(encodeRecord).join(''));
}

describe('the store with a journal', () => {
  it('saves one change as one appended record, and folds the journal in on close', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    await store.update(addNote(note('b')));
    await store.update(addNote(note('c')));
    // The first save wrote naslag.json; the others are records beside it.
    const journal = decodeJournal(await readFile(journalFile));
    expect(journal.records.map((r) => r.notes)).toEqual([
      { upsert: [note('b')], remove: [] },
      { upsert: [note('c')], remove: [] },
    ]);
    expect(ids(await readDurableStore(nodeStoreFs, folder.dir))).toEqual(['a', 'b', 'c']);

    await store.close();
    expect(await files()).toEqual(['naslag.json']);
    expect(JSON.parse(await readFile(join(folder.dir, 'naslag.json'), 'utf8')).notes).toHaveLength(
      3,
    );
  });

  it('after a kill, replays the journal in order and folds it in on open', async () => {
    await seed(
      [note('a')],
      [
        { notes: { upsert: [note('b')], remove: [] } },
        { notes: { upsert: [note('a', 'Tweede versie')], remove: [] } },
        { notes: { upsert: [], remove: ['b'] } },
        { notes: { upsert: [note('b', 'Terug')], remove: [] } },
        { set: { settings: { ...defaultStoreData().settings, theme: 'dark' } } },
      ],
    );
    const store = await openAfterKill();
    expect(store.read().notes).toEqual([note('a', 'Tweede versie'), note('b', 'Terug')]);
    expect(store.read().settings.theme).toBe('dark');
    expect(store.status().problems).toEqual([]);
    expect(await files()).toEqual(['naslag.json']);
    expect(JSON.parse(await readFile(join(folder.dir, 'naslag.json'), 'utf8')).notes).toEqual(
      store.read().notes,
    );
  });

  it('a kill during an append loses only that unconfirmed change, and reports nothing', async () => {
    const faulty = faultyFs();
    const dying = await open({ fs: faulty.fs });
    await dying.update(addNote(note('a')));
    await dying.update(addNote(note('b')));
    faulty.fail({
      op: 'writeFile',
      code: 'EKILLED',
      partial: true,
      when: (p) => p === journalFile,
    });
    await expect(dying.update(addNote(note('c')))).rejects.toBeInstanceOf(ServiceError);
    expect(decodeJournal(await readFile(journalFile)).damage).toBe('torn');

    const restarted = await openAfterKill();
    expect(ids(restarted.read())).toEqual(['a', 'b']);
    expect(restarted.status().problems).toEqual([]);
    expect(await files()).toEqual(['naslag.json']);
  });

  it('after a failed append, the next save rewrites the file rather than append after the torn bytes', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    await store.update(addNote(note('a')));
    await store.update(addNote(note('b')));
    faulty.fail({ op: 'writeFile', code: 'ENOSPC', partial: true, when: (p) => p === journalFile });
    await expect(store.update(addNote(note('c')))).rejects.toThrow(/de schijf is vol/);
    expect(ids(store.read())).toEqual(['a', 'b']);
    faulty.heal();

    await store.update(addNote(note('c')));
    await store.update(addNote(note('d')));
    // A kill now: everything confirmed is on disk, and nothing is damaged.
    const restarted = await openAfterKill();
    expect(ids(restarted.read())).toEqual(['a', 'b', 'c', 'd']);
    expect(restarted.status().problems).toEqual([]);
  });

  it('sets a journal damaged before its end aside byte for byte, keeping the records before the damage', async () => {
    await seed(
      [note('a')],
      [
        { notes: { upsert: [note('b')], remove: [] } },
        { notes: { upsert: [note('c')], remove: [] } },
        { notes: { upsert: [note('d')], remove: [] } },
      ],
    );
    const bytes = await readFile(journalFile);
    const second =
      JOURNAL_HEADER.length +
      Buffer.byteLength(encodeRecord({ notes: { upsert: [note('b')], remove: [] } }));
    bytes[second + 30] = bytes[second + 30]! ^ 0x01;
    await writeFile(journalFile, bytes);

    const store = await openAfterKill();
    expect(ids(store.read())).toEqual(['a', 'b']);
    const [problem] = store.status().problems;
    expect(problem).toMatchObject({
      kind: 'quarantined',
      message: expect.stringContaining('opzijgezet'),
      file: expect.stringMatching(/naslag\.journal\.corrupt-\d{8}T\d{9}Z$/),
    });
    expect(Buffer.compare(await readFile(problem!.file!), bytes)).toBe(0);
    expect(ids(await readDurableStore(nodeStoreFs, folder.dir))).toEqual(['a', 'b']);
  });

  it('survives a crash between the two steps of a compaction: the replay changes nothing', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    await store.update(addNote(note('a')));
    await store.update(addNote(note('b')));
    await store.update((data) => ({
      ...data,
      notes: [note('a', 'Later'), ...data.notes.slice(1)],
    }));
    await store.update((data) => ({ ...data, notes: data.notes.filter((n) => n.id !== 'b') }));
    await store.update(addNote(note('b', 'Opnieuw')));
    const expected = store.read();
    // Closing writes naslag.json, then "dies" before the journal is removed.
    faulty.fail({ op: 'unlink', code: 'EKILLED', when: (p) => p === journalFile });
    await store.close();
    expect(await files()).toEqual([JOURNAL_FILE, 'naslag.json']);
    expect(await readDurableStore(nodeStoreFs, folder.dir)).toEqual(expected);

    const restarted = await openAfterKill();
    expect(restarted.read()).toEqual(expected);
    expect(restarted.status().problems).toEqual([]);
    expect(await files()).toEqual(['naslag.json']);
  });

  it('survives a crash during the compaction’s own write: the old file and the journal stay', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    await store.update(addNote(note('a')));
    await store.update(addNote(note('b')));
    faulty.fail({ op: 'rename', code: 'EKILLED', when: (p) => p.endsWith('naslag.json') });
    await store.close();

    const restarted = await openAfterKill();
    expect(ids(restarted.read())).toEqual(['a', 'b']);
    expect(restarted.status().problems).toEqual([]);
  });

  it('in a fresh folder, writes naslag.json with the first save, so a journal never stands alone', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    expect(await files()).toEqual(['naslag.json']);
  });

  it('replays a journal onto a store opened read-only, but writes nothing', async () => {
    await seed([note('a')], [{ notes: { upsert: [note('b')], remove: [] } }]);
    const faulty = faultyFs();
    faulty.fail({ op: 'mkdir', code: 'EROFS' });
    const before = await readFile(journalFile);
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['a', 'b']);
    await store.close();
    expect(Buffer.compare(await readFile(journalFile), before)).toBe(0);
    expect(await files()).toEqual([JOURNAL_FILE, 'naslag.json']);
  });

  it('on a full disk, opens read-only without folding the journal in, and keeps its saves once space returns', async () => {
    await seed([note('a')], [{ notes: { upsert: [note('b')], remove: [] } }]);
    const before = await readFile(journalFile);
    const faulty = faultyFs();
    faulty.fail({ op: 'writeFile', code: 'ENOSPC' });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['a', 'b']);
    expect(Buffer.compare(await readFile(journalFile), before)).toBe(0);
    await expect(store.update(addNote(note('c')))).rejects.toThrow(/de schijf is vol/);

    faulty.heal();
    await store.update(addNote(note('c')));
    await store.update(addNote(note('d')));
    expect(ids(store.read())).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(await readDurableStore(nodeStoreFs, folder.dir))).toEqual(['a', 'b', 'c', 'd']);
    const restarted = await openAfterKill();
    expect(ids(restarted.read())).toEqual(['a', 'b', 'c', 'd']);
    expect(restarted.status().problems).toEqual([]);
  });

  it('refuses, for the naslag command, a damaged journal and changes nothing', async () => {
    await seed([note('a')], [{ notes: { upsert: [note('b')], remove: [] } }]);
    await writeFile(journalFile, Buffer.concat([await readFile(journalFile), Buffer.from('x\n')]));
    const bytes = await readFile(journalFile);
    bytes[JOURNAL_HEADER.length + 3] = 0x78;
    await writeFile(journalFile, bytes);
    await expect(open({ onDamage: 'refuse' })).rejects.toThrow(
      /naslag\.journal.*Er is niets gewijzigd/,
    );
    expect(await files()).toEqual([JOURNAL_FILE, 'naslag.json']);
    expect(Buffer.compare(await readFile(journalFile), bytes)).toBe(0);
  });
});

describe('the journal on disk', () => {
  it('makes the new journal’s name durable too, except on Windows', async () => {
    for (const platform of ['linux', 'win32'] as const) {
      const faulty = faultyFs();
      const store = await open({ fs: faulty.fs, platform });
      await store.update(addNote(note('a')));
      faulty.calls.length = 0;
      await store.update(addNote(note('b')));
      const folderSyncs = faulty.calls.filter(
        (call) => call.path === folder.dir && call.op === 'sync',
      );
      expect(folderSyncs).toHaveLength(platform === 'win32' ? 0 : 1);
      expect(await files()).toEqual([JOURNAL_FILE, 'naslag.json']);
      await store.close();
    }
  });

  it('folds a journal grown past its limit into naslag.json with the next save', async () => {
    const store = await open();
    const large = (id: string) => note(id, 'x'.repeat(400_000));
    await store.update(addNote(note('a')));
    for (const id of ['b', 'c', 'd']) await store.update(addNote(large(id)));
    expect(await files()).toEqual([JOURNAL_FILE, 'naslag.json']);
    await store.update(addNote(note('e')));
    expect(await files()).toEqual(['naslag.json']);
    expect(ids(await readDurableStore(nodeStoreFs, folder.dir))).toEqual(['a', 'b', 'c', 'd', 'e']);
    await store.update(addNote(note('f')));
    expect(decodeJournal(await readFile(journalFile)).records).toHaveLength(1);
  });

  it('rewrites naslag.json after a journal could not be created, instead of appending blindly', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    await store.update(addNote(note('a')));
    faulty.fail({ op: 'sync', code: 'EIO', when: (p) => p === journalFile });
    await expect(store.update(addNote(note('b')))).rejects.toThrow(/EIO/);
    faulty.heal();
    await store.update(addNote(note('c')));
    expect(await files()).toEqual(['naslag.json']);
    const restarted = await openAfterKill();
    expect(ids(restarted.read())).toEqual(['a', 'c']);
  });

  it('does not rewrite naslag.json on close when nothing was saved', async () => {
    await seed([note('a')], []);
    await rm(journalFile);
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    faulty.calls.length = 0;
    await store.close();
    expect(faulty.calls.filter((call) => call.op === 'rename')).toEqual([]);
  });

  it('opens with the journal replayed when folding it in fails, and folds it in with the next save', async () => {
    await seed([note('a')], [{ notes: { upsert: [note('b')], remove: [] } }]);
    const faulty = faultyFs();
    faulty.fail({ op: 'rename', code: 'EIO', when: (p) => p.endsWith('naslag.json') });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['a', 'b']);
    expect(await files()).toEqual([JOURNAL_FILE, 'naslag.json']);
    faulty.heal();
    await store.update(addNote(note('c')));
    expect(await files()).toEqual(['naslag.json']);
    expect(ids(await readDurableStore(nodeStoreFs, folder.dir))).toEqual(['a', 'b', 'c']);
  });

  it('refuses to open when the journal cannot be read, rather than lose its saves', async () => {
    await seed([note('a')], [{ notes: { upsert: [note('b')], remove: [] } }]);
    const faulty = faultyFs();
    faulty.fail({ op: 'readFile', code: 'EIO', when: (p) => p === journalFile });
    await expect(open({ fs: faulty.fs })).rejects.toMatchObject({ code: 'EIO' });
    await expect(open({ fs: faulty.fs, onDamage: 'refuse' })).rejects.toMatchObject({
      code: 'EIO',
    });
    // The folder is free again for the next try.
    faulty.heal();
    expect(ids((await open()).read())).toEqual(['a', 'b']);
  });

  it('lets the naslag command open a journal whose last append was cut off', async () => {
    await seed([note('a')], [{ notes: { upsert: [note('b')], remove: [] } }]);
    const bytes = await readFile(journalFile);
    await writeFile(journalFile, bytes.subarray(0, bytes.length - 5));
    const store = await open({ onDamage: 'refuse' });
    expect(ids(store.read())).toEqual(['a']);
  });
});

describe('readDurableStore', () => {
  it('replays a journal onto an empty store when naslag.json is missing', async () => {
    await writeFile(
      journalFile,
      JOURNAL_HEADER + encodeRecord({ notes: { upsert: [note('a')], remove: [] } }),
    );
    expect(ids(await readDurableStore(nodeStoreFs, folder.dir))).toEqual(['a']);
  });

  it('refuses to call a damaged naslag.json anything it is not', async () => {
    await writeFile(join(folder.dir, 'naslag.json'), '{ kapot');
    await expect(readDurableStore(nodeStoreFs, folder.dir)).rejects.toThrow(/corrupt/);
  });
});

describe('the journal, small cases', () => {
  it('appends nothing for a change that changes nothing', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    await store.update(addNote(note('b')));
    const before = await readFile(journalFile);
    await store.update((data) => ({ ...data }));
    expect(Buffer.compare(await readFile(journalFile), before)).toBe(0);
  });

  it('refuses to open when it cannot tell whether naslag.json exists', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'stat', code: 'EIO', when: (p) => p.endsWith('naslag.json') });
    await expect(open({ fs: faulty.fs })).rejects.toMatchObject({ code: 'EIO' });
  });
});
