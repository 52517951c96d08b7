// `naslag search "<query>" [--json] [--limit N]`: the app's search over the bundled
// letters, for scripts and checks. Results are paragraphs, best first; a match in a
// heading or a table counts for the paragraph it opens.
import { parseArgs } from 'node:util';
import type { Corpus, Letter } from '@core/corpus/model';
import { formatCitation } from '@core/corpus/citation';
import { buildSearchIndex, loadSearchIndex } from '@core/search/index';
import type { SearchIndex } from '@core/search/index';
import { SEARCH_OPERATORS, parseQuery } from '@core/search/query';
import type { SearchResult } from '@core/search/search';
import { queryProblems, search } from '@core/search/search';
import { snippet } from '@core/search/snippet';
import type { CliIo } from '../io';
import { loadBundledCorpus } from '../../services/corpus';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 200;

const messages = {
  usage: [
    'Gebruik: naslag search "<zoekvraag>" [--json] [--limit N]',
    '',
    'Zoekt in de meegeleverde brieven, ook met tikfouten, zonder accenten of met',
    'getallen als "1 113" of "1113". De beste alinea eerst.',
    '  --json      de resultaten als JSON: nr, paragraphId, page, text, score, …',
    `  --limit N   hoeveel resultaten ten hoogste (standaard ${DEFAULT_LIMIT})`,
    '',
    'Zoektekens:',
    ...SEARCH_OPERATORS.map(
      (operator) => `  ${operator.syntax.padEnd(10)} ${operator.help} (${operator.example})`,
    ),
  ].join('\n'),
  badArguments: (reason: string) => `Ongeldige opties: ${reason}`,
  missingQuery: () => 'Geef op waarnaar u zoekt, bijvoorbeeld: naslag search "encryptie"',
  badLimit: (value: string) =>
    `Ongeldige waarde voor --limit: ${value}. Geef een getal van 1 tot en met ${MAX_LIMIT}.`,
  buildFailed: (reason: string) =>
    `De brieven konden niet worden ingelezen: ${reason}\nEr is niets gezocht. Controleer de bestanden in data/letters.`,
  none: (query: string) => `Geen resultaten voor "${query}".`,
  count: (n: number, query: string) =>
    `${n === 1 ? '1 resultaat' : `${n} resultaten`} voor "${query}":`,
  paragraph: (id: string) => `alinea ${id}`,
  via: {
    section: 'gevonden in de kop',
    table: 'gevonden in de tabel',
    note: 'gevonden in een notitie',
    paragraph: '',
  },
};

/** One paragraph found, as scripts see it. */
export interface SearchHit {
  nr: number;
  letterId: string;
  paragraphId: string;
  /** The paragraph's number in the letter, as shown in the margin. */
  n: number;
  section: string;
  page: number;
  pageEnd?: number;
  citation: string;
  /** The paragraph's plain text. */
  text: string;
  score: number;
  /** Where the match was: the paragraph itself, its heading or a table after it. */
  matchedIn: SearchResult['kind'];
  /** What matched when it was not the paragraph itself (the heading or the table's text). */
  matchedText?: string;
  /** Character ranges in `matchedText` that matched. */
  matchedHighlights?: [number, number][];
  /** Character ranges in `text` that matched (only when the paragraph itself matched). */
  highlights: [number, number][];
}

function toHit(result: SearchResult, letter: Letter): SearchHit | null {
  const paragraph = letter.paragraphs.find((candidate) => candidate.id === result.paragraphId);
  if (!paragraph) return null;
  const section = letter.sections.find((candidate) => candidate.id === paragraph.sectionId);
  const own = result.kind === 'paragraph';
  return {
    nr: letter.nr,
    letterId: letter.id,
    paragraphId: paragraph.id,
    n: paragraph.n,
    section: section?.title ?? paragraph.sectionId,
    page: paragraph.page,
    ...(paragraph.pageEnd === undefined ? {} : { pageEnd: paragraph.pageEnd }),
    citation: formatCitation(letter, paragraph.page, paragraph.pageEnd),
    text: paragraph.text,
    score: Math.round(result.score * 1000) / 1000,
    matchedIn: result.kind,
    ...(own ? {} : { matchedText: result.text, matchedHighlights: result.highlights }),
    highlights: own ? result.highlights : [],
  };
}

/** The results as paragraphs, best first, each paragraph once. */
export function searchHits(
  corpus: Corpus,
  index: SearchIndex,
  query: string,
  limit: number,
): SearchHit[] {
  const letters = new Map(corpus.letters.map((letter) => [letter.id, letter]));
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  // A heading and its first paragraph may both match: ask for more, keep each paragraph once.
  for (const result of search(index, query, { limit: limit * 2 })) {
    const key = `${result.letterId}#${result.paragraphId}`;
    const letter = letters.get(result.letterId);
    if (seen.has(key) || !letter) continue;
    const hit = toHit(result, letter);
    if (!hit) continue;
    seen.add(key);
    hits.push(hit);
    if (hits.length >= limit) break;
  }
  return hits;
}

/** A short piece of the text around the first match, matches between ‹ ›. */
function excerpt(hit: SearchHit): string {
  const piece = snippet(hit.matchedText ?? hit.text, hit.matchedHighlights ?? hit.highlights);
  const text = piece.parts.map((part) => (part.marked ? `‹${part.text}›` : part.text)).join('');
  return `${piece.clippedStart ? '…' : ''}${text.trim()}${piece.clippedEnd ? '…' : ''}`;
}

function describe(hit: SearchHit, rank: number): string {
  const via = messages.via[hit.matchedIn];
  return [
    `${rank}. ${hit.citation} — ${hit.section} (${messages.paragraph(hit.paragraphId)})`,
    `   ${via ? `${via}: ` : ''}${excerpt(hit)}`,
  ].join('\n');
}

export async function searchCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(
      `${messages.badArguments(error instanceof Error ? error.message : String(error))}\n\n${messages.usage}`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(messages.usage);
    return 0;
  }
  const query = positionals.join(' ').trim();
  if (query === '') {
    io.err(`${messages.missingQuery()}\n\n${messages.usage}`);
    return 2;
  }
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    io.err(messages.badLimit(String(values.limit)));
    return 2;
  }

  let corpus: Corpus;
  try {
    corpus = loadBundledCorpus();
  } catch (error) {
    io.err(messages.buildFailed((error as Error).message));
    return 1;
  }
  const index = loadSearchIndex(buildSearchIndex(corpus));
  const hits = searchHits(corpus, index, query, limit);
  if (values.json) {
    io.out(JSON.stringify(hits, null, 2));
    return 0;
  }
  const problems = queryProblems(index, parseQuery(query));
  if (problems.length > 0) io.err(problems.join('\n'));
  if (hits.length === 0) {
    io.out(messages.none(query));
    return 0;
  }
  io.out(
    [
      messages.count(hits.length, query),
      '',
      hits.map((hit, i) => describe(hit, i + 1)).join('\n\n'),
    ].join('\n'),
  );
  return 0;
}
