// Writes a file so that a crash, a kill or a power cut at any moment leaves
// either the old content or the new, never a mix: the new bytes go to a
// unique temporary file in the same folder, are flushed to the disk, and only
// then renamed over the target. The rename is the commit point. Unlike lowdb's
// default writer (a fixed temp name, no fsync) two writers cannot trample
// each other's temp file, and "written" means "on the disk".
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './fs';
import type { StoreFs } from './fs';

/** Temporary files end in this, so a later start can clear ones a crash left behind. */
export const TEMP_SUFFIX = '.tmp';

export function tempFileFor(file: string): string {
  return join(
    dirname(file),
    `${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
}

/** Folder fsync is not possible everywhere; these codes mean "not supported here", not "failed". */
function isFolderSyncUnsupported(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'EISDIR' ||
    code === 'EINVAL' ||
    code === 'ENOTSUP' ||
    code === 'EPERM' ||
    code === 'EBADF'
  );
}

export async function writeFileDurably(
  fs: StoreFs,
  file: string,
  text: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const temp = tempFileFor(file);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  // The rename itself lives in the folder's entry table; without this a power
  // cut can bring back the old name. Windows cannot open a folder for fsync.
  if (platform !== 'win32') await syncFolder(fs, dirname(file));
}

export async function syncFolder(fs: StoreFs, folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!isFolderSyncUnsupported(error)) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
