// Which search client the views use: the app's (made on first use) or
// one a test provides.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { theAppSearchClient } from './search-client';
import type { SearchClient } from './search-client';

const SearchClientContext = createContext<SearchClient | null>(null);

export function SearchClientProvider({
  client,
  children,
}: {
  client: SearchClient;
  children: ReactNode;
}) {
  return <SearchClientContext.Provider value={client}>{children}</SearchClientContext.Provider>;
}

export function useSearchClient(): SearchClient {
  return useContext(SearchClientContext) ?? theAppSearchClient();
}
