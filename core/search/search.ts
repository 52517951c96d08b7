// Search over the letters and the user's notes: parse the query, match its words to
// the vocabulary, rank each index, merge, and mark the matched characters.
import type { SearchDoc, SearchLetter, SearchSection } from './documents';
import type { Expansion } from './expand';
import { expandWord, reconcileWords } from './expand';
import type { Highlight } from './highlight';
import { highlightRanges } from './highlight';
import type { SearchIndex } from './index';
import type { NotesIndex } from './notes-index';
import { foldText, isNumericTerm, isStopWord, slugify, terms } from './normalize';
import type { QueryWord, SearchQuery } from './query';
import { isEmptyQuery, parseQuery } from './query';
import { rank } from './rank';
import { DUTCH_MONTHS as MONTHS } from '../corpus/dutch-date';

export interface SearchOptions {
  /** How many results at most (default 20). */
  limit?: number;
  /** Only this letter (e.g. the one open in the reader). */
  letterId?: string;
  /** The user's notes, searched alongside the letters. */
  notes?: NotesIndex;
}

export interface SearchResult extends SearchDoc {
  score: number;
  /** Character ranges in `text` to mark, in the original text (accents and all). */
  highlights: Highlight[];
}

const DEFAULT_LIMIT = 20;

/** The words that name a letter: its aliases ("april 2013"), "mei 2013", "nr 90", "brief 90". */
interface LetterName {
  letterId: string;
  terms: string[];
}

/** The words that name a letter: its aliases ("april 2013"), "mei 2013", "nr 90", "brief 90". */
function letterNames(letter: SearchLetter): LetterName[] {
  const [year, month] = letter.date.split('-');
  const names = letter.aliases.map((alias) => terms(alias).filter((term) => !isStopWord(term)));
  names.push(
    [MONTHS[Number(month) - 1] ?? '', year ?? ''],
    ['nr', String(letter.nr)],
    ['brief', String(letter.nr)],
  );
  // A name no query word can start (one of stop words only) is never looked up.
  return names.map((name) => ({ letterId: letter.id, terms: name }));
}

/** Letter names by their first word, built once per index: a query looks up only its own words. */
const namesByWord = new WeakMap<readonly SearchLetter[], Map<string, LetterName[]>>();

function letterNamesStartingWith(letters: readonly SearchLetter[]): Map<string, LetterName[]> {
  let byWord = namesByWord.get(letters);
  if (!byWord) {
    byWord = new Map();
    for (const name of letters.flatMap(letterNames)) {
      const first = name.terms[0] as string;
      byWord.set(first, [...(byWord.get(first) ?? []), name]);
    }
    namesByWord.set(letters, byWord);
  }
  return byWord;
}

/** The letters a `brief:` filter value stands for (a number, an id, a month, a year or an alias word). */
export function resolveLetterFilter(
  letters: readonly SearchLetter[],
  value: string,
): SearchLetter[] {
  const wanted = foldText(value).replace(/^nr\.?\s*/, '');
  return letters.filter((letter) => {
    const [year, month] = letter.date.split('-');
    const keys = new Set([String(letter.nr), letter.id, year, MONTHS[Number(month) - 1]]);
    for (const alias of letter.aliases) {
      keys.add(foldText(alias));
      for (const term of terms(alias)) keys.add(term);
    }
    return keys.has(wanted);
  });
}

const foldedTitles = new WeakMap<SearchSection, string>();

function foldedTitle(section: SearchSection): string {
  let folded = foldedTitles.get(section);
  if (folded === undefined) foldedTitles.set(section, (folded = foldText(section.title)));
  return folded;
}

/** The sections a `sectie:` filter value stands for, with the sections under them. */
export function resolveSectionFilter(
  sections: readonly SearchSection[],
  value: string,
): Set<string> {
  const slug = slugify(value);
  const folded = foldText(value);
  const keys = new Set<string>();
  for (const section of sections) {
    if (slug && (section.id.startsWith(slug) || foldedTitle(section).includes(folded))) {
      keys.add(`${section.letterId}#${section.id}`);
    }
  }
  for (const section of sections) {
    if (section.parentId && keys.has(`${section.letterId}#${section.parentId}`)) {
      keys.add(`${section.letterId}#${section.id}`);
    }
  }
  return keys;
}

/**
 * A letter named in the query ("april 2013 brief encryptie"): its name words are taken
 * out of the query and its documents favoured. Only when other words remain to search
 * for, so "16 april 2013" still looks for that date.
 */
function letterHint(
  letters: readonly SearchLetter[],
  words: QueryWord[],
): { letterId?: string; words: QueryWord[] } {
  let best: LetterName | null = null;
  const present = new Set(words.map((word) => word.term));
  const byWord = letterNamesStartingWith(letters);
  for (const word of present) {
    for (const name of byWord.get(word) ?? []) {
      if (
        name.terms.every((term) => present.has(term)) &&
        (!best || name.terms.length > best.terms.length)
      ) {
        best = name;
      }
    }
  }
  if (!best) return { words };
  const name = new Set(best.terms);
  const rest = words.filter((word) => !name.has(word.term));
  if (!rest.some((word) => !isNumericTerm(word.term))) return { words };
  return { letterId: best.letterId, words: rest };
}

/** Problems with the query to show under the search box (Dutch), e.g. an unknown letter. */
export function queryProblems(index: SearchIndex, query: SearchQuery): string[] {
  const problems = [...query.problems];
  const { letter, section } = query.filters;
  if (letter !== undefined && resolveLetterFilter(index.letters, letter).length === 0) {
    const known = index.letters.map((l) => l.nr).join(' of ');
    problems.push(`Een brief "${letter}" ken ik niet; gebruik brief:${known}.`);
  }
  if (section !== undefined && resolveSectionFilter(index.sections, section).size === 0) {
    problems.push(`Een sectie "${section}" ken ik niet.`);
  }
  return problems;
}

function docsHolding(
  index: SearchIndex,
  words: readonly QueryWord[],
  phrases: readonly string[][],
): Set<number> {
  const excluded = new Set<number>();
  for (const word of words) {
    const ids = word.prefix
      ? index.vocabulary.withPrefix(word.term)
      : [index.vocabulary.id(word.term)];
    for (const id of ids)
      if (id !== undefined) for (const docId of index.postings(id).docs) excluded.add(docId);
  }
  if (phrases.length > 0) {
    index.docs.forEach((doc, docId) => {
      const tokens = terms(doc.text).join(' ');
      if (phrases.some((phrase) => ` ${tokens} `.includes(` ${phrase.join(' ')} `)))
        excluded.add(docId);
    });
  }
  return excluded;
}

interface Hit {
  doc: SearchDoc;
  score: number;
  matched: Map<string, number>;
}

function searchOne(
  index: SearchIndex,
  query: SearchQuery,
  words: QueryWord[],
  hint: string | undefined,
  options: SearchOptions,
  limit: number,
): Hit[] {
  const { filters } = query;
  const letterIds =
    filters.letter === undefined
      ? null
      : new Set(resolveLetterFilter(index.letters, filters.letter).map((l) => l.id));
  const sections =
    filters.section === undefined ? null : resolveSectionFilter(index.sections, filters.section);
  let sectionsByLetter: Map<string, Set<string>> | null = null;
  if (sections) {
    sectionsByLetter = new Map();
    for (const key of sections) {
      const [letterId, sectionId] = key.split('#') as [string, string];
      sectionsByLetter.set(letterId, (sectionsByLetter.get(letterId) ?? new Set()).add(sectionId));
    }
  }
  const passes = (doc: SearchDoc): boolean => {
    if (filters.kind && doc.kind !== filters.kind) return false;
    if (options.letterId && doc.letterId !== options.letterId) return false;
    if (letterIds && !letterIds.has(doc.letterId)) return false;
    if (sectionsByLetter && !sectionsByLetter.get(doc.letterId)?.has(doc.sectionId)) return false;
    if (filters.page === undefined) return true;
    return filters.page >= doc.page && filters.page <= (doc.pageEnd ?? doc.page);
  };
  const filtered =
    filters.kind || options.letterId || letterIds || sections || filters.page !== undefined;
  let allowed: Uint8Array | null = null;
  if (filtered) {
    allowed = new Uint8Array(index.docs.length);
    for (let docId = 0; docId < allowed.length; docId += 1) {
      if (passes(index.docs[docId] as SearchDoc)) allowed[docId] = 1;
    }
  }
  const expansions: Expansion[][] = words.map((word) =>
    expandWord(index.vocabulary, word, (termId) => index.documentFrequency(termId)),
  );
  const matched = new Map<string, number>();
  for (const expansion of expansions.flat()) {
    matched.set(expansion.term, Math.max(expansion.weight, matched.get(expansion.term) ?? 0));
  }
  const ranked = rank(index, {
    words: expansions,
    phrases: query.phrases,
    allowed,
    excluded: docsHolding(index, query.excluded, query.excludedPhrases),
    ...(hint === undefined ? {} : { hintedLetterId: hint }),
    limit,
  });
  return ranked.map(({ docId, score }) => ({
    doc: index.docs[docId] as SearchDoc,
    score,
    matched,
  }));
}

/** Searches the letters (and the notes, when given); results best first. */
export function search(
  index: SearchIndex,
  input: string | SearchQuery,
  options: SearchOptions = {},
): SearchResult[] {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  if (isEmptyQuery(query)) return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  const notes = options.notes && options.notes.size > 0 ? options.notes.current() : null;
  const vocabularies = notes ? [index.vocabulary, notes.vocabulary] : [index.vocabulary];
  const hint = letterHint(index.letters, reconcileWords(vocabularies, query.words));

  const hits: Hit[] = [];
  if (query.filters.kind !== 'note')
    hits.push(...searchOne(index, query, hint.words, hint.letterId, options, limit));
  if (notes && (query.filters.kind === undefined || query.filters.kind === 'note')) {
    hits.push(...searchOne(notes, query, hint.words, hint.letterId, options, limit));
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit).map(({ doc, score, matched }) => ({
    ...doc,
    score,
    highlights: highlightRanges(doc.text, matched, query.phrases),
  }));
}

export interface ResultSection {
  sectionId: string;
  title: string;
  results: SearchResult[];
}

export interface ResultLetter {
  letterId: string;
  nr: number;
  sections: ResultSection[];
}

/** Results grouped by letter and then section, groups in the order of their best result. */
export function groupResults(
  results: readonly SearchResult[],
  sections: readonly SearchSection[],
): ResultLetter[] {
  const letters: ResultLetter[] = [];
  for (const result of results) {
    let letter = letters.find((l) => l.letterId === result.letterId);
    if (!letter)
      letters.push((letter = { letterId: result.letterId, nr: result.nr, sections: [] }));
    let section = letter.sections.find((s) => s.sectionId === result.sectionId);
    if (!section) {
      const title =
        sections.find((s) => s.letterId === result.letterId && s.id === result.sectionId)?.title ??
        '';
      letter.sections.push((section = { sectionId: result.sectionId, title, results: [] }));
    }
    section.results.push(result);
  }
  return letters;
}
