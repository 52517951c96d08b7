// The file operations the store needs, behind one small interface so tests can
// inject faults (a full disk, a failing fsync, a crash before the rename) and
// check that the previous file survives every one of them.
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

export interface StoreFileHandle {
  writeFile(data: string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreFs {
  readFile(path: string): Promise<Buffer>;
  /** 'wx' creates a new file and fails if it exists; 'r' opens for reading (used to fsync a folder). */
  open(path: string, flags: 'wx' | 'r'): Promise<StoreFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
  utimes(path: string, time: Date): Promise<void>;
}

export const nodeStoreFs: StoreFs = {
  readFile: (path) => fsp.readFile(path),
  open: async (path, flags) => {
    const mode =
      flags === 'wx'
        ? constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
        : constants.O_RDONLY;
    const handle = await fsp.open(path, mode, 0o600);
    return {
      writeFile: (data) => handle.writeFile(data, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  utimes: (path, time) => fsp.utimes(path, time, time),
};

/** The errno code of a file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return error.code;
  }
  return undefined;
}
