// How views reach the notes: one store for the app (made on first use, so the
// app shell needs no provider), or another one a test provides. Reading the
// notes starts their one load from the store.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { call } from '../../app/api-client';
import { useCorpus } from '../../app/corpus';
import { translate } from '../../i18n/i18n';
import { nl } from '../../i18n/nl';
import { describeWith, NotesStore } from './notes-store';
import type { NotesSnapshot } from './notes-store';
import { placeNotes } from './placed-notes';
import type { NotePlacement } from './placed-notes';

const NotesStoreContext = createContext<NotesStore | null>(null);

let appStore: NotesStore | null = null;

function theAppStore(): NotesStore {
  // The store's own messages are Dutch; a transport failure is explained in Dutch beside them.
  appStore ??= new NotesStore(
    call,
    describeWith((reason) => translate(nl, 'notes.unreachable', reason)),
  );
  return appStore;
}

export function NotesStoreProvider({
  store,
  children,
}: {
  store: NotesStore;
  children: ReactNode;
}) {
  return <NotesStoreContext.Provider value={store}>{children}</NotesStoreContext.Provider>;
}

export function useNotesStore(): NotesStore {
  return useContext(NotesStoreContext) ?? theAppStore();
}

/** The notes as the renderer has them now; loads them from the store on first use. */
export function useNotes(): NotesSnapshot {
  const store = useNotesStore();
  useEffect(() => {
    void store.load();
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Every note placed in the bundled letters, or listed as not found. */
export function useNotePlacement(): NotePlacement {
  const { entries } = useNotes();
  const corpus = useCorpus();
  return useMemo(() => placeNotes(entries, corpus), [entries, corpus]);
}
