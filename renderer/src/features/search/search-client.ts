// How the interface reaches search: the search service runs on the interface's
// own thread. For the two bundled letters a query takes well under a
// millisecond, so answering within the keystroke's own task shows results in
// the very next frame; a worker would add two thread hops and a render task to
// every keystroke. The index and the engine load when the user turns to the
// search field (`preload`), so opening a letter never carries or waits for them.
import type { Note } from '@core/annotations/model';
import type { SerializedSearchIndex } from '@core/search/index';
import type { SearchAnswer, SearchResponse, SearchService } from './search-service';

export interface SearchOptions {
  limit: number;
  letterId?: string;
}

export interface SearchClient {
  search(query: string, options: SearchOptions): Promise<SearchAnswer>;
  /** The answer at once once the service has loaded; null until then (ask `search`). */
  answerNow(query: string, options: SearchOptions): SearchAnswer | null;
  /** The user's notes as they are now (searched beside the letters). */
  setNotes(notes: readonly Note[]): void;
  /** Loads what searching needs ahead of the first question. */
  preload(): void;
}

export class InPlaceSearchClient implements SearchClient {
  private service: SearchService | null = null;
  private loading: Promise<SearchService> | null = null;
  /** Notes not yet given to the service: they go with the next query. */
  private notes: readonly Note[] | null = null;
  private nextId = 1;

  constructor(private readonly load: () => Promise<SerializedSearchIndex>) {}

  preload(): void {
    this.loadService().catch(() => undefined);
  }

  /** Loads the index and the engine, once. */
  private loadService(): Promise<SearchService> {
    this.loading ??= Promise.all([this.load(), import('./search-service')]).then(
      ([index, engine]) => {
        const service = engine.createSearchService(index);
        this.service = service;
        prepareWhenIdle(service);
        return service;
      },
    );
    return this.loading;
  }

  async search(query: string, options: SearchOptions): Promise<SearchAnswer> {
    const response = this.ask(await this.loadService(), query, options);
    if (response.type === 'failed') throw new Error(response.message);
    return response;
  }

  answerNow(query: string, options: SearchOptions): SearchAnswer | null {
    if (!this.service) return null;
    const response = this.ask(this.service, query, options);
    return response.type === 'answer' ? response : null;
  }

  setNotes(notes: readonly Note[]): void {
    this.notes = notes;
  }

  private ask(service: SearchService, query: string, options: SearchOptions): SearchResponse {
    if (this.notes) {
      service.handle({ type: 'notes', notes: [...this.notes] });
      this.notes = null;
    }
    return service.handle({ type: 'query', id: this.nextId++, query, ...options })!;
  }
}

/**
 * Lets the service prepare in idle moments until it is done, a few milliseconds
 * at a time: a key pressed meanwhile waits at most one slice.
 */
function prepareWhenIdle(service: SearchService): void {
  const step = (deadline?: IdleDeadline) => {
    const until = performance.now() + SLICE_MS;
    const hasTime = () =>
      performance.now() < until && (deadline === undefined || deadline.timeRemaining() > 1);
    if (!service.prepare(hasTime)) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(step);
    else setTimeout(step, 0);
  };
  schedule();
}

const SLICE_MS = 4;

let appClient: SearchClient | null = null;

/** The app's one search client, made on first use. */
export function theAppSearchClient(): SearchClient {
  appClient ??= new InPlaceSearchClient(
    async () => (await import('virtual:naslag/search-index')).default,
  );
  return appClient;
}
