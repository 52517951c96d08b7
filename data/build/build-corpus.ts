// Assembles the corpus from every letter's raw text and source data.
import { CorpusSchema } from '../../core/corpus/model';
import type { Corpus } from '../../core/corpus/model';
import { buildLetter } from './build-letter';
import type { LetterSource } from './letter-source';

export interface LetterInput {
  source: LetterSource;
  raw: string;
}

export function buildCorpus(inputs: readonly LetterInput[]): Corpus {
  const letters = inputs.map(({ source, raw }) => buildLetter(source, raw));
  const ids = new Set(letters.map((letter) => letter.id));
  if (ids.size !== letters.length) throw new Error('Two letters share an id');
  return CorpusSchema.parse({ version: 1, letters });
}
