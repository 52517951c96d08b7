// The bundled corpus, handed to the views through context so tests (and any
// future view) can give them another one.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Corpus, Letter } from '@core/corpus/model';

const CorpusContext = createContext<Corpus>({ version: 1, letters: [] });

export function CorpusProvider({ corpus, children }: { corpus: Corpus; children: ReactNode }) {
  return <CorpusContext.Provider value={corpus}>{children}</CorpusContext.Provider>;
}

export function useCorpus(): Corpus {
  return useContext(CorpusContext);
}

export function useLetter(letterId: string | undefined): Letter | undefined {
  const corpus = useCorpus();
  return corpus.letters.find((letter) => letter.id === letterId);
}
