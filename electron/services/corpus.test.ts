import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusSchema } from '@core/corpus/model';
import { defaultLettersDir } from '../../data/build/load-letters';
import { findBundledLetter, loadBundledCorpus, requireBundledLetter } from './corpus';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadBundledCorpus', () => {
  it('builds a valid corpus of both letters', () => {
    const corpus = loadBundledCorpus();
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
    expect(corpus.letters.map((letter) => letter.id)).toEqual(['kst-31015-81', 'kst-31015-90']);
  });

  it('builds the corpus once per process', () => {
    expect(loadBundledCorpus()).toBe(loadBundledCorpus());
  });

  it('stops with the reason when a raw letter no longer fits its decisions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naslag-letters-'));
    temporary.push(dir);
    cpSync(defaultLettersDir, dir, { recursive: true });
    writeFileSync(join(dir, 'kst-31015-90.txt'), 'Een brief zonder koppen.\n');
    expect(() => loadBundledCorpus(dir)).toThrow(/Correction does not match the raw text/);
  });
});

describe('letter lookup', () => {
  it('finds a letter by id, number or alias', () => {
    expect(findBundledLetter('kst-31015-81')?.nr).toBe(81);
    expect(findBundledLetter('90')?.nr).toBe(90);
    expect(findBundledLetter('april 2013')?.nr).toBe(90);
    expect(findBundledLetter('nr. 12')).toBeUndefined();
  });

  it('names the letters that exist when none matches', () => {
    expect(() => requireBundledLetter('nr. 12')).toThrow(
      'Geen brief gevonden voor "nr. 12". Kies een van: nr. 81 (kst-31015-81), nr. 90 (kst-31015-90).',
    );
  });
});
