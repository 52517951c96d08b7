// The search box's little language: words, "exact phrases", -exclusions, prefix*
// and filters (brief:, sectie:, in:, pagina:), parsed into a query object. The list
// of operators, with Dutch help, is exported for the help popover.
import type { SearchDocKind } from './documents';
import type { Token } from './normalize';
import { foldText, isStopWord, tokenize } from './normalize';

/** One word the user typed, normalised. */
export interface QueryWord {
  /** As typed, for messages. */
  text: string;
  term: string;
  /** Typed as `word*`: every completion counts as a full match. */
  prefix: boolean;
  /**
   * For a word typed with hyphens or a number with group spaces ("1 113"): the parts,
   * used when the whole is not a word of the letters.
   */
  parts?: string[];
}

export interface QueryFilters {
  /** As typed after `brief:` (a number, an id or a name such as "april"); resolved against the letters. */
  letter?: string;
  /** As typed after `sectie:`, normalised. */
  section?: string;
  kind?: SearchDocKind;
  page?: number;
}

export interface SearchQuery {
  words: QueryWord[];
  /** Each phrase as its normalised terms, stop words included. */
  phrases: string[][];
  excluded: QueryWord[];
  excludedPhrases: string[][];
  filters: QueryFilters;
  /** Filters that could not be understood, in Dutch, to show under the search box. */
  problems: string[];
}

/** The operators, for the help popover (Dutch). */
export const SEARCH_OPERATORS: readonly { syntax: string; example: string; help: string }[] = [
  {
    syntax: '"woorden"',
    example: '"online meldknop"',
    help: 'Precies deze woorden, in deze volgorde.',
  },
  {
    syntax: '-woord',
    example: 'encryptie -decryptiebevel',
    help: 'Laat resultaten met dit woord weg.',
  },
  { syntax: 'woord*', example: 'verbeter*', help: 'Alle woorden die zo beginnen.' },
  {
    syntax: 'brief:',
    example: 'brief:81, brief:90, brief:april',
    help: 'Alleen in één brief: het nummer, of een naam zoals "april" (de brief van april 2013).',
  },
  {
    syntax: 'sectie:',
    example: 'sectie:encryptie',
    help: 'Alleen in een sectie van de brief (met de secties eronder).',
  },
  {
    syntax: 'in:',
    example: 'in:notities, in:koppen, in:tabellen, in:tekst',
    help: 'Alleen in uw notities, in de kopjes, in tabellen en figuren, of in de lopende tekst.',
  },
  { syntax: 'pagina:', example: 'pagina:3', help: 'Alleen op deze pagina van de brief.' },
];

const KIND_KEYWORDS: Record<string, SearchDocKind> = {
  notities: 'note',
  notitie: 'note',
  koppen: 'section',
  kop: 'section',
  kopjes: 'section',
  tabellen: 'table',
  tabel: 'table',
  figuren: 'table',
  figuur: 'table',
  tekst: 'paragraph',
  alineas: 'paragraph',
  alinea: 'paragraph',
};

const FILTER_KEYS = new Set(['brief', 'sectie', 'in', 'pagina', 'p']);

// A chunk: an optional minus, an optional `key:`, then a quoted string or a run of non-spaces.
const CHUNK = /(-?)(?:([\p{L}]+):)?(?:["“”„]([^"“”„]*)["“”„]?|(\S+))/gu;

function phraseTerms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.joined)
    .map((token) => token.term);
}

/** The words of free text, joining group-spaced numbers and hyphenated words into one word. */
function queryWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const raw = text.slice(token.start, token.end);
    const prefix = text[token.end] === '*';
    if (token.joined) {
      const parts: string[] = [];
      while (tokens[i + 1] && (tokens[i + 1] as { start: number }).start < token.end) {
        parts.push((tokens[i + 1] as { term: string }).term);
        i += 1;
      }
      words.push({ text: raw, term: token.term, prefix, parts });
    } else {
      words.push({ text: raw, term: token.term, prefix });
    }
  }
  return words;
}

function applyFilter(key: string, value: string, filters: QueryFilters, problems: string[]): void {
  const folded = foldText(value.trim());
  if (folded === '') {
    problems.push(`Na "${key}:" ontbreekt wat u zoekt.`);
    return;
  }
  if (key === 'brief') filters.letter = folded;
  else if (key === 'sectie') filters.section = folded;
  else if (key === 'in') {
    const kind = KIND_KEYWORDS[folded.replace(/[^a-z]/g, '')];
    if (kind) filters.kind = kind;
    else
      problems.push(
        `"in:${value}" ken ik niet; gebruik in:notities, in:koppen, in:tabellen of in:tekst.`,
      );
  } else {
    const page = Number.parseInt(folded, 10);
    if (Number.isInteger(page) && page > 0) filters.page = page;
    else problems.push(`"${key}:${value}" is geen paginanummer; gebruik bijvoorbeeld pagina:3.`);
  }
}

export function parseQuery(input: string): SearchQuery {
  const query: SearchQuery = {
    words: [],
    phrases: [],
    excluded: [],
    excludedPhrases: [],
    filters: {},
    problems: [],
  };
  // Operator chunks are cut out and replaced by a separator, so the free text
  // around them keeps its word boundaries ("1 113" stays one number).
  const free = input.replace(
    CHUNK,
    (chunk, minus: string, key: string | undefined, quoted?: string, bare?: string) => {
      const lowerKey = key?.toLowerCase();
      if (lowerKey && FILTER_KEYS.has(lowerKey) && !minus) {
        applyFilter(lowerKey, quoted ?? bare ?? '', query.filters, query.problems);
        return ' ; ';
      }
      if (key) return chunk;
      if (quoted !== undefined) {
        const terms = phraseTerms(quoted);
        if (terms.length > 0) (minus ? query.excludedPhrases : query.phrases).push(terms);
        return ' ; ';
      }
      if (minus && bare) {
        query.excluded.push(...queryWords(bare));
        return ' ; ';
      }
      return chunk;
    },
  );
  const words = queryWords(free);
  const content = words.filter((word) => !isStopWord(word.term));
  // A question made only of stop words ("wie", "wat") is still searched as typed.
  query.words = content.length > 0 ? content : words;
  return query;
}

/** True when the query asks for nothing at all (an empty box, or only filters). */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
