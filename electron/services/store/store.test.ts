import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '@core/contract/dispatch';
import type { Note } from '@core/annotations/model';
import { BACKUP_DIR, BACKUP_INTERVAL_MS, listBackups } from './backups';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';
import { LOCK_FILE, StoreLockedError } from './lock';
import { StoreDamagedError } from './recovery';
import { defaultStoreData, serializeStore } from './schema';
import type { StoreData } from './schema';
import { openStore } from './store';
import { parseStoreText } from './store-file';
import { useStoreFolder } from './store-folder.testing';
import { addNote, note } from './notes.testing';

const folder = useStoreFolder('naslag-store-');
const { open } = folder;

async function onDisk(): Promise<StoreData> {
  return JSON.parse(await readFile(folder.file, 'utf8'));
}

function dataWith(notes: Note[]): StoreData {
  return { ...defaultStoreData(), notes };
}

describe('openStore: a fresh data folder', () => {
  it('starts with defaults, no problems, and creates the folder', async () => {
    folder.dir = join(folder.dir, 'nieuw', 'map');
    folder.file = join(folder.dir, 'naslag.json');
    const store = await open();
    expect(store.read()).toEqual(defaultStoreData());
    expect(store.status()).toEqual({ file: folder.file, problems: [] });
    expect(await readdir(folder.dir)).toEqual([LOCK_FILE]);
  });
});

describe('NaslagStore.update', () => {
  it('resolves only once the change is on disk', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a']);
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
  });

  it('does not show a change to readers before it is written', async () => {
    const store = await open();
    const saving = store.update(addNote(note('a')));
    expect(store.read().notes).toEqual([]);
    await saving;
    expect(store.read().notes).toHaveLength(1);
  });

  it('coalesces changes made while a write is in flight, and applies them all in order', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    const saves = Array.from({ length: 20 }, (_, i) => store.update(addNote(note(`n${i}`))));
    await Promise.all(saves);
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `n${i}`),
    );
    const renames = faulty.calls.filter(
      (call) => call.op === 'rename' && call.path === folder.file,
    );
    expect(renames.length).toBeGreaterThan(0);
    expect(renames.length).toBeLessThanOrEqual(2);
  });

  it('rejects only the change that throws, not the others in its batch', async () => {
    const store = await open();
    const results = await Promise.allSettled([
      store.update(addNote(note('a'))),
      store.update(() => {
        throw new ServiceError('invalid-arguments', 'Deze alinea bestaat niet.');
      }),
      store.update(addNote(note('b'))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'EIO']) {
    it(`on ${code}: rejects in Dutch, keeps memory as on disk, keeps the file, and recovers once fixed`, async () => {
      const faulty = faultyFs();
      const store = await open({ fs: faulty.fs });
      await store.update(addNote(note('a')));
      const before = await readFile(folder.file, 'utf8');

      faulty.fail({
        op: code === 'ENOSPC' ? 'writeFile' : 'open',
        code,
        partial: true,
        when: (p) => p.endsWith('.tmp'),
      });
      const failed = store.update(addNote(note('b')));
      await expect(failed).rejects.toBeInstanceOf(ServiceError);
      await expect(failed).rejects.toMatchObject({
        code: 'store-write-failed',
        message: expect.stringMatching(/^Opslaan is mislukt: /),
      });
      expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
      expect(await readFile(folder.file, 'utf8')).toBe(before);
      expect(store.status().problems).toEqual([
        { kind: 'write-failed', message: expect.stringContaining('niet opgeslagen') },
      ]);

      faulty.heal();
      await store.update(addNote(note('b')));
      expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
      expect(store.status().problems).toEqual([]);
    });
  }

  it('names a full disk and a read-only folder in the words a user understands', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    faulty.fail({ op: 'writeFile', code: 'ENOSPC', when: (p) => p.endsWith('.tmp') });
    await expect(store.update(addNote(note('a')))).rejects.toThrow(/de schijf is vol/);
    faulty.heal();
    faulty.fail({ op: 'open', code: 'EROFS', when: (p) => p.endsWith('.tmp') });
    await expect(store.update(addNote(note('a')))).rejects.toThrow(/alleen-lezen/);
  });

  it('refuses changes after close, and close waits for pending writes', async () => {
    const store = await open();
    const saving = store.update(addNote(note('a')));
    await store.close();
    await saving;
    expect((await onDisk()).notes).toHaveLength(1);
    await expect(store.update(addNote(note('b')))).rejects.toMatchObject({
      code: 'store-write-failed',
    });
    expect(await readdir(folder.dir)).not.toContain(LOCK_FILE);
  });
});

describe('openStore: a full disk', () => {
  const diskFull = (faulty: ReturnType<typeof faultyFs>) =>
    faulty.fail({ op: 'writeFile', code: 'ENOSPC' });

  it('opens read-only with a Dutch message, leaves no lock behind, and saves once space returns', async () => {
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const faulty = faultyFs();
    diskFull(faulty);
    const store = await open({ fs: faulty.fs });
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
    expect(store.status().problems).toEqual([
      {
        kind: 'write-failed',
        message: expect.stringMatching(/^Naslag kan nu niets opslaan: de schijf is vol\./),
      },
    ]);
    expect(await readdir(folder.dir)).toEqual(['naslag.json']);
    await expect(store.update(addNote(note('b')))).rejects.toMatchObject({
      code: 'store-write-failed',
      message: expect.stringMatching(/^Opslaan is mislukt: de schijf is vol\./),
    });
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);

    faulty.heal();
    await store.update(addNote(note('b')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(store.status().problems).toEqual([]);
    expect(await readdir(folder.dir)).toContain(LOCK_FILE);
  });

  it('does not let a lock left empty by a full disk refuse the next start', async () => {
    await writeFile(join(folder.dir, LOCK_FILE), '');
    const store = await open();
    expect(store.status().problems).toEqual([]);
    await store.update(addNote(note('a')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a']);
  });

  it('keeps what another program saved while this one could not write', async () => {
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const faulty = faultyFs();
    diskFull(faulty);
    const app = await open({ fs: faulty.fs });
    faulty.heal();
    const other = await openStore({
      dataDir: folder.dir,
      now: () => folder.clock,
      holder: 'de naslag-opdracht',
    });
    await other.update(addNote(note('van-de-opdracht')));
    await other.close();

    await app.update(addNote(note('b')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'van-de-opdracht', 'b']);
    expect(app.read().notes.map((n) => n.id)).toEqual(['a', 'van-de-opdracht', 'b']);
  });
});

describe('openStore: two writers', () => {
  it('refuses a second store on the same folder while the first is open', async () => {
    await open();
    await expect(
      openStore({ dataDir: folder.dir, holder: 'de naslag-opdracht' }),
    ).rejects.toBeInstanceOf(StoreLockedError);
  });

  it('writes nothing once another program has taken the data folder over, and says so', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    const before = await readFile(folder.file, 'utf8');
    // What a second program leaves after judging this one's lock stale.
    await writeFile(
      join(folder.dir, LOCK_FILE),
      JSON.stringify({ pid: 2, hostname: 'elders', token: 'ander', holder: 'de naslag-opdracht' }),
    );
    await expect(store.update(addNote(note('b')))).rejects.toMatchObject({
      code: 'store-write-failed',
    });
    expect(await readFile(folder.file, 'utf8')).toBe(before);
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
    expect(store.status().problems).toEqual([
      { kind: 'write-failed', message: expect.stringContaining('overgenomen') },
    ]);
  });
});

describe('openStore: recovery', () => {
  it('survives a crash between writing and renaming: the old file loads, the temp file is cleared', async () => {
    const faulty = faultyFs();
    const crashing = await open({ fs: faulty.fs });
    await crashing.update(addNote(note('a')));
    // The process "dies" after the temp file is written and synced: no rename, no clean-up.
    faulty.fail({ op: 'rename', code: 'EKILLED', when: (p) => p === folder.file });
    faulty.fail({ op: 'unlink', code: 'EKILLED', when: (p) => p.endsWith('.tmp') });
    await expect(crashing.update(addNote(note('b')))).rejects.toBeInstanceOf(ServiceError);
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);

    const restarted = await open({ lock: { isProcessAlive: () => false } });
    expect(restarted.read().notes.map((n) => n.id)).toEqual(['a']);
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(restarted.status().problems).toEqual([]);
  });

  it('moves a corrupt file aside byte for byte and loads the newest good backup', async () => {
    const first = await open();
    await first.update(addNote(note('a')));
    await first.close();
    folder.clock += 1000;
    await (await open()).close(); // a session start: the good file is backed up
    const garbage = Buffer.from([0x7b, 0x22, 0x6e, 0xff, 0xfe, 0x00, 0x0a, 0x22]);
    await writeFile(folder.file, garbage);

    folder.clock += BACKUP_INTERVAL_MS;
    const store = await open();
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
    const [quarantined, restored] = store.status().problems;
    expect(quarantined).toMatchObject({
      kind: 'quarantined',
      file: expect.stringMatching(/naslag\.corrupt-.*\.json$/),
    });
    expect(quarantined?.message).toMatch(/onveranderd bewaard/);
    expect(Buffer.compare(await readFile(quarantined!.file!), garbage)).toBe(0);
    expect(restored).toMatchObject({
      kind: 'restored-from-backup',
      file: expect.stringContaining(BACKUP_DIR),
    });
    // The main file is good again, and the next change is saved normally.
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a']);
    await store.update(addNote(note('b')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('skips damaged backups and starts empty (saying so) when none is good', async () => {
    await mkdir(join(folder.dir, BACKUP_DIR));
    await writeFile(join(folder.dir, BACKUP_DIR, 'naslag-20240301T080000000Z.json'), '{ kapot');
    await writeFile(folder.file, '{"schemaVersion":1,"notes":[{"id":"zonder-rest"}]}');
    const store = await open();
    expect(store.read()).toEqual(defaultStoreData());
    expect(store.status().problems).toEqual([
      expect.objectContaining({
        kind: 'quarantined',
        message: expect.stringContaining('lege notitielijst'),
      }),
    ]);
    expect(await readFile(store.status().problems[0]!.file!, 'utf8')).toBe(
      '{"schemaVersion":1,"notes":[{"id":"zonder-rest"}]}',
    );
  });

  for (const [name, shape] of [
    ['an empty object', '{}'],
    ['notes as an object', '{"notes":{"a":{"id":"a","body":"Belangrijk"}}}'],
  ] as const) {
    it(`treats a store of the wrong shape (${name}) as damaged: set aside, backup loaded, user told`, async () => {
      const first = await open();
      await first.update(addNote(note('a')));
      await first.close();
      folder.clock += 1000;
      await (await open()).close(); // a session start: the good file is backed up
      await writeFile(folder.file, shape);

      folder.clock += 1000;
      const store = await open();
      expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
      const [quarantined, restored] = store.status().problems;
      expect(quarantined).toMatchObject({
        kind: 'quarantined',
        message: expect.stringContaining('niet de vorm van een notitiebestand'),
      });
      expect(await readFile(quarantined!.file!, 'utf8')).toBe(shape);
      expect(restored).toMatchObject({ kind: 'restored-from-backup' });
      await store.update(addNote(note('b')));
      expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
    });
  }

  it('refuses, through the command line, to read a store of the wrong shape as empty', async () => {
    await writeFile(folder.file, '{}');
    await expect(open({ onDamage: 'refuse' })).rejects.toThrow(/beschadigd of onleesbaar/);
    expect(await readFile(folder.file, 'utf8')).toBe('{}');
  });

  it('treats an empty file as damaged, not as "no notes"', async () => {
    await writeFile(folder.file, '');
    const store = await open();
    expect(store.status().problems[0]).toMatchObject({
      kind: 'quarantined',
      message: expect.stringContaining('leeg'),
    });
  });

  it('restores from a backup when the main file has gone missing', async () => {
    const first = await open();
    await first.update(addNote(note('a')));
    await first.close();
    folder.clock += 1000;
    await (await open()).close();
    await rm(folder.file);
    const store = await open();
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
    expect(store.status().problems).toEqual([
      expect.objectContaining({ kind: 'restored-from-backup' }),
    ]);
  });

  it('opens a file from a newer version read-only and never writes it', async () => {
    const newer = JSON.stringify({
      ...dataWith([note('a')]),
      schemaVersion: 2,
      extra: 'nieuw veld',
    });
    await writeFile(folder.file, newer);
    const store = await open();
    expect(store.read().notes.map((n) => n.id)).toEqual(['a']);
    expect(store.status().problems).toEqual([expect.objectContaining({ kind: 'newer-version' })]);
    await expect(store.update(addNote(note('b')))).rejects.toMatchObject({
      code: 'store-write-failed',
      message: expect.stringContaining('nieuwere versie'),
    });
    expect(await readFile(folder.file, 'utf8')).toBe(newer);
  });

  it('migrates an old file, keeping its original form as a backup', async () => {
    const v0 = JSON.stringify({ notes: [{ ...note('oud'), color: undefined, tags: undefined }] });
    await writeFile(folder.file, v0);
    const store = await open();
    expect(store.read().notes[0]).toMatchObject({ id: 'oud', color: 'yellow', tags: [] });
    const backups = await listBackups(nodeStoreFs, folder.dir);
    expect(await readFile(backups[0]!.file, 'utf8')).toBe(v0);
    await store.update(addNote(note('nieuw')));
    expect((await onDisk()).schemaVersion).toBe(1);
  });

  it('does not overwrite a file it cannot read; it works read-only', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'readFile', code: 'EACCES', when: (p) => p === folder.file });
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const store = await open({ fs: faulty.fs });
    expect(store.status().problems).toEqual([
      expect.objectContaining({ kind: 'write-failed', message: expect.stringContaining('EACCES') }),
    ]);
    await expect(store.update(addNote(note('b')))).rejects.toMatchObject({
      code: 'store-write-failed',
    });
    expect(JSON.parse(await readFile(folder.file, 'utf8')).notes).toHaveLength(1);
  });

  it('opens a read-only folder for reading, and every change fails with a clear message', async () => {
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const faulty = faultyFs();
    faulty.fail({ op: 'open', code: 'EROFS' });
    const store = await open({ fs: faulty.fs });
    expect(store.read().notes).toHaveLength(1);
    await expect(store.update(addNote(note('b')))).rejects.toThrow(/alleen-lezen/);
    expect(store.status().problems).toEqual([expect.objectContaining({ kind: 'write-failed' })]);
  });

  it('falls back per setting instead of quarantining notes for one odd setting', async () => {
    await writeFile(
      folder.file,
      JSON.stringify({ ...dataWith([note('a')]), settings: { theme: 'paars', fontScale: 1.5 } }),
    );
    const store = await open();
    expect(store.status().problems).toEqual([]);
    expect(store.read().settings).toMatchObject({ theme: 'system', fontScale: 1.5 });
    expect(store.read().notes).toHaveLength(1);
  });
});

describe('openStore: refusing to repair', () => {
  it('leaves a damaged file exactly as it is, and releases the folder again', async () => {
    await writeFile(folder.file, '{ kapot');
    await expect(open({ onDamage: 'refuse' })).rejects.toBeInstanceOf(StoreDamagedError);
    await expect(open({ onDamage: 'refuse' })).rejects.toThrow(/Er is niets gewijzigd/);
    expect(await readFile(folder.file, 'utf8')).toBe('{ kapot');
    expect(await readdir(folder.dir)).toEqual(['naslag.json']);
  });

  it('refuses a missing file when a backup could bring the notes back', async () => {
    const first = await open();
    await first.update(addNote(note('a')));
    await first.close();
    folder.clock += 1000;
    await (await open()).close();
    await rm(folder.file);
    await expect(open({ onDamage: 'refuse' })).rejects.toThrow(
      /ontbreekt, maar er is een reservekopie/,
    );
  });

  it('opens a good store, or a first-time empty folder, as usual', async () => {
    expect((await open({ onDamage: 'refuse' })).read()).toEqual(defaultStoreData());
  });
});

describe('backups during a session', () => {
  it('backs up the good state before writing once the interval has passed', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    const atStart = (await listBackups(nodeStoreFs, folder.dir)).length;
    folder.clock += BACKUP_INTERVAL_MS;
    await store.update(addNote(note('b')));
    const backups = await listBackups(nodeStoreFs, folder.dir);
    expect(backups).toHaveLength(atStart + 1);
    expect(
      JSON.parse(await readFile(backups[0]!.file, 'utf8')).notes.map((n: Note) => n.id),
    ).toEqual(['a']);
  });
});

describe('serializeStore', () => {
  it('writes JSON that reads back as the same data, one note per line', () => {
    const data = dataWith([note('a'), note('b', 'met "aanhalingstekens"\nen een regelovergang')]);
    const text = serializeStore(data);
    expect(parseStoreText(Buffer.from(text))).toMatchObject({ kind: 'good', data });
    expect(text.split('\n').filter((line) => line.includes('"id":'))).toHaveLength(2);
    expect(parseStoreText(Buffer.from(serializeStore(defaultStoreData())))).toMatchObject({
      kind: 'good',
      data: defaultStoreData(),
    });
  });
});

describe('openStore: who else is at the data folder', () => {
  it('names the app as the holder when a second program is refused', async () => {
    await open();
    await expect(openStore({ dataDir: folder.dir, holder: 'de naslag-opdracht' })).rejects.toThrow(
      /al gebruikt door Naslag \(/,
    );
  });

  it('reports a disk error at the start instead of quietly opening read-only', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'mkdir', code: 'EIO' });
    await expect(open({ fs: faulty.fs })).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('saving after a start on a full disk', () => {
  async function openOnFullDisk() {
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const faulty = faultyFs();
    faulty.fail({ op: 'writeFile', code: 'ENOSPC' });
    const store = await open({ fs: faulty.fs });
    faulty.heal();
    return store;
  }

  it('shows one problem after a failed save, not the start’s as well', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'writeFile', code: 'ENOSPC' });
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const store = await open({ fs: faulty.fs });
    await expect(store.update(addNote(note('b')))).rejects.toThrow(/de schijf is vol/);
    expect(store.status().problems).toEqual([
      {
        kind: 'write-failed',
        message: expect.stringMatching(/^Opslaan is mislukt: de schijf is vol/),
      },
    ]);
  });

  it('refuses to save over a file another program damaged meanwhile, and frees the folder', async () => {
    const store = await openOnFullDisk();
    await writeFile(folder.file, '{ kapot');
    await expect(store.update(addNote(note('b')))).rejects.toThrow(/alleen-lezen/);
    expect(await readFile(folder.file, 'utf8')).toBe('{ kapot');
    expect(await readdir(folder.dir)).not.toContain(LOCK_FILE);
  });

  it('keeps a copy of an old file another program left meanwhile before saving over it', async () => {
    const store = await openOnFullDisk();
    const v0 = JSON.stringify({ notes: [{ ...note('oud'), color: undefined, tags: undefined }] });
    await writeFile(folder.file, v0);
    await store.update(addNote(note('b')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['oud', 'b']);
    const backups = await listBackups(nodeStoreFs, folder.dir);
    expect(await readFile(backups[0]!.file, 'utf8')).toBe(v0);
  });

  it('saves what it shows when the file was removed meanwhile', async () => {
    const store = await openOnFullDisk();
    await rm(folder.file);
    await store.update(addNote(note('b')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
  });
});

describe('NaslagStore.update, more', () => {
  it('writes nothing when every change in a batch is refused', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    await store.update(addNote(note('a')));
    faulty.calls.length = 0;
    await expect(
      store.update(() => {
        throw new ServiceError('invalid-arguments', 'Deze alinea bestaat niet.');
      }),
    ).rejects.toThrow('Deze alinea bestaat niet.');
    expect(faulty.calls.filter((call) => call.op === 'rename')).toEqual([]);
    expect(store.status().problems).toEqual([]);
  });

  it('saves even when the backup due before it cannot be made', async () => {
    const faulty = faultyFs();
    const store = await open({ fs: faulty.fs });
    await store.update(addNote(note('a')));
    faulty.fail({ op: 'mkdir', code: 'EIO', when: (p) => p.endsWith(BACKUP_DIR) });
    folder.clock += BACKUP_INTERVAL_MS;
    await store.update(addNote(note('b')));
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(store.status().problems).toEqual([]);
  });

  it('backs up at most once per interval during a long session', async () => {
    await writeFile(folder.file, serializeStore(dataWith([note('a')])));
    const store = await open();
    folder.clock += BACKUP_INTERVAL_MS;
    await store.update(addNote(note('b')));
    folder.clock += BACKUP_INTERVAL_MS - 1;
    await store.update(addNote(note('c')));
    expect(await listBackups(nodeStoreFs, folder.dir)).toHaveLength(2);
    folder.clock += 1;
    await store.update(addNote(note('d')));
    expect(await listBackups(nodeStoreFs, folder.dir)).toHaveLength(3);
  });

  it('can be closed twice', async () => {
    const store = await open();
    await store.update(addNote(note('a')));
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
    expect((await onDisk()).notes.map((n) => n.id)).toEqual(['a']);
  });
});
