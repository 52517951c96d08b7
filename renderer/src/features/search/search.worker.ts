// The search worker: loads the prebuilt index and answers queries off the
// interface's thread, so typing never waits for search.
import serialized from 'virtual:naslag/search-index';
import { createSearchService } from './search-service';
import type { SearchRequest, SearchResponse } from './search-service';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
}

const scope = self as unknown as WorkerScope;
const service = createSearchService(serialized);

scope.onmessage = (event) => {
  const response = service.handle(event.data);
  if (response) scope.postMessage(response);
};
