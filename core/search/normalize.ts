// Dutch-aware normalisation and tokenisation, shared by indexing and querying so
// both sides agree on what a "term" is. Every token keeps the character range it
// came from in the original text, so highlights land on the accented original.

/** A normalised term with where it stands in the original text. */
export interface Token {
  /** Lower case, no diacritics, no hyphens, numbers without group separators. */
  term: string;
  /** Character range in the original text. */
  start: number;
  end: number;
  /** Word position (0-based) for phrase and proximity checks. */
  position: number;
  /**
   * True for the extra whole-word token of a hyphenated compound ("OM-organisatie"
   * → "omorganisatie") or a number written with group spaces ("1 113" → "1113"),
   * which shares its position with its first part.
   */
  joined?: boolean;
}

/**
 * Function words and question words that carry no meaning for search. Kept small on
 * purpose: users also search for words like "niet" or "geen" inside phrases, and a
 * phrase is checked against the full text, stop words included.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'aan',
  'al',
  'als',
  'bij',
  'dan',
  'dat',
  'de',
  'deze',
  'die',
  'dit',
  'door',
  'een',
  'en',
  'er',
  'het',
  'hij',
  'hoe',
  'hoeveel',
  'hun',
  'iets',
  'ik',
  'in',
  'is',
  'met',
  'na',
  'naar',
  'of',
  'om',
  'onder',
  'ons',
  'ook',
  'op',
  'over',
  'te',
  'tot',
  'u',
  'uit',
  'van',
  'voor',
  'waar',
  'waarom',
  'wanneer',
  'wat',
  'we',
  'welk',
  'welke',
  'wie',
  'wij',
  'zal',
  'ze',
  'zij',
  'zijn',
  'zo',
]);

export function isStopWord(term: string): boolean {
  return DUTCH_STOP_WORDS.has(term);
}

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\p{ASCII}]*$/u;

/** Lower case without diacritics: "geïnvesteerd" → "geinvesteerd", "één" → "een". */
export function foldText(text: string): string {
  // Most words are plain ASCII; Unicode decomposition is the costly part of indexing.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

// A number: digit groups of three separated by a space, a no-break space or a dot
// ("1 113", "250.000"), or plain digits with an optional decimal part ("7,5").
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d])(?:,\d+)?|\d+(?:[.,]\d+)?`;
// A word: letters, marks and digits, joined by hyphens or apostrophes inside it.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
const HYPHENS = '\\-\u2010\u2011';
const APOSTROPHES = "'\u2019";
const WORD = String.raw`${WORD_CHAR}+(?:[${HYPHENS}${APOSTROPHES}]${WORD_CHAR}+)*`;
const TOKEN = new RegExp(`(?:${NUMBER})(?!${WORD_CHAR})|${WORD}`, 'gu');
const IS_NUMBER = new RegExp(`^(?:${NUMBER})$`, 'u');
const GROUP_SEPARATOR = /[ \u00a0\u202f]/;
const HYPHEN_SPLIT = new RegExp(`[${HYPHENS}]`, 'u');
// Dutch plural/genitive "regio's", "LO's": the apostrophe-s is not part of the word.
const APOSTROPHE_S = new RegExp(`[${APOSTROPHES}]s$`, 'iu');
const APOSTROPHE_ANY = new RegExp(`[${APOSTROPHES}]`, 'gu');

/** "250.000" → "250000", "7.5" → "7,5", "1 113" → "1113". */
export function normalizeNumber(raw: string): string {
  const compact = raw.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(compact)) return compact.replace(/\./g, '');
  return compact.replace('.', ',');
}

function wordTerm(raw: string): string {
  if (ASCII.test(raw) && !raw.includes("'")) return raw.toLowerCase();
  return foldText(raw.replace(APOSTROPHE_S, '').replace(APOSTROPHE_ANY, ''));
}

/**
 * Splits text into normalised tokens. A hyphenated compound yields its parts (so
 * "TBS-behandeling" is found by "behandeling") plus the whole word without hyphens
 * (so "In-4-mation" is found by "in4mation" and "kinderporno-grafie" by
 * "kinderpornografie"). A number with group spaces yields its digit groups and the
 * whole number, because a flattened table row ("809 779 605") looks the same as one
 * number with thousands spaces.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    if (IS_NUMBER.test(raw)) {
      const groups = raw.split(GROUP_SEPARATOR);
      if (groups.length > 1) {
        tokens.push({
          term: normalizeNumber(raw),
          start,
          end: start + raw.length,
          position,
          joined: true,
        });
        let offset = start;
        for (const group of groups) {
          tokens.push({
            term: normalizeNumber(group),
            start: offset,
            end: offset + group.length,
            position,
          });
          offset += group.length + 1;
          position += 1;
        }
      } else {
        tokens.push({ term: normalizeNumber(raw), start, end: start + raw.length, position });
        position += 1;
      }
      continue;
    }
    const parts = raw.split(HYPHEN_SPLIT);
    if (parts.length > 1) {
      tokens.push({
        term: wordTerm(parts.join('')),
        start,
        end: start + raw.length,
        position,
        joined: true,
      });
      let offset = start;
      for (const part of parts) {
        tokens.push({ term: wordTerm(part), start: offset, end: offset + part.length, position });
        offset += part.length + 1;
        position += 1;
      }
      continue;
    }
    const term = wordTerm(raw);
    if (term.length > 0) tokens.push({ term, start, end: start + raw.length, position });
    position += 1;
  }
  return tokens;
}

/** The normalised terms of a text, in order, without the joined alternatives. */
export function terms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.joined)
    .map((token) => token.term);
}

/** Whether a normalised term is a number (for fuzzy matching, numbers must match exactly). */
export function isNumericTerm(term: string): boolean {
  return /^\d+(?:,\d+)?$/.test(term);
}

/** A heading or name as a slug, the way section ids are made ("Stop It Now!" → "stop-it-now"). */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
