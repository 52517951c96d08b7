import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, nodeStoreFs } from './fs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-fs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('nodeStoreFs', () => {
  it('creates a file only when it does not exist yet, readable by its owner alone', async () => {
    const file = join(dir, 'naslag.lock');
    const handle = await nodeStoreFs.open(file, 'wx');
    await handle.writeFile('eerste');
    await handle.sync();
    await handle.close();
    await expect(nodeStoreFs.open(file, 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('eerste');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('creates nested folders, and lists and dates files', async () => {
    const folder = join(dir, 'a', 'b');
    await nodeStoreFs.mkdir(folder);
    await nodeStoreFs.mkdir(folder);
    const file = join(folder, 'naslag.json');
    const handle = await nodeStoreFs.open(file, 'wx');
    await handle.close();
    expect(await nodeStoreFs.readdir(folder)).toEqual(['naslag.json']);
    const time = new Date('2024-03-01T09:00:00.000Z');
    await nodeStoreFs.utimes(file, time);
    expect((await nodeStoreFs.stat(file)).mtimeMs).toBe(time.getTime());
  });
});

describe('errorCode', () => {
  it('gives the code of a file-system error', async () => {
    const error = await nodeStoreFs.readFile(join(dir, 'ontbreekt')).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('ENOENT');
  });

  it.each([
    ['nothing', null],
    ['a text', 'ENOSPC'],
    ['an error without a code', new Error('stuk')],
    ['an error with a numeric code', Object.assign(new Error('stuk'), { code: 28 })],
  ])('has no code for %s', (_name, error) => {
    expect(errorCode(error)).toBeUndefined();
  });
});
