import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTextFile } from './read-text-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-read-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads a regular UTF-8 file up to and including the cap', async () => {
    const file = join(dir, 'notities.json');
    await writeFile(file, '[{"body":"één"}]');
    const bytes = Buffer.byteLength('[{"body":"één"}]');
    expect(await readTextFile(file, bytes)).toEqual({ ok: true, text: '[{"body":"één"}]' });
  });

  it('stops reading as soon as a file passes the cap', async () => {
    const file = join(dir, 'groot.json');
    await writeFile(file, Buffer.alloc(200 * 1024, 0x20));
    expect(await readTextFile(file, 100 * 1024)).toEqual({ ok: false, problem: 'too-large' });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a device such as /dev/zero without reading it',
    async () => {
      expect(await readTextFile('/dev/zero', 1024)).toEqual({ ok: false, problem: 'not-a-file' });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe at once, without waiting for a writer',
    async () => {
      const fifo = join(dir, 'pijp.json');
      execFileSync('mkfifo', [fifo]);
      expect(await readTextFile(fifo, 1024)).toEqual({ ok: false, problem: 'not-a-file' });
    },
  );

  it('refuses a folder, and names the error of a file that cannot be opened', async () => {
    await mkdir(join(dir, 'map'));
    expect(await readTextFile(join(dir, 'map'), 1024)).toEqual({
      ok: false,
      problem: 'not-a-file',
    });
    expect(await readTextFile(join(dir, 'bestaat-niet.json'), 1024)).toEqual({
      ok: false,
      problem: 'unreadable',
      code: 'ENOENT',
    });
  });

  it('tells bytes that are not UTF-8 text apart', async () => {
    const file = join(dir, 'plaatje.png');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
    await appendFile(file, Buffer.from([0x00]));
    expect(await readTextFile(file, 1024)).toEqual({ ok: false, problem: 'not-text' });
  });
});
