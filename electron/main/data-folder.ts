// Which folder holds the notes: the one given with --data-dir; else, when the app runs from a
// checkout (`npm start`, `npm run dev`), a folder of its own beside the installed app's, so
// development never works on a user's real notes; else Electron's own userData folder.
import { mkdirSync } from 'node:fs';
import type { App } from 'electron';
import { dataDirFromArgv } from './command-line';

/** Added to the installed app's data folder's name for an app that is not packaged. */
export const DEVELOPMENT_SUFFIX = '-dev';

export interface DataFolderChoice {
  argv: readonly string[];
  cwd: string;
  isPackaged: boolean;
  /** Electron's userData folder, as it stands before any change. */
  userData: string;
}

/** The folder to use instead of Electron's userData, or null to keep that one. */
export function chooseDataDir({
  argv,
  cwd,
  isPackaged,
  userData,
}: DataFolderChoice): string | null {
  return dataDirFromArgv(argv, cwd) ?? (isPackaged ? null : `${userData}${DEVELOPMENT_SUFFIX}`);
}

/**
 * Points userData at the chosen folder, creating it first: app.setPath throws for a folder
 * that does not exist. Must run before the single-instance lock, which is kept per userData.
 */
export function settleDataDir(
  app: Pick<App, 'isPackaged' | 'getPath' | 'setPath'>,
  argv: readonly string[],
  cwd: string,
): void {
  const dir = chooseDataDir({
    argv,
    cwd,
    isPackaged: app.isPackaged,
    userData: app.getPath('userData'),
  });
  if (dir === null) return;
  mkdirSync(dir, { recursive: true });
  app.setPath('userData', dir);
}
