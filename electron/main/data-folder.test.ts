import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseDataDir, settleDataDir } from './data-folder';

const cwd = path.resolve('/home/u/werk');
const userData = path.resolve('/home/u/.config/Naslag');

describe('chooseDataDir', () => {
  it('keeps the installed app in its own data folder', () => {
    expect(chooseDataDir({ argv: ['naslag'], cwd, isPackaged: true, userData })).toBeNull();
  });

  it('gives the app run from a checkout a folder of its own, away from the user’s notes', () => {
    expect(chooseDataDir({ argv: ['electron', '.'], cwd, isPackaged: false, userData })).toBe(
      path.resolve('/home/u/.config/Naslag-dev'),
    );
  });

  it('uses --data-dir as given, packaged or not', () => {
    for (const isPackaged of [true, false]) {
      expect(
        chooseDataDir({ argv: ['electron', '.', '--data-dir=profiel'], cwd, isPackaged, userData }),
      ).toBe(path.join(cwd, 'profiel'));
    }
  });
});

describe('settleDataDir', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'naslag-data-folder-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Electron's app as documented: setPath throws for a folder that does not exist. */
  function fakeApp(isPackaged: boolean) {
    const paths = new Map([['userData', path.join(root, 'config', 'Naslag')]]);
    return {
      isPackaged,
      getPath: (name: 'userData') => paths.get(name)!,
      setPath(name: string, value: string) {
        if (!existsSync(value)) throw new Error(`Failed to set path: ${value} does not exist`);
        paths.set(name, value);
      },
    };
  }

  it('creates a --data-dir that does not exist yet before pointing userData at it', () => {
    const app = fakeApp(true);
    const dir = path.join(root, 'nieuw', 'profiel');
    settleDataDir(app, ['naslag', `--data-dir=${dir}`], root);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(app.getPath('userData')).toBe(dir);
  });

  it('creates the development folder on a first run from a checkout', () => {
    const app = fakeApp(false);
    settleDataDir(app, ['electron', '.'], root);
    const dir = path.join(root, 'config', 'Naslag-dev');
    expect(app.getPath('userData')).toBe(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(existsSync(path.join(root, 'config', 'Naslag'))).toBe(false);
  });

  it('leaves the installed app’s folder to Electron', () => {
    const app = fakeApp(true);
    settleDataDir(app, ['naslag'], root);
    expect(app.getPath('userData')).toBe(path.join(root, 'config', 'Naslag'));
  });

  it('throws, changing nothing, when the folder cannot be made', () => {
    const app = fakeApp(true);
    writeFileSync(path.join(root, 'bestand'), '');
    expect(() =>
      settleDataDir(app, ['naslag', `--data-dir=${path.join(root, 'bestand', 'profiel')}`], root),
    ).toThrow(/ENOTDIR|EEXIST/);
    expect(app.getPath('userData')).toBe(path.join(root, 'config', 'Naslag'));
  });
});
