// A light Dutch stemmer for comparing letters: it only folds the inflections that
// make the same word look different across two letters ("zaken"/"zaak",
// "slachtoffers"/"slachtoffer", "bedrijven"/"bedrijf", "mogelijkheden"/"mogelijkheid").
// It works on terms already folded by core/search/normalize (lower case, no accents).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function isVowel(char: string | undefined): boolean {
  return char !== undefined && VOWELS.has(char);
}

/** "verdacht" stays, "zakk" → "zak": a doubled final consonant is one sound. */
function undouble(stem: string): string {
  const last = stem.at(-1);
  if (last !== undefined && !isVowel(last) && stem.at(-2) === last) return stem.slice(0, -1);
  return stem;
}

/** "zaak" → "zak", "maatregel" stays: the open and closed syllable spell one vowel differently. */
function shortenLongVowel(stem: string): string {
  const n = stem.length;
  const [c1, v1, v2, c2] = [stem[n - 4], stem[n - 3], stem[n - 2], stem[n - 1]];
  if (n >= 4 && !isVowel(c1) && v1 === v2 && v1 !== 'i' && isVowel(v1) && !isVowel(c2)) {
    return stem.slice(0, n - 2) + (c2 ?? '');
  }
  return stem;
}

/** Final v and z are spelled f and s at the end of a Dutch word ("bedrijv" → "bedrijf"). */
function devoice(stem: string): string {
  if (stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  return stem;
}

const MIN_STEM = 3;

function stripSuffix(term: string): string {
  if (term.endsWith('heden')) return `${term.slice(0, -5)}heid`;
  if (term.endsWith('en') && term.length - 2 >= MIN_STEM && !isVowel(term.at(-3))) {
    return devoice(undouble(term.slice(0, -2)));
  }
  // Loanwords take -s after an e ("databases"); "database" then loses its e below.
  if (term.endsWith('es') && term.length - 2 >= MIN_STEM && !isVowel(term.at(-3))) {
    return term.slice(0, -2);
  }
  if (term.endsWith('s') && term.length - 1 >= MIN_STEM) {
    const before = term.at(-2);
    if (!isVowel(before) && before !== 'j' && before !== 's') return term.slice(0, -1);
  }
  if (term.endsWith('e') && term.length - 1 >= MIN_STEM && !isVowel(term.at(-2))) {
    return devoice(undouble(term.slice(0, -1)));
  }
  return term;
}

/** The stem of a folded term; numbers and short words are returned unchanged. */
export function stem(term: string): string {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return term;
  return shortenLongVowel(term.length >= 5 ? stripSuffix(term) : term);
}
