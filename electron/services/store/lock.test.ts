import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';
import type { StoreFs } from './fs';
import { acquireStoreLock, LOCK_FILE, STALE_MS, StoreLockedError } from './lock';
import type { StoreLock } from './lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fs = nodeStoreFs;

/** The lock file names this process, the lock still counts as ours, and a second comer is refused. */
async function expectHeldBy(lock: StoreLock, pid: number): Promise<void> {
  const record = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
  expect(record).toMatchObject({ pid, hostname: hostname(), holder: 'Naslag' });
  await expect(lock.verify()).resolves.toBeUndefined();
  await expect(acquireStoreLock(dir, { fs, holder: 'de naslag-opdracht' })).rejects.toBeInstanceOf(
    StoreLockedError,
  );
}

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
    await expectHeldBy(next, process.pid);
    await next.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock whose heartbeat stopped, even from another host', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, hostname: 'elders', token: 't', holder: 'Naslag' }),
    );
    const old = new Date(Date.now() - STALE_MS - 1000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await expectHeldBy(lock, process.pid);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
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

/** A lock record as another program on another computer writes it. */
const otherRecord = (token: string) =>
  JSON.stringify({
    pid: 2,
    hostname: 'elders',
    token,
    holder: 'de naslag-opdracht',
    since: '2024-03-01T09:00:00.000Z',
  });

/** The real disk, with another program acting on the lock file at a chosen moment. */
function racingFs(act: (step: 'closed' | 'read', count: number) => Promise<void>): StoreFs {
  let reads = 0;
  return {
    ...nodeStoreFs,
    async open(path, flags) {
      const handle = await nodeStoreFs.open(path, flags);
      return {
        ...handle,
        async close() {
          await handle.close();
          if (path.endsWith(LOCK_FILE)) await act('closed', 0);
        },
      };
    },
    async readFile(path) {
      if (path.endsWith(LOCK_FILE)) await act('read', ++reads);
      return nodeStoreFs.readFile(path);
    },
  };
}

describe('acquireStoreLock against another program at the same moment', () => {
  it('backs off when another program replaced the new lock before its record was read back', async () => {
    const fs = racingFs(async (step) => {
      if (step === 'closed') await writeFile(join(dir, LOCK_FILE), otherRecord('ander'));
    });
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toThrow(
      /al gebruikt door de naslag-opdracht \(proces 2 op elders, sinds 2024-03-01T09:00:00\.000Z\)/,
    );
    // The other program's lock stays.
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).token).toBe('ander');
  });

  it('backs off when another program removed the new lock before its record was read back', async () => {
    const fs = racingFs(async (step) => {
      if (step === 'closed') await rm(join(dir, LOCK_FILE));
    });
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toThrow(
      /al gebruikt door een ander programma/,
    );
  });

  it('does not clear a stale lock that another program took over while it was being judged', async () => {
    await writeFile(join(dir, LOCK_FILE), otherRecord('oud'));
    const old = new Date(Date.now() - STALE_MS - 1000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const fs = racingFs(async (step, count) => {
      if (step === 'read' && count === 2)
        await writeFile(join(dir, LOCK_FILE), otherRecord('nieuw'));
    });
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toBeInstanceOf(
      StoreLockedError,
    );
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).token).toBe('nieuw');
  });

  it('takes a stale lock over when it disappeared while being judged', async () => {
    await writeFile(join(dir, LOCK_FILE), otherRecord('oud'));
    const old = new Date(Date.now() - STALE_MS - 1000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const fs = racingFs(async (step, count) => {
      if (step === 'read' && count === 2) await rm(join(dir, LOCK_FILE));
    });
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await expectHeldBy(lock, process.pid);
    await lock.release();
  });
});

describe('a held lock', () => {
  it('keeps its heartbeat, so a long session is never judged stale and taken over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
      // As the lock would look to another computer had no heartbeat touched it for too long.
      const old = new Date(Date.now() - STALE_MS - 1000);
      await utimes(join(dir, LOCK_FILE), old, old);
      await vi.advanceTimersByTimeAsync(STALE_MS);
      await vi.waitFor(async () => {
        const { mtimeMs } = await nodeStoreFs.stat(join(dir, LOCK_FILE));
        expect(mtimeMs).toBeGreaterThan(old.getTime());
      });
      await expect(
        acquireStoreLock(dir, { fs, holder: 'de naslag-opdracht', hostname: 'elders' }),
      ).rejects.toBeInstanceOf(StoreLockedError);
      await lock.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops writing once its lock file is gone', async () => {
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await rm(join(dir, LOCK_FILE));
    await expect(lock.verify()).rejects.toMatchObject({
      code: 'store-write-failed',
      message: expect.stringContaining('overgenomen'),
    });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is released once: a second release leaves the next holder alone', async () => {
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await lock.release();
    const next = await acquireStoreLock(dir, { fs, holder: 'de naslag-opdracht' });
    await lock.release();
    await expect(next.verify()).resolves.toBeUndefined();
    await next.release();
  });
});

describe('judging a lock another program left', () => {
  it('takes over a lock of a process on this computer that no longer runs', async () => {
    // Above the largest process id Linux and macOS hand out.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 99_999_999, hostname: hostname(), token: 't', holder: 'Naslag' }),
    );
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag' });
    await expectHeldBy(lock, process.pid);
    await lock.release();
  });

  it('respects a lock of a process on this computer that still runs', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, hostname: hostname(), token: 't', holder: 'Naslag' }),
    );
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toThrow(
      new RegExp(`proces ${process.ppid} op `),
    );
  });

  it('respects a lock exactly as old as the heartbeat allows', async () => {
    await writeFile(join(dir, LOCK_FILE), otherRecord('t'));
    const touched = new Date('2024-03-01T09:00:00.000Z');
    await utimes(join(dir, LOCK_FILE), touched, touched);
    const now = () => touched.getTime() + STALE_MS;
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag', now })).rejects.toBeInstanceOf(
      StoreLockedError,
    );
    const lock = await acquireStoreLock(dir, { fs, holder: 'Naslag', now: () => now() + 1 });
    await lock.release();
  });

  it('names a holder an older lock left unnamed as Naslag, without an unknown start time', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 7, hostname: 'elders', token: 't' }),
    );
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toThrow(
      'al gebruikt door Naslag (proces 7 op elders).',
    );
  });

  it.each([
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a record without a token', JSON.stringify({ pid: 7, hostname: 'elders' })],
    ['a record with a pid as text', JSON.stringify({ pid: '7', hostname: 'elders', token: 't' })],
    ['a record without a host', JSON.stringify({ pid: 7, token: 't' })],
  ])('treats a fresh lock holding %s as held by an unknown program', async (_name, raw) => {
    await writeFile(join(dir, LOCK_FILE), raw);
    await expect(acquireStoreLock(dir, { fs, holder: 'Naslag' })).rejects.toThrow(
      /al gebruikt door een ander programma\./,
    );
  });
});
