import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { BACKUP_DIR, BACKUP_INTERVAL_MS, listBackups } from './backups';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';
import { LOCK_FILE } from './lock';
import { StoreDamagedError } from './recovery';
import { defaultStoreData, serializeStore } from './schema';
import { useStoreFolder } from './store-folder.testing';
import { addNote, ids, note, withNotes } from './notes.testing';

const folder = useStoreFolder('naslag-recovery-');
const { open } = folder;

/** A backup as a session start before this one made it. */
async function backupOf(notes: Note[], name = 'naslag-20240301T080000000Z.json'): Promise<string> {
  await mkdir(join(folder.dir, BACKUP_DIR), { recursive: true });
  const backup = join(folder.dir, BACKUP_DIR, name);
  await writeFile(backup, serializeStore(withNotes(notes)));
  return backup;
}

describe('opening a damaged file', () => {
  it('says only that a backup was restored, not that it started empty', async () => {
    await backupOf([note('a')]);
    await writeFile(folder.file, '{ kapot');
    const store = await open();
    expect(ids(store.read())).toEqual(['a']);
    const [quarantined] = store.status().problems;
    expect(quarantined?.message).toContain('het is geen geldige JSON');
    expect(quarantined?.message).not.toContain('lege notitielijst');
  });

  it('keeps an earlier set-aside file when the next one is set aside at the same moment', async () => {
    await writeFile(folder.file, '{ eerste');
    const first = await open();
    const earlier = first.status().problems[0]!.file!;
    await first.close();
    await writeFile(folder.file, '{ tweede');
    const second = await open();
    const later = second.status().problems[0]!.file!;
    expect(later).not.toBe(earlier);
    expect(await readFile(earlier, 'utf8')).toBe('{ eerste');
    expect(await readFile(later, 'utf8')).toBe('{ tweede');
  });

  it('skips a backup it cannot read and restores the next good one', async () => {
    await backupOf([note('ouder')], 'naslag-20240301T070000000Z.json');
    const newest = await backupOf([note('nieuwer')], 'naslag-20240301T080000000Z.json');
    await writeFile(folder.file, '{ kapot');
    const faulty = faultyFs();
    faulty.fail({ op: 'readFile', code: 'EIO', when: (p) => p === newest });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['ouder']);
  });

  it('works read-only on the backup, and moves nothing, when the file cannot be set aside', async () => {
    await backupOf([note('a')]);
    await writeFile(folder.file, '{ kapot');
    const faulty = faultyFs();
    faulty.fail({ op: 'rename', code: 'EACCES', when: (p) => p.includes('naslag.corrupt-') });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['a']);
    expect(store.status().problems).toEqual([
      {
        kind: 'write-failed',
        message: expect.stringContaining(
          'Het notitiebestand "naslag.json" kan niet worden geopend (het is geen geldige JSON).',
        ),
      },
    ]);
    faulty.heal();
    await expect(store.update(addNote(note('b')))).rejects.toMatchObject({
      code: 'store-write-failed',
      message: expect.stringContaining('niet veilig kan worden bijgewerkt'),
    });
    expect(await readFile(folder.file, 'utf8')).toBe('{ kapot');
  });

  it('in a read-only folder, leaves the damaged file where it is and shows the backup', async () => {
    await backupOf([note('a')]);
    await writeFile(folder.file, '{ kapot');
    const faulty = faultyFs();
    faulty.fail({ op: 'mkdir', code: 'EROFS' });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['a']);
    expect(store.status().problems[0]).toMatchObject({ kind: 'write-failed' });
    expect(await readFile(folder.file, 'utf8')).toBe('{ kapot');
    expect((await readdir(folder.dir)).sort()).toEqual([BACKUP_DIR, 'naslag.json']);
    faulty.heal();
    // Even once the folder is writable, the damaged file stays as it is this session.
    await expect(store.update(addNote(note('b')))).rejects.toThrow(/alleen-lezen/);
    expect(await readFile(folder.file, 'utf8')).toBe('{ kapot');
  });
});

describe('opening a file it may not read', () => {
  it('shows the newest good backup read-only and leaves the file alone', async () => {
    await backupOf([note('uit-kopie')]);
    await writeFile(folder.file, serializeStore(withNotes([note('a'), note('b')])));
    const before = await readFile(folder.file, 'utf8');
    const faulty = faultyFs();
    faulty.fail({ op: 'readFile', code: 'EACCES', when: (p) => p === folder.file });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['uit-kopie']);
    await expect(store.update(addNote(note('c')))).rejects.toThrow(/alleen-lezen/);
    expect(await readFile(folder.file, 'utf8')).toBe(before);
  });

  it('is refused by the command line, naming the cause', async () => {
    await writeFile(folder.file, serializeStore(withNotes([note('a')])));
    const faulty = faultyFs();
    faulty.fail({ op: 'readFile', code: 'EACCES', when: (p) => p === folder.file });
    const opening = open({ fs: faulty.fs, onDamage: 'refuse' });
    await expect(opening).rejects.toBeInstanceOf(StoreDamagedError);
    await expect(opening).rejects.toThrow(/beschadigd of onleesbaar \(EACCES\)/);
    expect(await readdir(folder.dir)).toEqual(['naslag.json']);
  });
});

describe('opening a file from a newer version', () => {
  it('shows no notes rather than notes of a shape it does not know, and never writes', async () => {
    const newer = JSON.stringify({ schemaVersion: 2, notes: [{ id: 'a', inhoud: 'nieuw' }] });
    await writeFile(folder.file, newer);
    const store = await open();
    expect(store.read()).toEqual(defaultStoreData());
    expect(store.status().problems).toEqual([
      { kind: 'newer-version', message: expect.stringContaining('bestandsversie 2') },
    ]);
    await expect(store.update(addNote(note('b')))).rejects.toThrow(/bestandsversie 2/);
    expect(await readFile(folder.file, 'utf8')).toBe(newer);
  });

  it('is refused by the command line', async () => {
    await writeFile(folder.file, JSON.stringify({ schemaVersion: 2, notes: [] }));
    await expect(open({ onDamage: 'refuse' })).rejects.toThrow(/nieuwere versie.*bestandsversie 2/);
  });
});

describe('opening without naslag.json', () => {
  it('writes the restored backup back as naslag.json', async () => {
    const backup = await backupOf([note('a')]);
    const store = await open();
    expect(store.status().problems).toEqual([
      {
        kind: 'restored-from-backup',
        message: expect.stringContaining('naslag-20240301T080000000Z.json'),
        file: backup,
      },
    ]);
    expect(JSON.parse(await readFile(folder.file, 'utf8')).notes.map((n: Note) => n.id)).toEqual([
      'a',
    ]);
  });

  it('in a read-only folder, shows the backup without writing anything', async () => {
    await backupOf([note('a')]);
    const faulty = faultyFs();
    faulty.fail({ op: 'mkdir', code: 'EROFS' });
    const store = await open({ fs: faulty.fs });
    expect(ids(store.read())).toEqual(['a']);
    expect(await readdir(folder.dir)).toEqual([BACKUP_DIR]);
  });

  it('starts empty in a folder whose backups cannot be listed', async () => {
    await backupOf([note('a')]);
    const faulty = faultyFs();
    faulty.fail({ op: 'readdir', code: 'EIO', when: (p) => p.endsWith(BACKUP_DIR) });
    const store = await open({ fs: faulty.fs });
    expect(store.read()).toEqual(defaultStoreData());
    expect(store.status().problems).toEqual([]);
  });
});

describe('what a crash left behind', () => {
  it('clears the store’s own temp files beside the file and among the backups, and nothing else', async () => {
    await writeFile(folder.file, serializeStore(withNotes([note('a')])));
    await mkdir(join(folder.dir, BACKUP_DIR));
    const leftovers = [
      join(folder.dir, 'naslag.json.123-abcdef.tmp'),
      join(folder.dir, BACKUP_DIR, 'naslag-20240301T080000000Z.json.123-abcdef.tmp'),
    ];
    const kept = [join(folder.dir, 'concept.tmp'), join(folder.dir, 'naslag.json.bak')];
    for (const path of [...leftovers, ...kept]) await writeFile(path, 'half');
    const store = await open();
    expect(ids(store.read())).toEqual(['a']);
    expect((await readdir(folder.dir)).sort()).toEqual(
      [BACKUP_DIR, 'concept.tmp', LOCK_FILE, 'naslag.json', 'naslag.json.bak'].sort(),
    );
    expect(
      (await readdir(join(folder.dir, BACKUP_DIR))).filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('leaves them alone when it may not write the folder', async () => {
    await writeFile(folder.file, serializeStore(withNotes([note('a')])));
    const leftover = join(folder.dir, 'naslag.json.123-abcdef.tmp');
    await writeFile(leftover, 'half');
    const faulty = faultyFs();
    faulty.fail({ op: 'mkdir', code: 'EROFS' });
    await open({ fs: faulty.fs });
    expect(await readFile(leftover, 'utf8')).toBe('half');
  });
});

describe('backups when opening', () => {
  it('keeps an old file’s original form before migrating it, even right after another backup', async () => {
    await backupOf([note('eerder')], 'naslag-20240301T085900000Z.json');
    const v0 = JSON.stringify({ notes: [{ ...note('oud'), color: undefined, tags: undefined }] });
    await writeFile(folder.file, v0);
    await open();
    const backups = await listBackups(nodeStoreFs, folder.dir);
    expect(backups).toHaveLength(2);
    expect(await readFile(backups[0]!.file, 'utf8')).toBe(v0);
  });

  it('counts the interval to the next backup from the backup made at opening', async () => {
    await writeFile(folder.file, serializeStore(withNotes([note('a')])));
    const store = await open();
    expect(await listBackups(nodeStoreFs, folder.dir)).toHaveLength(1);
    folder.clock += BACKUP_INTERVAL_MS - 1;
    await store.update(addNote(note('b')));
    expect(await listBackups(nodeStoreFs, folder.dir)).toHaveLength(1);
    folder.clock += 1;
    await store.update(addNote(note('c')));
    expect(await listBackups(nodeStoreFs, folder.dir)).toHaveLength(2);
  });
});
