import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from './durable-write';
import { faultyFs } from './fault-injection';
import type { FsOperation } from './fault-injection';

let dir: string;
let file: string;
const previous = JSON.stringify({ notes: ['eerder opgeslagen'] });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-write-'));
  file = join(dir, 'naslag.json');
  await writeFile(file, previous);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileDurably', () => {
  it('replaces the file, syncs file and folder, and leaves no temp file', async () => {
    const faulty = faultyFs();
    await writeFileDurably(faulty.fs, file, '{"new":true}', 'linux');
    expect(await readFile(file, 'utf8')).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['naslag.json']);
    const order = faulty.calls.map(
      (call) =>
        `${call.op}:${call.path === dir ? 'folder' : call.path === file ? 'target' : 'temp'}`,
    );
    expect(order).toEqual([
      'open:temp',
      'writeFile:temp',
      'sync:temp',
      'close:temp',
      'rename:target',
      'open:folder',
      'sync:folder',
      'close:folder',
    ]);
  });

  it('does not try to sync the folder on Windows', async () => {
    const faulty = faultyFs();
    await writeFileDurably(faulty.fs, file, 'x', 'win32');
    expect(faulty.calls.some((call) => call.path === dir)).toBe(false);
  });

  const faults: { name: string; op: FsOperation; code: string; partial?: boolean }[] = [
    { name: 'the disk fills up mid-write', op: 'writeFile', code: 'ENOSPC', partial: true },
    { name: 'the folder is read-only', op: 'open', code: 'EROFS' },
    { name: 'access is denied', op: 'open', code: 'EACCES' },
    { name: 'fsync fails', op: 'sync', code: 'EIO' },
    { name: 'close fails', op: 'close', code: 'EIO' },
    { name: 'the rename fails (or the process dies before it)', op: 'rename', code: 'EPERM' },
  ];
  for (const fault of faults) {
    it(`keeps the previous file intact and parseable when ${fault.name}`, async () => {
      const faulty = faultyFs();
      faulty.fail({
        op: fault.op,
        code: fault.code,
        partial: fault.partial,
        when: (path) => path !== dir,
      });
      await expect(
        writeFileDurably(faulty.fs, file, JSON.stringify({ notes: ['nieuw'] }), 'linux'),
      ).rejects.toMatchObject({
        code: fault.code,
      });
      const text = await readFile(file, 'utf8');
      expect(text).toBe(previous);
      expect(JSON.parse(text)).toEqual({ notes: ['eerder opgeslagen'] });
      expect(await readdir(dir)).toEqual(['naslag.json']);
    });
  }

  it('ignores a folder fsync the file system does not support', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'sync', code: 'EINVAL', when: (path) => path === dir });
    await writeFileDurably(faulty.fs, file, 'ok', 'linux');
    expect(await readFile(file, 'utf8')).toBe('ok');
  });

  it('reports a real folder fsync error, since the rename may not survive a power cut', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'sync', code: 'EIO', when: (path) => path === dir });
    await expect(writeFileDurably(faulty.fs, file, 'ok', 'linux')).rejects.toMatchObject({
      code: 'EIO',
    });
  });

  it('lets two writers write at once without sharing a temp file', async () => {
    const faulty = faultyFs();
    const texts = Array.from({ length: 8 }, (_, i) => JSON.stringify({ writer: i }));
    await Promise.all(texts.map((text) => writeFileDurably(faulty.fs, file, text, 'linux')));
    expect(texts).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['naslag.json']);
  });
});

describe('writeFileDurably where the system is limited', () => {
  it('writes on a system that cannot open a folder for syncing at all', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'open', code: 'EISDIR', when: (path) => path === dir });
    await writeFileDurably(faulty.fs, file, 'ok', 'linux');
    expect(await readFile(file, 'utf8')).toBe('ok');
  });

  it('writes when closing the synced folder fails: the rename is already durable', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'close', code: 'EIO', when: (path) => path === dir });
    await writeFileDurably(faulty.fs, file, 'ok', 'linux');
    expect(await readFile(file, 'utf8')).toBe('ok');
  });

  it('reports why the write failed, not that its temp file could not be cleared', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'writeFile', code: 'ENOSPC', partial: true });
    faulty.fail({ op: 'unlink', code: 'EIO' });
    await expect(writeFileDurably(faulty.fs, file, 'nieuw', 'linux')).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readFile(file, 'utf8')).toBe(previous);
  });

  it('names its temp file after the file, in the same folder, so a later start can clear it', async () => {
    const faulty = faultyFs();
    faulty.fail({ op: 'rename', code: 'EKILLED' });
    faulty.fail({ op: 'unlink', code: 'EKILLED' });
    await expect(writeFileDurably(faulty.fs, file, 'nieuw', 'linux')).rejects.toThrow();
    const [leftover] = (await readdir(dir)).filter((name) => name !== 'naslag.json');
    expect(leftover).toMatch(/^naslag\.json\..+\.tmp$/);
    expect(leftover).toContain(String(process.pid));
  });
});

describe('writeFileDurably on file systems that cannot sync a folder', () => {
  it.each(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EBADF'])(
    'takes %s from a folder fsync as "not supported here" and keeps the write',
    async (code) => {
      const faulty = faultyFs();
      faulty.fail({ op: 'sync', code, when: (path) => path === dir });
      await writeFileDurably(faulty.fs, file, 'ok', 'linux');
      expect(await readFile(file, 'utf8')).toBe('ok');
    },
  );
});
