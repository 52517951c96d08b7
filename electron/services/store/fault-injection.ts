// Test support: a StoreFs over the real disk that fails chosen operations the
// way a full disk, a read-only folder or a dying process would, so tests can
// check what stays on disk after each failure.
import { nodeStoreFs } from './fs';
import type { StoreFs } from './fs';

export type FsOperation =
  | 'open'
  | 'writeFile'
  | 'sync'
  | 'close'
  | 'rename'
  | 'unlink'
  | 'mkdir'
  | 'readdir'
  | 'readFile'
  | 'stat'
  | 'utimes';

export interface Fault {
  op: FsOperation;
  code: string;
  /** Only paths for which this holds fail; all paths when absent. */
  when?: (path: string) => boolean;
  /** For writeFile: write the first half of the bytes before failing, like a disk filling up. */
  partial?: boolean;
}

export function fsError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${op} '${path}'`), { code, syscall: op, path });
}

export function faultyFs(base: StoreFs = nodeStoreFs) {
  const faults: Fault[] = [];
  const calls: { op: FsOperation; path: string }[] = [];

  function check(op: FsOperation, path: string): Fault | undefined {
    calls.push({ op, path });
    return faults.find((fault) => fault.op === op && (!fault.when || fault.when(path)));
  }
  function guard(op: FsOperation, path: string): void {
    const fault = check(op, path);
    if (fault) throw fsError(fault.code, op, path);
  }

  const fs: StoreFs = {
    async readFile(path) {
      guard('readFile', path);
      return base.readFile(path);
    },
    async open(path, flags) {
      guard('open', path);
      const handle = await base.open(path, flags);
      return {
        async writeFile(data) {
          const fault = check('writeFile', path);
          if (!fault) return handle.writeFile(data);
          if (fault.partial) await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
          throw fsError(fault.code, 'write', path);
        },
        async sync() {
          guard('sync', path);
          return handle.sync();
        },
        async close() {
          const fault = check('close', path);
          await handle.close();
          if (fault) throw fsError(fault.code, 'close', path);
        },
      };
    },
    async rename(from, to) {
      guard('rename', to);
      return base.rename(from, to);
    },
    async unlink(path) {
      guard('unlink', path);
      return base.unlink(path);
    },
    async mkdir(path) {
      guard('mkdir', path);
      return base.mkdir(path);
    },
    async readdir(path) {
      guard('readdir', path);
      return base.readdir(path);
    },
    async stat(path) {
      guard('stat', path);
      return base.stat(path);
    },
    async utimes(path, time) {
      guard('utimes', path);
      return base.utimes(path, time);
    },
  };

  return {
    fs,
    calls,
    fail(fault: Fault) {
      faults.push(fault);
    },
    heal() {
      faults.length = 0;
    },
  };
}
