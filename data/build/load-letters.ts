// Reads the raw letters from data/letters and builds the corpus. The only file
// of the builder that touches the file system.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../core/corpus/model';
import { buildCorpus } from './build-corpus';
import { letterSources } from './letters';

/** The folder holding the raw letters in a checkout of the project. */
export const defaultLettersDir = fileURLToPath(new URL('../letters/', import.meta.url));

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
