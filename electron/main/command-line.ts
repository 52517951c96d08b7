// The shell's own command-line options. `--data-dir` points the app at another data folder,
// so tests (and a second profile) never touch the user's notes.
import path from 'node:path';

/** The folder given with `--data-dir=DIR` or `--data-dir DIR`, made absolute; else null. */
export function dataDirFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const [index, arg] of argv.entries()) {
    const value = arg.startsWith('--data-dir=')
      ? arg.slice('--data-dir='.length)
      : arg === '--data-dir'
        ? argv[index + 1]
        : undefined;
    if (value !== undefined && value !== '' && !value.startsWith('--')) {
      return path.resolve(cwd, value);
    }
  }
  return null;
}
