// A light Dutch stemmer for comparing letters: it only folds the inflections that
// make the same word look different across two letters ("zaken"/"zaak",
// "slachtoffers"/"slachtoffer", "bedrijven"/"bedrijf", "mogelijkheden"/"mogelijkheid").
// It works on terms already folded by core/search/normalize (lower case, no accents).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function isVowel(char: string | undefined): boolean {
  return char !== undefined && VOWELS.has(char);
}

/** "plann" → "plan": a doubled final consonant is one sound (a suffix only goes after a consonant). */
function undouble(stem: string): string {
  return stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
}

/**
 * "zaak" → "zak" as in "zaken", "seksueel" → "seksuel" as in "seksuele": the closed
 * syllable doubles the vowel the open one spells once.
 */
function shortenLongVowel(stem: string): string {
  return stem.replace(/([aeouy])\1([^aeiouy])$/, '$1$2');
}

/** Final v and z are spelled f and s at the end of a Dutch word ("bedrijv" → "bedrijf"). */
function devoice(stem: string): string {
  if (stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  return stem;
}

/** Strips one inflection from a term of five letters or more, so at least three remain. */
function stripSuffix(term: string): string {
  if (term.endsWith('heden')) return `${term.slice(0, -5)}heid`;
  if (term.endsWith('en') && !isVowel(term.at(-3))) return devoice(undouble(term.slice(0, -2)));
  // Loanwords take -s after an e ("databases"); "database" then loses its e below.
  if (term.endsWith('es') && !isVowel(term.at(-3))) return term.slice(0, -2);
  if (term.endsWith('s')) {
    // "advies", "bewijs" and "stress" end in an s of their own.
    const before = term.at(-2);
    if (!isVowel(before) && before !== 'j' && before !== 's') return term.slice(0, -1);
  }
  if (term.endsWith('e') && !isVowel(term.at(-2))) return devoice(undouble(term.slice(0, -1)));
  return term;
}

/** The stem of a folded term; numbers and short words are returned unchanged. */
export function stem(term: string): string {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return term;
  return shortenLongVowel(term.length >= 5 ? stripSuffix(term) : term);
}
