// Reads a file named on the command line, for `naslag notes import`. Only a regular file is
// read, and never more than a cap: a device such as /dev/zero would otherwise grow without end,
// and a named pipe would wait for a writer for ever. The size is counted while reading, not
// taken from stat, because a file can grow while it is read (and /proc files report size 0).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type TextFileRead =
  | { ok: true; text: string }
  | { ok: false; problem: 'not-a-file' | 'too-large' | 'not-text' }
  | { ok: false; problem: 'unreadable'; code: string };

const CHUNK_BYTES = 64 * 1024;

export async function readTextFile(file: string, maxBytes: number): Promise<TextFileRead> {
  let handle;
  try {
    // O_NONBLOCK: opening a named pipe for reading would otherwise block until someone writes
    // to it. It changes nothing for a regular file. Windows has no such flag (and no FIFOs).
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, problem: 'unreadable', code: codeOf(error) };
  }
  try {
    if (!(await handle.stat()).isFile()) return { ok: false, problem: 'not-a-file' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, problem: 'too-large' };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
      };
    } catch {
      return { ok: false, problem: 'not-text' };
    }
  } catch (error) {
    return { ok: false, problem: 'unreadable', code: codeOf(error) };
  } finally {
    await handle.close();
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
