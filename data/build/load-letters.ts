// Reads the raw letters from data/letters and builds the corpus. The only file
// of the builder that touches the file system.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../core/corpus/model';
import { buildCorpus } from './build-corpus';
import { letterSources } from './letters';

/**
 * The data/letters folder of the project this file runs from. Searched upwards
 * because the code also runs bundled (out/main/index.js), one level deeper or
 * shallower than in the source tree.
 */
export function findLettersDir(
  from: string = dirname(fileURLToPath(import.meta.url)),
  /** The highest folder to look in; the file system's root unless given. */
  top?: string,
): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'letters');
    if (existsSync(join(candidate, letterSources[0]?.file ?? ''))) return candidate;
    if (dir === top || dirname(dir) === dir) {
      throw new Error(`The raw letters (data/letters) were not found above ${from}`);
    }
  }
}

export const defaultLettersDir = findLettersDir();

/** The raw letter files the corpus is built from, for watching. */
export function letterFiles(lettersDir = defaultLettersDir): string[] {
  return letterSources.map((source) => join(lettersDir, source.file));
}

export function loadLetters(lettersDir = defaultLettersDir): Corpus {
  return buildCorpus(
    letterSources.map((source) => ({
      source,
      raw: readFileSync(join(lettersDir, source.file), 'utf8'),
    })),
  );
}
