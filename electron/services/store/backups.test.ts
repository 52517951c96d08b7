import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_COUNT, BACKUP_DIR, BACKUP_INTERVAL_MS, listBackups, rotateBackup } from './backups';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-backup-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fs = nodeStoreFs;
const start = Date.parse('2024-03-01T09:00:00.000Z');

describe('rotateBackup', () => {
  it('makes at most one copy per interval', async () => {
    expect(await rotateBackup(fs, dir, 'een', start)).not.toBeNull();
    expect(await rotateBackup(fs, dir, 'twee', start + BACKUP_INTERVAL_MS - 1)).toBeNull();
    expect(await rotateBackup(fs, dir, 'drie', start + BACKUP_INTERVAL_MS)).not.toBeNull();
    const backups = await listBackups(fs, dir);
    expect(await Promise.all(backups.map((backup) => readFile(backup.file, 'utf8')))).toEqual([
      'drie',
      'een',
    ]);
  });

  it(`keeps the newest ${BACKUP_COUNT} copies, newest first`, async () => {
    for (let i = 0; i < BACKUP_COUNT + 3; i++)
      await rotateBackup(fs, dir, `versie ${i}`, start + i * BACKUP_INTERVAL_MS);
    const backups = await listBackups(fs, dir);
    expect(backups).toHaveLength(BACKUP_COUNT);
    const texts = await Promise.all(backups.map((backup) => readFile(backup.file, 'utf8')));
    expect(texts).toEqual(['versie 7', 'versie 6', 'versie 5', 'versie 4', 'versie 3']);
    expect(backups[0]?.takenAt).toBe(start + 7 * BACKUP_INTERVAL_MS);
  });

  it('makes a forced copy even within the interval, without overwriting one of the same moment', async () => {
    await rotateBackup(fs, dir, 'een', start);
    await rotateBackup(fs, dir, 'twee', start, { force: true });
    const texts = await Promise.all(
      (await listBackups(fs, dir)).map((backup) => readFile(backup.file, 'utf8')),
    );
    expect(texts).toEqual(['twee', 'een']);
  });

  it('copes with a clock set back: a backup "from the future" does not block new ones', async () => {
    await rotateBackup(fs, dir, 'toekomst', start + 10 * BACKUP_INTERVAL_MS);
    expect(await rotateBackup(fs, dir, 'nu', start)).not.toBeNull();
  });
});

describe('listBackups', () => {
  it('lists only the copies it made, newest first, whatever else lies in the folder', async () => {
    await rotateBackup(fs, dir, 'een', start);
    await rotateBackup(fs, dir, 'twee', start + BACKUP_INTERVAL_MS);
    const folder = join(dir, BACKUP_DIR);
    for (const stray of [
      'notities.txt',
      'naslag-20240301T090000000Z.json.tmp',
      'naslag-gisteren.json',
      'oud-naslag-20240301T100000000Z.json',
    ])
      await writeFile(join(folder, stray), 'iets anders');
    const backups = await listBackups(fs, dir);
    expect(backups.map((backup) => backup.takenAt)).toEqual([start + BACKUP_INTERVAL_MS, start]);
    expect(await Promise.all(backups.map((backup) => readFile(backup.file, 'utf8')))).toEqual([
      'twee',
      'een',
    ]);
  });

  it('has nothing to offer before the first copy', async () => {
    expect(await listBackups(fs, dir)).toEqual([]);
  });

  it('reports a backup folder it cannot read instead of pretending there are no copies', async () => {
    await mkdir(join(dir, BACKUP_DIR));
    const faulty = faultyFs();
    faulty.fail({ op: 'readdir', code: 'EIO' });
    await expect(listBackups(faulty.fs, dir)).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('rotateBackup, within one session start', () => {
  it('makes one copy when two starts fall in the same millisecond', async () => {
    expect(await rotateBackup(fs, dir, 'een', start)).not.toBeNull();
    expect(await rotateBackup(fs, dir, 'twee', start)).toBeNull();
    expect(await readdir(join(dir, BACKUP_DIR))).toHaveLength(1);
  });
});

describe('listBackups, order', () => {
  it('orders copies by the time in their names, not by when the files were made', async () => {
    // A clock set back: the later copy is made first.
    await rotateBackup(fs, dir, 'later', start + BACKUP_INTERVAL_MS);
    await rotateBackup(fs, dir, 'eerder', start);
    const backups = await listBackups(fs, dir);
    expect(backups.map((backup) => backup.takenAt)).toEqual([start + BACKUP_INTERVAL_MS, start]);
  });
});
