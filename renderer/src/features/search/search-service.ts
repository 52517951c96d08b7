// Search as the interface asks for it, in one message-in, message-out service: it
// loads the prebuilt index once, keeps the user's notes in a secondary index, and
// answers each query with results grouped by letter and section. It runs on the
// interface's thread (search-client.ts says why).
import type { Note } from '@core/annotations/model';
import type { SearchDoc } from '@core/search/documents';
import { prepareHighlight } from '@core/search/highlight';
import type { SerializedSearchIndex } from '@core/search/index';
import { loadSearchIndex } from '@core/search/index';
import { NotesIndex } from '@core/search/notes-index';
import { parseQuery } from '@core/search/query';
import type { ResultLetter } from '@core/search/search';
import { groupResults, queryProblems, search } from '@core/search/search';

export type SearchRequest =
  | { type: 'notes'; notes: Note[] }
  | { type: 'query'; id: number; query: string; limit: number; letterId?: string };

export interface SearchAnswer {
  id: number;
  query: string;
  groups: ResultLetter[];
  /** How many results the groups hold. */
  total: number;
  /** True when there may be more results than were asked for. */
  limited: boolean;
  /** Filters that could not be understood, in Dutch. */
  problems: string[];
}

export type SearchResponse =
  ({ type: 'answer' } & SearchAnswer) | { type: 'failed'; id: number; message: string };

export interface SearchService {
  handle(request: SearchRequest): SearchResponse | null;
  /**
   * Work done ahead of the first question, in the time the caller has while the
   * user has yet to type: the documents' texts are tokenized for highlighting, so
   * a keystroke that brings thirty new results need not (about 4 ms on a slow
   * laptop). True once there is nothing left to do.
   */
  prepare(hasTime: () => boolean): boolean;
}

export function createSearchService(serialized: SerializedSearchIndex): SearchService {
  const index = loadSearchIndex(serialized);
  const notes = new NotesIndex(index);
  let prepared = 0;
  return {
    prepare(hasTime) {
      while (prepared < index.docs.length && hasTime()) {
        if (!prepareHighlight((index.docs[prepared] as SearchDoc).text)) return true;
        prepared += 1;
      }
      return prepared >= index.docs.length;
    },
    handle(request) {
      if (request.type === 'notes') {
        notes.setAll(request.notes);
        return null;
      }
      try {
        const query = parseQuery(request.query);
        const results = search(index, query, {
          limit: request.limit,
          notes,
          ...(request.letterId === undefined ? {} : { letterId: request.letterId }),
        });
        return {
          type: 'answer',
          id: request.id,
          query: request.query,
          groups: groupResults(results, index.sections),
          total: results.length,
          limited: results.length >= request.limit,
          problems: queryProblems(index, query),
        };
      } catch (error) {
        return {
          type: 'failed',
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
  };
}
