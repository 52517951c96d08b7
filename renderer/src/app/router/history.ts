// Where the router keeps the address. In the app it is the URL's hash, so a deep
// link works under the app:// protocol and on a plain file server alike, and
// survives a reload; in component tests it is a list in memory.

export interface AddressHistory {
  /** The address now, as "/path?query". */
  current(): string;
  push(path: string): void;
  replace(path: string): void;
  /** The href a link to this path gets. */
  href(path: string): string;
  /** Calls back when the address changes by other means: back, forward, a followed or typed link. */
  listen(onChange: () => void): () => void;
}

export function hashHistory(win: Window = window): AddressHistory {
  return {
    current: () => win.location.hash.slice(1) || '/',
    push: (path) => win.history.pushState(null, '', `#${path}`),
    replace: (path) => win.history.replaceState(null, '', `#${path}`),
    href: (path) => `#${path}`,
    listen(onChange) {
      // A followed "#/…" link fires both; the router ignores an address it already shows.
      win.addEventListener('popstate', onChange);
      win.addEventListener('hashchange', onChange);
      return () => {
        win.removeEventListener('popstate', onChange);
        win.removeEventListener('hashchange', onChange);
      };
    },
  };
}

export interface MemoryHistory extends AddressHistory {
  /** Like the browser's back (-1) and forward (+1) buttons. */
  go(delta: number): void;
  readonly entries: readonly string[];
}

export function memoryHistory(initial = '/'): MemoryHistory {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  return {
    current: () => entries[index] ?? '/',
    push(path) {
      entries.splice(index + 1, entries.length, path);
      index = entries.length - 1;
    },
    replace(path) {
      entries[index] = path;
    },
    href: (path) => path,
    listen(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (next === index) return;
      index = next;
      for (const listener of [...listeners]) listener();
    },
    entries,
  };
}
