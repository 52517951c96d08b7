// The app's router: which view an address shows, and moving between addresses.
// Small on purpose (five views, addresses in the hash): it is in the script that
// must run before the first paragraph shows. A view's code may load on first
// visit; until it has, the current view stays on screen and the address stays
// put, so a click never shows an empty page.
import type { ComponentType } from 'react';
import type { AddressHistory } from './history';
import { matchPath, parseLocation, pathOf, type AppLocation, type Params } from './location';

export type Route =
  | { readonly path: string; readonly Component: ComponentType }
  /** A view whose code loads when it is first visited. */
  | { readonly path: string; readonly lazy: () => Promise<ComponentType> };

/** What the address shows: its view, or why the view's code could not be loaded. */
export type View = { readonly Component: ComponentType } | { readonly error: unknown };

export interface RouterState {
  readonly location: AppLocation;
  readonly params: Params;
  /** Null while the first view's code loads, or when no route matches. */
  readonly view: View | null;
  /** New with every address shown, the same one again too: a view that threw gets another try. */
  readonly key: number;
}

export interface NavigateOptions {
  /** Replace the current entry in the history instead of adding one (back then skips it). */
  readonly replace?: boolean;
}

export interface Router {
  getState(): RouterState;
  /** For useSyncExternalStore; the router follows the history while anyone listens. */
  subscribe(listener: () => void): () => void;
  /**
   * Goes to "/path?query" (or "?query" on the current path). Resolves once the
   * address is shown, or once a later navigation has taken its place. Going to
   * the address already shown replaces it, so back does not stop there twice.
   */
  navigate(to: string, options?: NavigateOptions): Promise<void>;
  href(to: string): string;
}

export function createRouter(routes: readonly Route[], history: AddressHistory): Router {
  const ready = new Map<Route, ComponentType>();
  const loading = new Map<Route, Promise<ComponentType>>();
  for (const route of routes) if ('Component' in route) ready.set(route, route.Component);

  const listeners = new Set<() => void>();
  let stopListening: (() => void) | undefined;
  let latest = 0;

  const find = (location: AppLocation) => {
    for (const route of routes) {
      const params = matchPath(route.path, location.pathname);
      if (params) return { route, params };
    }
    return undefined;
  };

  function load(route: Route): Promise<ComponentType> {
    const known = loading.get(route);
    if (known) return known;
    if (!('lazy' in route)) return Promise.resolve(route.Component);
    const promise = route.lazy().then(
      (Component) => {
        ready.set(route, Component);
        return Component;
      },
      (error: unknown) => {
        // Forget the failure, so the next visit tries again.
        loading.delete(route);
        throw error;
      },
    );
    loading.set(route, promise);
    return promise;
  }

  const initial = parseLocation(history.current());
  const initialMatch = find(initial);
  const initialView = initialMatch && ready.get(initialMatch.route);
  let state: RouterState = {
    location: initial,
    params: initialMatch?.params ?? {},
    view: initialView ? { Component: initialView } : null,
    key: 0,
  };
  // Opened at a view that loads on first visit: load it, then show it.
  if (initialMatch && !initialView) void go(pathOf(initial), 'shown');

  /**
   * Shows an address. "shown": the history already has it (back, forward, a
   * followed link). A ready view commits at once, within the caller's event.
   */
  async function go(path: string, how: 'push' | 'replace' | 'shown'): Promise<void> {
    const ticket = ++latest;
    const location = parseLocation(path);
    const match = find(location);
    let view: View | null = null;
    if (match) {
      const Component = ready.get(match.route);
      if (Component) view = { Component };
      else {
        try {
          view = { Component: await load(match.route) };
        } catch (error) {
          view = { error };
        }
        if (ticket !== latest) return;
      }
    }
    const address = pathOf(location);
    if (how !== 'shown') {
      // Compared with the history, which is ahead of the screen while back or forward
      // waits for a view's code.
      if (how === 'push' && address !== pathOf(parseLocation(history.current())))
        history.push(address);
      else history.replace(address);
    }
    state = { location, params: match?.params ?? {}, view, key: state.key + 1 };
    for (const listener of [...listeners]) listener();
  }

  const followHistory = () => {
    const address = pathOf(parseLocation(history.current()));
    if (address !== pathOf(state.location)) void go(address, 'shown');
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (!stopListening) {
        stopListening = history.listen(followHistory);
        // The address may have moved while nobody listened.
        followHistory();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopListening?.();
          stopListening = undefined;
        }
      };
    },
    navigate(to, options = {}) {
      const path = to.startsWith('?') ? state.location.pathname + to : to;
      return go(path, options.replace ? 'replace' : 'push');
    },
    href: (to) => history.href(to),
  };
}
