// useSearch: results for what the user types, as they type. Once the search
// service has loaded, the answer is computed in the same render as the keystroke,
// so the results are painted in the next frame. Until then each change asks the
// client; an answer that arrives after the question changed is dropped, and the
// last answer stays on screen until the new one arrives, so the list never
// flickers empty. The user's saved notes are searched beside the letters.
import { useEffect, useMemo, useState } from 'react';
import type { Note } from '@core/annotations/model';
import { useNotes } from '../notes/notes-context';
import { savedNotes } from '../notes/notes-store';
import { useSearchClient } from './search-context';
import type { SearchAnswer } from './search-service';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; answer: SearchAnswer | null }
  | { status: 'done'; answer: SearchAnswer }
  | { status: 'failed'; message: string };

interface Outcome {
  query: string;
  limit: number;
  notes: readonly Note[];
  answer?: SearchAnswer;
  error?: string;
}

function sameNotes(a: readonly Note[], b: readonly Note[]): boolean {
  return a.length === b.length && a.every((note, i) => note === b[i]);
}

/** The saved notes, as the same array for as long as none of them changes. */
function useSavedNotes(): readonly Note[] {
  const current = savedNotes(useNotes());
  const [notes, setNotes] = useState<readonly Note[]>(current);
  if (!sameNotes(current, notes)) setNotes(current);
  return sameNotes(current, notes) ? notes : current;
}

export function useSearch(query: string, limit: number): SearchState {
  const client = useSearchClient();
  const notes = useSavedNotes();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const wanted = query.trim();

  // Giving the notes again is harmless (the client only keeps the newest), and doing it
  // here keeps an answer computed during this render in step with them.
  const answeredNow = useMemo(() => {
    client.setNotes(notes);
    return wanted === '' ? null : client.answerNow(wanted, { limit });
  }, [client, wanted, limit, notes]);

  useEffect(() => {
    if (wanted === '' || answeredNow) return;
    let current = true;
    client.search(wanted, { limit }).then(
      (answer) => {
        if (current) setOutcome({ query: wanted, limit, notes, answer });
      },
      (error: unknown) => {
        if (current)
          setOutcome({
            query: wanted,
            limit,
            notes,
            error: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [client, wanted, limit, notes, answeredNow]);

  if (wanted === '') return { status: 'idle' };
  if (answeredNow) return { status: 'done', answer: answeredNow };
  const fresh =
    outcome && outcome.query === wanted && outcome.limit === limit && outcome.notes === notes;
  if (fresh && outcome.error !== undefined) return { status: 'failed', message: outcome.error };
  if (fresh && outcome.answer) return { status: 'done', answer: outcome.answer };
  return { status: 'searching', answer: outcome?.answer ?? null };
}
