import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';
import { acquireStoreLock, LOCK_FILE, STALE_MS, StoreLockedError } from './lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fs = nodeStoreFs;

describe('acquireStoreLock', () => {
  it('refuses a second holder with a message that names the first', async () => {
    const first = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    const second = acquireStoreLock(dir, { fs, holder: 'de naslag-opdracht' });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toThrow(/al gebruikt door Naslag \(proces \d+/);
    await first.release();
    const third = await acquireStoreLock(dir, { fs, holder: 'de naslag-opdracht' });
    await third.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over at once from a process that no longer exists (a crash or a kill)', async () => {
    await acquireStoreLock(dir, { fs, holder: 'Naslag', pid: 999_999 });
    const next = await acquireStoreLock(dir, {
      fs,
      holder: 'Naslag',
      isProcessAlive: (pid) => pid !== 999_999,
    });
    const record = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    expect(record.pid).toBe(process.pid);
    await next.release();
  });

  it('takes over a lock whose heartbeat stopped, even from another host', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, hostname: 'elders', token: 't', holder: 'Naslag' }),
    );
    const old = new Date(Date.now() - STALE_MS - 1000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await lock.release();
  });

  it('respects a fresh lock from another host', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, hostname: 'elders', token: 't', holder: 'Naslag' }),
    );
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toThrow(/op elders/);
  });

  it('treats an unreadable fresh lock file as held, not as free', async () => {
    await writeFile(join(dir, LOCK_FILE), '{"pid": 4');
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toBeInstanceOf(
      StoreLockedError,
    );
  });

  it('takes over an empty lock at once: its record was never written, so nobody holds it', async () => {
    await writeFile(join(dir, LOCK_FILE), '');
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    const record = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    expect(record).toMatchObject({ pid: process.pid, holder: 'Naslag' });
    await lock.release();
  });

  for (const op of ['writeFile', 'sync'] as const) {
    it(`removes a lock whose record could not be written (${op} fails on a full disk)`, async () => {
      const faulty = faultyFs();
      faulty.fail({ op, code: 'ENOSPC', when: (p) => p.endsWith(LOCK_FILE) });
      await expect(
        acquireStoreLock(dir, { fs: faulty.fs, holder: 'Naslag' }),
      ).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readdir(dir)).toEqual([]);
      faulty.heal();
      const lock = await acquireStoreLock(dir, { fs: faulty.fs, holder: 'Naslag' });
      await lock.release();
    });
  }

  it('notices when the lock was taken over, and does not remove the new holder on release', async () => {
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await lock.verify();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2, hostname: 'elders', token: 'ander', holder: 'Naslag' }),
    );
    await expect(lock.verify()).rejects.toMatchObject({ code: 'store-write-failed' });
    await lock.release();
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
  });
});
