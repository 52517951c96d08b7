import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLettersDir, findLettersDir, letterFiles } from './load-letters';

const outside = mkdtempSync(join(tmpdir(), 'naslag-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('findLettersDir', () => {
  it('finds data/letters from the source tree and from a bundle one level deeper', () => {
    const root = join(defaultLettersDir, '..', '..');
    expect(findLettersDir(join(root, 'data', 'build'))).toBe(defaultLettersDir);
    expect(findLettersDir(join(root, 'out', 'main'))).toBe(defaultLettersDir);
  });

  it('says where it looked when the letters are missing', () => {
    expect(() => findLettersDir(outside)).toThrow(/data\/letters\) were not found above/);
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
