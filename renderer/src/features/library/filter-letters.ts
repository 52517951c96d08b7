// The library's quick filter: a letter stays when every word typed occurs in
// what people call it — number, date, title, summary or another name ("april
// 2013" finds nr. 90). A full reference that names one letter ("nr. 90",
// "kst-31015-90") finds exactly that letter.
import { formatDutchDate } from '@core/corpus/dutch-date';
import { findLetter, normaliseReference } from '@core/corpus/find-letter';
import type { Letter } from '@core/corpus/model';

function haystack(letter: Letter): string {
  return normaliseReference(
    [
      letter.id,
      `kamerstuk ${letter.dossier} nr ${letter.nr}`,
      letter.title,
      letter.summary,
      formatDutchDate(letter.date),
      letter.vergaderjaar,
      ...letter.aliases,
    ].join(' '),
  );
}

export function filterLetters(letters: Letter[], query: string): Letter[] {
  const words = normaliseReference(query).split(' ').filter(Boolean);
  if (words.length === 0) return letters;
  const named = findLetter({ letters }, query);
  if (named) return [named];
  return letters.filter((letter) => {
    const text = haystack(letter);
    return words.every((word) => text.includes(word));
  });
}
