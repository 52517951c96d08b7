// Access to the bundled corpus for Node: the CLI, the end-to-end harness and
// the main process. The corpus is built from the raw letters once per process.
import type { Corpus, Letter } from '@core/corpus/model';
import { findLetter } from '@core/corpus/find-letter';
import { defaultLettersDir, loadLetters } from '../../data/build/load-letters';

const built = new Map<string, Corpus>();

export function loadBundledCorpus(lettersDir: string = defaultLettersDir): Corpus {
  let corpus = built.get(lettersDir);
  if (!corpus) {
    corpus = loadLetters(lettersDir);
    built.set(lettersDir, corpus);
  }
  return corpus;
}

/** A letter by id, number ("81") or another name ("april 2013"), or undefined. */
export function findBundledLetter(
  reference: string,
  corpus: Corpus = loadBundledCorpus(),
): Letter | undefined {
  return findLetter(corpus, reference);
}

/** Like findBundledLetter, but tells the user in Dutch which letters exist when none matches. */
export function requireBundledLetter(
  reference: string,
  corpus: Corpus = loadBundledCorpus(),
): Letter {
  const letter = findLetter(corpus, reference);
  if (letter) return letter;
  const known = corpus.letters.map((l) => `nr. ${l.nr} (${l.id})`).join(', ');
  throw new Error(`Geen brief gevonden voor "${reference}". Kies een van: ${known}.`);
}
