// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesStoreProvider } from '../notes/notes-context';
import { NotesStore } from '../notes/notes-store';
import { fakeNotesApi } from '../notes/notes-api.testing';
import { InPlaceSearchClient } from './search-client';
import type { SearchClient } from './search-client';
import { SearchClientProvider } from './search-context';
import type { SearchAnswer } from './search-service';
import { useSearch } from './use-search';

afterEach(cleanup);

/** A client whose answers the test releases, in any order. */
function controlledClient() {
  const waiting = new Map<string, (answer: SearchAnswer) => void>();
  const client: SearchClient = {
    search: (query) => new Promise((resolve) => waiting.set(query, resolve)),
    answerNow: () => null,
    setNotes: () => undefined,
    preload: () => undefined,
  };
  const answerFor = (query: string, total: number): SearchAnswer => ({
    id: 0,
    query,
    groups: [],
    total,
    limited: false,
    problems: [],
  });
  return {
    client,
    release: async (query: string, total: number) => {
      await act(async () => waiting.get(query)?.(answerFor(query, total)));
    },
  };
}

function wrapper(client: SearchClient) {
  const store = new NotesStore(fakeNotesApi().invoke, String);
  return ({ children }: { children: ReactNode }) => (
    <NotesStoreProvider store={store}>
      <SearchClientProvider client={client}>{children}</SearchClientProvider>
    </NotesStoreProvider>
  );
}

describe('useSearch', () => {
  it('is idle for an empty query', () => {
    const { client } = controlledClient();
    const { result } = renderHook(() => useSearch('  ', 10), { wrapper: wrapper(client) });
    expect(result.current).toEqual({ status: 'idle' });
  });

  it('keeps the last answer while the next one is on its way, and drops an answer that comes too late', async () => {
    const { client, release } = controlledClient();
    const { result, rerender } = renderHook(({ query }) => useSearch(query, 10), {
      wrapper: wrapper(client),
      initialProps: { query: 'enc' },
    });
    await release('enc', 3);
    expect(result.current).toMatchObject({ status: 'done', answer: { query: 'enc', total: 3 } });

    rerender({ query: 'encr' });
    expect(result.current).toMatchObject({ status: 'searching', answer: { query: 'enc' } });
    rerender({ query: 'encry' });
    await release('encry', 2);
    await release('encr', 9);
    expect(result.current).toMatchObject({ status: 'done', answer: { query: 'encry', total: 2 } });
  });

  it('reports a failed search with its reason', async () => {
    const client: SearchClient = {
      search: () => Promise.reject(new Error('de zoekfunctie kon niet starten')),
      answerNow: () => null,
      setNotes: () => undefined,
      preload: () => undefined,
    };
    const { result } = renderHook(() => useSearch('politie', 10), { wrapper: wrapper(client) });
    await act(async () => undefined);
    expect(result.current).toEqual({
      status: 'failed',
      message: 'de zoekfunctie kon niet starten',
    });
  });

  it('answers in the same render as the keystroke once the search has loaded', async () => {
    const client = new InPlaceSearchClient(
      async () => (await import('virtual:naslag/search-index')).default,
    );
    const { result, rerender } = renderHook(({ query }) => useSearch(query, 10), {
      wrapper: wrapper(client),
      initialProps: { query: 'ontsleutelplicht' },
    });
    // Before the service has loaded, the answer comes asynchronously.
    expect(result.current).toMatchObject({ status: 'searching', answer: null });
    await act(async () => {
      await client.search('ontsleutelplicht', { limit: 10 });
    });
    expect(result.current).toMatchObject({ status: 'done', answer: { query: 'ontsleutelplicht' } });

    rerender({ query: 'kindersekstoerisme' });
    expect(result.current).toMatchObject({
      status: 'done',
      answer: { query: 'kindersekstoerisme', total: expect.any(Number) },
    });
    const { answer } = result.current as { answer: SearchAnswer };
    expect(answer.total).toBeGreaterThan(0);
  });
});
