// How the interface reaches search: requests go to the search worker and answers
// come back by id. Where a Worker cannot be made (a test's DOM), the same service
// runs in place, loaded on first use.
import type { Note } from '@core/annotations/model';
import type { SerializedSearchIndex } from '@core/search/index';
import type { SearchAnswer, SearchRequest, SearchResponse, SearchService } from './search-service';

export interface SearchOptions {
  limit: number;
  letterId?: string;
}

export interface SearchClient {
  search(query: string, options: SearchOptions): Promise<SearchAnswer>;
  /** The user's notes as they are now (searched beside the letters). */
  setNotes(notes: Note[]): void;
}

/** Pairs answers with their requests; the transport is given. */
class MessageClient implements SearchClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(answer: SearchAnswer): void; reject(error: Error): void }
  >();

  constructor(private readonly send: (request: SearchRequest) => void) {}

  private notes: Note[] | null = null;

  search(query: string, options: SearchOptions): Promise<SearchAnswer> {
    const id = this.nextId++;
    if (this.notes) {
      this.send({ type: 'notes', notes: this.notes });
      this.notes = null;
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'query', id, query, ...options });
    });
  }

  // Sent with the next query, so nothing reaches the search before it is used.
  setNotes(notes: Note[]): void {
    this.notes = notes;
  }

  receive(response: SearchResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (response.type === 'answer') waiting.resolve(response);
    else waiting.reject(new Error(response.message));
  }

  failAll(message: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }
}

export function createWorkerClient(): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const client = new MessageClient((request) => worker.postMessage(request));
  worker.onmessage = (event: MessageEvent<SearchResponse>) => client.receive(event.data);
  worker.onerror = (event) => client.failAll(event.message || 'de zoekfunctie kon niet starten');
  return client;
}

/** The service on this thread, for places without Workers; requests keep their order. */
export function createInPlaceClient(load: () => Promise<SerializedSearchIndex>): SearchClient {
  let ready: Promise<SearchService> | null = null;
  const send = (request: SearchRequest) => {
    // The engine loads with the index, so the app's first script does not carry it.
    ready ??= Promise.all([load(), import('./search-service')]).then(([index, engine]) =>
      engine.createSearchService(index),
    );
    ready.then(
      (service) => {
        const response = service.handle(request);
        if (response) client.receive(response);
      },
      (error: unknown) => client.failAll(error instanceof Error ? error.message : String(error)),
    );
  };
  const client = new MessageClient(send);
  return client;
}

let appClient: SearchClient | null = null;

/** The app's one search client, made on first use. */
export function theAppSearchClient(): SearchClient {
  appClient ??=
    typeof Worker === 'function'
      ? createWorkerClient()
      : createInPlaceClient(async () => (await import('virtual:naslag/search-index')).default);
  return appClient;
}
