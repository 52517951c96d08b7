// Finds a letter the way people refer to it: by id ("kst-31015-90"), number
// ("90", "nr. 90", "31 015, nr. 90"), date or another name ("april 2013",
// "aprilbrief"). Case, accents and spacing do not matter.
import type { Corpus, Letter } from './model';
import { formatDutchDate } from './dutch-date';

/** Lower case, accents dropped, runs of spaces and punctuation folded to one space. */
export function normaliseReference(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesOf(letter: Letter): string[] {
  return [letter.id, letter.date, formatDutchDate(letter.date), ...letter.aliases].map(
    normaliseReference,
  );
}

function numberOf(reference: string): { dossier?: string; nr: number } | undefined {
  const match = /^(?:(\d{2} ?\d{3}) )?(?:nr |nummer |kamerstuk )?(\d{1,4})$/u.exec(reference);
  if (!match) return undefined;
  return {
    ...(match[1] === undefined ? {} : { dossier: match[1].replace(' ', '') }),
    nr: Number(match[2]),
  };
}

export function findLetter(corpus: Pick<Corpus, 'letters'>, reference: string): Letter | undefined {
  const wanted = normaliseReference(reference);
  if (wanted === '') return undefined;
  const byName = corpus.letters.find((letter) => namesOf(letter).includes(wanted));
  if (byName) return byName;
  const number = numberOf(wanted);
  if (!number) return undefined;
  return corpus.letters.find(
    (letter) =>
      letter.nr === number.nr &&
      (number.dossier === undefined || letter.dossier.replace(/\s/gu, '') === number.dossier),
  );
}
