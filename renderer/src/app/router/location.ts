// An address inside the app, as the router sees it: a path and a query, both as
// written in the URL's hash ("/brief/kst-31015-81/encryptie?markeer=…"), and how
// a route's pattern ("/brief/:letterId/:targetId?") matches one.

export interface AppLocation {
  /** Starts with "/"; percent escapes kept as written. */
  readonly pathname: string;
  /** "" or "?…". */
  readonly search: string;
}

export type Params = Readonly<Record<string, string | undefined>>;

/** Reads "/path?query" (a leading "/" may be missing; anything after a second "#" is dropped). */
export function parseLocation(path: string): AppLocation {
  const address = path.split('#')[0] ?? '';
  const query = address.indexOf('?');
  const pathname = query < 0 ? address : address.slice(0, query);
  const search = query < 0 ? '' : address.slice(query);
  return {
    pathname: pathname.startsWith('/') ? pathname : `/${pathname}`,
    search: search === '?' ? '' : search,
  };
}

export const pathOf = (location: AppLocation): string => location.pathname + location.search;

/**
 * The parameters a pattern takes from a pathname, or null if it does not match.
 * Fixed segments match regardless of case, a trailing slash is ignored,
 * ":name?" may be left out, and "*" matches any pathname. Parameters are
 * decoded; one with a malformed escape is kept as written.
 */
export function matchPath(pattern: string, pathname: string): Params | null {
  if (pattern === '*') return {};
  const wanted = segments(pattern);
  const given = segments(pathname);
  if (given.length > wanted.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of wanted.entries()) {
    const value = given[index];
    if (segment.startsWith(':')) {
      const optional = segment.endsWith('?');
      if (value === undefined) {
        if (optional) continue;
        return null;
      }
      params[segment.slice(1, optional ? -1 : undefined)] = decode(value);
    } else if (value === undefined || value.toLowerCase() !== segment.toLowerCase()) {
      return null;
    }
  }
  return params;
}

const segments = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
