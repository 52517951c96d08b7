import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLettersDir, findLettersDir, letterFiles } from './load-letters';

// Each test gets a root of its own and never looks above it, so folders
// elsewhere on the machine cannot change the outcome.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'naslag-letters-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findLettersDir', () => {
  it('finds data/letters from the source tree and from a bundle one level deeper', () => {
    const letters = join(root, 'data', 'letters');
    mkdirSync(letters, { recursive: true });
    writeFileSync(join(letters, 'kst-31015-81.txt'), '');
    for (const from of [join(root, 'data', 'build'), join(root, 'out', 'main')]) {
      mkdirSync(from, { recursive: true });
      expect(findLettersDir(from, root)).toBe(letters);
    }
  });

  it('finds the letters of this project from its build folder', () => {
    expect(findLettersDir(join(defaultLettersDir, '..', 'build'))).toBe(defaultLettersDir);
  });

  it('says where it looked when the letters are missing', () => {
    const from = join(root, 'out', 'main');
    mkdirSync(from, { recursive: true });
    expect(() => findLettersDir(from, root)).toThrow(/data\/letters\) were not found above/);
  });
});

describe('letterFiles', () => {
  it('names the raw file of every letter', () => {
    expect(letterFiles('/x').map((file) => file.replace(/\\/g, '/'))).toEqual([
      '/x/kst-31015-81.txt',
      '/x/kst-31015-90.txt',
    ]);
  });
});
